import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, assertSomeEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';
import { statusOf } from './status.js';
import { findTriggers } from './triggers.js';
import { sentenceViews } from './view.js';

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

describe('status of a second "and that" clause', () => {
  const text = (verb: string) =>
    `The report ${verb} that Freedonia knew of the plans for the new road in the northern province, and that Sylvania attacked Ruritania.`;
  /** The parse of `text`, the second clause hung on `head` (3: the reporting verb, as a conjunct; 6: the first clause). */
  const parse = (lemma: string, head: number, firstRel = 'ccomp') => [
    '2 det DET',
    '3 nsubj NOUN report NN',
    `0 root VERB ${lemma} VBD`,
    '6 mark SCONJ',
    '6 nsubj PROPN',
    `3 ${firstRel} VERB know VBD`,
    '9 case ADP',
    '9 det DET',
    '6 obl NOUN plan NNS',
    '13 case ADP',
    '13 det DET',
    '13 amod ADJ',
    '9 nmod NOUN road NN',
    '17 case ADP',
    '17 det DET',
    '17 amod ADJ',
    '13 nmod NOUN province NN',
    '22 punct PUNCT',
    '22 cc CCONJ',
    '22 mark SCONJ',
    '22 nsubj PROPN',
    `${head} conj VERB attack VBD`,
    '22 obj PROPN',
    '3 punct PUNCT',
  ];
  const attack = (verb: string, lemma: string, head: number, firstRel = 'ccomp') => {
    const doc = fixtureDoc(text(verb), { mentions: M, published: '2020-05-01', parse: parse(lemma, head, firstRel) });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT coded');
    return e.status;
  };
  it('claims an act in a second "and that" clause of an allegation the parse hangs on the reporting verb', () => {
    assert.equal(attack('alleged', 'allege', 3), 'claimed');
  });
  it('denies an act in a second "and that" clause of a denial ("denied that …, and that …")', () => {
    assert.equal(attack('denied', 'deny', 6), 'denied');
  });
  it('denies an act in a second "and that" clause when the parse misreads the first clause too', () => {
    assert.equal(attack('denied', 'deny', 3, 'parataxis'), 'denied');
  });
  it('leaves an act in a second "and that" clause of a plain report asserted ("said that …, and that …")', () => {
    assert.equal(attack('said', 'say', 6), 'asserted');
  });
});

describe('auxiliaries shared by coordinated verbs', () => {
  it('gives a conjoined verb the modal of the verb it is coordinated with ("F should withdraw … and meet R")', () => {
    const parse = [
      '3 nsubj PROPN',
      '3 aux AUX should MD',
      '0 root VERB withdraw',
      '5 nmod:poss PRON',
      '3 obj NOUN troop NNS',
      '7 case ADP',
      '3 obl PROPN',
      '9 cc CCONJ',
      '3 conj VERB meet',
      '9 obj PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('Freedonia should withdraw its troops from Sylvania and meet Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.ok(!evs.some((e) => e.status === 'asserted'), JSON.stringify(evs.map((e) => [e.eventText, e.status])));
  });
  it('keeps a conjoined verb with its own auxiliary apart ("F withdrew … and will meet R": the withdrawal happened)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB withdraw VBD',
      '4 nmod:poss PRON',
      '2 obj NOUN troop NNS',
      '6 case ADP',
      '2 obl PROPN',
      '9 cc CCONJ',
      '9 aux AUX will MD',
      '2 conj VERB meet',
      '9 obj PROPN',
      '2 punct PUNCT',
    ];
    const doc = fixtureDoc('Freedonia withdrew its troops from Sylvania and will meet Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'withdrew')?.status, 'asserted');
    assert.ok(!evs.some((e) => e.eventText === 'meet' && e.status === 'asserted'));
  });
});

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

