import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);

// While some donors cut aid to Sylvania , <subject> continue to support Osterlich in the talks .
// as a parse may read it: the names after the comma as conjuncts of "Sylvania", the root subjectless
const parse = (subject: readonly string[]) => {
  const n = subject.length;
  const root = 9 + n;
  return [
    '4 mark SCONJ while IN',
    '3 det DET some DT',
    '4 nsubj NOUN donor NNS',
    `${root} advcl VERB cut VBD`,
    '4 obj NOUN aid NN',
    '7 case ADP to IN',
    '5 nmod PROPN Sylvania NNP',
    '9 punct PUNCT , ,',
    ...subject,
    '0 root VERB continue VBP',
    `${root + 2} mark PART to TO`,
    `${root} xcomp VERB support VB`,
    `${root + 2} obj PROPN Osterlich NNP`,
    `${root + 6} case ADP in IN`,
    `${root + 6} det DET the DT`,
    `${root + 2} obl NOUN talk NNS`,
    `${root} punct PUNCT . .`,
  ];
};

describe('event arguments: the subject after a fronted clause', () => {
  it('takes "Freedonia and Ruritania" after the comma of a fronted "While …" clause as the subject of a subjectless main verb', () => {
    const text =
      'While some donors cut aid to Sylvania, Freedonia and Ruritania continue to support Osterlich in the talks.';
    const p = parse(['7 conj PROPN Freedonia NNP', '11 cc CCONJ and CC', '9 conj PROPN Ruritania NNP']);
    const evs = codeEvents(fixtureDoc(text, { mentions: STATES, parse: p }), lex).events;
    const e = evs.find((x) => x.eventText === 'support');
    assert.ok(e, `no event on "support" in ${evs.map((x) => `${x.event}:${x.eventText}`).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['FRE', 'RUR']);
    assert.deepEqual(codes(e.recipient), ['OST']);
  });
  it("does not make the fronted clause's own party the subject when no party follows its comma", () => {
    const text = 'While some donors cut aid to Sylvania, many donors continue to support Osterlich in the talks.';
    const p = parse(['10 amod ADJ many JJ', '7 conj NOUN donor NNS']);
    const evs = codeEvents(fixtureDoc(text, { mentions: STATES, parse: p }), lex).events;
    const e = evs.find((x) => x.eventText === 'support');
    assert.ok(!e || !codes(e.actor).includes('SYL'), `actor ${e ? codes(e.actor) : ''}`);
  });
});
