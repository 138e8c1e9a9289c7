import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, assertSomeEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES, ['the minister', null, 'GOV'], ['The minister', null, 'GOV']];
const code = (text: string, parse?: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;

describe('senses: votes by private people', () => {
  it('codes no event for "Many Freedonia farmers voted in his name"', () => {
    const evs = code('Many Freedonia farmers voted in his name.', [
      '3 amod ADJ many JJ',
      '3 compound PROPN Freedonia NNP',
      '4 nsubj NOUN farmer NNS',
      '0 root VERB vote VBD',
      '7 case ADP in IN',
      '7 nmod:poss PRON his PRP$',
      '4 obl NOUN name NN',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'voted');
  });
});

describe('senses: taking part in a contest', () => {
  it('codes no AGREE for "Freedonia will take part in the chess tournament"; keeps "took part in the operation"', () => {
    const contest = code('Freedonia will take part in the national chess tournament.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX will MD',
      '0 root VERB take VB',
      '3 obj NOUN part NN',
      '9 case ADP in IN',
      '9 det DET the DT',
      '9 amod ADJ national JJ',
      '9 compound NOUN chess NN',
      '3 obl NOUN tournament NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(contest, (e) => e.eventText.startsWith('take'));
    const talks = code('Freedonia took part in the operation with Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB take VBD',
      '2 obj NOUN part NN',
      '6 case ADP in IN',
      '6 det DET the DT',
      '2 obl NOUN operation NN',
      '8 case ADP with IN',
      '6 nmod PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(talks, (e) => e.event === 'AGREE' && e.eventText === 'took');
  });
});

describe('senses: filings withdrawn, people fired from a job', () => {
  it('codes no retreat for "The minister withdrew the request"; keeps "Freedonia withdrew its troops"', () => {
    const evs = code('The minister withdrew the request.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB withdraw VBD',
      '5 det DET the DT',
      '3 obj NOUN request NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'withdrew');
    const troops = code('Freedonia withdrew its troops.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB withdraw VBD',
      '4 nmod:poss PRON its PRP$',
      '2 obj NOUN troops NNS',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(troops, (e) => e.event === 'RETREAT' && e.eventText === 'withdrew');
  });
  it('codes no assault for "The minister was fired from the company"; keeps "A rocket was fired by Sylvania"', () => {
    const job = code('The minister was fired from the company.', [
      '2 det DET the DT',
      '4 nsubj:pass NOUN minister NN',
      '4 aux:pass AUX be VBD',
      '0 root VERB fire VBN',
      '7 case ADP from IN',
      '7 det DET the DT',
      '4 obl NOUN company NN',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(job, (e) => e.eventText === 'fired');
    const rocket = code('A rocket was fired by Sylvania.', [
      '2 det DET a DT',
      '4 nsubj:pass NOUN rocket NN',
      '4 aux:pass AUX be VBD',
      '0 root VERB fire VBN',
      '6 case ADP by IN',
      '4 obl:agent PROPN Sylvania NNP',
      '4 punct PUNCT . .',
    ]);
    assertSomeEvent(rocket, (e) => e.event === 'ASSAULT' && e.eventText === 'fired');
  });
});

describe('senses: joining a crowd', () => {
  it('codes no protest for "The minister joined the crowd to offer a prayer"', () => {
    const evs = code('The minister joined the crowd to offer a prayer.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB join VBD',
      '5 det DET the DT',
      '3 obj NOUN crowd NN',
      '7 mark PART to TO',
      '3 advcl VERB offer VB',
      '9 det DET a DT',
      '7 obj NOUN prayer NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.event === 'PROTEST');
  });
});
