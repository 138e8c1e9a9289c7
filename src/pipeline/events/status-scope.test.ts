import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];
/** The status of the event coded on `word` (the first one), or 'none'. */
const statusOn = (text: string, parse: string[], word: string): string => {
  const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  return evs.find((e) => e.eventText === word)?.status ?? `none (coded: ${evs.map((e) => e.eventText).join(',')})`;
};

describe('the modal of the clause an act hangs on', () => {
  it('makes an infinitive of purpose after "should use the money" hypothetical', () => {
    const parse = [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX should MD',
      '0 root VERB use VB',
      '5 det DET the DT',
      '3 obj NOUN money NN',
      '7 mark PART to TO',
      '5 acl VERB support VB',
      '7 obj PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ];
    assert.equal(statusOn('Freedonia should use the money to support Sylvania.', parse, 'support'), 'hypothetical');
  });
  it('makes a "by" gerund under "could start a war" hypothetical', () => {
    const parse = [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX could MD',
      '0 root VERB start VB',
      '5 det DET a DT',
      '3 obj NOUN war NN',
      '7 mark SCONJ by IN',
      '3 advcl VERB attack VBG',
      '7 obj PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ];
    assert.equal(statusOn('Freedonia could start a war by attacking Sylvania.', parse, 'attacking'), 'hypothetical');
  });
  it('makes the act of a light verb after "need to" hypothetical ("need to strengthen their cooperation")', () => {
    const parse = [
      '4 nsubj PROPN Sylvania NNP',
      '3 cc CCONJ and CC',
      '1 conj PROPN Ruritania NNP',
      '0 root VERB need VBP',
      '6 mark PART to TO',
      '4 xcomp VERB strengthen VB',
      '8 nmod:poss PRON their PRP$',
      '6 obj NOUN cooperation NN',
      '4 punct PUNCT . .',
    ];
    assert.equal(
      statusOn('Sylvania and Ruritania need to strengthen their cooperation.', parse, 'cooperation'),
      'hypothetical',
    );
  });
  it('makes an indefinite act that a future response answers hypothetical, not the known one', () => {
    const parse = (det: string) => [
      '3 nsubj PROPN Ruritania NNP',
      '3 aux AUX will MD',
      '0 root VERB respond VB',
      '6 case ADP to IN',
      `6 det DET ${det} DT`,
      '3 obl NOUN attack NN',
      '8 case ADP on IN',
      '6 nmod PROPN Sylvania NNP',
      '10 case ADP by IN',
      '6 nmod PROPN Freedonia NNP',
      '3 punct PUNCT . .',
    ];
    const text = (det: string) => `Ruritania will respond to ${det} attack on Sylvania by Freedonia.`;
    assert.equal(statusOn(text('an'), parse('a'), 'attack'), 'hypothetical');
    assert.equal(statusOn(text('the'), parse('the'), 'attack'), 'asserted');
  });
  it('makes an act named as "the threat of" hypothetical', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB cite VBD',
      '4 det DET the DT',
      '2 obj NOUN threat NN',
      '6 case ADP of IN',
      '4 nmod NOUN attack NNS',
      '8 case ADP by IN',
      '6 nmod PROPN Ruritania NNP',
      '10 case ADP against IN',
      '6 nmod PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia cited the threat of attacks by Ruritania against Sylvania.';
    assert.equal(statusOn(text, parse, 'attacks'), 'hypothetical');
  });
  it('leaves a decided act asserted under a modal perfect ("could have played a role in X\'s decision to decline")', () => {
    const parse = [
      '2 det DET the DT',
      '5 nsubj NOUN stance NN',
      '5 aux AUX could MD',
      '5 aux AUX have VB',
      '0 root VERB play VBN',
      '7 det DET a DT',
      '5 obj NOUN role NN',
      '9 case ADP in IN',
      '7 nmod NOUN decision NNS',
      '11 mark PART to TO',
      '7 acl VERB decline VB',
      '13 det DET the DT',
      '11 obj NOUN offer NN',
      '14 case ADP of IN',
      '11 obl PROPN Sylvania NNP',
      '5 punct PUNCT . .',
    ];
    const text = 'The stance could have played a role in decisions to decline the offer of Sylvania.';
    const got = statusOn(text, parse, 'decline');
    assert.ok(got === 'asserted' || got.startsWith('none'), got);
  });
  it('gives a conjunct its head verb\'s auxiliary, not its meaning ("agreed that … and agreed to")', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB agree VBD',
      '6 mark SCONJ that IN',
      '6 nsubj NOUN talk NNS',
      '6 aux AUX could MD',
      '2 ccomp VERB help VB',
      '8 cc CCONJ and CC',
      '2 conj VERB agree VBD',
      '10 mark PART to TO',
      '8 xcomp VERB meet VB',
      '10 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia agreed that talks could help and agreed to meet Sylvania.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assert.ok(
      !evs.some((e) => e.eventText === 'agreed' && e.status === 'hypothetical'),
      JSON.stringify(evs.map((e) => [e.eventText, e.status])),
    );
  });
});

