import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { emptyContext } from '../../core/pipeline.js';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { timesStage } from '../times/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';
import { wellBefore } from './status-past.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];
const statusOf = (text: string, word: string, published?: string): string => {
  const evs = codeEvents(fixtureDoc(text, { mentions: M, ...(published ? { published } : {}) }), lex).events;
  return evs.find((e) => e.eventText === word)?.status ?? `none (coded: ${evs.map((e) => e.eventText).join(',')})`;
};

describe('historical acts dated by a time phrase', () => {
  it('makes an act "last year" historical, even without a publication date', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania last year.', 'attacked'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania last week.', 'attacked', '2020-05-01'), 'asserted');
  });
  it('makes an act in a month of an earlier year historical ("in May 2017"), not one of the report\'s year', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania in May 2017.', 'attacked', '2018-04-01'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania in March 2018.', 'attacked', '2018-04-01'), 'asserted');
  });
  it('reads a full date with an earlier year ("on April 4, 1949") and a decade ("in the 1960s")', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania on April 4, 1949.', 'attacked', '1999-03-12'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania on March 4, 1999.', 'attacked', '1999-03-12'), 'asserted');
    assert.equal(statusOf('Freedonia attacked Sylvania in the 1960s.', 'attacked', '2000-02-24'), 'historical');
  });
  it('reads a year in words ("in nineteen seventy-nine")', () => {
    assert.equal(
      statusOf('Freedonia attacked Sylvania in nineteen seventy-nine.', 'attacked', '1998-01-21'),
      'historical',
    );
  });
  it('leaves an act that only names an earlier one ("over last year\'s attack") current', () => {
    assert.equal(
      statusOf("Freedonia arrested a man over last year's attack on Sylvania.", 'arrested', '2020-05-01'),
      'asserted',
    );
  });
});

/** The status of the event on `word` in a parsed one-sentence text whose times the times stage resolved. */
const datedStatus = (text: string, parse: string[], word: string, published?: string): string => {
  const doc = timesStage.run(
    fixtureDoc(text, { mentions: M, parse, ...(published ? { published } : {}) }),
    emptyContext(),
  );
  const evs = codeEvents(doc, lex).events;
  return evs.find((e) => e.eventText === word)?.status ?? `none (coded: ${evs.map((e) => e.eventText).join(',')})`;
};

