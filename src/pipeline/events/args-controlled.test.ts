import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, type FixtureOptions, fixtureCoder, STATES } from './fixtures.js';

const codeWith = fixtureCoder();

const code = codeWith;
const of = (evs: readonly Event[], type: string) => evs.filter((e) => e.event === type);
const texts = actorTexts;

describe('event arguments: the object of a verb an infinitive hangs on does its act', () => {
  it('makes the forced party the actor of "forced Freedonia to withdraw", not the one forcing', () => {
    const evs = code('Sylvania forced Freedonia to withdraw from Ruritania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Sylvania NNP',
        '0 root VERB force VBD',
        '2 obj PROPN Freedonia NNP',
        '5 mark PART to TO',
        '2 xcomp VERB withdraw VB',
        '7 case ADP from IN',
        '5 obl PROPN Ruritania NNP',
        '2 punct PUNCT . .',
      ],
    });
    const retreats = of(evs, 'RETREAT');
    assert.equal(retreats.length, 1, JSON.stringify(evs.map((e) => e.event)));
    assert.deepEqual(texts(retreats[0]?.actor ?? []), ['Freedonia']);
  });

  it('makes the citizens exhorted to rally the protesters, not the government exhorting them', () => {
    const evs = code('The government exhorted citizens to rally against the tax.', {
      mentions: [
        ['The government', 'FRE', 'GOV'],
        ['citizens', 'FRE', 'CVL'],
      ],
      parse: [
        '2 det DET the DT',
        '3 nsubj NOUN government NN',
        '0 root VERB exhort VBD',
        '3 obj NOUN citizen NNS',
        '6 mark PART to TO',
        '3 xcomp VERB rally VB',
        '9 case ADP against IN',
        '9 det DET the DT',
        '6 obl NOUN tax NN',
        '3 punct PUNCT . .',
      ],
    });
    const protests = of(evs, 'PROTEST');
    assert.equal(protests.length, 1, JSON.stringify(evs.map((e) => e.event)));
    assert.deepEqual(texts(protests[0]?.actor ?? []), ['citizens']);
  });

  it('keeps the one promising as the actor of "promised Freedonia to withdraw"', () => {
    const evs = code('Sylvania promised Freedonia to withdraw its troops.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Sylvania NNP',
        '0 root VERB promise VBD',
        '2 iobj PROPN Freedonia NNP',
        '5 mark PART to TO',
        '2 xcomp VERB withdraw VB',
        '7 nmod:poss PRON its PRP$',
        '5 obj NOUN troop NNS',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(!evs.flatMap((e) => texts(e.actor)).includes('Freedonia'), JSON.stringify(evs.map((e) => e.actor)));
  });
});

describe('event arguments: parties, places and victims around the act', () => {
  it('takes the soldiers, not the place they are in, as the actor of "soldiers in occupied Ruritania complied"', () => {
    const evs = code('Officials said few of the Sylvanian soldiers in occupied Ruritania complied with the order.', {
      mentions: [
        ['Officials', null, 'GOV'],
        ['Sylvanian soldiers', 'SYL', 'MIL'],
        ['Ruritania', 'RUR', 'GOV'],
      ],
      parse: [
        '2 nsubj NOUN official NNS',
        '0 root VERB say VBD',
        '2 advmod ADJ few JJ',
        '7 case ADP of IN',
        '7 det DET the DT',
        '7 amod ADJ Sylvanian JJ',
        '3 obl NOUN soldier NNS',
        '10 case ADP in IN',
        '10 amod ADJ occupied JJ',
        '7 nmod PROPN Ruritania NNP',
        '2 ccomp VERB comply VBD',
        '14 case ADP with IN',
        '14 det DET the DT',
        '11 obl NOUN order NN',
        '2 punct PUNCT . .',
      ],
    });
    const complied = evs.filter((e) => e.eventText === 'complied');
    assert.equal(complied.length, 1, JSON.stringify(evs.map((e) => e.eventText)));
    assert.deepEqual(texts(complied[0]?.actor ?? []), ['Sylvanian soldiers']);
  });

  it('makes "the nine people killed and 14 people injured in attacks" the victims, not the killers', () => {
    const evs = code('The service honoured the nine people killed and 14 people injured in attacks.', {
      mentions: [
        ['the nine people', null, 'CVL'],
        ['14 people', null, 'CVL'],
      ],
      parse: [
        '2 det DET the DT',
        '3 nsubj NOUN service NN',
        '0 root VERB honour VBD',
        '6 det DET the DT',
        '6 nummod NUM nine CD',
        '3 obj NOUN people NNS',
        '6 acl VERB kill VBN',
        '10 cc CCONJ and CC',
        '10 nummod NUM 14 CD',
        '7 conj NOUN people NNS',
        '10 acl VERB injure VBN',
        '13 case ADP in IN',
        '11 obl NOUN attack NNS',
        '3 punct PUNCT . .',
      ],
    });
    const killed = evs.find((e) => e.eventText === 'killed');
    assert.ok(killed, JSON.stringify(evs.map((e) => e.eventText)));
    assert.ok(!texts(killed.actor).includes('the nine people'), JSON.stringify(killed.actor));
    assert.deepEqual(texts(killed.recipient), ['the nine people']);
  });

  it('does not make a retreating state its own recipient through a place of its own after the place it leaves', () => {
    const evs = code("Sylvania was willing to withdraw from northern Zenda provided Sylvania's border is secured.", {
      mentions: [['Sylvania', 'SYL', 'GOV']],
      places: [
        ['Zenda', 'RUR'],
        ['Sylvania', 'SYL'],
      ],
      parse: [
        '3 nsubj PROPN Sylvania NNP',
        '3 cop AUX be VBD',
        '0 root ADJ willing JJ',
        '5 mark PART to TO',
        '3 xcomp VERB withdraw VB',
        '8 case ADP from IN',
        '8 amod ADJ northern JJ',
        '5 obl PROPN Zenda NNP',
        '5 advcl VERB provide VBN',
        '12 nmod:poss PROPN Sylvania NNP',
        "10 case PART 's POS",
        '14 nsubj:pass NOUN border NN',
        '14 aux:pass AUX be VBZ',
        '9 ccomp VERB secure VBN',
        '3 punct PUNCT . .',
      ],
    });
    assert.ok(evs.length > 0, 'codes the withdrawal');
    for (const e of evs) assert.ok(!e.recipient.some((r) => r.code === 'SYL'), JSON.stringify(e.recipient));
  });
});

