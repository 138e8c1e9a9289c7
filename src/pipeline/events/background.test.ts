import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES, ['a rebel', null, 'REB'], ['the rebels', null, 'REB']];
const types = (text: string, parse: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events.map((e) => e.event);

describe('background acts are not coded beside the reported event', () => {
  it('drops a participle modifying a noun ("a rebel jailed by Sylvania") beside the main act', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB release',
      '4 det DET',
      '2 obj NOUN rebel',
      '4 acl VERB jail',
      '7 case ADP',
      '5 obl:agent PROPN',
      '9 amod ADJ',
      '5 obl:tmod NOUN year',
      '2 punct PUNCT',
    ];
    const got = types('Freedonia released a rebel jailed by Sylvania last year.', parse);
    assert.ok(got.includes('RETREAT'), got.join(','));
    assert.ok(!got.includes('COERCE'), got.join(','));
  });
  it('drops a subject relative clause ("the rebels who attacked Sylvania") beside the main act', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB condemn',
      '4 det DET',
      '2 obj NOUN rebel',
      '6 nsubj PRON who',
      '4 acl:relcl VERB attack',
      '6 obj PROPN',
      '2 punct PUNCT',
    ];
    const got = types('Freedonia condemned the rebels who attacked Sylvania.', parse);
    assert.deepEqual(got, ['ACCUSE']);
  });
  it('codes a relative clause with its own subject ("remarks in which Sylvania condemned Ruritania")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB recall',
      '2 obj NOUN remark',
      '5 case ADP',
      '7 obl PRON which',
      '7 nsubj PROPN',
      '3 acl:relcl VERB condemn',
      '7 obj PROPN',
      '2 punct PUNCT',
    ];
    assert.deepEqual(types('Freedonia recalled remarks in which Sylvania condemned Ruritania.', parse), ['ACCUSE']);
  });
  it('keeps a background act when the sentence reports nothing else', () => {
    const parse = [
      '2 det DET',
      '0 root NOUN rebel',
      '2 acl VERB jail',
      '5 case ADP',
      '3 obl:agent PROPN',
      '7 amod ADJ',
      '3 obl:tmod NOUN year',
      '2 punct PUNCT',
    ];
    assert.deepEqual(types('A rebel jailed by Sylvania last year.', parse), ['COERCE']);
  });
  it('drops the condition of a threat ("unless Ruritania withdrew its troops")', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia threatened to attack Sylvania unless Ruritania withdrew its troops.', {
        mentions: M,
        published: '2020-05-01',
      }),
      lex,
    ).events;
    assert.deepEqual(
      evs.map((e) => e.event),
      ['THREATEN'],
    );
  });
  it('drops an -ing participle modifying a noun ("rebels fighting the government") beside the main act', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB condemn',
      '4 det DET',
      '2 obj NOUN rebel',
      '4 acl VERB fight',
      '5 obj PROPN',
      '2 punct PUNCT',
    ];
    assert.deepEqual(types('Freedonia condemned the rebels fighting Sylvania.', parse), ['ACCUSE']);
  });
});

describe('contents of events are not coded apart', () => {
  it('takes "a hunger strike to demand X" as one PROTEST', () => {
    const evs = codeEvents(
      fixtureDoc('The rebels began a hunger strike to demand the release of Sylvania prisoners.', {
        mentions: M,
        published: '2020-05-01',
      }),
      lex,
    ).events;
    assert.deepEqual(
      evs.map((e) => e.event),
      ['PROTEST'],
    );
  });
  it('takes the object of "had halted economic aid" as part of the SANCTION even when the parse slips', () => {
    const parse = [
      '3 nsubj PROPN',
      '3 aux AUX',
      '5 amod VERB halt',
      '5 amod ADJ',
      '0 root NOUN aid',
      '7 case ADP',
      '5 nmod PROPN',
      '5 punct PUNCT',
    ];
    assert.deepEqual(types('Freedonia had halted economic aid to Sylvania.', parse), ['SANCTION']);
  });
  it('codes "expressed appreciation for Sylvania\'s assistance" as SUPPORT only', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB express',
      '2 obj NOUN appreciation',
      '7 case ADP',
      '7 nmod:poss PROPN',
      '5 case PART',
      '3 nmod NOUN assistance',
      '2 punct PUNCT',
    ];
    assert.deepEqual(types("Freedonia expressed appreciation for Sylvania's assistance.", parse), ['SUPPORT']);
  });
  it('takes the infinitive after a pressure noun as its content ("pressure from Sylvania to attack Ruritania")', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia faces pressure from Sylvania to attack Ruritania.', {
        mentions: M,
        published: '2020-05-01',
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.event === 'ASSAULT' || e.event === 'THREATEN');
    assert.ok(evs.some((e) => e.event === 'REQUEST'));
  });
});