describe('historical acts dated by a resolved time expression', () => {
  const fronted = [
    '2 case ADP in IN',
    '7 obl PROPN June NNP',
    '4 amod ADJ last JJ',
    '2 nmod:unmarked NOUN year NN',
    '2 punct PUNCT , ,',
    '7 nsubj PROPN Freedonia NNP',
    '0 root VERB left VBD',
    '7 punct PUNCT , ,',
    '11 cc CCONJ and CC',
    '11 nsubj PROPN Sylvania NNP',
    '7 conj VERB attacked VBD',
    '11 obj PROPN Ruritania NNP',
    '7 punct PUNCT . .',
  ];
  const text = 'In June last year, Freedonia left, and Sylvania attacked Ruritania.';
  it('makes a later conjunct under a fronted date months before the report historical', () => {
    assert.equal(datedStatus(text, fronted, 'attacked', '2020-05-01'), 'historical');
  });
  it('keeps it asserted when the date falls within three months of the report', () => {
    const march = [
      '2 case ADP in IN',
      '5 obl PROPN March NNP',
      '5 punct PUNCT , ,',
      '5 nsubj PROPN Freedonia NNP',
      '0 root VERB left VBD',
      '9 punct PUNCT , ,',
      '9 cc CCONJ and CC',
      '9 nsubj PROPN Sylvania NNP',
      '5 conj VERB attacked VBD',
      '9 obj PROPN Ruritania NNP',
      '5 punct PUNCT . .',
    ];
    const inMarch = 'In March, Freedonia left, and Sylvania attacked Ruritania.';
    assert.equal(datedStatus(inMarch, march, 'attacked', '2019-05-01'), 'asserted');
    assert.equal(datedStatus(inMarch, march, 'attacked', '2019-08-15'), 'historical');
  });
  it('makes no act historical from a resolved date when the document has no publication date', () => {
    assert.equal(datedStatus(text, fronted, 'attacked'), 'asserted');
  });
  it('dates the verb by a bare time phrase the parse hangs on its agent ("by Freedonia last fall")', () => {
    const parse = [
      '3 nsubj:pass PROPN Sylvania NNP',
      '3 aux:pass AUX was VBD',
      '0 root VERB attacked VBN',
      '5 case ADP by IN',
      '3 obl:agent PROPN Freedonia NNP',
      '7 amod ADJ last JJ',
      '5 nmod:unmarked NOUN fall NN',
      '3 punct PUNCT . .',
    ];
    const passive = 'Sylvania was attacked by Freedonia last fall.';
    assert.equal(datedStatus(passive, parse, 'attacked', '2020-04-10'), 'historical');
    assert.equal(datedStatus(passive, parse, 'attacked', '2020-01-20'), 'asserted');
  });
  it('dates the act of a "when" clause by the date of the clause it hangs on', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB failed VBD',
      '4 mark PART to TO',
      '2 xcomp VERB win VB',
      '4 obl:unmarked NOUN 1961 CD',
      '8 advmod SCONJ when WRB',
      '8 nsubj PROPN Sylvania NNP',
      '2 advcl VERB repelled VBD',
      '10 nmod:poss PRON its PRP$',
      '8 obj NOUN invasion NN',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia failed to win 1961 when Sylvania repelled its invasion.';
    assert.equal(datedStatus(text, parse, 'invasion', '2000-06-01'), 'asserted');
    const fixed = parse.map((l, k) =>
      k === 4 ? '4 obl:unmarked NOUN 1961 CD' : k === 7 ? '4 advcl VERB repelled VBD' : l,
    );
    assert.equal(datedStatus(text, fixed, 'invasion', '2000-06-01'), 'historical');
  });
  it('does not date a verb by a year written before its subject ("that 1978 resolution calls for")', () => {
    const parse = [
      '4 nmod:poss PROPN Freedonia NNP',
      "1 case PART 's POS",
      '4 nummod NUM 1978 CD',
      '5 nsubj NOUN resolution NN',
      '0 root VERB condemns VBZ',
      '5 obj PROPN Sylvania NNP',
      '5 punct PUNCT . .',
    ];
    const text = "Freedonia's 1978 resolution condemns Sylvania.";
    assert.equal(datedStatus(text, parse, 'condemns', '1998-03-01'), 'asserted');
  });
  it('reads "since" before a date as a bound, not the date of the act', () => {
    const parse = [
      '4 nsubj PROPN Freedonia NNP',
      '4 aux AUX has VBZ',
      '4 advmod ADV repeatedly RB',
      '0 root VERB attacked VBN',
      '4 obj PROPN Sylvania NNP',
      '7 case ADP since IN',
      '4 obl PROPN May NNP',
      '4 punct PUNCT . .',
    ];
    assert.equal(
      datedStatus('Freedonia has repeatedly attacked Sylvania since May.', parse, 'attacked', '2020-12-01'),
      'asserted',
    );
  });
});

describe('a period well before the report', () => {
  it('counts a month, a season or a day over more than three months before', () => {
    assert.equal(wellBefore('2019-06', '2019-10-05'), true);
    assert.equal(wellBefore('2019-08', '2019-10-05'), false);
    assert.equal(wellBefore('2018-FA', '2019-04-10'), true);
    assert.equal(wellBefore('2019-11-03', '2020-05-07'), true);
    assert.equal(wellBefore('2019-W30', '2019-08-20'), false);
  });
  it("counts a year, a decade or a century only when it is over before the report's year", () => {
    assert.equal(wellBefore('2019', '2020-01-10'), true);
    assert.equal(wellBefore('2020', '2020-11-10'), false);
    assert.equal(wellBefore('199', '2000-03-01'), true);
    assert.equal(wellBefore('PAST_REF', '2000-03-01'), false);
  });
});

describe('background in time', () => {
  it('codes an act "two years ago" as historical and one "two days ago" as asserted', () => {
    const st = (text: string) =>
      codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events[0]?.status;
    assert.equal(st('Freedonia attacked Sylvania two years ago.'), 'historical');
    assert.equal(st('Freedonia attacked Sylvania 18 months ago.'), 'historical');
    assert.equal(st('Freedonia attacked Sylvania two days ago.'), 'asserted');
  });
});
