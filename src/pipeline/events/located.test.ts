import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const code = (text: string) =>
  codeEvents(fixtureDoc(text, { mentions: STATES, places: [['Sylvanian', 'SYL']], published: '2020-05-01' }), lex)
    .events;
const recipients = (evs: Event[]) => evs.flatMap((e) => e.recipient.map((r) => r.code));

describe('places standing for recipients', () => {
  it('does not make a country naming a currency the recipient ("pledged Sylvanian $5 million")', () => {
    const evs = code('Freedonia pledged Sylvanian $5 million to rebuild schools.');
    assert.ok(evs.length, 'no event');
    assert.ok(!recipients(evs).includes('SYL'), JSON.stringify(recipients(evs)));
  });
  it('does not make a country naming dollars the recipient ("pledged 5 million Sylvanian dollars")', () => {
    const evs = code('Freedonia pledged 5 million Sylvanian dollars to rebuild schools.');
    assert.ok(!recipients(evs).includes('SYL'), JSON.stringify(recipients(evs)));
  });
});