describe('background descriptions of people', () => {
  const code = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: STATES, published: '2020-05-01', parse }), lex).events;
  it('drops the object relative of "condemned Sylvania, whom Ruritania had attacked" (parse slip: advcl)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB condemn',
      '2 obj PROPN',
      '8 punct PUNCT ,',
      '8 obj PRON whom',
      '8 nsubj PROPN',
      '8 aux AUX have',
      '2 advcl VERB attack VBD',
      '2 punct PUNCT .',
    ];
    const evs = code('Freedonia condemned Sylvania, whom Ruritania had attacked.', parse);
    assert.ok(evs.some((e) => e.event === 'ACCUSE'));
    assert.ok(!evs.some((e) => e.eventText === 'attacked'));
  });
  it('drops the participle of "Sylvania\'s visiting envoy" as a visit', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB refuse',
      '4 mark PART to',
      '2 xcomp VERB meet',
      '8 nmod:poss PROPN',
      "5 case PART 's",
      '8 amod VERB visit VBG',
      '4 obj NOUN envoy',
      '2 punct PUNCT .',
    ];
    const evs = code("Freedonia refused to meet Sylvania's visiting envoy.", parse);
    assert.ok(!evs.some((e) => e.eventText === 'visiting'), evs.map((e) => e.eventText).join(','));
  });
});

describe('"following" read as a verb still frames an act in time', () => {
  it('drops "the deal" of ", following the deal," beside the reported act', () => {
    const got = types('Freedonia, following the deal, released prisoners.', [
      '7 nsubj PROPN',
      '3 punct PUNCT',
      '7 advcl VERB follow VBG',
      '5 det DET',
      '3 obj NOUN deal',
      '3 punct PUNCT',
      '0 root VERB release',
      '7 obj NOUN prisoner',
      '7 punct PUNCT',
    ]);
    assert.ok(got.includes('RETREAT'), got.join(','));
    assert.ok(!got.includes('AGREE'), got.join(','));
  });
  it('keeps the object of "is following" (a verb in its own right) as it is', () => {
    const got = types('Freedonia is following the talks.', [
      '3 nsubj PROPN',
      '3 aux AUX',
      '0 root VERB follow VBG',
      '5 det DET',
      '3 obj NOUN talks',
      '3 punct PUNCT',
    ]);
    assert.ok(got.includes('CONSULT'), got.join(','));
  });
});

describe('a clause describing a place is background', () => {
  it('drops the killing of ", where 24 people were killed" beside the reported act', () => {
    const got = types('Freedonia demonstrated in Sylvania, where 24 people were killed last year.', [
      '2 nsubj PROPN',
      '0 root VERB demonstrate',
      '4 case ADP',
      '2 obl PROPN',
      '10 punct PUNCT',
      '10 advmod ADV',
      '8 nummod NUM',
      '10 nsubj:pass NOUN people',
      '10 aux:pass AUX',
      '2 conj VERB kill VBN',
      '12 amod ADJ',
      '10 obl:tmod NOUN year',
      '2 punct PUNCT',
    ]);
    assert.ok(!got.includes('ASSAULT'), got.join(','));
  });
});

describe('a "where" clause that goes on with the news is no background', () => {
  it('keeps the signing of ", where Freedonia signed a treaty with Sylvania" beside the meeting', () => {
    const got = types('Freedonia met Sylvania in Geneva, where Freedonia signed a treaty with Sylvania.', [
      '2 nsubj PROPN',
      '0 root VERB meet',
      '2 obj PROPN',
      '5 case ADP',
      '2 obl PROPN',
      '9 punct PUNCT',
      '9 advmod ADV',
      '9 nsubj PROPN',
      '5 acl:relcl VERB sign',
      '11 det DET',
      '9 obj NOUN treaty',
      '13 case ADP',
      '9 obl PROPN',
      '2 punct PUNCT',
    ]);
    assert.ok(got.includes('SUPPORT'), got.join(','));
  });
});
