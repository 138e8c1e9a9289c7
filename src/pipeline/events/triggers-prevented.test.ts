import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('triggers: acts attempted by others and prevented', () => {
  it('codes no ASSAULT by Freedonia for "Freedonia thwarted an attempt to attack Sylvania"', () => {
    const evs = code('Freedonia thwarted an attempt to attack Sylvania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB thwart VBD',
        '4 det DET an DT',
        '2 obj NOUN attempt NN',
        '6 mark PART to TO',
        '4 acl VERB attack VB',
        '6 obj PROPN Sylvania NNP',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'ASSAULT'), shows(evs));
  });
});