describe('event arguments: a thing put to use', () => {
  const PARSE = [
    '2 nsubj NOUN official NNS',
    '0 root VERB ask VBD',
    '7 mark SCONJ whether IN',
    '5 det DET the DT',
    '7 nsubj:pass NOUN rifle NN',
    '7 aux:pass AUX be VBD',
    '2 ccomp VERB use VBN',
    '9 mark PART to TO',
    '7 advcl VERB kill VB',
    '11 det DET the DT',
    '9 obj NOUN judge NN',
    '2 punct PUNCT . .',
  ];
  it('does not make a party named before the actor of what a thing "was used to" do', () => {
    const evs = code('Officials asked whether the rifle was used to kill the judge.', {
      mentions: [
        ['Officials', 'FRE', 'GOV'],
        ['the judge', 'FRE', 'JUD'],
      ],
      parse: PARSE,
    });
    assert.ok(!evs.flatMap((e) => texts(e.actor)).includes('Officials'), JSON.stringify(evs.map((e) => e.actor)));
  });
});

describe('event arguments: the party addressed', () => {
  it('makes the one writing, not the minister written to, the actor of "write to the minister asking for …"', () => {
    const evs = code('The union will write to the Sylvanian minister asking for new measures.', {
      mentions: [
        ['The union', 'FRE', 'LAB'],
        ['the Sylvanian minister', 'SYL', 'GOV'],
      ],
      parse: [
        '2 det DET the DT',
        '4 nsubj NOUN union NN',
        '4 aux AUX will MD',
        '0 root VERB write VB',
        '8 case ADP to IN',
        '8 det DET the DT',
        '8 amod ADJ Sylvanian JJ',
        '4 obl NOUN minister NN',
        '8 acl VERB ask VBG',
        '12 case ADP for IN',
        '12 amod ADJ new JJ',
        '9 obl NOUN measure NNS',
        '4 punct PUNCT . .',
      ],
    });
    const asks = evs.filter((e) => e.eventText.startsWith('asking'));
    assert.ok(asks.length > 0, JSON.stringify(evs.map((e) => e.eventText)));
    for (const e of asks) assert.deepEqual(texts(e.actor), ['The union']);
  });
});

describe('event arguments: a party said not to be among them', () => {
  const opts: FixtureOptions = {
    mentions: [
      ['Eleven people', null, 'CVL'],
      ['Forty people', null, 'CVL'],
      ['Sylvanians', 'SYL', 'CVL'],
    ],
    places: [['Sylvanians', 'SYL']],
  };
  it('does not make "none of them Sylvanians" the dead', () => {
    const evs = code('Eleven people, none of them Sylvanians, died in the blast.', opts);
    assert.ok(evs.length > 0, 'codes the deaths');
    for (const e of evs) assert.ok(!texts(e.recipient).includes('Sylvanians'), JSON.stringify(e.recipient));
  });
  it('does not give the dead the country of "none of them Sylvanians"', () => {
    const evs = code('Forty people were killed in the attack, none of them Sylvanians.', opts);
    assert.ok(evs.length > 0, 'codes the killing');
    for (const e of evs) assert.ok(!e.recipient.some((r) => r.code === 'SYL'), JSON.stringify(e.recipient));
  });
});

describe('event arguments: the forces a mobilisation moves', () => {
  it('does not make the forces a state increases the recipient of its mobilisation', () => {
    const evs = code('Sylvania continued to increase its armed forces.', {
      mentions: [
        ['Sylvania', 'SYL', 'GOV'],
        ['its armed forces', 'SYL', 'MIL'],
      ],
      parse: [
        '2 nsubj PROPN Sylvania NNP',
        '0 root VERB continue VBD',
        '4 mark PART to TO',
        '2 xcomp VERB increase VB',
        '7 nmod:poss PRON its PRP$',
        '7 amod ADJ armed JJ',
        '4 obj NOUN force NNS',
        '2 punct PUNCT . .',
      ],
    });
    const moves = of(evs, 'MOBILIZE');
    assert.ok(moves.length > 0, JSON.stringify(evs.map((e) => e.event)));
    for (const e of moves) assert.deepEqual(texts(e.recipient), []);
  });
});

describe('event arguments: a pronoun object', () => {
  it('takes no later party as the recipient of "attacked them on the day Ruritania …"', () => {
    const evs = code('Sylvania attacked them on the day Ruritania voted.', { mentions: STATES });
    const attacks = of(evs, 'ASSAULT');
    assert.ok(attacks.length > 0, JSON.stringify(evs.map((e) => e.event)));
    for (const e of attacks) assert.ok(!texts(e.recipient).includes('Ruritania'), JSON.stringify(e.recipient));
  });
});
