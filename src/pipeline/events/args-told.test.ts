import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, type FixtureOptions, fixtureCoder, STATES } from './fixtures.js';

const codeWith = fixtureCoder();

const code = codeWith;
const texts = actorTexts;
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, texts(e.actor), texts(e.recipient)]));

const told = (doer: string): FixtureOptions => ({
  mentions: [...STATES, ['The women', null, 'CVL'], ['police', null, 'COP']],
  parse: [
    '2 det DET the DT',
    '3 nsubj NOUN woman NNS',
    '0 root VERB tell VBD',
    '5 compound NOUN police NN',
    `6 nsubj PROPN ${doer} NNP`,
    '3 ccomp VERB threaten VBD',
    '8 mark PART to TO',
    '6 xcomp VERB attack VB',
    '8 obj PROPN Sylvania NNP',
    '3 punct PUNCT . .',
  ],
});

// (an act no party is found to do is not coded: these check that no wrong party does it)
describe('event arguments: a named doer no party is known by', () => {
  it('does not make the police told of "told police Harlan threatened to attack Sylvania" the ones threatening', () => {
    const evs = code('The women told police Harlan threatened to attack Sylvania.', told('Harlan'));
    for (const e of evs) assert.ok(!texts(e.actor).includes('police'), show(evs));
  });

  it('still makes a known party the one threatening in "told police Freedonia threatened to attack Sylvania"', () => {
    const evs = code('The women told police Freedonia threatened to attack Sylvania.', told('Freedonia'));
    assert.ok(evs.length > 0, show(evs));
    for (const e of evs) assert.deepEqual(texts(e.actor), ['Freedonia'], show(evs));
  });

  it('does not make the police who say "Harlan entered the building and attacked guards" the attackers', () => {
    const evs = code('Police say Harlan entered the building and attacked Sylvanian guards.', {
      mentions: [...STATES, ['Police', null, 'COP'], ['Sylvanian guards', 'SYL', 'COP']],
      parse: [
        '2 nsubj NOUN police NNS',
        '0 root VERB say VBP',
        '4 nsubj PROPN Harlan NNP',
        '2 ccomp VERB enter VBD',
        '6 det DET the DT',
        '4 obj NOUN building NN',
        '8 cc CCONJ and CC',
        '4 conj VERB attack VBD',
        '10 amod ADJ Sylvanian JJ',
        '8 obj NOUN guard NNS',
        '2 punct PUNCT . .',
      ],
    });
    for (const e of evs) assert.ok(!texts(e.actor).includes('Police'), show(evs));
  });
});

describe('event arguments: what the verb a conjunct is joined to acts on', () => {
  const parse = (first: string): string[] => [
    first,
    '3 nsubj NOUN ruling NN',
    '0 root VERB follow VBD',
    '5 det DET a DT',
    '3 obj NOUN decision NN',
    '7 mark PART to TO',
    '5 acl VERB arrest VB',
    '7 obj NOUN dozen NNS',
    '11 case ADP of IN',
    '11 amod ADJ Sylvanian JJ',
    '8 nmod NOUN diplomat NNS',
    '13 cc CCONJ and CC',
    '7 conj VERB expel VB',
    '15 amod ADJ Freedonian JJ',
    '13 obj NOUN journalist NNS',
    '3 punct PUNCT . .',
  ];
  const mentions: FixtureOptions['mentions'] = [
    ...STATES,
    ['Sylvanian diplomats', 'SYL', 'GOV'],
    ['Freedonian journalists', 'FRE', 'MED'],
  ];

  it('does not make the diplomats of "a decision to arrest dozens of Sylvanian diplomats and expel …" the expellers', () => {
    const evs = code(
      'The ruling followed a decision to arrest dozens of Sylvanian diplomats and expel Freedonian journalists.',
      {
        mentions,
        parse: parse('2 det DET the DT'),
      },
    );
    for (const e of evs.filter((x) => x.eventText === 'expel'))
      assert.ok(!texts(e.actor).includes('Sylvanian diplomats'), show(evs));
  });

  it('does not make the nurse of "killed a guard and severely wounded a Sylvanian nurse" the one wounding', () => {
    const evs = code('Freedonian troops killed a guard and severely wounded a Sylvanian nurse.', {
      mentions: [...STATES, ['Freedonian troops', 'FRE', 'MIL'], ['a Sylvanian nurse', 'SYL', 'HLH']],
      parse: [
        '2 amod ADJ Freedonian JJ',
        '3 nsubj NOUN troop NNS',
        '0 root VERB kill VBD',
        '5 det DET a DT',
        '3 obj NOUN guard NN',
        '8 cc CCONJ and CC',
        '8 advmod ADV severely RB',
        '3 conj ADJ wounded JJ',
        '11 det DET a DT',
        '11 amod ADJ Sylvanian JJ',
        '8 nsubj NOUN nurse NN',
        '3 punct PUNCT . .',
      ],
    });
    assert.ok(evs.length > 0, show(evs));
    for (const e of evs) assert.deepEqual(texts(e.actor), ['Freedonian troops'], show(evs));
  });
});

