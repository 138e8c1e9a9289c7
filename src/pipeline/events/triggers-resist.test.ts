import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('triggers: resisting what others attempt or ask', () => {
  it('codes REJECT on "resisted", not the attempted inspection, for "Freedonia resisted attempts to inspect its bases"', () => {
    const evs = code('Freedonia resisted attempts to inspect its bases.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB resist VBD',
        '2 obj NOUN attempt NNS',
        '5 mark PART to TO',
        '3 acl VERB inspect VB',
        '7 nmod:poss PRON its PRP$',
        '5 obj NOUN base NNS',
        '2 punct PUNCT . .',
      ],
    });
    const r = evs.find((e) => e.event === 'REJECT' && e.eventText === 'resisted');
    assert.ok(r, shows(evs));
    assert.equal(r.actor[0]?.code, 'FRE');
    assert.ok(!evs.some((e) => e.eventText === 'inspect'), shows(evs));
  });
  it('codes no rejection for resisting an armed foe ("Freedonia resisted the invaders")', () => {
    const evs = code('Freedonia resisted the invaders.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB resist VBD',
        '4 det DET the DT',
        '2 obj NOUN invader NNS',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'REJECT'), shows(evs));
  });
});
