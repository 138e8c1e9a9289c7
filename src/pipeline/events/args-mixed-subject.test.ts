import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.code)]));

describe('event arguments: a title misparsed as a passive subject beside the name', () => {
  it('reads "Minister Carla Ruiz accused Sylvania on the plea by Ruritania" as active (Ruritania no accuser)', () => {
    const evs = code('Minister Carla Ruiz accused Sylvania on the plea by Ruritania.', {
      mentions: [...STATES, ['Carla Ruiz', 'FRE', 'GOV']],
      // "Minister" as nsubj:pass and "Carla" as nsubj of the same verb, no passive auxiliary
      parse: [
        '4 nsubj:pass NOUN minister NN',
        '4 nsubj PROPN Carla NNP',
        '2 flat PROPN Ruiz NNP',
        '0 root VERB accuse VBD',
        '4 obj PROPN Sylvania NNP',
        '8 case ADP on IN',
        '8 det DET the DT',
        '4 obl NOUN plea NN',
        '10 case ADP by IN',
        '8 nmod PROPN Ruritania NNP',
        '4 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.eventText === 'accused');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Carla Ruiz'], show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
      show(evs),
    );
  });
});
