import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, assertSomeEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ...STATES,
  ['the minister', null, 'GOV'],
  ['The minister', null, 'GOV'],
  ['victims', null, 'CVL'],
  ['The band', null, 'CVL'],
  ['the boy', null, 'CVL'],
  ['They', null, 'COP'],
  ['the foreign ministers', null, 'GOV'],
  ['president', null, 'GOV'],
  ['the soldiers', null, 'MIL'],
];
const code = (text: string, parse: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;

describe('senses: names, conjunctions and kinds of things are no acts', () => {
  it('codes no rally for "The Freedonia fund holds 300,000 Rally\'s shares" (a name with a possessive)', () => {
    const evs = code("The Freedonia fund holds 300,000 Rally's shares.", [
      '3 det DET the DT',
      '3 compound PROPN Freedonia NNP',
      '4 nsubj NOUN fund NN',
      '0 root VERB hold VBZ',
      '8 nummod NUM 300000 CD',
      '8 nmod:poss NOUN rally NN',
      "6 case PART 's POS",
      '4 obj NOUN share NNS',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.event === 'PROTEST');
  });
  it('codes no aid for "- provided the reform is not delayed -" (a conjunction)', () => {
    const evs = code('Freedonia may recover quickly - provided the reform is not delayed - the minister said.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX may MD',
      '15 ccomp VERB recover VB',
      '6 advmod ADV quickly RB',
      '4 punct PUNCT - HYPH',
      '3 advcl VERB provide VBN',
      '8 det DET the DT',
      '11 nsubj:pass NOUN reform NN',
      '11 aux:pass AUX be VBZ',
      '11 advmod PART not RB',
      '6 conj VERB delay VBN',
      '15 punct PUNCT - ,',
      '14 det DET the DT',
      '15 nsubj NOUN minister NN',
      '0 root VERB say VBD',
      '15 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'provided');
  });
  it('codes no bombing for "They found circuitry, detonating cord and a truck that would have carried the bomb"', () => {
    const evs = code('They found circuitry, detonating cord and a truck that would have carried the bomb.', [
      '2 nsubj PRON they PRP',
      '0 root VERB find VBD',
      '2 xcomp ADJ circuitry JJ',
      '5 punct PUNCT , ,',
      '3 advcl VERB detonate VBG',
      '5 obj NOUN cord NN',
      '9 cc CCONJ and CC',
      '9 det DET a DT',
      '6 conj NOUN truck NN',
      '13 nsubj PRON that WDT',
      '13 aux AUX would MD',
      '13 aux AUX have VB',
      '5 ccomp VERB carry VBN',
      '15 det DET the DT',
      '13 obj NOUN bomb NN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'detonating');
  });
});

describe('senses: transport, laws at home, named partnerships', () => {
  it('codes no envoy sent for "The Freedonia president\'s plane carrying the foreign ministers of Sylvania landed"', () => {
    const evs = code(
      "The Freedonia president's plane carrying the foreign ministers of Sylvania landed in Ruritania.",
      [
        '3 det DET the DT',
        '3 compound PROPN Freedonia NNP',
        '5 nmod:poss NOUN president NN',
        "3 case PART 's POS",
        '12 nsubj NOUN plane NN',
        '5 acl VERB carry VBG',
        '9 det DET the DT',
        '9 amod ADJ foreign JJ',
        '6 obj NOUN minister NNS',
        '11 case ADP of IN',
        '9 nmod PROPN Sylvania NNP',
        '0 root VERB land VBD',
        '14 case ADP in IN',
        '12 obl PROPN Ruritania NNP',
        '12 punct PUNCT . .',
      ],
    );
    assertNoEvent(evs, (e) => e.eventText === 'carrying');
  });
  it('codes no cooperation for "Freedonia introduced a bill to enact the tax"', () => {
    const evs = code('Freedonia introduced a bill to enact the tax.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB introduce VBD',
      '4 det DET a DT',
      '2 obj NOUN bill NN',
      '6 mark PART to TO',
      '4 acl VERB enact VB',
      '8 det DET the DT',
      '6 obj NOUN tax NN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'enact');
  });
  it('codes no cooperation for "willingness to enhance its partnership with Sylvania", but does for "launched a partnership"', () => {
    const named = code('The report questions Freedonia’s willingness to enhance its partnership with Sylvania.', [
      '3 det DET the DT',
      '3 compound NOUN report NN',
      '6 nsubj NOUN question NNS',
      '6 nmod:poss PROPN Freedonia NNP',
      "4 case PART 's POS",
      '0 root NOUN willingness NN',
      '8 mark PART to TO',
      '6 acl VERB enhance VB',
      '10 nmod:poss PRON its PRP$',
      '8 obj NOUN partnership NN',
      '12 case ADP with IN',
      '8 obl PROPN Sylvania NNP',
      '6 punct PUNCT . .',
    ]);
    assertNoEvent(named, (e) => e.eventText === 'partnership');
    const formed = code('Freedonia launched a partnership with Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB launch VBD',
      '4 det DET a DT',
      '2 obj NOUN partnership NN',
      '6 case ADP with IN',
      '4 nmod PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    assertSomeEvent(formed, (e) => e.eventText === 'partnership' && e.event === 'COOPERATE');
  });
});

describe('senses: issues looked into, help towards things, needs, things recognised', () => {
  it('codes no investigation for "left for Sylvania to investigate the Ruritanian issue"', () => {
    const evs = code('The minister left for Sylvania to investigate the Ruritanian issue.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB leave VBD',
      '5 case ADP for IN',
      '3 obl PROPN Sylvania NNP',
      '7 mark PART to TO',
      '3 advcl VERB investigate VB',
      '10 det DET the DT',
      '10 compound PROPN Ruritanian NNP',
      '7 obj NOUN issue NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'investigate');
  });
  it('codes no aid for "The minister played a concert to help finance his studies", but does for "help identify victims"', () => {
    const thing = code('The minister played a concert to help finance his studies.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB play VBD',
      '5 det DET a DT',
      '3 obj NOUN concert NN',
      '7 mark PART to TO',
      '5 acl VERB help VB',
      '7 xcomp VERB finance VB',
      '10 nmod:poss PRON his PRP$',
      '8 obj NOUN study NNS',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(thing, (e) => e.eventText === 'help' || e.eventText === 'finance');
    const party = code('Freedonia sent a team to help identify victims in Sylvania.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB send VBD',
      '4 det DET a DT',
      '2 obj NOUN team NN',
      '6 mark PART to TO',
      '4 acl VERB help VB',
      '6 xcomp VERB identify VB',
      '7 obj NOUN victim NNS',
      '10 case ADP in IN',
      '7 obl PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ]);
    // (the help is kept: the aid sent goes to the victims it helps identify)
    assertSomeEvent(party, (e) => e.event === 'AID' && e.recipient.some((r) => r.actorText === 'victims'));
  });
  it('codes no appeal for "The minister said Sylvania needs help", but does for "Freedonia needs your help"', () => {
    const stated = code('The minister said Sylvania needs help.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB say VBD',
      '5 nsubj PROPN Sylvania NNP',
      '3 ccomp VERB need VBZ',
      '5 obj NOUN help NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(stated, (e) => e.eventText === 'needs');
    const asked = code('The minister told Sylvania that Freedonia needs your help.', [
      '2 det DET the DT',
      '3 nsubj NOUN minister NN',
      '0 root VERB tell VBD',
      '3 iobj PROPN Sylvania NNP',
      '7 mark SCONJ that IN',
      '7 nsubj PROPN Freedonia NNP',
      '3 ccomp VERB need VBZ',
      '9 nmod:poss PRON your PRP$',
      '7 obj NOUN help NN',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(asked, (e) => e.eventText === 'needs' && e.event === 'REQUEST');
  });
  it('codes no recognition for "The outputs are recognized by Freedonia government programs"', () => {
    const evs = code('The outputs are recognized by Freedonia government programs.', [
      '2 det DET the DT',
      '4 nsubj:pass NOUN output NNS',
      '4 aux:pass AUX be VBP',
      '0 root VERB recognize VBN',
      '8 case ADP by IN',
      '8 compound PROPN Freedonia NNP',
      '8 compound NOUN government NN',
      '4 obl:agent NOUN program NNS',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'recognized');
  });
});

describe('senses: beefing up, protesting laws, bodies convening, cited words', () => {
  it('codes no expulsion for "beefing up its lending activities", and MOBILIZE for "beefing up security"', () => {
    const thing = code('Freedonia said the bank may expand, as well as beefing up its lending activities.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB say VBD',
      '4 det DET the DT',
      '6 nsubj NOUN bank NN',
      '6 aux AUX may MD',
      '2 ccomp VERB expand VB',
      '11 punct PUNCT , ,',
      '11 cc ADV as RB',
      '8 fixed ADV well RB',
      '8 fixed ADP as IN',
      '6 advcl VERB beef VBG',
      '11 compound:prt ADP up RP',
      '15 nmod:poss PRON its PRP$',
      '15 compound NOUN lending NN',
      '11 obj NOUN activity NNS',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(thing, (e) => e.eventText.startsWith('beefing'));
    const force = code('Freedonia is beefing up security at the border.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX be VBZ',
      '0 root VERB beef VBG',
      '3 compound:prt ADP up RP',
      '3 obj NOUN security NN',
      '8 case ADP at IN',
      '8 det DET the DT',
      '3 obl NOUN border NN',
      '3 punct PUNCT . .',
    ]);
    assertSomeEvent(force, (e) => e.eventText.startsWith('beefing') && e.event === 'MOBILIZE');
  });
  it('codes "would protest Freedonia laws" as disapproval (ACCUSE 111), not a demonstration', () => {
    const evs = code('The Sylvania people would protest Freedonia laws.', [
      '3 det DET the DT',
      '3 compound PROPN Sylvania NNP',
      '5 nsubj NOUN people NNS',
      '5 aux AUX would MD',
      '0 root VERB protest VB',
      '7 compound PROPN Freedonia NNP',
      '5 obj NOUN law NNS',
      '5 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'protest' && (e.event === 'PROTEST' || e.event === 'THREATEN'));
    assertSomeEvent(evs, (e) => e.eventText === 'protest' && e.event === 'ACCUSE' && e.mode === 'disapprove');
  });
  it('codes no consultation for "The Freedonia lawmakers will meet next month" (a body convening)', () => {
    const evs = code('The Freedonia lawmakers will meet next month.', [
      '3 det DET the DT',
      '3 compound PROPN Freedonia NNP',
      '5 nsubj NOUN lawmaker NNS',
      '5 aux AUX will MD',
      '0 root VERB meet VB',
      '7 amod ADJ next JJ',
      '5 obj NOUN month NN',
      '5 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'meet');
  });
  it('codes no attack for a word cited in quotation marks ("Freedonia police list the soldiers as “wounded”")', () => {
    const evs = code('Freedonia police list the soldiers as “wounded” in their reports.', [
      '3 compound PROPN Freedonia NNP',
      '3 compound NOUN police NN',
      '0 root NOUN list NN',
      '5 det DET the DT',
      '3 obj NOUN soldier NNS',
      '8 mark SCONJ as IN',
      '8 punct PUNCT “ ``',
      '5 acl ADJ wounded JJ',
      "8 punct PUNCT ” ''",
      '12 case ADP in IN',
      '12 nmod:poss PRON their PRP$',
      '8 obl NOUN report NNS',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'wounded');
  });
});

describe('senses: trade figures, prevented acts, purchases negotiated', () => {
  it('codes no cooperation for "Freedonia exports to Sylvania fell 12 percent last year" (a trade figure)', () => {
    const evs = code('Freedonia exports to Sylvania fell 12 percent last year.', [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB export VBZ',
      '4 case ADP to IN',
      '2 obl PROPN Sylvania NNP',
      '2 conj VERB fall VBD',
      '7 nummod NUM 12 CD',
      '5 obj NOUN percent NN',
      '9 amod ADJ last JJ',
      '5 obl:unmarked NOUN year NN',
      '2 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'exports');
  });
  it('codes no visit for "have blocked Freedonia diplomats from visiting him" (an act prevented)', () => {
    const evs = code('Sylvania authorities have blocked Freedonia diplomats from visiting him.', [
      '2 compound PROPN Sylvania NNP',
      '4 nsubj NOUN authority NNS',
      '4 aux AUX have VBP',
      '0 root VERB block VBN',
      '6 compound PROPN Freedonia NNP',
      '4 obj NOUN diplomat NNS',
      '8 mark SCONJ from IN',
      '4 advcl VERB visit VBG',
      '8 obj PRON he PRP',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'visiting');
  });
  it('codes no consultation for "The Freedonia airline has negotiated the purchase of 12 new jets" (commerce)', () => {
    const evs = code('The Freedonia airline has negotiated the purchase of 12 new jets.', [
      '3 det DET the DT',
      '3 compound PROPN Freedonia NNP',
      '5 nsubj NOUN airline NN',
      '5 aux AUX have VBZ',
      '0 root VERB negotiate VBN',
      '7 det DET the DT',
      '5 obj NOUN purchase NN',
      '11 case ADP of IN',
      '11 nummod NUM 12 CD',
      '11 amod ADJ new JJ',
      '7 nmod NOUN jet NNS',
      '5 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'negotiated');
  });
});

describe('senses: purchases agreed', () => {
  it('codes no agreement for "The Freedonia council has agreed 12 house purchases this year" (commerce)', () => {
    const evs = code('The Freedonia council has agreed 12 house purchases this year.', [
      '3 det DET the DT',
      '3 compound PROPN Freedonia NNP',
      '5 nsubj NOUN council NN',
      '5 aux AUX have VBZ',
      '0 root VERB agree VBN',
      '8 nummod NUM 12 CD',
      '8 compound NOUN house NN',
      '5 obj NOUN purchase NNS',
      '10 det DET this DT',
      '5 obl:unmarked NOUN year NN',
      '5 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'agreed');
  });
});

describe('senses: recovery teams', () => {
  it('codes no aid for "Freedonia has sent a team to recover the remains of a Sylvania expert"', () => {
    const evs = code('Freedonia has sent a team to recover the remains of a Sylvania expert.', [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX have VBZ',
      '0 root VERB send VBN',
      '5 det DET a DT',
      '3 obj NOUN team NN',
      '7 mark PART to TO',
      '3 advcl VERB recover VB',
      '9 det DET the DT',
      '7 obj NOUN remains NNS',
      '13 case ADP of IN',
      '13 det DET a DT',
      '13 compound PROPN Sylvania NNP',
      '9 nmod NOUN expert NN',
      '3 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'sent');
  });
});

describe('senses: services to people', () => {
  it('codes no political support for "The Freedonia charity supports people affected by cancer"', () => {
    const evs = code('The Freedonia charity supports people affected by cancer.', [
      '3 det DET the DT',
      '3 compound PROPN Freedonia NNP',
      '4 nsubj NOUN charity NN',
      '0 root VERB support VBZ',
      '4 obj NOUN people NNS',
      '5 acl VERB affect VBN',
      '8 case ADP by IN',
      '6 obl:agent NOUN cancer NN',
      '4 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'supports');
  });
});
