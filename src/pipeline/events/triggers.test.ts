import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Freedonia', 'FRE', 'GOV'],
  ['Sylvania', 'SYL', 'GOV'],
  ['Ruritania', 'RUR', 'GOV'],
];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;

describe('appeals: "X wants Y to act"', () => {
  it('codes "Freedonia wants Sylvania to withdraw" as a REQUEST by Freedonia to Sylvania, not an act of either', () => {
    const evs = code('Freedonia wants Sylvania to withdraw its troops from Ruritania.');
    const e = evs.find((x) => x.event === 'REQUEST');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.eventText, 'wants');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['FRE'],
    );
    assert.deepEqual(
      e.recipient.map((a) => a.code),
      ['SYL'],
    );
    assert.ok(!evs.some((x) => x.event === 'RETREAT' || x.event === 'AGREE'), evs.map((x) => x.event).join(','));
  });
  it('keeps "Freedonia wants to attack Sylvania" an intent of Freedonia (THREATEN), not a request', () => {
    const evs = code('Freedonia wants to attack Sylvania.');
    assert.ok(!evs.some((x) => x.event === 'REQUEST'));
    assert.ok(evs.some((x) => x.event === 'THREATEN' && x.actor.some((a) => a.code === 'FRE')));
  });
});
