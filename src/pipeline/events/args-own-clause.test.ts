import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.code)]));

describe('event arguments: a nominal act that is the subject of its own clause', () => {
  it('does not make the speaker of "Freedonia said the bombings would not stop …" the bomber', () => {
    const evs = code('Freedonia also said the bombings would not stop Sylvania from building ties with Ruritania.', {
      mentions: STATES,
      parse: [
        '3 nsubj PROPN Freedonia NNP',
        '3 advmod ADV also RB',
        '0 root VERB say VBD',
        '5 det DET the DT',
        '8 nsubj NOUN bombing NNS',
        '8 aux AUX would MD',
        '8 advmod PART not RB',
        '3 ccomp VERB stop VB',
        '8 obj PROPN Sylvania NNP',
        '11 mark SCONJ from IN',
        '8 advcl VERB build VBG',
        '11 obj NOUN tie NNS',
        '14 case ADP with IN',
        '12 nmod PROPN Ruritania NNP',
        '3 punct PUNCT . .',
      ],
    });
    for (const e of evs.filter((x) => x.eventText === 'bombings'))
      assert.ok(!actorTexts(e.actor).includes('Freedonia'), show(evs));
  });

  it('still makes the subject of "Freedonia launched attacks with drones" the attacker', () => {
    const evs = code('Freedonia launched attacks with drones on rebel camps.', { mentions: STATES });
    const e = evs.find((x) => x.eventText === 'attacks');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Freedonia'], show(evs));
  });
});

describe('event arguments: those a state expels', () => {
  it('gives "Freedonia expelled 23 diplomats" no recipient of its own country', () => {
    // (the state named bare, with no sector; the diplomats given its country by their sentence)
    const evs = code('Freedonia has expelled 23 diplomats.', {
      mentions: [
        ['Freedonia', 'FRE', null],
        ['23 diplomats', 'FRE', 'GOV'],
      ],
    });
    const e = evs.find((x) => x.eventText === 'expelled');
    assert.ok(e, show(evs));
    assert.deepEqual(e.recipient, [], show(evs));
  });

  it('keeps a foreign recipient of "Freedonia expelled 23 Sylvanian diplomats"', () => {
    const evs = code('Freedonia has expelled 23 Sylvanian diplomats.', {
      mentions: [...STATES, ['23 Sylvanian diplomats', 'SYL', 'GOV']],
    });
    const e = evs.find((x) => x.eventText === 'expelled');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
      show(evs),
    );
  });
});

describe("event arguments: the owner of a verb's object", () => {
  const parse = [
    '2 det DET the DT',
    '3 nsubj NOUN ministry NN',
    '0 root VERB express VBD',
    '5 nmod:poss PRON its PRP$',
    '3 obj NOUN displeasure NN',
    '8 case ADP at IN',
    '8 det DET the DT',
    '5 nmod NOUN delay NN',
    '3 punct PUNCT . .',
  ];

  it('does not direct "The ministry expressed its displeasure at the delay" at whoever "its" was taken for', () => {
    const evs = code('The ministry expressed its displeasure at the delay.', {
      mentions: [
        ['The ministry', null, 'GOV'],
        ['its', 'SYL', 'GOV'],
      ],
      parse,
    });
    const e = evs.find((x) => x.eventText === 'expressed');
    assert.ok(e, show(evs));
    assert.deepEqual(e.recipient, [], show(evs));
  });
});

describe('event arguments: headlines with a reduced passive', () => {
  it('does not make the one released the releaser in "Jailed Sylvanian journalist released from prison"', () => {
    const evs = code('Jailed Sylvanian journalist released from prison, Zenda.', {
      mentions: [['Jailed Sylvanian journalist', 'SYL', 'MED']],
      parse: [
        '3 amod VERB jail VBN',
        '3 amod ADJ sylvanian JJ',
        '4 nsubj NOUN journalist NN',
        '0 root VERB release VBD',
        '6 case ADP from IN',
        '4 obl NOUN prison NN',
        '8 punct PUNCT , ,',
        '4 obl PROPN Zenda NNP',
        '4 punct PUNCT . .',
      ],
    });
    for (const e of evs) assert.ok(!actorTexts(e.actor).includes('Jailed Sylvanian journalist'), show(evs));
  });

  it('still makes the subject of "Freedonia released 12 prisoners from jail" the releaser', () => {
    const evs = code('Freedonia released 12 prisoners from jail.', { mentions: STATES });
    const e = evs.find((x) => x.eventText === 'released');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Freedonia'], show(evs));
  });
});

describe('event arguments: where a party goes before it acts', () => {
  it('does not make the destination of "The envoy left for Sylvania on Monday to meet with Ruritania" the one meeting', () => {
    const evs = code('The envoy left for Sylvania on Monday to meet with Ruritania.', {
      mentions: STATES,
      parse: [
        '2 det DET the DT',
        '3 nsubj NOUN envoy NN',
        '0 root VERB leave VBD',
        '5 case ADP for IN',
        '3 obl PROPN Sylvania NNP',
        '7 case ADP on IN',
        '3 obl PROPN Monday NNP',
        '9 mark PART to TO',
        '3 advcl VERB meet VB',
        '11 case ADP with IN',
        '9 obl PROPN Ruritania NNP',
        '3 punct PUNCT . .',
      ],
    });
    for (const e of evs) assert.ok(!actorTexts(e.actor).includes('Sylvania'), show(evs));
  });
});

describe('event arguments: a participle aside before the verb', () => {
  it('makes the party before ", facing Sylvanian troops at the border, today demanded" the one demanding', () => {
    const evs = code('Freedonia, facing Sylvanian troops at the border, today demanded compensation from Ruritania.', {
      mentions: [...STATES, ['Sylvanian troops', 'SYL', 'MIL']],
      // a parse that gives "demanded" no subject
      parse: [
        '11 dep PROPN Freedonia NNP',
        '3 punct PUNCT , ,',
        '1 acl VERB face VBG',
        '5 amod ADJ sylvanian JJ',
        '3 obj NOUN troop NNS',
        '8 case ADP at IN',
        '8 det DET the DT',
        '3 obl NOUN border NN',
        '11 punct PUNCT , ,',
        '11 advmod NOUN today NN',
        '0 root VERB demand VBD',
        '11 obj NOUN compensation NN',
        '14 case ADP from IN',
        '12 nmod PROPN Ruritania NNP',
        '11 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.eventText === 'demanded');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Freedonia'], show(evs));
  });
});
