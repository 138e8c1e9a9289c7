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

describe('senses: "end up"', () => {
  it('codes no AGREE or RETREAT on "end" in "Freedonia and Sylvania will end up fighting each other"', () => {
    const evs = code('Freedonia and Sylvania will end up fighting each other.', [
      '5 nsubj PROPN Freedonia NNP',
      '3 cc CCONJ and CC',
      '1 conj PROPN Sylvania NNP',
      '5 aux AUX will MD',
      '0 root VERB end VB',
      '5 compound:prt ADP up RP',
      '5 xcomp VERB fight VBG',
      '7 obj DET each DT',
      '8 fixed ADJ other JJ',
      '5 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText.startsWith('end'));
  });
});

describe('senses: investing, linking', () => {
  it('codes COOPERATE 061 for "Freedonia is investing billions in Sylvania", none for investing in roads', () => {
    const evs = code('Freedonia is investing billions in Sylvania.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX be VBZ',
      '0 root VERB invest VBG',
      '3 obj NOUN billion NNS',
      '6 case ADP in IN',
      '3 obl PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'COOPERATE' && e.eventText === 'investing');
    const roads = code('Freedonia is investing billions in new roads.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX be VBZ',
      '0 root VERB invest VBG',
      '3 obj NOUN billion NNS',
      '7 case ADP in IN',
      '7 amod ADJ new JJ',
      '3 obl NOUN road NNS',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(roads, (e) => e.eventText === 'investing');
  });

  it('codes no event for "a pipeline linking Freedonia and Sylvania" (a thing that connects)', () => {
    const evs = code('Ruritania will build a pipeline linking Freedonia and Sylvania.', [
      '3 nsubj PROPN Ruritania NNP',
      '3 aux AUX will MD',
      '0 root VERB build VB',
      '5 det DET a DT',
      '3 obj NOUN pipeline NN',
      '3 xcomp VERB link VBG',
      '6 obj PROPN Freedonia NNP',
      '9 cc CCONJ and CC',
      '7 conj PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'linking');
  });
});

describe('senses: ruin said of jobs and economies', () => {
  it('codes no ASSAULT for "trade practices destroyed millions of jobs"; keeps "Freedonia destroyed three villages"', () => {
    const jobs = code('The trade practices of Freedonia destroyed thousands of factories and millions of jobs.', [
      '3 det DET the DT',
      '3 compound NOUN trade NN',
      '6 nsubj NOUN practice NNS',
      '5 case ADP of IN',
      '3 nmod PROPN Freedonia NNP',
      '0 root VERB destroy VBD',
      '6 obj NOUN thousand NNS',
      '9 case ADP of IN',
      '7 nmod NOUN factory NNS',
      '11 cc CCONJ and CC',
      '7 conj NOUN million NNS',
      '13 case ADP of IN',
      '11 nmod NOUN job NNS',
      '6 punct PUNCT . .',
    ]);
    assertNoEvent(jobs, (e) => e.event === 'ASSAULT');
    const villages = code('Freedonia destroyed three villages in Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB destroy VBD',
      '4 nummod NUM three CD',
      '2 obj NOUN village NNS',
      '6 case ADP in IN',
      '2 obl PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(villages, (e) => e.event === 'ASSAULT');
  });
});
