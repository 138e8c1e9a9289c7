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

describe('status through coordination', () => {
  it('gives both conjoined acts of a claim the status claimed ("claimed that S attacked R and seized O")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB claim',
      '5 mark SCONJ',
      '5 nsubj PROPN',
      '2 ccomp VERB attack',
      '5 obj PROPN',
      '8 cc CCONJ',
      '5 conj VERB seize',
      '8 obj PROPN',
      '2 punct PUNCT',
    ];
    const doc = fixtureDoc('Freedonia claimed that Sylvania attacked Ruritania and seized Osterlich.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    const byType = new Map(evs.map((e) => [e.event, e.status]));
    assert.equal(byType.get('ASSAULT'), 'claimed');
    assert.equal(byType.get('COERCE'), 'claimed');
    assert.ok(!evs.some((e) => e.status === 'asserted' && e.actor.some((a) => a.code === 'SYL')));
  });
});

describe('intended concessions and retreats', () => {
  const code = (text: string, futureConcede = false) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex, futureConcede ? { futureConcede } : {})
      .events;
  it('codes "will release the prisoners" as AGREE with CAMEO 0353 (intent to release) by default, as the PLOVER gold does', () => {
    const evs = code('Freedonia will release the prisoners of Sylvania.');
    const e = evs.find((x) => x.event === 'AGREE');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.cameo, '0353');
    assert.equal(e.status, 'intended');
  });
  it('codes an announced withdrawal ("will withdraw its troops") as CONCEDE under the manual reading', () => {
    const evs = code('Freedonia will withdraw its troops from Sylvania.', true);
    assert.ok(
      evs.some((e) => e.event === 'CONCEDE' && e.status === 'intended'),
      evs.map((e) => e.event).join(','),
    );
    assert.ok(!evs.some((e) => e.event === 'AGREE' || e.event === 'RETREAT'));
  });
  it('codes "pledged to release the prisoners" once, as CONCEDE by the pledger, under the manual reading', () => {
    const evs = code('Freedonia has pledged to release the prisoners of Sylvania.', true);
    assert.deepEqual(
      evs.map((e) => e.event),
      ['CONCEDE'],
    );
    assert.equal(evs[0]?.eventText, 'pledged');
    assert.equal(evs[0]?.actor[0]?.code, 'FRE');
  });
  it('keeps an intended concession ("promised to ease restrictions") CONCEDE under the manual reading', () => {
    const evs = code('Freedonia promised to ease restrictions on the opposition.', true);
    assert.ok(
      evs.some((e) => e.event === 'CONCEDE'),
      evs.map((e) => e.event).join(','),
    );
    assert.ok(!evs.some((e) => e.event === 'AGREE'));
  });
  it('keeps a future act of cooperation that is no concession AGREE under the manual reading ("will send aid")', () => {
    const evs = code('Freedonia will send aid to Sylvania.', true);
    assert.ok(evs.some((e) => e.event === 'AGREE'));
  });
  it('keeps the verb of an offer that is the object of a rejection ("rejected a Sylvania offer to host talks")', () => {
    const evs = code('Freedonia rejected a Sylvania offer to host talks.');
    assert.ok(evs.some((e) => e.event === 'REJECT'));
    assert.ok(!evs.some((e) => e.status === 'intended'));
  });
});

describe('prepared acts of force', () => {
  const code = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes "S troops were preparing to storm F" as MOBILIZE under way, not a threat', () => {
    const parse = [
      '2 compound PROPN',
      '4 nsubj NOUN troop NNS',
      '4 aux AUX be VBD',
      '0 root VERB prepare VBG',
      '6 mark PART',
      '4 xcomp VERB storm VB',
      '6 obj PROPN',
      '4 punct PUNCT',
    ];
    const evs = code('Sylvania troops were preparing to storm Freedonia .', parse);
    const e = evs.find((x) => x.event === 'MOBILIZE');
    assert.ok(e, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    assert.equal(e.status, 'asserted');
    assert.ok(!evs.some((x) => x.event === 'THREATEN'));
  });
  it('keeps "S is prepared to attack F" (a stated willingness) a THREATEN', () => {
    const parse = [
      '3 nsubj PROPN',
      '3 cop AUX be VBZ',
      '0 root ADJ prepared JJ',
      '5 mark PART',
      '3 xcomp VERB attack VB',
      '5 obj PROPN',
      '3 punct PUNCT',
    ];
    const evs = code('Sylvania is prepared to attack Freedonia .', parse);
    assert.ok(
      evs.some((x) => x.event === 'THREATEN'),
      evs.map((x) => `${x.event}:${x.eventText}`).join(','),
    );
    assert.ok(!evs.some((x) => x.event === 'MOBILIZE'));
  });
});

describe('abilities', () => {
  it('codes an act one is "capable of" as hypothetical', () => {
    const parse = [
      '3 nsubj PROPN Freedonia NNP',
      '3 cop AUX be VBZ',
      '0 root ADJ capable JJ',
      '5 mark SCONJ of IN',
      '3 advcl VERB attack VBG',
      '5 obj PROPN Sylvania NNP',
      '3 punct PUNCT . .',
    ];
    const evs = codeEvents(
      fixtureDoc('Freedonia is capable of attacking Sylvania.', { mentions: M, published: '2020-05-01', parse }),
      lex,
    ).events;
    assert.equal(evs.find((e) => e.eventText === 'attacking')?.status, 'hypothetical');
  });
});
