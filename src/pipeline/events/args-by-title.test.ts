import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['The mayor', 'FRE', 'GOV'],
  ['Harbor Radio', 'ALT', 'MED'],
];
const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);

// The mayor was accused of fraud by Bay City producer Lena Moss and Harbor Radio reporter Paul Dane .
// (the parse hangs the "by" phrase on the charge and heads it on a word of the first title)
const PARSE = [
  '2 det DET',
  '4 nsubj:pass NOUN mayor NN',
  '4 aux:pass AUX be VBD',
  '0 root VERB accuse VBN',
  '6 case ADP',
  '4 obl NOUN fraud NN',
  '8 case ADP',
  '6 nmod PROPN Bay NNP',
  '8 flat PROPN City NNP',
  '8 nmod:unmarked NOUN producer NN',
  '10 appos PROPN Lena NNP',
  '11 flat PROPN Moss NNP',
  '14 cc CCONJ',
  '11 conj PROPN Harbor NNP',
  '14 flat PROPN Radio NNP',
  '17 compound NOUN reporter NN',
  '8 appos PROPN Paul NNP',
  '17 flat PROPN Dane NNP',
  '4 punct PUNCT',
];

describe('event arguments: a passive accusation whose accusers follow a title', () => {
  it('makes the coded party of a conjoined "by" phrase the accuser though the parse heads it on a title word', () => {
    const text = 'The mayor was accused of fraud by Bay City producer Lena Moss and Harbor Radio reporter Paul Dane.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, parse: PARSE }), lex).events;
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, `no ACCUSE in ${evs.map((x) => `${x.event}:${x.eventText}`).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['ALT']);
    assert.deepEqual(codes(e.recipient), ['FRE']);
  });
  it('finds no accuser past a preposition inside the "by" phrase ("by the death of …")', () => {
    const text = 'The mayor was accused of fraud by the death of a Harbor Radio reporter.';
    const parse = [
      '2 det DET',
      '4 nsubj:pass NOUN mayor NN',
      '4 aux:pass AUX be VBD',
      '0 root VERB accuse VBN',
      '6 case ADP',
      '4 obl NOUN fraud NN',
      '9 case ADP',
      '9 det DET',
      '6 nmod NOUN death NN',
      '14 case ADP',
      '14 det DET',
      '13 compound PROPN Harbor NNP',
      '14 compound PROPN Radio NNP',
      '9 nmod NOUN reporter NN',
      '4 punct PUNCT',
    ];
    const evs = codeEvents(fixtureDoc(text, { mentions: M, parse }), lex).events;
    assert.ok(!evs.some((x) => x.event === 'ACCUSE' && codes(x.actor).includes('ALT')));
  });
});
