import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('triggers: vows of retaliation', () => {
  it('codes THREATEN Freedonia → Sylvania for "Freedonia vowed to retaliate against Sylvania"', () => {
    const evs = code('Freedonia vowed to retaliate against Sylvania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB vow VBD',
        '4 mark PART to TO',
        '2 xcomp VERB retaliate VB',
        '6 case ADP against IN',
        '4 obl PROPN Sylvania NNP',
        '2 punct PUNCT . .',
      ],
    });
    const t = evs.find((e) => e.event === 'THREATEN' && e.eventText === 'vowed');
    assert.ok(t, shows(evs));
    assert.equal(t.actor[0]?.code, 'FRE');
    assert.equal(t.recipient[0]?.code, 'SYL');
  });
  it('codes no threat for a vow to cooperate ("Freedonia vowed to cooperate with Sylvania")', () => {
    const evs = code('Freedonia vowed to cooperate with Sylvania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB vow VBD',
        '4 mark PART to TO',
        '2 xcomp VERB cooperate VB',
        '6 case ADP with IN',
        '4 obl PROPN Sylvania NNP',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'THREATEN'), shows(evs));
  });
});
