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

describe('senses: approving an arms sale', () => {
  it('codes "Freedonia approved a deal to sell Sylvania four drones" as AID to Sylvania, not SUPPORT', () => {
    const evs = code('Freedonia approved a deal to sell Sylvania four drones.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB approve VBD',
      '4 det DET a DT',
      '2 obj NOUN deal NN',
      '6 mark PART to TO',
      '4 acl VERB sell VB',
      '6 obj PROPN Sylvania NNP',
      '9 nummod NUM four CD',
      '6 obj NOUN drone NNS',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'AID' && e.eventText === 'approved');
    assertNoEvent(evs, (e) => e.event === 'SUPPORT' && e.eventText === 'approved');
  });
});

describe("senses: regretting an act of one's own", () => {
  it('codes CONCEDE, no ACCUSE, for "The minister regretted calling Sylvania a traitor"; keeps ACCUSE for regretting another\'s decision', () => {
    const own = code('The minister regretted calling Sylvania a traitor.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB regret VBD',
      '3 xcomp VERB call VBG',
      '4 obj PROPN Sylvania NNP',
      '7 det DET a DT',
      '4 xcomp NOUN traitor NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(own, (e) => e.event === 'ACCUSE');
    assertSomeEvent(own, (e) => e.event === 'CONCEDE' && e.eventText === 'regretted');
    const other = code("The minister regretted Sylvania's decision.", [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB regret VBD',
      '6 nmod:poss PROPN Sylvania NNP',
      "4 case PART 's POS",
      '3 obj NOUN decision NN',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(other, (e) => e.event === 'ACCUSE' && e.eventText === 'regretted');
  });
});

describe('senses: encouraging a party to act', () => {
  it('codes REQUEST for "Freedonia encourages Sylvania to repeal the law"; keeps SUPPORT for "Freedonia encouraged Sylvania"', () => {
    const act = code('Freedonia encourages Sylvania to repeal the law.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB encourage VBZ',
      '2 obj PROPN Sylvania NNP',
      '5 mark PART to TO',
      '2 xcomp VERB repeal VB',
      '7 det DET the DT',
      '5 obj NOUN law NN',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(act, (e) => e.event === 'REQUEST' && e.eventText === 'encourages');
    assertNoEvent(act, (e) => e.event === 'SUPPORT');
    const party = code('Freedonia encouraged Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB encourage VBD',
      '2 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(party, (e) => e.event === 'SUPPORT' && e.eventText === 'encouraged');
  });
});

describe('senses: votes against a measure, troops defending a country', () => {
  it('codes "Freedonia lawmakers voted against the motion" as REJECT, not ACCUSE', () => {
    const evs = code('Freedonia lawmakers voted against the motion.', [
      '2 compound PROPN Freedonia NNP',
      '3 nsubj NOUN lawmaker NNS',
      '0 root VERB vote VBD',
      '6 case ADP against IN',
      '6 det DET the DT',
      '3 obl NOUN motion NN',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'REJECT' && e.eventText === 'voted');
    assertNoEvent(evs, (e) => e.event === 'ACCUSE');
  });
  it('codes "Thousands of Freedonia troops have massed to defend Sylvania" as AID 074, not verbal SUPPORT', () => {
    const evs = code('Thousands of Freedonia troops have massed to defend Sylvania.', [
      '6 nsubj NOUN thousand NNS',
      '4 case ADP of IN',
      '4 compound PROPN Freedonia NNP',
      '1 nmod NOUN troops NNS',
      '6 aux AUX have VBP',
      '0 root VERB mass VBN',
      '8 mark PART to TO',
      '6 xcomp VERB defend VB',
      '8 obj PROPN Sylvania NNP',
      '6 punct PUNCT . .',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'AID' && e.cameo === '074' && e.eventText === 'defend');
    assertNoEvent(evs, (e) => e.event === 'SUPPORT');
    const words = code('The minister defended Sylvania.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB defend VBD',
      '3 obj PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(words, (e) => e.event === 'SUPPORT' && e.eventText === 'defended');
  });
});

describe('senses: inviting the public to act', () => {
  it('codes "Freedonia has invited everyone to welcome the pope" as REQUEST, no meeting', () => {
    const evs = code('Freedonia has invited everyone to welcome the pope.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX have VBZ',
      '0 root VERB invite VBN',
      '3 obj PRON everyone NN',
      '6 mark PART to TO',
      '3 xcomp VERB welcome VB',
      '8 det DET the DT',
      '6 obj NOUN pope NN',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.eventText === 'invited');
    assertNoEvent(evs, (e) => e.event === 'CONSULT');
  });
});
