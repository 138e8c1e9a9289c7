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

describe('acts that have not happened yet', () => {
  it('does not report "… before Ruritania attacks Osterlich" (present tense after "before") as done', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB seek VBZ',
      '2 obj NOUN talk',
      '5 case ADP with',
      '3 nmod PROPN',
      '8 mark SCONJ before',
      '8 nsubj PROPN',
      '2 advcl VERB attack VBZ',
      '8 obj PROPN',
      '2 punct PUNCT .',
    ];
    const doc = fixtureDoc('Freedonia seeks talks with Sylvania before Ruritania attacks Osterlich.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    // not reported as done: hypothetical, or dropped as the condition of the foreground act
    const evs = codeEvents(doc, lex).events;
    assert.ok(evs.some((x) => x.eventText === 'talks'));
    assert.ok(!evs.some((x) => x.eventText === 'attacks' && x.status !== 'hypothetical'));
  });
});

describe('conditions', () => {
  it('codes acts in an until-clause as not reported ("opposed the deployment until its demands are met")', () => {
    const doc = fixtureDoc('Freedonia opposed the deployment until its demands are met by Sylvania.', {
      mentions: M,
      published: '2020-05-01',
    });
    const evs = codeEvents(doc, lex).events;
    assert.deepEqual(
      evs.filter((e) => e.status === 'asserted').map((e) => e.event),
      ['REJECT'],
    );
  });
  it('codes meeting demands as CONCEDE, not a meeting', () => {
    const doc = fixtureDoc("Freedonia met Sylvania's demands on Monday.", { mentions: M, published: '2020-05-01' });
    const evs = codeEvents(doc, lex).events;
    assert.ok(evs.some((e) => e.event === 'CONCEDE'));
    assert.ok(!evs.some((e) => e.event === 'CONSULT'));
  });
  it('codes the act of "a refusal to accept" as negated', () => {
    const doc = fixtureDoc("Sylvania protested Freedonia's refusal to accept the plan.", {
      mentions: M,
      published: '2020-05-01',
    });
    const e = codeEvents(doc, lex).events.find((x) => x.eventText === 'accept');
    assert.ok(!e || e.status === 'negated', e?.status);
  });
  const signed = (text: string, parse?: string[]) =>
    codeEvents(
      fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }),
      lex,
    ).events.find((e) => e.eventText === 'sign' || e.eventText === 'signed')?.status;
  it('codes a negated condition as hypothetical, not negated ("if Sylvania does not sign")', () => {
    assert.equal(signed('If Sylvania does not sign the treaty, the talks are over.'), 'hypothetical');
    assert.equal(signed('Sylvania does not sign the treaty.'), 'negated');
  });
  it('keeps a counterfactual past ("if Sylvania had not signed") negated', () => {
    assert.equal(signed('If Sylvania had not signed the treaty, the talks were over.'), 'negated');
  });
  it('reads the condition from the parse across an apposition ("if its leader, Osterlich, did not sign")', () => {
    const parse = [
      '10 mark SCONJ if IN',
      '4 nmod:poss PROPN Sylvania NNP',
      "2 case PART 's POS",
      '10 nsubj NOUN leader NN',
      '6 punct PUNCT , ,',
      '4 appos PROPN Osterlich NNP',
      '6 punct PUNCT , ,',
      '10 aux AUX did VBD',
      '10 advmod PART not RB',
      '0 root VERB sign VB',
      '12 det DET the DT',
      '10 obj NOUN treaty NN',
      '10 punct PUNCT . .',
    ];
    assert.equal(signed("If Sylvania's leader, Osterlich, did not sign the treaty.", parse), 'hypothetical');
  });
});

describe('a conjunct of a condition the parse joins to the main verb', () => {
  it('keeps "unless S takes the step and formally agrees to provide aid to R" hypothetical, not an asserted agreement', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB have VBZ',
      '4 det DET',
      '2 obj NOUN right NNS',
      '7 mark SCONJ',
      '7 nsubj PROPN',
      '4 acl VERB take VBZ',
      '9 det DET',
      '7 obj NOUN step NN',
      '12 cc CCONJ',
      '12 advmod ADV',
      '2 conj VERB agree VBZ',
      '14 mark PART',
      '12 xcomp VERB provide VB',
      '14 obj NOUN aid NN',
      '17 case ADP',
      '14 obl PROPN',
      '2 punct PUNCT',
    ];
    const doc = fixtureDoc(
      'Freedonia has no rights unless Sylvania takes the step and formally agrees to provide aid to Ruritania.',
      { mentions: M, published: '2020-05-01', parse },
    );
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'agrees')?.status, 'hypothetical');
    assert.ok(!evs.some((e) => e.status === 'asserted'));
  });
});
