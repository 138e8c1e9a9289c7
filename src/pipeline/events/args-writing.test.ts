import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES, ['Minister Carla Ruiz', 'SYL', 'GOV']];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;

describe('a request in a participle after a letter', () => {
  it('makes the writer of "wrote to X, demanding …" the actor and the addressee X the recipient', () => {
    const evs = code('Freedonia also wrote to Minister Carla Ruiz on Monday, demanding that the prisoners be freed.');
    const e = evs.find((x) => x.event === 'REQUEST');
    assert.ok(e, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    assert.deepEqual(
      e.actor.map((a) => a.actorText),
      ['Freedonia'],
    );
    assert.deepEqual(
      e.recipient.map((r) => r.actorText),
      ['Minister Carla Ruiz'],
    );
  });
  it('never makes the addressee of "sent a letter to X, urging …" the actor', () => {
    const evs = code('The mayor sent a letter to Minister Carla Ruiz, urging a review of the ban.');
    for (const e of evs.filter((x) => x.event === 'REQUEST'))
      assert.ok(!e.actor.some((a) => a.actorText === 'Minister Carla Ruiz'), JSON.stringify(e.actor));
  });
});
