import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const coder = fixtureCoder();

const M: MentionSpec[] = [...STATES];
const code = (text: string, parse: string[]) => coder(text, { mentions: M, parse });

describe('acts only asked for, and acts cut off', () => {
  it('codes the withdrawal that "calls for" ask (a noun, no event) as hypothetical, not as a withdrawal that happened', () => {
    const parse = [
      '10 nsubj NOUN call NNS',
      '5 case ADP for IN',
      '5 nmod:poss PROPN Sylvania NNP',
      "3 case PART 's POS",
      '1 nmod NOUN withdrawal NN',
      '8 case ADP from IN',
      '8 det DET the DT',
      '5 nmod NOUN island NN',
      '10 aux AUX have VBP',
      '0 root VERB grow VBN',
      '10 punct PUNCT . .',
    ];
    const evs = code("Calls for Sylvania's withdrawal from the island have grown.", parse);
    const w = evs.filter((e) => e.eventText === 'withdrawal');
    assert.ok(w.length > 0, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    for (const e of w) assert.equal(e.status, 'hypothetical', (e.explain ?? []).join(' | '));
  });
  it('still codes "Sylvania completed its withdrawal from the island" as asserted', () => {
    const parse = [
      '2 nsubj PROPN Sylvania NNP',
      '0 root VERB complete VBD',
      '4 nmod:poss PRON its PRP$',
      '2 obj NOUN withdrawal NN',
      '7 case ADP from IN',
      '7 det DET the DT',
      '4 nmod NOUN island NN',
      '2 punct PUNCT . .',
    ];
    const evs = code('Sylvania completed its withdrawal from the island.', parse);
    assert.ok(!evs.some((e) => e.eventText === 'withdrawal' && e.status === 'hypothetical'));
  });
  it('codes no talks held when "Freedonia\'s talks with Sylvania have been cut off"', () => {
    const parse = [
      '3 nmod:poss PROPN Freedonia NNP',
      "1 case PART 's POS",
      '8 nsubj:pass NOUN talk NNS',
      '5 case ADP with IN',
      '3 nmod PROPN Sylvania NNP',
      '8 aux AUX have VBP',
      '8 aux:pass AUX be VBN',
      '0 root VERB cut VBN',
      '8 compound:prt ADP off RP',
      '8 punct PUNCT . .',
    ];
    const evs = code("Freedonia's talks with Sylvania have been cut off.", parse);
    const talks = evs.filter((e) => e.event === 'CONSULT');
    assert.ok(talks.length > 0, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    for (const e of talks) assert.equal(e.status, 'negated', (e.explain ?? []).join(' | '));
  });
});

describe('acts stopped', () => {
  it('codes the attack in "Freedonia ceased attacking Sylvania" as negated, not as an attack under way', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB cease VBD',
      '2 xcomp VERB attack VBG',
      '3 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia ceased attacking Sylvania.', parse);
    const a = evs.filter((e) => e.eventText === 'attacking');
    assert.ok(a.length > 0, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    for (const e of a) assert.equal(e.status, 'negated', (e.explain ?? []).join(' | '));
  });
  it('still codes "Freedonia stopped to attack Sylvania" (an infinitive) as no stopped act', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB stop VBD',
      '4 mark PART to TO',
      '2 advcl VERB attack VB',
      '4 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia stopped to attack Sylvania.', parse);
    assert.ok(!evs.some((e) => e.eventText === 'attack' && e.status === 'negated'));
  });
});

describe('a stopping denied', () => {
  it('does not negate the attack in "Freedonia will not stop attacking Sylvania"', () => {
    const parse = [
      '4 nsubj PROPN Freedonia NNP',
      '4 aux AUX will MD',
      '4 advmod PART not RB',
      '0 root VERB stop VB',
      '4 xcomp VERB attack VBG',
      '5 obj PROPN Sylvania NNP',
      '4 punct PUNCT . .',
    ];
    const evs = code('Freedonia will not stop attacking Sylvania.', parse);
    assert.ok(!evs.some((e) => e.eventText === 'attacking' && e.status === 'negated'));
  });
});
