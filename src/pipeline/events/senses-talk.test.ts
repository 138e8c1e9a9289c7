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

describe('senses: an order with a thing as object', () => {
  it('codes no REQUEST for "Freedonia ordered an assessment of the damage"', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB order VBD',
      '4 det DET a DT',
      '2 obj NOUN assessment NN',
    ];
    const evs = code('Freedonia ordered an assessment of the damage.', [
      ...parse,
      '7 case ADP of IN',
      '7 det DET the DT',
      '4 nmod NOUN damage NN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'ordered');
  });
  it('keeps "Freedonia ordered Sylvania to withdraw its troops" and "ordered an investigation" as REQUEST', () => {
    const party = code('Freedonia ordered Sylvania to withdraw its troops.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB order VBD',
      '2 obj PROPN Sylvania NNP',
      '5 mark PART to TO',
      '2 xcomp VERB withdraw VB',
      '7 nmod:poss PRON its PRP$',
      '5 obj NOUN troops NNS',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(party, (e) => e.event === 'REQUEST' && e.eventText === 'ordered');
    const inquiry = code('Freedonia ordered an investigation into the fire.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB order VBD',
      '4 det DET a DT',
      '2 obj NOUN investigation NN',
      '7 case ADP into IN',
      '7 det DET the DT',
      '4 nmod NOUN fire NN',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(inquiry, (e) => e.event === 'REQUEST' && e.eventText === 'ordered');
  });
});

describe('senses: calls that phone, asks that question', () => {
  it('codes no REQUEST for "Freedonia called to congratulate her on the show", one for "called on Friday for talks"', () => {
    const phoned = code('Freedonia called to congratulate her on the show.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB call VBD',
      '4 mark PART to TO',
      '2 xcomp VERB congratulate VB',
      '4 obj PRON she PRP',
      '8 case ADP on IN',
      '8 det DET the DT',
      '4 obl NOUN show NN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(phoned, (e) => e.event === 'REQUEST');
    const asked = code('Freedonia called on Friday for talks with Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB call VBD',
      '4 case ADP on IN',
      '2 obl PROPN Friday NNP',
      '6 case ADP for IN',
      '2 obl NOUN talk NNS',
      '8 case ADP with IN',
      '6 nmod PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(asked, (e) => e.event === 'REQUEST' && e.eventText.startsWith('called'));
  });
  it('codes no REQUEST for "Why did you go there, Freedonia asked."', () => {
    const evs = code('Why did you go there, Freedonia asked.', [
      '4 advmod ADV why WRB',
      '4 aux AUX do VBD',
      '4 nsubj PRON you PRP',
      '8 advcl VERB go VB',
      '4 advmod ADV there RB',
      '4 punct PUNCT , ,',
      '8 nsubj PROPN Freedonia NNP',
      '0 root VERB ask VBD',
      '8 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.event === 'REQUEST');
  });
});

describe('senses: promises of goods, promises referred to', () => {
  it('codes no event for "Freedonia had promised jobs" nor "as Freedonia had promised"; keeps "promised to withdraw"', () => {
    const jobs = code('Freedonia had promised jobs.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX have VBD',
      '0 root VERB promise VBN',
      '3 obj NOUN job NNS',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(jobs, (e) => e.eventText === 'promised');
    const as = code('Sylvania built no roads as Freedonia had promised.', [
      '2 nsubj PROPN Sylvania NNP',
      '0 root VERB build VBD',
      '4 det DET no DT',
      '2 obj NOUN road NNS',
      '8 mark SCONJ as IN',
      '8 nsubj PROPN Freedonia NNP',
      '8 aux AUX have VBD',
      '2 advcl VERB promise VBN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(as, (e) => e.eventText === 'promised');
    const act = code('Freedonia promised to withdraw its troops from Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB promise VBD',
      '4 mark PART to TO',
      '2 xcomp VERB withdraw VB',
      '6 nmod:poss PRON its PRP$',
      '4 obj NOUN troop NNS',
      '8 case ADP from IN',
      '4 obl PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(act, () => true);
  });
});

describe('senses: warnings that judge a state of things', () => {
  it('codes no event for "Freedonia warned that talk of a recovery was premature"; keeps a warning of retaliation', () => {
    const evs = code('Freedonia warned that talk of a recovery was premature.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB warn VBD',
      '10 mark SCONJ that IN',
      '10 nsubj NOUN talk NN',
      '8 case ADP of IN',
      '8 det DET a DT',
      '4 nmod NOUN recovery NN',
      '10 cop AUX be VBD',
      '2 ccomp ADJ premature JJ',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'warned');
    const threat = code('Freedonia warned Sylvania that it would retaliate.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB warn VBD',
      '2 obj PROPN Sylvania NNP',
      '7 mark SCONJ that IN',
      '7 nsubj PRON it PRP',
      '7 aux AUX would MD',
      '2 ccomp VERB retaliate VB',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(threat, (e) => e.eventText === 'warned');
  });
});

describe('senses: feeling betrayed', () => {
  it('codes no event for "We were betrayed by Freedonia" nor "The minister felt betrayed"; keeps "Freedonia betrayed Sylvania"', () => {
    const we = code('We were betrayed by Freedonia.', [
      '3 nsubj:pass PRON we PRP',
      '3 aux:pass AUX be VBD',
      '0 root VERB betray VBN',
      '5 case ADP by IN',
      '3 obl:agent PROPN Freedonia NNP',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(we, (e) => e.eventText === 'betrayed');
    const felt = code('The minister felt betrayed.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB feel VBD',
      '3 xcomp VERB betray VBN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(felt, (e) => e.eventText === 'betrayed');
    const act = code('Freedonia betrayed Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB betray VBD',
      '2 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(act, (e) => e.eventText === 'betrayed');
  });
});
