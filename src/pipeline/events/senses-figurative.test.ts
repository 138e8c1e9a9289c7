import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const coder = fixtureCoder();

const M: MentionSpec[] = [
  ...STATES,
  ['Freedonian nurses', 'FRE', 'CVL'],
  ['the farmers', null, 'CVL'],
  ['Sylvanian exiles', 'SYL', 'CVL'],
  ['the mayor', null, 'GOV'],
  ['Freedonian veterans', 'FRE', 'CVL'],
  ['The mayor', null, 'GOV'],
  ['Oldtown', 'FRE', null],
];
const code = (text: string) => coder(text, { mentions: M });
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('senses: figurative fights, states and hopes are no acts', () => {
  it('codes no ASSAULT for "the kind of post Freedonian nurses say they had to fight for"', () => {
    const evs = code('It is the kind of post Freedonian nurses say they had to fight for.');
    assert.ok(!evs.some((e) => e.eventText === 'fight'), shows(evs));
  });
  it('codes no ASSAULT for "the farmers fought for fair compensation", but one for "Freedonia fought Sylvania"', () => {
    const evs = code('For years the farmers fought for fair compensation from the mill.');
    assert.ok(!evs.some((e) => e.eventText === 'fought'), shows(evs));
    assert.ok(code('Freedonia fought Sylvania near the river.').some((e) => e.event === 'ASSAULT'));
  });
  it('codes no THREATEN for "the farmers are going to fight it" said of a ruling', () => {
    const evs = code('The mayor said the farmers are going to fight it.');
    assert.ok(!evs.some((e) => e.eventText === 'fight'), shows(evs));
  });
  it('codes no SANCTION for exiles "were largely cut off from their relatives", one for "Freedonia cut off Sylvania"', () => {
    const evs = code('For years Sylvanian exiles were largely cut off from the relatives they left at home.');
    assert.ok(!evs.some((e) => e.event === 'SANCTION'), shows(evs));
    assert.ok(code('Freedonia cut off oil supplies to Sylvania.').some((e) => e.event === 'SANCTION'));
  });
  it('codes no PROTEST for a march in a commemoration, but one for a march with a demand', () => {
    const evs = code(
      'The commemorations began at dawn, as thousands of Freedonian veterans marched through the capital.',
    );
    assert.ok(!evs.some((e) => e.event === 'PROTEST'), shows(evs));
    const kept = code(
      'During the commemorations, thousands of Freedonian veterans marched through the capital demanding higher pensions.',
    );
    assert.ok(
      kept.some((e) => e.event === 'PROTEST'),
      shows(kept),
    );
  });
  it('codes no event for hoping Freedonia and Sylvania "would find a diplomatic solution" or learning to "find common ground"', () => {
    const evs = code('Markets rose on hopes Freedonia and Sylvania would find a diplomatic solution.');
    assert.ok(!evs.some((e) => e.eventText === 'find'), shows(evs));
    const more = code('The farmers have learned to forgive and find common ground with Sylvania.');
    assert.ok(!more.some((e) => e.eventText === 'find'), shows(more));
  });
});

describe('demands: "must" that states a view or a duty asks nothing', () => {
  it('codes no REQUEST for "Freedonia must confirm that …" or "must be careful", but one for "Sylvania must withdraw"', () => {
    const a = code('The mayor said Freedonia must be careful with Sylvania.');
    assert.ok(!a.some((e) => e.event === 'REQUEST'), shows(a));
    const b = code('The mayor said Freedonia must confirm that two soldiers were killed.');
    assert.ok(!b.some((e) => e.event === 'REQUEST' && e.eventText === 'must'), shows(b));
    const c = code('Freedonia said Sylvania must withdraw its troops.');
    assert.ok(
      c.some((e) => e.event === 'REQUEST'),
      shows(c),
    );
  });
});

describe('senses: rhetoric, idioms, the polls, wishes and nature are no acts', () => {
  it('codes no CONSULT for "despite Freedonia\'s tough talk", one for "talks with Sylvania"', () => {
    const evs = code("Markets rose despite Freedonia's tough talk on tariffs.");
    assert.ok(!evs.some((e) => e.event === 'CONSULT'), shows(evs));
    const kept = code('Freedonia held talks with Sylvania on Monday.');
    assert.ok(
      kept.some((e) => e.event === 'CONSULT'),
      shows(kept),
    );
  });
  it('codes no CONSULT for "Freedonia and Sylvania should meet each other halfway"', () => {
    const evs = code('The mayor said Freedonia and Sylvania should meet each other halfway on the border question.');
    assert.ok(!evs.some((e) => e.eventText === 'meet'), shows(evs));
  });
  it('codes no event for a party that "hopes to win its first seats in parliament"', () => {
    const evs = code('The Freedonia party hopes to win its first seats in the Sylvania parliament.');
    assert.ok(!evs.some((e) => e.eventText === 'win'), shows(evs));
  });
  it('codes no event for "does not want to see Sylvania punished"', () => {
    const evs = code('Freedonia does not want to see Sylvania punished for the attacks.');
    assert.ok(!evs.some((e) => e.eventText === 'see' || e.eventText === 'punished'), shows(evs));
  });
  it('codes no ASSAULT for "a slab of hillside could destroy the village", one for "Freedonia destroyed the village"', () => {
    const evs = code('Officials in Oldtown say a slab of hillside could break loose and destroy the village.');
    assert.ok(!evs.some((e) => e.eventText === 'destroy'), shows(evs));
    const kept = code('Freedonia troops destroyed a Sylvania village.');
    assert.ok(
      kept.some((e) => e.eventText === 'destroyed'),
      shows(kept),
    );
  });
});