describe('event arguments: a reported clause the parse splits', () => {
  it('makes the troops of "saying Freedonian troops massed nearby threatened Sylvania" the ones threatening', () => {
    const evs = code('Ruritania sent troops to Sylvania, saying Freedonian troops massed nearby threatened Sylvania.', {
      mentions: [...STATES, ['Freedonian troops', 'FRE', 'MIL']],
      parse: [
        '2 nsubj PROPN Ruritania NNP',
        '0 root VERB send VBD',
        '2 obj NOUN troop NNS',
        '5 case ADP to IN',
        '2 obl PROPN Sylvania NNP',
        '7 punct PUNCT , ,',
        '2 advcl VERB say VBG',
        '9 amod ADJ Freedonian JJ',
        '7 obj NOUN troop NNS',
        '9 acl VERB mass VBN',
        '10 advmod ADV nearby RB',
        '7 xcomp VERB threaten VBD',
        '12 obj PROPN Sylvania NNP',
        '2 punct PUNCT . .',
      ],
    });
    const threats = evs.filter((e) => e.eventText === 'threatened');
    assert.ok(threats.length > 0, show(evs));
    for (const e of threats) assert.deepEqual(texts(e.actor), ['Freedonian troops'], show(evs));
  });
});

describe('event arguments: the scene of an act condemned', () => {
  it('does not direct "condemned the bomb attacks in Kenya" at Kenya', () => {
    const evs = code('Sylvania condemned the bomb attacks in Kenya.', {
      mentions: STATES,
      places: [['Kenya', 'KEN']],
    });
    const condemns = evs.filter((e) => e.eventText === 'condemned');
    assert.ok(condemns.length > 0, show(evs));
    for (const e of condemns) assert.ok(!texts(e.recipient).includes('Kenya'), show(evs));
  });
});

describe('event arguments: coordinated actors who meet a named other', () => {
  it('does not make "Freedonia and Sylvania invited Harlan Moss" a meeting of the two with each other', () => {
    const evs = code('Freedonia and Sylvania invited Harlan Moss to the talks.', {
      mentions: STATES,
      parse: [
        '4 nsubj PROPN Freedonia NNP',
        '3 cc CCONJ and CC',
        '1 conj PROPN Sylvania NNP',
        '0 root VERB invite VBD',
        '4 obj PROPN Harlan NNP',
        '5 flat PROPN Moss NNP',
        '9 case ADP to IN',
        '9 det DET the DT',
        '4 obl NOUN talk NNS',
        '4 punct PUNCT . .',
      ],
    });
    for (const e of evs) assert.ok(!texts(e.recipient).some((r) => r === 'Freedonia' || r === 'Sylvania'), show(evs));
  });
});