describe('failed acts', () => {
  it('codes the act of "failed to agree" as negated', () => {
    const doc = fixtureDoc('Freedonia and Sylvania failed to agree on Sunday.', {
      mentions: M,
      published: '2020-05-01',
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'AGREE');
    assert.ok(e);
    assert.equal(e.status, 'negated');
  });
  it('codes "failed to attack" as negated but "attacked" as asserted', () => {
    const st = (text: string) =>
      codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events.find(
        (x) => x.event === 'ASSAULT',
      )?.status;
    assert.equal(st('Freedonia failed to attack Sylvania.'), 'negated');
    assert.equal(st('Freedonia attacked Sylvania.'), 'asserted');
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

describe('background in time', () => {
  it('codes an act "two years ago" as historical and one "two days ago" as asserted', () => {
    const st = (text: string) =>
      codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events[0]?.status;
    assert.equal(st('Freedonia attacked Sylvania two years ago.'), 'historical');
    assert.equal(st('Freedonia attacked Sylvania 18 months ago.'), 'historical');
    assert.equal(st('Freedonia attacked Sylvania two days ago.'), 'asserted');
  });
});

describe('demands that are the content of a protest', () => {
  const statusOfDemand = (text: string, parse: string[]) => {
    const [v] = sentenceViews(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex);
    assert.ok(v);
    const triggers = findTriggers(v, lex);
    const demand = triggers.find((t) => t.info.plover === 'REQUEST');
    assert.ok(demand, triggers.map((t) => v.lower[t.i]).join(','));
    return { v, st: statusOf(v, triggers, demand, lex.cues, null) };
  };
  it('takes "blocked streets in Sylvania to demand reforms" as one protest, even when the parse loses the verb', () => {
    // a parse slip: "blocked" as a modifier of "streets", the purpose clause hung on "streets"
    const p = [
      '0 root NOUN crowd',
      '3 amod VERB block',
      '1 nmod NOUN street',
      '5 case ADP',
      '3 nmod PROPN',
      '7 mark PART',
      '3 acl VERB demand',
      '7 obj NOUN reform',
      '1 punct PUNCT',
    ];
    const { v, st } = statusOfDemand('Crowds blocked streets in Sylvania to demand reforms .', p);
    assert.equal(st.swallowed, true);
    assert.equal(v.lower[st.governor.trigger?.i ?? -1], 'blocked');
  });
  it('keeps a demand after a speech verb its own ("marched, Sylvania said, demanding talks")', () => {
    const p = [
      '2 nsubj PROPN',
      '0 root VERB march',
      '5 punct PUNCT',
      '5 nsubj PROPN',
      '2 parataxis VERB say',
      '7 punct PUNCT',
      '5 advcl VERB demand',
      '7 obj NOUN talk',
      '2 punct PUNCT',
    ];
    const { st } = statusOfDemand('Freedonia marched , Sylvania said , demanding talks .', p);
    assert.equal(st.swallowed, false);
  });
});

describe('one event per intended act', () => {
  const code = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;
  it('codes "pledged to expel the envoys" once, as the intended SANCTION expel, no THREATEN (a promise is no warning)', () => {
    const evs = code('Freedonia has pledged to expel the envoys of Sylvania.');
    assert.deepEqual(
      evs.map((e) => [e.event, e.cameo, e.status]),
      [['SANCTION', '166', 'intended']],
    );
    assert.equal(evs[0]?.eventText, 'expel');
    assert.equal(evs[0]?.actor[0]?.code, 'FRE');
    assert.equal(evs[0]?.recipient[0]?.code, 'SYL');
  });
  it('codes "promised to expel the leaders of X" as an intended COERCE deport (expelling people from a country)', () => {
    const evs = code('Freedonia has promised to expel the leaders of Sylvania.');
    const e = evs.find((x) => x.event === 'COERCE');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.cameo, '174');
    assert.equal(e.status, 'intended');
    assert.equal(e.actor[0]?.code, 'FRE');
    assert.ok(!evs.some((x) => x.event === 'THREATEN' || x.event === 'AGREE'));
  });
  it('still codes "threatened to expel" and "vowed to attack" as THREATEN toward the target', () => {
    const t = code('Freedonia has threatened to expel the envoys of Sylvania.');
    assert.deepEqual(
      t.map((e) => e.event),
      ['THREATEN'],
    );
    assert.equal(t[0]?.recipient[0]?.code, 'SYL');
    assert.ok(code('Freedonia vowed to attack Sylvania.').some((e) => e.event === 'THREATEN'));
  });
  it('codes "vowed to send aid" once, as an AGREE (hand-made parse)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB vow',
      '4 mark PART',
      '2 xcomp VERB send',
      '4 obj NOUN',
      '7 case ADP',
      '4 obl PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Freedonia vowed to send aid to Sylvania.', parse);
    assert.equal(evs.length, 1);
    assert.equal(evs[0]?.event, 'AGREE');
    assert.equal(evs[0]?.recipient[0]?.code, 'SYL');
  });
  it('keeps "wants Sylvania to attack" as the wish of its subject, not an intended attack', () => {
    const evs = code('Freedonia wants Sylvania to attack Ruritania.');
    assert.ok(!evs.some((e) => e.event === 'THREATEN' && e.actor.some((a) => a.code === 'FRE')));
  });
  it('codes "did not pledge to expel" as negated, not as an intended act', () => {
    const evs = code('Freedonia did not pledge to expel the envoys of Sylvania.');
    assert.ok(evs.length > 0);
    assert.ok(evs.every((e) => e.status === 'negated'));
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

describe('demanded readiness', () => {
  it('codes "F said S must be ready to mediate" as one REQUEST, not an intended mediation by S', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB say',
      '7 mark SCONJ',
      '7 nsubj PROPN',
      '7 aux AUX must MD',
      '7 cop AUX be',
      '2 ccomp ADJ ready',
      '9 mark PART',
      '7 xcomp VERB mediate',
      '11 case ADP',
      '9 obl PROPN',
      '2 punct PUNCT',
    ];
    const text = 'Freedonia said that Sylvania must be ready to mediate with Ruritania .';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assertSomeEvent(evs, (e) => e.event === 'REQUEST');
    assert.ok(!evs.some((e) => e.event === 'AGREE' || e.status === 'intended'));
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

describe('the content of a demand is part of the REQUEST, not an act of its own', () => {
  const coded = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes "its demand today that Sylvania ease restrictions" as a REQUEST to Sylvania, no CONCEDE', () => {
    // the parse slip seen in news: the event noun as a compound of the day after it
    const evs = coded('Freedonia reiterated its demand today that Sylvania ease restrictions.', [
      '2 nsubj PROPN',
      '0 root VERB reiterate',
      '4 nmod:poss PRON',
      '5 compound NOUN demand',
      '2 obl:unmarked NOUN today',
      '9 nsubj PRON',
      '9 compound PROPN',
      '9 compound NOUN ease',
      '2 obl NOUN restriction',
      '2 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.recipient.some((r) => r.code === 'SYL'));
    assertNoEvent(evs, (e) => e.event === 'CONCEDE');
  });
  it('swallows the infinitive of "demanded the parties in Sylvania to allow aid workers" however the parse hangs it', () => {
    const evs = coded('Freedonia demanded the parties in Sylvania to allow aid workers.', [
      '2 nsubj PROPN',
      '0 root VERB demand',
      '4 det DET',
      '2 obj NOUN party',
      '6 case ADP',
      '4 nmod PROPN',
      '8 mark PART',
      '1 advcl VERB allow',
      '10 compound NOUN',
      '8 obj NOUN worker',
      '2 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.eventText === 'demanded');
    assertNoEvent(evs, (e) => e.event === 'CONCEDE');
  });
});

describe('a demand verb\'s "for" phrase is its content only when a clause follows', () => {
  it('keeps "called for a free-trade zone and pledged to cut taxes" two acts (the pledge is coded)', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia called for a free-trade zone and pledged to cut taxes.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '2 nsubj PROPN',
          '0 root VERB call',
          '6 case ADP',
          '6 det DET',
          '6 compound NOUN',
          '2 obl NOUN zone',
          '8 cc CCONJ',
          '2 conj VERB pledge',
          '10 mark PART',
          '8 xcomp VERB cut',
          '10 obj NOUN tax',
          '2 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.eventText === 'pledged');
  });
});

describe('a capitalised modal inside a sentence is a name', () => {
  it('keeps "Prime Minister Theresa May has blamed Sylvania" asserted, not a hypothetical (modal "may")', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia Prime Minister Theresa May has blamed Sylvania for the attack.', {
        mentions: M,
        published: '2020-05-01',
      }),
      lex,
    ).events;
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.status, 'asserted');
  });
  it('still reads "Freedonia may blame Sylvania" as hypothetical', () => {
    const evs = codeEvents(fixtureDoc('Freedonia may blame Sylvania for the attack.', { mentions: M }), lex).events;
    assert.ok(
      evs.some((x) => x.event === 'ACCUSE' && x.status === 'hypothetical'),
      evs.map((x) => x.status).join(','),
    );
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

describe('acts owed, not done', () => {
  const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes "Freedonia should withdraw its troops" and "ought to release" as hypothetical, not asserted', () => {
    for (const text of [
      'Freedonia should withdraw its troops from Sylvania.',
      'Freedonia ought to release the prisoners of Sylvania.',
    ]) {
      const evs = code(text);
      assert.ok(evs.length > 0, text);
      assert.ok(
        evs.every((e) => e.status === 'hypothetical'),
        `${text}: ${evs.map((e) => `${e.event}:${e.status}`).join(',')}`,
      );
      assert.ok(!evs.some((e) => e.event === 'THREATEN'), text);
    }
  });
});

describe('acts kept from happening', () => {
  const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('does not assert an attack someone was protected or prevented from ("protected X from being attacked by Y")', () => {
    const evs = code('Osterlich protected Sylvania from being attacked by Freedonia.');
    assertNoEvent(evs, (e) => e.event === 'ASSAULT' && e.status !== 'negated');
    const evs2 = code('Osterlich prevented Freedonia from attacking Sylvania.');
    assertNoEvent(evs2, (e) => e.event === 'ASSAULT' && e.status !== 'negated');
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

describe('negations that leave the act done', () => {
  const statusOn = (text: string, word: string) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events.find((e) => e.eventText === word)
      ?.status;
  it('reads "not … only" as the act done, and more ("is not being investigated only by Freedonia")', () => {
    assert.equal(statusOn('Sylvania is not being investigated only by Freedonia.', 'investigated'), 'asserted');
    assert.equal(statusOn('Sylvania is not being investigated by Freedonia.', 'investigated'), 'negated');
  });
  it('reads a denied stop as the act going on ("has not stopped attacking")', () => {
    assert.equal(statusOn('Freedonia has not stopped attacking Sylvania.', 'attacking'), 'asserted');
  });
});

describe('acts inside an allegation however they are joined to it', () => {
  const coded = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events.map(
      (e) => `${e.eventText}:${e.status}`,
    );
  it('claims an act noun that is the subject of the clause an allegation takes ("alleges the attacks were planned")', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB allege VBZ',
      '4 det DET the DT',
      '6 nsubj:pass NOUN attack NNS',
      '6 aux:pass AUX be VBD',
      '2 ccomp VERB plan VBN',
      '8 case ADP by IN',
      '6 obl:agent PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const evs = coded('Freedonia alleges the attacks were planned by Sylvania.', parse);
    assert.ok(!evs.includes('attacks:asserted'), evs.join(' '));
  });
  it('claims a conjunct that shares the subject of a claimed act ("alleged that Sylvania seized and expelled")', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB allege VBD',
      '5 mark SCONJ that IN',
      '5 nsubj PROPN Sylvania NNP',
      '2 ccomp VERB seize VBD',
      '5 obj PROPN Ruritania NNP',
      '8 cc CCONJ and CC',
      '5 conj VERB expel VBD',
      '8 obj PROPN Osterlich NNP',
      '2 punct PUNCT . .',
    ];
    const evs = coded('Freedonia alleged that Sylvania seized Ruritania and expelled Osterlich.', parse);
    assert.ok(!evs.some((e) => e.endsWith(':asserted') && !e.startsWith('alleged')), evs.join(' '));
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

describe('what a measure provides for', () => {
  it('codes "approved a measure to send troops" as an intended MOBILIZE, not one done (hand-made parse)', () => {
    const parse = [
      '2 det DET',
      '3 nsubj PROPN',
      '0 root VERB approve VBD',
      '5 det DET',
      '3 obj NOUN measure NN',
      '7 mark PART',
      '5 acl VERB send VB',
      '7 obj NOUN troops NNS',
      '10 case ADP',
      '7 obl PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('The Freedonia approved a measure to send troops to Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const sent = codeEvents(doc, lex).events.find((e) => e.eventText === 'send');
    assert.equal(sent?.event, 'MOBILIZE');
    assert.equal(sent?.status, 'intended');
  });
  it('keeps the act of a measure intended when the parse hangs it on the approving verb ("approved a measure on May 3 to deploy troops")', () => {
    const parse = [
      '2 det DET',
      '3 nsubj PROPN',
      '0 root VERB approve VBD',
      '5 det DET',
      '3 obj NOUN measure NN',
      '7 case ADP',
      '3 obl PROPN May NNP',
      '7 nummod NUM',
      '10 mark PART',
      '3 advcl VERB deploy VB',
      '10 obj NOUN troops NNS',
      '13 case ADP',
      '10 obl PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('The Freedonia approved a measure on May 3 to deploy troops in Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'deploy')?.status, 'intended');
    assert.ok(!evs.some((e) => e.event === 'MOBILIZE' && e.status === 'asserted'));
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
