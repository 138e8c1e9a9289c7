import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const coder = fixtureCoder();

const M: MentionSpec[] = [
  ...STATES,
  ['Jane Roe', 'FRE', 'JRN'],
  ['Ivo Markov', 'SYL', 'CVL'],
  ['Oldtown', 'FRE', null],
  ['the widow', null, 'CVL'],
  ['Wavecorp', 'FRE', 'BUS'],
];
const code = (text: string) => coder(text, { mentions: M });
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('senses: the news itself and games are no political acts', () => {
  it('codes no AID for the credit line "Jane Roe in Oldtown contributed to this article"', () => {
    const evs = code('Jane Roe in Oldtown contributed to this article.');
    assert.ok(!evs.some((e) => e.event === 'AID'), shows(evs));
  });
  it('codes no AID for "Ivo Markov scored 30 points to help Oldtown win", one for "Freedonia helped Sylvania"', () => {
    const evs = code('Ivo Markov scored 30 points to help Oldtown win its third straight game.');
    assert.ok(!evs.some((e) => e.eventText === 'help'), shows(evs));
    const aid = code('Freedonia helped Sylvania rebuild its bridges after the floods.');
    assert.ok(
      aid.some((e) => e.event === 'AID'),
      shows(aid),
    );
  });
  it('codes no RETREAT for "the widow withdrew the challenge", one for "Freedonia withdrew from Sylvania"', () => {
    const evs = code('Last week the widow withdrew the challenge against Freedonia.');
    assert.ok(!evs.some((e) => e.event === 'RETREAT'), shows(evs));
    const kept = code('Freedonia withdrew its troops from Sylvania.');
    assert.ok(
      kept.some((e) => e.event === 'RETREAT'),
      shows(kept),
    );
  });
  it('codes no MOBILIZE for "Wavecorp deployed the prototype off Freedonia", one for "Freedonia deployed troops"', () => {
    const evs = code('Wavecorp deployed the new prototype off the coast of Freedonia.');
    assert.ok(!evs.some((e) => e.event === 'MOBILIZE'), shows(evs));
    const kept = code('Freedonia deployed troops to the border with Sylvania.');
    assert.ok(
      kept.some((e) => e.event === 'MOBILIZE'),
      shows(kept),
    );
  });
  it('codes no AGREE for "the beach resorts that Sylvania offers", one for "Freedonia offers Sylvania talks"', () => {
    const evs = code('Tourists skip the beach resorts that Sylvania offers.');
    assert.ok(!evs.some((e) => e.event === 'AGREE'), shows(evs));
    const kept = code('Freedonia offers Sylvania talks on the border.');
    assert.ok(
      kept.some((e) => e.event === 'AGREE'),
      shows(kept),
    );
  });
});
