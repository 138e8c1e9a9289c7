import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { type FixtureOptions, fixtureDoc, type MentionSpec, quoteWords } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Freedonia', 'FRE', 'GOV'],
  ['Sylvania', 'SYL', 'GOV'],
  ['Ivan Petrov', 'FRE', 'GOV'],
];
const quotes = (text: string, opts: FixtureOptions = {}) => {
  const doc = fixtureDoc(text, { mentions: M, published: '2020-05-01', ...opts });
  return codeEvents(doc, lex).quotes.map((q) => quoteWords(text, q));
};

describe('quotes: attributions with no source', () => {
  it('reads "X seemed to …" as an appearance with no speaker, the subject and its complement as content', () => {
    // Ivan Petrov seemed to be losing ground .
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB seem',
      '6 mark PART',
      '6 aux AUX',
      '3 xcomp VERB lose',
      '6 obj NOUN',
      '3 punct PUNCT',
    ];
    assert.deepEqual(quotes('Ivan Petrov seemed to be losing ground.', { parse }), [
      { speaker: null, cue: 'seemed', content: 'Ivan Petrov seemed to be losing ground' },
    ]);
  });
  it('does not take "appeared on television" as an appearance of anything', () => {
    // She appeared on television on Sunday .
    const parse = [
      '2 nsubj PRON',
      '0 root VERB appear',
      '4 case ADP',
      '2 obl NOUN',
      '6 case ADP',
      '2 obl PROPN',
      '2 punct PUNCT',
    ];
    assert.deepEqual(quotes('She appeared on television on Sunday.', { parse }), []);
  });
  it('reads a passive "is expected to" with no agent as an expectation no one is named for', () => {
    // The treaty is expected to pass next week .
    const parse = [
      '2 det DET',
      '4 nsubj:pass NOUN',
      '4 aux:pass AUX be',
      '0 root VERB expect',
      '6 mark PART',
      '4 xcomp VERB pass',
      '8 amod ADJ',
      '6 obl:unmarked NOUN',
      '4 punct PUNCT',
    ];
    assert.deepEqual(quotes('The treaty is expected to pass next week.', { parse }), [
      { speaker: null, cue: 'expected', content: 'The treaty is expected to pass next week' },
    ]);
  });
  it('reads "reportedly" as hearsay about its clause', () => {
    // Freedonia is reportedly preparing new talks .
    const parse = [
      '4 nsubj PROPN',
      '4 aux AUX be',
      '4 advmod ADV',
      '0 root VERB prepare',
      '6 amod ADJ',
      '4 obj NOUN talk',
      '4 punct PUNCT',
    ];
    const qs = quotes('Freedonia is reportedly preparing new talks.', { parse });
    assert.deepEqual(qs, [
      { speaker: null, cue: 'reportedly', content: 'Freedonia is reportedly preparing new talks' },
    ]);
  });
  it('takes the question put in "when asked whether …" as content asked by no one named', () => {
    // Ivan Petrov smiled when asked whether Sylvania would sign .
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB smile',
      '5 advmod ADV',
      '3 advcl VERB ask',
      '9 mark SCONJ',
      '9 nsubj PROPN',
      '9 aux AUX',
      '5 ccomp VERB sign',
      '3 punct PUNCT',
    ];
    const qs = quotes('Ivan Petrov smiled when asked whether Sylvania would sign.', { parse });
    assert.deepEqual(qs, [{ speaker: null, cue: 'asked', content: 'whether Sylvania would sign' }]);
  });
  it('takes the "that" clause of a noun of saying or holding ("fears that …") as content held by no one named', () => {
    // There are fears that the talks will fail .
    const parse = [
      '2 expl PRON',
      '0 root VERB be',
      '2 nsubj NOUN fear',
      '8 mark SCONJ',
      '6 det DET',
      '8 nsubj NOUN talk',
      '8 aux AUX',
      '3 acl VERB fail',
      '2 punct PUNCT',
    ];
    assert.deepEqual(quotes('There are fears that the talks will fail.', { parse }), [
      { speaker: null, cue: 'fears', content: 'the talks will fail' },
    ]);
  });
  it('attributes no event to an attribution with no source', () => {
    const doc = fixtureDoc('Freedonia is reportedly preparing to attack Sylvania.', { mentions: M });
    const { events } = codeEvents(doc, lex);
    assert.ok(events.every((e) => e.attributedTo === null || e.attributedTo === undefined));
  });
});
