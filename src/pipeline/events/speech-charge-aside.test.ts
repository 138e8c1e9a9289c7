import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES, ['The Freedonian minister', 'FRE', 'GOV']];
const TEXT = 'The Freedonian minister said Sylvanian troops had shelled the village, a charge that Sylvania denies.';

describe("a writer's aside answering the charge is not the speaker's report", () => {
  it('attributes the denial in "X said …, a charge that Sylvania denies" to no speaker', () => {
    const { events } = codeEvents(fixtureDoc(TEXT, { mentions: M, published: '2020-05-01' }), lex);
    const deny = events.find((e) => e.event === 'REJECT');
    assert.ok(deny, events.map((e) => `${e.event}:${e.eventText}`).join(', '));
    assert.deepEqual(
      deny.actor.map((a) => a.code),
      ['SYL'],
    );
    assert.equal(deny.attributedTo ?? null, null);
  });
  it('still makes the speaker the claimant of the charge Sylvania denies', () => {
    const { claims } = codeEvents(fixtureDoc(TEXT, { mentions: M, published: '2020-05-01' }), lex);
    const c = claims.find((x) => x.responses.some((r) => r.stance === 'deny'));
    assert.ok(c, JSON.stringify(claims));
    assert.deepEqual(
      c.claimant.map((a) => a.code),
      ['FRE'],
    );
    assert.deepEqual(
      c.accused.map((a) => a.code),
      ['SYL'],
    );
  });
});
