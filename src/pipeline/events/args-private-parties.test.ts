import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), actorTexts(e.recipient)]));

describe('event arguments: two private parties of one country', () => {
  it('keeps the one asked when both are private persons of the same state ("the boy\'s father asked the cousins to …")', () => {
    const evs = code("The boy's father asked the cousins to end the feud.", {
      mentions: [...STATES, ["The boy's father", 'FRE', 'CVL'], ['the cousins', 'FRE', 'CVL']],
    });
    const e = evs.find((x) => x.event === 'REQUEST');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.recipient), ['the cousins'], show(evs));
  });
  it('still drops the same government named again ("Freedonia asked the Freedonian government to …")', () => {
    const evs = code('Freedonia asked the Freedonian government to end the feud.', {
      mentions: [...STATES, ['the Freedonian government', 'FRE', 'GOV']],
    });
    for (const e of evs.filter((x) => x.event === 'REQUEST')) assert.deepEqual(actorTexts(e.recipient), [], show(evs));
  });
});