describe('the condition of an intended act', () => {
  it('keeps "if X did not sign" out of what is intended: no refusal (REJECT) coded for the condition', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB threaten VBD',
      '4 mark PART to TO',
      '2 xcomp VERB expel VB',
      '6 det DET the DT',
      '4 obj NOUN envoy NN',
      '11 mark SCONJ if IN',
      '11 nsubj PROPN Sylvania NNP',
      '11 aux AUX do VBD',
      '11 advmod PART not RB',
      '4 advcl VERB sign VB',
      '13 det DET the DT',
      '11 obj NOUN treaty NN',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia threatened to expel the envoy if Sylvania did not sign the treaty.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    // (the condition of a threat is no act reported: it is hypothetical, and dropped beside the threat)
    const sign = evs.filter((e) => e.eventText === 'sign');
    assert.ok(
      sign.every((e) => e.event !== 'REJECT' && e.status !== 'asserted'),
      JSON.stringify(sign.map((e) => [e.event, e.status])),
    );
  });
});

describe('a promise carried out', () => {
  const parse = (verb: string) => [
    '2 nsubj PROPN Freedonia NNP',
    `0 root VERB ${verb} VBD`,
    '4 nmod:poss PRON its PRP$',
    '2 obj NOUN promise NN',
    '6 mark PART to TO',
    '2 advcl VERB expel VB',
    '8 det DET the DT',
    '6 obj NOUN envoy NN',
    '10 case ADP of IN',
    '8 nmod PROPN Sylvania NNP',
    '2 punct PUNCT . .',
  ];
  it('codes "kept its promise to expel" as the act done, not intended', () => {
    assert.equal(
      statusOn('Freedonia kept its promise to expel the envoy of Sylvania.', parse('keep'), 'expel'),
      'asserted',
    );
  });
  it('still codes "renewed its promise to expel" as intended', () => {
    assert.equal(
      statusOn('Freedonia renewed its promise to expel the envoy of Sylvania.', parse('renew'), 'expel'),
      'intended',
    );
  });
});

describe('plans and possibilities named by the clause itself', () => {
  it('makes "are to agree" intended', () => {
    const parse = [
      '6 nsubj PROPN Freedonia NNP',
      '3 cc CCONJ and CC',
      '1 conj PROPN Sylvania NNP',
      '6 cop AUX be VBP',
      '6 mark PART to TO',
      '0 root VERB agree VB',
      '6 obj NOUN control NNS',
      '6 punct PUNCT . .',
    ];
    assert.equal(statusOn('Freedonia and Sylvania are to agree controls.', parse, 'agree'), 'intended');
  });
  it('makes an act with no determiner that "could do harm" hypothetical, not "the attacks could not …"', () => {
    // "(The) attacks by Freedonia against Sylvania could do harm."
    const parse = (det: boolean) => {
      const d = det ? 1 : 0;
      return [
        ...(det ? ['2 det DET the DT'] : []),
        `${7 + d} nsubj NOUN attack NNS`,
        `${3 + d} case ADP by IN`,
        `${1 + d} nmod PROPN Freedonia NNP`,
        `${5 + d} case ADP against IN`,
        `${1 + d} nmod PROPN Sylvania NNP`,
        `${7 + d} aux AUX could MD`,
        '0 root VERB do VB',
        `${7 + d} obj NOUN harm NN`,
        `${7 + d} punct PUNCT . .`,
      ];
    };
    const text = (det: boolean) => `${det ? 'The attacks' : 'Attacks'} by Freedonia against Sylvania could do harm.`;
    const evs = (det: boolean) =>
      codeEvents(fixtureDoc(text(det), { mentions: M, published: '2020-05-01', parse: parse(det) }), lex).events;
    assert.ok(evs(false).length > 0 && evs(true).length > 0, 'an attack is coded');
    assert.ok(
      evs(false).every((e) => e.status === 'hypothetical'),
      JSON.stringify(evs(false).map((e) => e.status)),
    );
    assert.ok(
      evs(true).every((e) => e.status !== 'hypothetical'),
      JSON.stringify(evs(true).map((e) => e.status)),
    );
  });
  it('makes an act noun that a future verb says will take place intended ("the visit will be rescheduled")', () => {
    // "Freedonia's visit to Sylvania will be <verb>."
    const parse = (verb: string) => [
      '3 nmod:poss PROPN Freedonia NNP',
      "1 case PART 's POS",
      '8 nsubj:pass NOUN visit NN',
      '5 case ADP to IN',
      '3 nmod PROPN Sylvania NNP',
      '8 aux AUX will MD',
      '8 aux:pass AUX be VB',
      `0 root VERB ${verb} VBN`,
      '8 punct PUNCT . .',
    ];
    const status = (verb: string, form: string) =>
      codeEvents(
        fixtureDoc(`Freedonia's visit to Sylvania will be ${form}.`, {
          mentions: M,
          published: '2020-05-01',
          parse: parse(verb),
        }),
        lex,
      ).events.find((e) => e.eventText === 'visit')?.status;
    assert.equal(status('reschedule', 'rescheduled'), 'intended');
    assert.equal(status('praise', 'praised'), 'asserted');
  });
});
