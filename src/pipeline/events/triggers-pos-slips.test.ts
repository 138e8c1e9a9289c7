import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [...STATES, ['The union', 'FRE', 'LAB']];
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('triggers-pos: tagger slips around participles', () => {
  it('codes REQUEST for "wrote to the Duma calling for a condemnation of Freedonia" with "calling" tagged a noun', () => {
    const evs = code('The union wrote to the Duma calling for a condemnation of Freedonia.', {
      mentions: M,
      parse: [
        '2 det DET',
        '3 nsubj NOUN',
        '0 root VERB write VBD',
        '7 case ADP',
        '7 det DET',
        '7 compound PROPN',
        '3 obl NOUN call NN',
        '10 case ADP',
        '10 det DET',
        '7 nmod NOUN',
        '12 case ADP',
        '10 nmod PROPN',
        '3 punct PUNCT',
      ],
    });
    assert.ok(
      evs.some((e) => e.event === 'REQUEST' && e.eventText === 'calling'),
      shows(evs),
    );
  });
  it('codes no request for "the calling for priests" (a noun with its determiner)', () => {
    const evs = code('The union praised the calling for priests in Freedonia.', {
      mentions: M,
      parse: [
        '2 det DET',
        '3 nsubj NOUN',
        '0 root VERB praise VBD',
        '5 det DET',
        '3 obj NOUN call NN',
        '7 case ADP',
        '5 nmod NOUN',
        '9 case ADP',
        '7 nmod PROPN',
        '3 punct PUNCT',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'REQUEST'), shows(evs));
  });
});
