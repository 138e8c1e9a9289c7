import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), actorTexts(e.recipient)]));

describe('event arguments: an irregular participle read as a noun after "was"', () => {
  it('makes the subject of "was shot … by X" the one shot and X the shooter', () => {
    const evs = code('Carla Ruiz was shot in the leg by Sylvanian troops.', {
      mentions: [...STATES, ['Carla Ruiz', 'FRE', 'GOV'], ['Sylvanian troops', 'SYL', 'MIL']],
      // "shot" tagged a noun with "was" as its copula
      parse: [
        '4 nsubj PROPN Carla NNP',
        '1 flat PROPN Ruiz NNP',
        '4 cop AUX be VBD',
        '0 root NOUN shot NN',
        '7 case ADP in IN',
        '7 det DET the DT',
        '4 nmod NOUN leg NN',
        '10 case ADP by IN',
        '10 amod ADJ sylvanian JJ',
        '4 nmod NOUN troop NNS',
        '4 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.eventText === 'shot');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Sylvanian troops'], show(evs));
    assert.deepEqual(actorTexts(e.recipient), ['Carla Ruiz'], show(evs));
  });
});
