import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('halt: a cooperative act that is stopped', () => {
  it('codes SANCTION, not AID, for "Freedonia stopped providing Sylvania with escorts"', () => {
    const evs = code('Freedonia stopped providing Sylvania with escorts.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB stop VBD',
        '2 xcomp VERB provide VBG',
        '3 obj PROPN Sylvania NNP',
        '6 case ADP with IN',
        '3 obl NOUN escort NNS',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'AID'), shows(evs));
    const s = evs.find((e) => e.event === 'SANCTION');
    assert.ok(s, shows(evs));
    assert.equal(s.actor[0]?.code, 'FRE');
    assert.equal(s.recipient[0]?.code, 'SYL');
  });
  it('keeps CONSULT for "Freedonia stopped to talk with Sylvania" (an infinitive of purpose)', () => {
    const evs = code('Freedonia stopped to talk with Sylvania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB stop VBD',
        '4 mark PART to TO',
        '2 xcomp VERB talk VB',
        '6 case ADP with IN',
        '4 obl PROPN Sylvania NNP',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.some((e) => e.event === 'SANCTION'), shows(evs));
    assert.ok(
      evs.some((e) => e.event === 'CONSULT'),
      shows(evs),
    );
  });
});
