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

describe('claim words used as adjectives', () => {
  it('does not make an act claimed because an earlier noun is "alleged" ("detained alleged spies of R as S met F")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB detain',
      '4 amod VERB allege VBN',
      '2 obj NOUN spy',
      '6 case ADP',
      '4 nmod PROPN',
      '9 mark SCONJ',
      '9 nsubj PROPN',
      '2 advcl VERB meet',
      '9 obj PROPN',
      '2 punct PUNCT',
    ];
    const text = 'Sylvania detained alleged spies of Ruritania as Freedonia met Sylvania .';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    const met = evs.find((e) => e.eventText === 'met');
    assert.ok(met, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    assert.notEqual(met.status, 'claimed');
  });
});

describe('"allegedly" marks a relayed allegation', () => {
  const status = (text: string) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events.find(
      (e) => e.event === 'ASSAULT',
    )?.status;
  it('codes "a Freedonia man allegedly attacked a Sylvania soldier" as claimed, "Freedonia attacked Sylvania" as asserted', () => {
    assert.equal(status('A Freedonia man allegedly attacked a Sylvania soldier.'), 'claimed');
    assert.equal(status('Freedonia troops have allegedly been attacked by Sylvania.'), 'claimed');
    assert.equal(status('Freedonia attacked Sylvania.'), 'asserted');
  });
});

describe('claim words that govern nothing claimed', () => {
  const coded = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events.map(
      (e) => `${e.eventText}:${e.status}`,
    );
  it('codes the denial in "a charge that Sylvania denies" as asserted, not claimed', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB repeat VBD',
      '4 det DET a DT',
      '2 obj NOUN charge NN',
      '7 obj PRON that WDT',
      '7 nsubj PROPN Sylvania NNP',
      '4 acl:relcl VERB deny VBZ',
      '2 punct PUNCT . .',
    ];
    assert.ok(coded('Freedonia repeated a charge that Sylvania denies.', parse).includes('denies:asserted'));
  });
  it('reads "suspects" as people, not a claim ("the suspects in the Freedonia investigation")', () => {
    const parse = [
      '2 det DET the DT',
      '7 nsubj NOUN suspect NNS',
      '6 case ADP in IN',
      '6 det DET the DT',
      '6 compound PROPN Freedonia NNP',
      '2 nmod NOUN investigation NN',
      '0 root VERB flee VBD',
      '7 punct PUNCT . .',
    ];
    assert.deepEqual(coded('The suspects in the Freedonia investigation fled.', parse), ['investigation:asserted']);
  });
  it('codes an accusation someone denies as made ("denied accusations by Freedonia")', () => {
    const parse = [
      '2 nsubj PROPN Sylvania NNP',
      '0 root VERB deny VBD',
      '2 obj NOUN accusation NNS',
      '5 case ADP by IN',
      '3 nmod PROPN Freedonia NNP',
      '2 punct PUNCT . .',
    ];
    assert.ok(coded('Sylvania denied accusations by Freedonia.', parse).includes('accusations:asserted'));
  });
});

describe('an act named after a dash or colon that follows a claim noun', () => {
  it('claims "filed a new charge against X -- kidnapping …" (no parse)', () => {
    const doc = fixtureDoc('Prosecutors filed a new charge against Freedonia -- kidnapping the envoys of Sylvania.', {
      mentions: M,
      published: '2020-05-01',
    });
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'kidnapping')?.status, 'claimed');
    assert.ok(!evs.some((e) => e.event === 'ASSAULT' && e.status === 'asserted'));
  });
  it('still asserts an act after a dash that follows no claim noun ("filed a new motion against X -- kidnapping …")', () => {
    const doc = fixtureDoc('Prosecutors filed a new motion against Freedonia -- kidnapping the envoys of Sylvania.', {
      mentions: M,
      published: '2020-05-01',
    });
    assert.equal(codeEvents(doc, lex).events.find((e) => e.eventText === 'kidnapping')?.status, 'asserted');
  });
});

describe('acts raised by a forecast or a belief ("is likely to", "is thought to have")', () => {
  const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('does not assert "Freedonia is unlikely to attack Sylvania" (a forecast)', () => {
    const evs = code('Freedonia is unlikely to attack Sylvania.');
    assert.ok(!evs.some((e) => e.event === 'ASSAULT' && e.status === 'asserted'));
  });
  it('claims "Freedonia is thought to have attacked Sylvania" (a belief)', () => {
    const evs = code('Freedonia is thought to have attacked Sylvania.');
    assert.equal(evs.find((e) => e.eventText === 'attacked')?.status, 'claimed');
  });
  it('still asserts "Freedonia was the first to attack Sylvania"', () => {
    assert.equal(
      code('Freedonia was the first to attack Sylvania.').find((e) => e.eventText === 'attack')?.status,
      'asserted',
    );
  });
});
