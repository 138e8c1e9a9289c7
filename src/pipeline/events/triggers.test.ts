import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, assertSomeEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;

describe('appeals: "X wants Y to act"', () => {
  it('codes "Freedonia wants Sylvania to withdraw" as a REQUEST by Freedonia to Sylvania, not an act of either', () => {
    const evs = code('Freedonia wants Sylvania to withdraw its troops from Ruritania.');
    const e = evs.find((x) => x.event === 'REQUEST');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.eventText, 'wants');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['FRE'],
    );
    assert.deepEqual(
      e.recipient.map((a) => a.code),
      ['SYL'],
    );
    assert.ok(!evs.some((x) => x.event === 'RETREAT' || x.event === 'AGREE'), evs.map((x) => x.event).join(','));
  });
  it('keeps "Freedonia wants to attack Sylvania" an intent of Freedonia (THREATEN), not a request', () => {
    const evs = code('Freedonia wants to attack Sylvania.');
    assert.ok(!evs.some((x) => x.event === 'REQUEST'));
    assert.ok(evs.some((x) => x.event === 'THREATEN' && x.actor.some((a) => a.code === 'FRE')));
  });
});

describe('trigger detection: destruction, hearings, parse slips', () => {
  const coded = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;
  it('codes "Freedonia blew up a bridge" as COERCE (destroying property), "blew up a convoy" as ASSAULT', () => {
    const bridge = coded('Freedonia blew up a bridge near the border.');
    assert.ok(
      bridge.some((e) => e.event === 'COERCE' && e.eventText === 'blew up'),
      bridge.map((e) => e.event).join(','),
    );
    const convoy = coded('Freedonia blew up a Sylvania convoy.');
    assert.ok(
      convoy.some((e) => e.event === 'ASSAULT' && e.recipient.some((r) => r.code === 'SYL')),
      convoy.map((e) => e.event).join(','),
    );
  });
  it('codes no event for an event noun that ends a name ("the Osterlich Capital Partnership"), one for "an agreement"', () => {
    const text = 'Freedonia officials said on Monday that they would leave the Osterlich Capital Partnership.';
    const parse = [
      '2 compound PROPN',
      '3 nsubj NOUN official',
      '0 root VERB say',
      '5 case ADP',
      '3 obl PROPN',
      '9 mark SCONJ',
      '9 nsubj PRON',
      '9 aux AUX',
      '3 ccomp VERB leave',
      '13 det DET',
      '13 compound PROPN',
      '13 compound PROPN',
      '9 obj PROPN',
      '3 punct PUNCT',
    ];
    const named = coded(text, parse);
    assert.ok(!named.some((e) => e.eventText === 'Partnership'), named.map((e) => e.eventText).join(','));
    const plain = coded('Freedonia reached a trade agreement with Sylvania.');
    assert.ok(
      plain.some((e) => e.eventText === 'agreement'),
      plain.map((e) => e.eventText).join(','),
    );
  });
  it('codes no AID when a thing helps ("lower tax rates helped the company"), AID when a party helps', () => {
    const parse = [
      '4 amod ADJ low',
      '4 compound PROPN',
      '4 compound NOUN tax',
      '5 nsubj NOUN rate',
      '0 root VERB help',
      '7 det DET',
      '5 obj NOUN company',
      '5 xcomp VERB keep',
      '10 nmod:poss PRON',
      '8 obj NOUN cost',
      '8 xcomp ADJ flat',
      '5 punct PUNCT',
    ];
    const thing = coded('Lower Freedonia tax rates helped the company keep its costs flat.', parse);
    assertNoEvent(thing, (e) => e.event === 'AID');
    const party = coded('Freedonia helped Sylvania with food and medicine.');
    assert.ok(
      party.some((e) => e.event === 'AID'),
      party.map((e) => e.event).join(','),
    );
  });
  it('codes "opened a hearing into" as ACCUSE investigate', () => {
    const evs = coded('Freedonia opened a hearing into the conduct of Sylvania.');
    assert.ok(
      evs.some((e) => e.event === 'ACCUSE' && e.eventText === 'hearing'),
      evs.map((e) => e.event).join(','),
    );
  });
  it('keeps a verb the tagger took for a participle adjective when a subject and a place stand before it', () => {
    // "Freedonia police in Oldtown confiscated weapons from Sylvania": parse slip tags "confiscated" amod
    const parse = [
      '2 compound PROPN',
      '9 nsubj NOUN police',
      '4 case ADP',
      '2 nmod PROPN',
      '6 amod VERB confiscate',
      '9 obj NOUN weapon',
      '8 case ADP',
      '6 nmod PROPN',
      '0 root VERB say',
    ];
    const mentions: MentionSpec[] = [
      ['Freedonia police', 'FRE', 'COP'],
      ['Sylvania', 'SYL', 'GOV'],
    ];
    const text = 'Freedonia police in Oldtown confiscated weapons from Sylvania said';
    const evs = codeEvents(fixtureDoc(text, { mentions, published: '2020-05-01', parse }), lex).events;
    assertSomeEvent(evs, (e) => e.event === 'COERCE' && e.eventText === 'confiscated');
  });
});

describe('trigger detection: verbs after an appositive', () => {
  it("keeps a past form after the comma closing a subject's appositive a verb, though tagged a modifier", () => {
    // "Ivan Petrov, the envoy, demanded concessions from Sylvania.": parse slip tags "demanded" amod
    const parse = [
      '0 root PROPN',
      '1 flat PROPN',
      '5 punct PUNCT',
      '5 det DET',
      '1 appos NOUN envoy',
      '8 punct PUNCT',
      '8 amod VERB demand',
      '5 conj NOUN concession',
      '10 case ADP',
      '8 nmod PROPN',
      '1 punct PUNCT',
    ];
    const mentions: MentionSpec[] = [
      ['Ivan Petrov', 'FRE', 'GOV'],
      ['Sylvania', 'SYL', 'GOV'],
    ];
    const text = 'Ivan Petrov, the envoy, demanded concessions from Sylvania.';
    const evs = codeEvents(fixtureDoc(text, { mentions, published: '2020-05-01', parse }), lex).events;
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.eventText === 'demanded');
  });
  it('leaves a participle modifying a noun after an introductory phrase alone ("In Freedonia, injured …")', () => {
    // "In Freedonia, injured civilians fled."
    const parse = [
      '2 case ADP',
      '6 obl PROPN',
      '6 punct PUNCT',
      '5 amod VERB injure',
      '6 nsubj NOUN civilian',
      '0 root VERB flee',
      '6 punct PUNCT',
    ];
    const text = 'In Freedonia, injured civilians fled.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assert.ok(!evs.some((e) => e.eventText === 'injured'));
  });
});

describe('light verbs', () => {
  it('codes "called for talks" as a REQUEST: a noun after "for" is asked for, not named by a light verb', () => {
    // Freedonia called for talks with Sylvania .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB call',
      '4 case ADP',
      '2 obl NOUN talk',
      '6 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ];
    const evs = codeEvents(
      fixtureDoc('Freedonia called for talks with Sylvania.', { mentions: M, published: '2020-05-01', parse }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.eventText === 'called');
  });
});

describe('light verbs before a measure noun', () => {
  it('does not code "launched ten days of war games" as a launch of its own', () => {
    // Freedonia launched ten days of war games .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB launch',
      '4 nummod NUM',
      '2 obj NOUN day',
      '7 case ADP',
      '7 compound NOUN war',
      '4 nmod NOUN game',
      '2 punct PUNCT',
    ];
    const evs = codeEvents(
      fixtureDoc('Freedonia launched ten days of war games.', { mentions: M, published: '2020-05-01', parse }),
      lex,
    ).events;
    assert.ok(!evs.some((e) => e.eventText === 'launched'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
});

describe('meetings need a partner', () => {
  const mentions: MentionSpec[] = [
    ['Freedonia cabinet', 'FRE', 'GOV'],
    ['Sylvania', 'SYL', 'GOV'],
  ];
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions, published: '2020-05-01', parse }), lex).events;
  it('codes no CONSULT for a cabinet meeting by itself ("the Freedonia cabinet met on Sunday")', () => {
    // The Freedonia cabinet met on Sunday .
    const parse = [
      '3 det DET',
      '3 compound PROPN',
      '4 nsubj NOUN cabinet',
      '0 root VERB meet',
      '6 case ADP',
      '4 obl PROPN',
      '4 punct PUNCT',
    ];
    const evs = parsed('The Freedonia cabinet met on Sunday.', parse);
    assert.ok(!evs.some((e) => e.event === 'CONSULT'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('still codes a cabinet meeting with another party', () => {
    // The Freedonia cabinet met with Sylvania .
    const parse = [
      '3 det DET',
      '3 compound PROPN',
      '4 nsubj NOUN cabinet',
      '0 root VERB meet',
      '6 case ADP',
      '4 obl PROPN',
      '4 punct PUNCT',
    ];
    const evs = parsed('The Freedonia cabinet met with Sylvania.', parse);
    assertSomeEvent(evs, (e) => e.event === 'CONSULT');
  });
});

describe('helping verbs before an act', () => {
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes "helped to plan and carry out attacks" as the attacks, not as AID', () => {
    // Freedonia helped to plan and carry out attacks .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB help',
      '4 mark PART',
      '2 xcomp VERB plan',
      '6 cc CCONJ',
      '4 conj VERB carry',
      '6 compound:prt ADP',
      '6 obj NOUN attack',
      '2 punct PUNCT',
    ];
    const evs = parsed('Freedonia helped to plan and carry out attacks.', parse);
    assert.ok(!evs.some((e) => e.event === 'AID'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('keeps helping to identify victims of an attack a cooperative act of the helper', () => {
    // Freedonia helped identify victims killed in attacks .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB help',
      '2 xcomp VERB identify',
      '3 obj NOUN victim',
      '4 acl VERB kill',
      '7 case ADP',
      '5 obl NOUN attack',
      '2 punct PUNCT',
    ];
    // the actors stage reads "victims" as a civilian actor: the party helped
    const mentions: MentionSpec[] = [...M, ['victims', null, 'CVL']];
    const text = 'Freedonia helped identify victims killed in attacks.';
    const evs = codeEvents(fixtureDoc(text, { mentions, published: '2020-05-01', parse }), lex).events;
    assertSomeEvent(evs, (e) => e.eventText === 'helped');
  });
});

describe('lexicon senses chosen by their object', () => {
  it('codes ordering a newspaper about and suspending the constitution as COERCE, suspending aid as SANCTION', () => {
    const order = code('Freedonia ordered the opposition newspaper of Sylvania to stop printing.');
    assert.ok(
      order.some((e) => e.event === 'COERCE' && e.eventText === 'ordered'),
      order.map((e) => e.event).join(),
    );
    const cons = code('Freedonia suspended parts of the constitution.');
    assert.ok(
      cons.some((e) => e.event === 'COERCE'),
      cons.map((e) => e.event).join(),
    );
    const aid = code('Freedonia suspended aid to Sylvania.');
    assert.ok(aid.some((e) => e.event === 'SANCTION') && !aid.some((e) => e.event === 'COERCE'));
  });
  it('codes violating a ceasefire as ASSAULT (CAMEO 196), violating a law as REJECT', () => {
    assert.ok(code('Freedonia violated the ceasefire with Sylvania.').some((e) => e.event === 'ASSAULT'));
    const law = code('Freedonia violated the law.');
    assert.ok(law.some((e) => e.event === 'REJECT') && !law.some((e) => e.event === 'ASSAULT'));
  });
  it('does not take a bare form the tagger calls a verb in an object slot for an act ("to increase trade")', () => {
    // "Freedonia and Sylvania met to increase trade."
    const parse = [
      '4 nsubj PROPN',
      '3 cc CCONJ',
      '1 conj PROPN',
      '0 root VERB meet',
      '6 mark PART',
      '4 advcl VERB increase',
      '6 obj VERB trade',
      '4 punct PUNCT',
    ];
    const text = 'Freedonia and Sylvania met to increase trade.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assert.ok(!evs.some((e) => e.eventText === 'trade'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('does not take "arms" before an agent noun for a verb ("Freedonia arms inspectors said …")', () => {
    // "Sylvania mobilized troops while Freedonia arms inspectors waited."
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB mobilize',
      '2 obj NOUN troop',
      '8 mark SCONJ',
      '7 compound PROPN',
      '7 compound NOUN arm',
      '8 nsubj NOUN inspector',
      '2 advcl VERB wait',
      '2 punct PUNCT',
    ];
    const text = 'Sylvania mobilized troops while Freedonia arms inspectors waited.';
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assert.ok(!evs.some((e) => e.eventText === 'arms'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('codes "Freedonia received ministers from Sylvania" as CONSULT (hosting a visit)', () => {
    const evs = code('Freedonia received ministers from Sylvania.');
    assert.ok(
      evs.some((e) => e.event === 'CONSULT' && e.eventText === 'received'),
      evs.map((e) => e.event).join(','),
    );
    assert.ok(!code('Freedonia received a letter.').some((e) => e.event === 'CONSULT'));
  });
  it('codes "Freedonia ordered patrols" as MOBILIZE, not a REQUEST', () => {
    const evs = code('Freedonia ordered patrols along its border with Sylvania.');
    assert.ok(
      evs.some((e) => e.event === 'MOBILIZE' && e.eventText === 'ordered'),
      evs.map((e) => e.event).join(','),
    );
    assert.ok(!evs.some((e) => e.event === 'REQUEST'));
  });
  it('codes "Freedonia ordered the closure of a Sylvania newspaper" as COERCE', () => {
    const evs = code('Freedonia ordered the closure of the Sylvania newspaper.');
    assertSomeEvent(evs, (e) => e.event === 'COERCE' && e.eventText === 'ordered');
  });
});

describe('intent and adjectival participles', () => {
  it('codes "Freedonia has sworn to fight Sylvania" as an intended THREATEN, not an asserted ASSAULT', () => {
    const evs = code('Freedonia has sworn to fight Sylvania.');
    assert.ok(
      evs.some((e) => e.event === 'THREATEN' && e.status === 'intended'),
      evs.map((e) => `${e.event}:${e.status}`).join(','),
    );
    assert.ok(!evs.some((e) => e.event === 'ASSAULT'));
  });
  it('does not code "a group linked to Sylvania" as cooperation', () => {
    const evs = code('Freedonia said a group linked to Sylvania was behind the unrest.');
    assertNoEvent(evs, (e) => e.event === 'COOPERATE');
  });
});

describe('breadth: destruction, vandalism, obstruction, killing', () => {
  const cases: [string, string][] = [
    ['Freedonia torched a Sylvania police station.', 'COERCE'],
    ['Freedonia burned down a Sylvania police station.', 'COERCE'],
    ['Protesters from Freedonia vandalized the Sylvania embassy.', 'PROTEST'],
    ['Farmers from Freedonia blockaded the highway.', 'PROTEST'],
    ['Freedonia blockaded the Sylvania port.', 'COERCE'],
    ['Freedonia beheaded a Sylvania hostage.', 'ASSAULT'],
  ];
  for (const [text, type] of cases)
    it(`codes "${text}" as ${type}`, () => {
      const evs = code(text);
      assertSomeEvent(evs, (e) => e.event === type);
    });
});

describe('adjectives of intent', () => {
  it('codes "Freedonia is determined to attack Sylvania" on "attack" (an intended act), not on "determined"', () => {
    const evs = code('Freedonia said it was determined to attack Sylvania.');
    assert.ok(!evs.some((e) => e.eventText === 'determined'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    assertSomeEvent(evs, (e) => e.event === 'THREATEN' && e.eventText === 'attack');
  });
});

describe('building a force', () => {
  it('codes "Freedonia has trained hundreds of fighters" as MOBILIZE, and "trained Sylvania soldiers" not', () => {
    const evs = code('Freedonia has trained hundreds of fighters.');
    assertSomeEvent(evs, (e) => e.event === 'MOBILIZE' && e.eventText === 'trained');
    assert.ok(!code('Freedonia trained Sylvania soldiers.').some((e) => e.event === 'MOBILIZE'));
  });
});

describe('formal agreements', () => {
  it('codes "Freedonia ratified a treaty with Sylvania" as SUPPORT (signing formally), a promise to ratify as AGREE', () => {
    const evs = code('Freedonia ratified a treaty with Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'SUPPORT' && e.eventText === 'ratified');
    const promised = code('Freedonia promised to ratify the treaty with Sylvania.');
    assert.ok(!promised.some((e) => e.event === 'SUPPORT'), promised.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
});

describe('meetings and crowd control', () => {
  it('codes "Freedonia flew to Sylvania for talks" as a CONSULT visit, not an intent', () => {
    const evs = code('Freedonia flew to Sylvania for talks.');
    assertSomeEvent(evs, (e) => e.event === 'CONSULT' && e.eventText === 'flew');
  });
  it('codes "Freedonia sat down with Sylvania" as CONSULT', () => {
    const evs = code('Freedonia sat down with Sylvania on Monday.');
    assertSomeEvent(evs, (e) => e.event === 'CONSULT');
  });
  it('codes "Freedonia police tear-gassed protesters from Sylvania" as ASSAULT', () => {
    const evs = code('Freedonia tear-gassed protesters from Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'ASSAULT');
  });
});

describe('disarming and repression', () => {
  it('codes "rebels from Freedonia laid down their arms" as RETREAT', () => {
    const evs = code('Freedonia laid down its arms on Monday.');
    assertSomeEvent(evs, (e) => e.event === 'RETREAT' && e.eventText === 'laid down');
  });
  it('codes "Freedonia cracked down on protesters" as ASSAULT, but not "cracked down on corruption"', () => {
    const evs = code('Freedonia cracked down on protesters from Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'ASSAULT' && e.eventText === 'cracked down');
    assert.ok(!code('Freedonia cracked down on corruption.').some((e) => e.event === 'ASSAULT'));
  });
});

describe('phrasal blocks do not code the bare verb', () => {
  it('does not code "Freedonia will bring the suspects to trial" as cooperation from a block filed for "bring out"', () => {
    const evs = code('Freedonia will bring the suspects to trial.');
    assertNoEvent(evs, (e) => e.event === 'AGREE' || e.event === 'COOPERATE');
  });
});

describe('social ills fought figuratively', () => {
  it('does not code "Freedonia vowed to help fight poverty" as ASSAULT, but keeps "Freedonia fought Sylvania"', () => {
    assert.ok(!code('Freedonia pledged money to help fight poverty and disease.').some((e) => e.event === 'ASSAULT'));
    assertSomeEvent(code('Freedonia fought Sylvania near the border.'), (e) => e.event === 'ASSAULT');
  });
});

describe('senses by what is withdrawn', () => {
  it('codes withdrawing inspectors or peacekeepers as SANCTION (ending an involvement), troops as RETREAT', () => {
    const inspectors = code('Freedonia withdrew its inspectors from Sylvania on Monday.');
    assertSomeEvent(inspectors, (e) => e.event === 'SANCTION' && e.eventText === 'withdrew');
    assertNoEvent(inspectors, (e) => e.event === 'RETREAT');
    const peacekeepers = code('Freedonia withdrew its peacekeepers from Sylvania.');
    assertSomeEvent(peacekeepers, (e) => e.event === 'SANCTION');
    const troops = code('Freedonia withdrew its troops from Sylvania.');
    assertSomeEvent(troops, (e) => e.event === 'RETREAT');
  });
  it('codes an announced withdrawal of observers as THREATEN (an intended SANCTION), not AGREE', () => {
    const evs = code('Freedonia said it will withdraw its observers from Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'THREATEN' && e.status === 'intended');
    assertNoEvent(evs, (e) => e.event === 'AGREE');
  });
  it('keeps observers who withdraw themselves a RETREAT (the cue must be what is withdrawn)', () => {
    const evs = code('Observers from Freedonia withdrew from Sylvania.');
    assertNoEvent(evs, (e) => e.event === 'SANCTION');
  });
});

describe('senses of "recognize" and "push"', () => {
  it("codes recognising another party's victory as CONCEDE, recognising a state as SUPPORT", () => {
    const victory = code('Freedonia recognized the victory of Sylvania in the vote.');
    assertSomeEvent(victory, (e) => e.event === 'CONCEDE' && e.eventText === 'recognized');
    assertNoEvent(victory, (e) => e.event === 'SUPPORT');
    const state = code('Freedonia recognized Sylvania on Monday.');
    assertSomeEvent(state, (e) => e.event === 'SUPPORT' && e.recipient.some((r) => r.code === 'SYL'));
  });
  it('codes "pushing hard for Sylvania to lift the ban" as a REQUEST to Sylvania, its content not an act', () => {
    const evs = code('Freedonia is pushing hard for Sylvania to lift the ban.');
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.recipient.some((r) => r.code === 'SYL'));
    assertNoEvent(evs, (e) => e.event === 'RETREAT' || e.event === 'CONCEDE');
  });
  it('keeps "pushing to expand" an intent, not a demand', () => {
    const evs = code('Freedonia is pushing to expand trade with Sylvania.');
    assertNoEvent(evs, (e) => e.event === 'REQUEST');
  });
});

describe('presenting evidence against a party', () => {
  it('codes "presented evidence against Sylvania" as ACCUSE of Sylvania; presenting a budget is no event', () => {
    const evs = code('Freedonia presented evidence against Sylvania at the meeting.');
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.recipient.some((r) => r.code === 'SYL'));
    const budget = code('Freedonia presented its new budget on Monday.');
    assertNoEvent(budget, (e) => e.event === 'ACCUSE');
  });
});

describe('violence that is part of a protest is a riot (PLOVER PROTEST riot)', () => {
  const MP: MentionSpec[] = [...M, ['Sylvanian youths', 'SYL', 'CVL'], ['Sylvanian prisoners', 'SYL', 'CVL']];
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: MP, published: '2020-05-01', parse }), lex).events;
  it('codes "threw stones during demonstrations" as PROTEST riot, not ASSAULT', () => {
    const evs = parsed('Sylvanian youths threw stones during demonstrations against Freedonia.', [
      '2 compound ADJ',
      '3 nsubj NOUN youth',
      '0 root VERB throw VBD',
      '3 obj NOUN stone',
      '6 case ADP',
      '3 obl NOUN demonstration',
      '8 case ADP',
      '6 nmod PROPN',
      '3 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'PROTEST' && e.mode === 'riot' && e.eventText === 'threw');
    assertNoEvent(evs, (e) => e.event === 'ASSAULT');
  });
  it('codes "rioted …, setting fire to mattresses" as one riot, no COERCE', () => {
    const evs = parsed('Sylvanian prisoners rioted on Monday, setting fire to mattresses.', [
      '2 compound ADJ',
      '3 nsubj NOUN prisoner',
      '0 root VERB riot VBD',
      '5 case ADP',
      '3 obl PROPN',
      '7 punct PUNCT',
      '3 advcl VERB set VBG',
      '7 obj NOUN fire',
      '10 case ADP',
      '7 obl NOUN mattress',
      '3 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'PROTEST');
    assertNoEvent(evs, (e) => e.event === 'COERCE' || e.event === 'ASSAULT');
  });
  it('keeps stone-throwing by a party with no protest in the sentence an ASSAULT', () => {
    const evs = parsed('Sylvanian youths threw stones at Freedonia troops.', [
      '2 compound ADJ',
      '3 nsubj NOUN youth',
      '0 root VERB throw VBD',
      '3 obj NOUN stone',
      '7 case ADP',
      '7 compound PROPN',
      '3 obl NOUN troop',
      '3 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'ASSAULT');
  });
});

describe('demands and cuts the parse hides', () => {
  it('codes "issued a stern reminder to Sylvania that it must cooperate" as a REQUEST, its content not an act', () => {
    const evs = code('Freedonia issued a stern reminder to Sylvania that it must cooperate with inspectors.');
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.actor.some((a) => a.code === 'FRE'));
    assertNoEvent(evs, (e) => e.event === 'COOPERATE');
  });
  it('codes "reminded Sylvania that it must withdraw" as a REQUEST; a reminder of a fact is no event', () => {
    const evs = code('Freedonia reminded Sylvania that it must withdraw its troops.');
    assertSomeEvent(evs, (e) => e.event === 'REQUEST' && e.recipient.some((r) => r.code === 'SYL'));
    const fact = code('Freedonia reminded Sylvania that the talks had ended.');
    assertNoEvent(fact, (e) => e.event === 'REQUEST');
  });
  it('reads a participle tagged as a modifier as the verb when "on Tuesday" stands after its subject', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia on Tuesday reduced food supplies to Sylvania.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '6 nsubj PROPN',
          '3 case ADP',
          '1 nmod PROPN tuesday',
          '6 amod VERB reduce VBD',
          '6 compound NOUN',
          '0 root NOUN supply',
          '8 case ADP',
          '6 nmod PROPN',
          '6 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.event === 'SANCTION' && e.eventText === 'reduced');
  });
});

describe('ending a cooperation is a SANCTION, not the cooperation', () => {
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes "ended its cooperation with Sylvania" as SANCTION toward Sylvania, no COOPERATE', () => {
    const evs = parsed('Freedonia ended its cooperation with Sylvania.', [
      '2 nsubj PROPN',
      '0 root VERB end VBD',
      '4 nmod:poss PRON',
      '2 obj NOUN cooperation',
      '6 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'SANCTION' && e.eventText === 'ended');
    assertNoEvent(evs, (e) => e.event === 'COOPERATE');
  });
  it('codes "will withdraw from the talks" as THREATEN (an intended halt of negotiations), not AGREE', () => {
    const evs = parsed('Freedonia will withdraw from the talks with Sylvania.', [
      '3 nsubj PROPN',
      '3 aux AUX',
      '0 root VERB withdraw VB',
      '6 case ADP',
      '6 det DET',
      '3 obl NOUN talks',
      '8 case ADP',
      '6 nmod PROPN',
      '3 punct PUNCT',
    ]);
    assertSomeEvent(evs, (e) => e.event === 'THREATEN' && e.cameo === '131');
    assertNoEvent(evs, (e) => e.event === 'AGREE' || e.event === 'CONSULT');
  });
  it('keeps ending a blockade a RETREAT', () => {
    const evs = parsed('Freedonia ended the blockade of Sylvania.', [
      '2 nsubj PROPN',
      '0 root VERB end VBD',
      '4 det DET',
      '2 obj NOUN blockade',
      '6 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ]);
    assertNoEvent(evs, (e) => e.event === 'SANCTION');
  });
});

describe('senses chosen by what follows the verb', () => {
  it('codes regret over deaths as CONCEDE (remorse), regretting a decision as ACCUSE (disapproval)', () => {
    assertSomeEvent(code('Freedonia regretted the deaths of civilians in Sylvania.'), (e) => e.event === 'CONCEDE');
    assertSomeEvent(code('Freedonia regretted the decision by Sylvania.'), (e) => e.event === 'ACCUSE');
  });
  it('codes hosting talks between two parties as mediation (CONSULT 045)', () => {
    const evs = code('Freedonia hosted talks between Sylvania and Ruritania.');
    assertSomeEvent(evs, (e) => e.event === 'CONSULT' && e.cameo === '045');
  });
  it('codes a rally against a government as PROTEST, rallying behind it as SUPPORT', () => {
    assertSomeEvent(code('Freedonia rallied in the capital against Sylvania.'), (e) => e.event === 'PROTEST');
    assertSomeEvent(code('Freedonia rallied behind Sylvania.'), (e) => e.event === 'SUPPORT');
  });
  it('codes blocking a resolution as REJECT, blocking roads as PROTEST obstruct', () => {
    const res = code('Freedonia blocked the resolution on Sylvania.');
    assertSomeEvent(res, (e) => e.event === 'REJECT');
    assertNoEvent(res, (e) => e.event === 'PROTEST');
    assertSomeEvent(code('Freedonia blocked roads into Sylvania.'), (e) => e.event === 'PROTEST');
  });
});

describe('demands in the mandative subjunctive', () => {
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes "Freedonia insisted that Sylvania release the prisoners" as a REQUEST to Sylvania, no RETREAT', () => {
    const evs = parsed('Freedonia insisted that Sylvania release the prisoners.', [
      '2 nsubj PROPN _ NNP',
      '0 root VERB insist VBD',
      '5 mark SCONJ _ IN',
      '5 nsubj PROPN _ NNP',
      '2 ccomp VERB release VB',
      '7 det DET _ DT',
      '5 obj NOUN prisoner NNS',
      '2 punct PUNCT _ .',
    ]);
    assertSomeEvent(
      evs,
      (e) =>
        e.event === 'REQUEST' && e.actor.some((a) => a.code === 'FRE') && e.recipient.some((r) => r.code === 'SYL'),
    );
    assertNoEvent(evs, (e) => e.event === 'RETREAT');
  });
  it('keeps "insisted that Sylvania releases prisoners" (indicative) a report of the release', () => {
    const evs = parsed('Freedonia insisted that Sylvania releases prisoners.', [
      '2 nsubj PROPN _ NNP',
      '0 root VERB insist VBD',
      '5 mark SCONJ _ IN',
      '5 nsubj PROPN _ NNP',
      '2 ccomp VERB release VBZ',
      '5 obj NOUN prisoner NNS',
      '2 punct PUNCT _ .',
    ]);
    assertNoEvent(evs, (e) => e.event === 'REQUEST');
  });
});

describe('retaliation', () => {
  it('codes retaliation by its means: strikes as ASSAULT, tariffs (intended) as THREATEN 131, unnamed means not at all', () => {
    assertSomeEvent(code('Freedonia vowed to retaliate with air strikes on Sylvania.'), (e) => e.event === 'THREATEN');
    assertSomeEvent(
      code('Freedonia said it would retaliate against new tariffs by Sylvania.'),
      (e) => e.event === 'THREATEN' && e.cameo === '131',
    );
    assertSomeEvent(code('Freedonia retaliated with rocket attacks on Sylvania.'), (e) => e.event === 'ASSAULT');
    assert.equal(code('Freedonia retaliated against Christmas trees from Sylvania.').length, 0);
  });
});

describe('formal agreements, weapons tests and orders', () => {
  it('codes signing a trade agreement as SUPPORT (sign formal agreement), not an intent to cooperate', () => {
    const evs = code('Freedonia and Sylvania signed a trade agreement on Monday.');
    assertSomeEvent(evs, (e) => e.event === 'SUPPORT' && e.cameo === '057');
    assertNoEvent(evs, (e) => e.event === 'AGREE');
  });
  it('codes testing a missile as MOBILIZE weapons; testing patience is no event', () => {
    assertSomeEvent(
      code('Freedonia tested a ballistic missile.'),
      (e) => e.event === 'MOBILIZE' && e.mode === 'weapons',
    );
    assert.equal(code('Freedonia tested the patience of Sylvania.').length, 0);
  });
  it('codes "ordered the expulsion of Sylvania diplomats" as the expulsion (SANCTION), not a REQUEST', () => {
    const evs = code('Freedonia ordered the expulsion of Sylvania diplomats.');
    assertSomeEvent(evs, (e) => e.event === 'SANCTION' && e.eventText === 'ordered');
    assertNoEvent(evs, (e) => e.event === 'REQUEST');
  });
});

describe('verbs of claim-making keep their type against Phoenix patterns', () => {
  it('codes "accused Sylvania of war crimes" as ACCUSE, not a legal charge (COERCE 173)', () => {
    const evs = code('Freedonia accused Sylvania of war crimes.');
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.recipient.some((r) => r.code === 'SYL'));
    assertNoEvent(evs, (e) => e.event === 'COERCE');
  });
});

describe('ending a visit is no SANCTION', () => {
  it('codes nothing for "Freedonia, ending a two-day visit, said …" beyond the visit', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia ended a visit to Sylvania.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '2 nsubj PROPN',
          '0 root VERB end VBD',
          '4 det DET',
          '2 obj NOUN visit',
          '6 case ADP',
          '4 nmod PROPN',
          '2 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.event === 'SANCTION');
  });
});

describe('recognition of a state or government, not of a need', () => {
  it('codes recognising a state or its independence as SUPPORT, recognising a need as no event', () => {
    assertSomeEvent(code('Freedonia recognized Sylvania on Monday.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(code('Freedonia recognized the independence of Sylvania.'), (e) => e.event === 'SUPPORT');
    const need = code('Freedonia recognized the need for reform in Sylvania.');
    assertNoEvent(need, (e) => e.event === 'SUPPORT');
  });
});

describe('protests by states are diplomatic complaints (ACCUSE), by people demonstrations (PROTEST)', () => {
  const MP: MentionSpec[] = [...M, ['Sylvanian students', 'SYL', 'EDU']];
  const coded = (text: string) => codeEvents(fixtureDoc(text, { mentions: MP, published: '2020-05-01' }), lex).events;
  it('codes "Freedonia protested the incursion by Sylvania" as ACCUSE 114', () => {
    const evs = coded('Freedonia protested the incursion by Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.cameo === '114');
    assertNoEvent(evs, (e) => e.event === 'PROTEST');
  });
  it('keeps "Sylvanian students protested against Freedonia" a PROTEST', () => {
    assertSomeEvent(coded('Sylvanian students protested against Freedonia.'), (e) => e.event === 'PROTEST');
  });
});

describe('opening up an economy', () => {
  it('codes "is committed to opening up the economy" as AGREE (intended economic cooperation); opening a road is none', () => {
    assertSomeEvent(code('Freedonia is committed to opening up the economy.'), (e) => e.event === 'AGREE');
    assertSomeEvent(code('Freedonia opened up its markets to Sylvania.'), (e) => e.event === 'COOPERATE');
    assert.equal(code('Freedonia opened up the road on Monday.').length, 0);
  });
});

describe('a past form after an appositive tagged as an adjective', () => {
  it('reads "Freedonia, a neighbour of Sylvania, investigated abuses" as a verb, not a modifier of "abuses"', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia, a neighbour of Sylvania, investigated abuses in Ruritania.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '0 root PROPN',
          '4 punct PUNCT',
          '4 det DET',
          '1 appos NOUN neighbour',
          '6 case ADP',
          '4 nmod PROPN',
          '9 punct PUNCT',
          '9 amod ADJ investigated JJ',
          '1 conj NOUN abuse',
          '11 case ADP',
          '9 nmod PROPN',
          '1 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.eventText === 'investigated');
  });
});

describe('precision on general news: senses that are no political event', () => {
  const types = (text: string) => code(text).map((e) => `${e.event}:${e.eventText}`);
  it('codes no REJECT for "declined to comment" or "refused to give details", but keeps "refused to withdraw"', () => {
    assert.ok(!types('Freedonia officials declined to comment on the report.').some((t) => t.startsWith('REJECT')));
    assert.ok(!types('Sylvania refused to give details of the plan.').some((t) => t.startsWith('REJECT')));
    assert.ok(types('Sylvania refused to withdraw its troops.').some((t) => t.startsWith('REJECT')));
  });
  it('codes no RETREAT for "released a statement", but a release for "released two prisoners"', () => {
    assert.ok(!types('Freedonia released a statement on Monday.').some((t) => t.startsWith('RETREAT')));
    assert.ok(types('Freedonia released two Sylvania prisoners.').some((t) => t.startsWith('RETREAT')));
  });
  it('codes no SANCTION for "cut 400 jobs", but one for "cut aid to Sylvania"', () => {
    assert.ok(!types('The Freedonia company cut 400 jobs last year.').some((t) => t.startsWith('SANCTION')));
    assert.ok(types('Freedonia cut aid to Sylvania.').some((t) => t.startsWith('SANCTION')));
  });
  it('codes COOPERATE for "share intelligence with", none for "share the same values"', () => {
    assert.ok(!types('Freedonia and Sylvania share the same values.').some((t) => t.startsWith('COOPERATE')));
    assert.ok(types('Freedonia shared intelligence with Sylvania.').some((t) => t.startsWith('COOPERATE')));
  });
  it('codes no ASSAULT for a death from old age, but one for deaths in clashes', () => {
    assert.ok(
      !types('The former Sylvania minister died in 2001 at the age of 90.').some((t) => t.startsWith('ASSAULT')),
    );
    assert.ok(types('Twelve Sylvania soldiers died in clashes.').some((t) => t.startsWith('ASSAULT')));
  });
  it('codes MOBILIZE for troops assembling, and no CONSULT for watches assembled abroad', () => {
    assert.ok(types('Freedonia troops assembled near the border.').some((t) => t.startsWith('MOBILIZE')));
    const w = types('The watches are assembled in Sylvania.');
    assert.ok(!w.some((t) => t.startsWith('CONSULT') || t.startsWith('MOBILIZE')), w.join(','));
  });
  it('codes no ASSAULT for an economy "hurt by" falling prices, but one for civilians hurt in an attack', () => {
    assert.ok(
      !types('The Freedonia economy was hurt by the decline in oil prices.').some((t) => t.startsWith('ASSAULT')),
    );
    assert.ok(
      types('Ten Sylvania civilians were hurt in the attack by Freedonia.').some((t) => t.startsWith('ASSAULT')),
    );
  });
  it('codes no AGREE for "offered remarks", but one for "offered aid to Sylvania"', () => {
    assert.ok(!types('Freedonia offered remarks at the event.').some((t) => t.startsWith('AGREE')));
    assert.ok(types('Freedonia offered aid to Sylvania.').some((t) => t.startsWith('AGREE')));
  });
  it('codes CONCEDE for "allowed Sylvania inspectors into the site", none for a law allowing users to reset devices', () => {
    assert.ok(types('Freedonia allowed Sylvania inspectors into the site.').some((t) => t.startsWith('CONCEDE')));
    assert.ok(!types('The new law allows Freedonia users to reset devices.').some((t) => t.startsWith('CONCEDE')));
  });
  it('codes CONSULT for attending a summit, none for attending classes or hearing nothing', () => {
    assert.ok(types('Freedonia attended the summit in Sylvania.').some((t) => t.startsWith('CONSULT')));
    assert.ok(!types('Freedonia officials attended classes in Sylvania.').some((t) => t.startsWith('CONSULT')));
    assert.ok(!types('Freedonia heard nothing from Sylvania.').some((t) => t.startsWith('CONSULT')));
  });
  it('codes no ASSAULT for "fighting to keep the boy", but one for "fighting Sylvania rebels"', () => {
    assert.ok(
      !types('Freedonia relatives are fighting to keep the boy in Sylvania.').some((t) => t.startsWith('ASSAULT')),
    );
    assert.ok(types('Sylvania troops are fighting Freedonia rebels.').some((t) => t.startsWith('ASSAULT')));
  });
  it('codes no AGREE for testing "to determine whether" something is safe', () => {
    assert.ok(
      !types('Freedonia tested the water to determine whether it was safe.').some((t) => t.startsWith('AGREE')),
    );
  });
  it('codes CONSULT for hosting a president or a summit, none for hosting a game', () => {
    assert.ok(types('Freedonia hosted Sylvania President Ruiz on Monday.').some((t) => t.startsWith('CONSULT')));
    assert.ok(types('Freedonia hosted a summit of regional leaders.').some((t) => t.startsWith('CONSULT')));
    const game = types('The Freedonia team will host the local champions on Friday.');
    assert.ok(!game.some((t) => t.startsWith('CONSULT') || t.startsWith('AGREE')), game.join(','));
  });
  it('codes no REQUEST for an airline ordering airliners, but one for "ordered Sylvania to withdraw"', () => {
    assert.ok(!types('Freedonia Air has ordered 20 new airliners from Sylvania.').some((t) => t.startsWith('REQUEST')));
    assert.ok(types('Freedonia ordered Sylvania to withdraw.').some((t) => t.startsWith('REQUEST')));
  });
  it('codes no REQUEST for "strong demand for its products"', () => {
    const evs = types('The Freedonia company benefited from strong demand for its products.');
    assert.ok(!evs.some((t) => t.startsWith('REQUEST')), evs.join(','));
  });
  it('codes no ASSAULT for a deal "killed by" a party, but one for "killed ten Sylvania soldiers"', () => {
    assert.ok(!types('The Freedonia deal had been killed by Sylvania.').some((t) => t.startsWith('ASSAULT')));
    assert.ok(types('Freedonia killed ten Sylvania soldiers.').some((t) => t.startsWith('ASSAULT')));
  });
  it('codes PROTEST for "demonstrated against", none for "demonstrated their support" or an Easter Vigil', () => {
    assert.ok(types('Sylvania students demonstrated against Freedonia.').some((t) => t.startsWith('PROTEST')));
    assert.ok(
      !types('Sylvania students demonstrated their support for Freedonia.').some((t) => t.startsWith('PROTEST')),
    );
    assert.ok(!types('The Freedonia bishop leads the Easter Vigil in Sylvania.').some((t) => t.startsWith('PROTEST')));
  });
  it('codes ASSAULT for forces "engaged in ethnic cleansing", CONSULT for "engaged in talks", nothing for business', () => {
    assert.ok(
      types('Freedonia forces were engaged in ethnic cleansing in Sylvania.').some((t) => t.startsWith('ASSAULT')),
    );
    assert.ok(types('Freedonia engaged in talks with Sylvania.').some((t) => t.startsWith('CONSULT')));
    assert.equal(types('Freedonia firms engaged in business in Sylvania.').length, 0);
  });
  it('codes AID for "provided food and medicine", none for providing an assurance or details', () => {
    assert.ok(types('Freedonia provided food and medicine to Sylvania.').some((t) => t.startsWith('AID')));
    const evs = types('The Freedonia unit said it can provide no assurance a deal will occur.');
    assert.ok(!evs.some((t) => t.startsWith('AID')), evs.join(','));
  });
  it('codes a visit for arriving "for talks", nothing for police who "arrived within minutes"', () => {
    assert.ok(types('The Freedonia president arrived in Sylvania for talks.').some((t) => t.startsWith('CONSULT')));
    const evs = types('Freedonia police arrived within minutes at the house.');
    assert.ok(!evs.some((t) => t.startsWith('CONSULT')), evs.join(','));
  });
  it('codes CONCEDE for admitting responsibility, none for confirming or admitting a plain fact', () => {
    assert.ok(types('Freedonia admitted responsibility for the raid.').some((t) => t.startsWith('CONCEDE')));
    assert.ok(types('Freedonia admitted that its troops carried out the raid.').some((t) => t.startsWith('CONCEDE')));
    const evs = [
      ...types('Freedonia police confirmed that the car belonged to a local farmer.'),
      ...types('Freedonia officials admit that they do not know where the man is.'),
    ];
    assert.ok(!evs.some((t) => t.startsWith('CONCEDE')), evs.join(','));
  });
  it('codes no AGREE for a report that "led to the arrest" (Phoenix "head to" is not lent to "lead")', () => {
    const evs = types('The Freedonia report led to the arrest of three men.');
    assert.ok(!evs.some((t) => t.startsWith('AGREE')), evs.join(','));
  });
  it('codes AGREE for parties that agreed to talks, none for "most analysts agree that" (an opinion)', () => {
    assert.ok(types('Freedonia and Sylvania agreed to hold talks.').some((t) => t.startsWith('AGREE')));
    const evs = types('Most Freedonia analysts agree that Sylvania will win the vote.');
    assert.ok(!evs.some((t) => t.startsWith('AGREE')), evs.join(','));
  });
  it('codes CONSULT for "discussed the crisis with", none for a spokesman who "declined to discuss details"', () => {
    assert.ok(types('Freedonia discussed the crisis with Sylvania.').some((t) => t.startsWith('CONSULT')));
    const evs = types('A Freedonia spokesman declined to discuss details of the plan.');
    assert.ok(!evs.some((t) => t.startsWith('CONSULT')), evs.join(','));
  });
  it('codes no ASSAULT for firefighters "fighting a large wildfire"', () => {
    assert.ok(
      !types('Freedonia firefighters were busy fighting a large wildfire.').some((t) => t.startsWith('ASSAULT')),
    );
  });
  it('codes no COOPERATE for a currency "trading at" a rate or a man who "enlisted in the army", ASSAULT for "traded fire"', () => {
    const evs = [
      ...types('The Freedonia dollar was trading at 92 yen.'),
      ...types('He enlisted in the Freedonia army in 2004.'),
    ];
    assert.ok(!evs.some((t) => t.startsWith('COOPERATE')), evs.join(','));
    assert.ok(types('Freedonia and Sylvania traded fire across the border.').some((t) => t.startsWith('ASSAULT')));
  });
  it('codes no REQUEST for a question ("…?" he asked; asked whether), REQUEST for "asked Sylvania to withdraw"', () => {
    const evs = [
      ...types('"Why should Freedonia pay now?" he asked.'),
      ...types('Freedonia asked whether Sylvania would pay.'),
    ];
    assert.ok(!evs.some((t) => t.startsWith('REQUEST')), evs.join(','));
    assert.ok(types('Freedonia asked Sylvania to withdraw its troops.').some((t) => t.startsWith('REQUEST')));
  });
  it('codes no PROTEST for the month in "published on March 30", PROTEST for "marched through the capital"', () => {
    const evs = types('The Freedonia statement was published on March 30.');
    assert.ok(!evs.some((t) => t.startsWith('PROTEST')), evs.join(','));
    assert.ok(types('Freedonia students marched through the capital.').some((t) => t.startsWith('PROTEST')));
  });
  it('codes no COERCE for a "cardiac arrest", COERCE for "the arrest of" an opposition leader', () => {
    const evs = types('The Freedonia minister suffered a cardiac arrest on Monday.');
    assert.ok(!evs.some((t) => t.startsWith('COERCE')), evs.join(','));
    assert.ok(types('Freedonia ordered the arrest of the opposition leader.').some((t) => t.startsWith('COERCE')));
  });
  it('codes no REQUEST for calls "seeking comment"', () => {
    assert.ok(!types('Freedonia officials did not return calls seeking comment.').some((t) => t.startsWith('REQUEST')));
  });
  it('codes no ASSAULT for a speech "targeted to an audience", ASSAULT for rebels who targeted a village', () => {
    const evs = types('The Freedonia speech was targeted to an audience of farmers.');
    assert.ok(!evs.some((t) => t.startsWith('ASSAULT')), evs.join(','));
    assert.ok(types('Freedonia rebels targeted the village.').some((t) => t.startsWith('ASSAULT')));
  });
  it('codes no AGREE for a charity "offering screening" to members', () => {
    const evs = types('The Freedonia Health Society will be offering screening to its members.');
    assert.ok(!evs.some((t) => t.startsWith('AGREE')), evs.join(','));
  });
});

describe('required cues on a passive subject', () => {
  it('codes "Evidence against Sylvania was presented by Freedonia" as ACCUSE (the cue is the passive subject)', () => {
    const text = 'Evidence against Sylvania was presented by Freedonia.';
    const parse = [
      '5 nsubj:pass NOUN evidence',
      '3 case ADP',
      '1 nmod PROPN',
      '5 aux:pass AUX be',
      '0 root VERB present',
      '7 case ADP',
      '5 obl PROPN',
      '5 punct PUNCT',
    ];
    const evs = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.eventText === 'presented');
  });
});

describe('precision on general news: helping no party, opinions, revivals, bills and organ gifts', () => {
  const types = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events.map(
      (e) => `${e.event}:${e.eventText}`,
    );
  it('codes no AID for helping with no party helped ("helped hang a poster"), AID for "helped Sylvania rebuild"', () => {
    const none = types('Freedonia helped hang a poster.', [
      '2 nsubj PROPN',
      '0 root VERB help',
      '2 xcomp VERB hang',
      '5 det DET',
      '3 obj NOUN poster',
      '2 punct PUNCT',
    ]);
    assert.ok(!none.some((t) => t.startsWith('AID')), none.join(','));
    const party = types('Freedonia helped Sylvania rebuild its army.', [
      '2 nsubj PROPN',
      '0 root VERB help',
      '2 obj PROPN',
      '2 xcomp VERB rebuild',
      '6 nmod:poss PRON its',
      '4 obj NOUN army',
      '2 punct PUNCT',
    ]);
    assert.ok(party.includes('AID:helped'), party.join(','));
  });
  it('codes nothing for the act a partyless help is for ("a concert to help finance the school")', () => {
    const evs = types('Freedonia held a concert to help finance the school.', [
      '2 nsubj PROPN',
      '0 root VERB hold',
      '4 det DET',
      '2 obj NOUN concert',
      '6 mark PART',
      '4 acl VERB help',
      '6 xcomp VERB finance',
      '9 det DET',
      '7 obj NOUN school',
      '2 punct PUNCT',
    ]);
    assert.ok(!evs.some((t) => /^(AID|COOPERATE)/.test(t)), evs.join(','));
  });
  it('codes no AGREE for an opinion ("the minister agrees", "agrees with the mayor that …"), AGREE for "agrees to talks"', () => {
    const evs = [
      ...types('The Freedonia minister agrees.'),
      ...types('The Freedonia minister agrees with the mayor that taxes should fall.'),
    ];
    assert.ok(!evs.some((t) => t.startsWith('AGREE')), evs.join(','));
    assert.ok(types('Freedonia agrees to talks with Sylvania.').some((t) => t.startsWith('AGREE')));
  });
  it('codes no AGREE for agreeing that something is the case, AGREE for agreeing what will be done', () => {
    const view = types('Freedonia agreed that there was a need for reform.');
    assert.ok(!view.some((t) => t.startsWith('AGREE')), view.join(','));
    const plan = types('Freedonia agreed that its troops would leave Sylvania.');
    assert.ok(
      plan.some((t) => t.startsWith('AGREE')),
      plan.join(','),
    );
  });
  it('codes no event for reviving a lawsuit, one for reviving talks with Sylvania', () => {
    assert.ok(!types('Freedonia revived the lawsuit.').some((t) => t.includes(':revived')));
    assert.ok(types('Freedonia revived talks with Sylvania.').length > 0);
  });
  it('codes no CONSULT for introducing a bill, no AID for donating a kidney; AID for donating food to Sylvania', () => {
    assert.ok(!types('Freedonia introduced a bill on taxes.').some((t) => t.startsWith('CONSULT')));
    assert.ok(!types('A Freedonia man donated a kidney to his brother.').some((t) => t.startsWith('AID')));
    assert.ok(types('Freedonia donated food to Sylvania.').some((t) => t.startsWith('AID')));
  });
});

describe('an agreement talked about is no agreement made', () => {
  it('codes no AGREE for "the deal remains of benefit" (the deal as subject), AGREE for "a deal announced by X"', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia said the deal remains of benefit.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '2 nsubj PROPN',
          '0 root VERB say',
          '4 det DET',
          '5 nsubj NOUN deal',
          '2 ccomp VERB remain',
          '7 case ADP',
          '5 obl NOUN benefit',
          '2 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.event === 'AGREE');
    const made = codeEvents(
      fixtureDoc('A deal announced by Freedonia and Sylvania calls for talks.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '2 det DET',
          '8 nsubj NOUN deal',
          '2 acl VERB announce',
          '5 case ADP',
          '3 obl PROPN',
          '7 cc CCONJ',
          '5 conj PROPN',
          '0 root VERB call',
          '10 case ADP',
          '8 obl NOUN talk',
          '8 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(made, (e) => e.event === 'AGREE' && e.eventText === 'deal');
  });
});

describe('naming participles', () => {
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes no REQUEST for "a group called the Working Group on Sylvania", one for "Freedonia called on Sylvania"', () => {
    const named = parsed('Freedonia is a member of a group called the Working Group on Sylvania.', [
      '4 nsubj PROPN',
      '4 cop AUX be',
      '4 det DET',
      '0 root NOUN member',
      '7 case ADP',
      '7 det DET',
      '4 nmod NOUN group',
      '4 acl VERB call VBD',
      '11 det DET',
      '11 compound PROPN',
      '8 obj PROPN',
      '13 case ADP',
      '8 obl PROPN',
      '4 punct PUNCT',
    ]);
    assertNoEvent(named, (e) => e.event === 'REQUEST');
    const asked = parsed('Freedonia called on Sylvania to withdraw.', [
      '2 nsubj PROPN',
      '0 root VERB call VBD',
      '4 case ADP',
      '2 obl PROPN',
      '6 mark PART',
      '2 xcomp VERB withdraw VB',
      '2 punct PUNCT',
    ]);
    assertSomeEvent(asked, (e) => e.event === 'REQUEST' && e.recipient.some((r) => r.code === 'SYL'));
  });
});

describe('senses of "strike"', () => {
  it('codes "struck a deal with" as AGREE, not ASSAULT; "struck Sylvania" stays ASSAULT', () => {
    const deal = code('Freedonia struck a major deal with Sylvania on Monday.');
    assertSomeEvent(deal, (e) => e.event === 'AGREE' && e.recipient.some((r) => r.code === 'SYL'));
    assertNoEvent(deal, (e) => e.event === 'ASSAULT');
    assertSomeEvent(code('Freedonia struck Sylvania on Monday.'), (e) => e.event === 'ASSAULT');
  });
  it('codes no ASSAULT for a quake or debris that struck, nor for striking a balance', () => {
    assertNoEvent(code('An earthquake struck Sylvania on Monday.'), (e) => e.event === 'ASSAULT');
    assertNoEvent(code('Flying glass struck Sylvania officials.'), (e) => e.event === 'ASSAULT');
    assertNoEvent(code('Freedonia struck a balance between Sylvania and Ruritania.'), (e) => e.event === 'ASSAULT');
  });
});

describe('a word after a preposition', () => {
  it('codes no MOBILIZE for "soldiers on patrol" (the object of "on", not a verb)', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonian soldiers on patrol said nothing.', {
        mentions: [...M, ['Freedonian soldiers', 'FRE', 'MIL']],
        published: '2020-05-01',
        parse: [
          '2 amod ADJ',
          '5 nsubj NOUN soldier',
          '4 case ADP',
          '2 nmod NOUN patrol',
          '0 root VERB say VBD',
          '5 obj PRON',
          '5 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.event === 'MOBILIZE');
  });
});

describe('appearances, petitions, demonstrations of quality, alerts and votes received', () => {
  it('codes no arrest for a party that appeared in court', () => {
    assertNoEvent(code('Freedonia appeared in court on Monday.'), (e) => e.event === 'COERCE');
  });
  it('codes no SUPPORT for signing a petition or a proclamation; a treaty stays', () => {
    assertNoEvent(code('Freedonia signed a petition on Monday.'), (e) => e.event === 'SUPPORT');
    assertNoEvent(code('Freedonia signed a proclamation on Monday.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(code('Freedonia signed a treaty with Sylvania.'), (e) => e.event === 'SUPPORT');
  });
  it('codes no PROTEST for demonstrating the safety of a product', () => {
    assertNoEvent(code('Freedonia demonstrated the safety of its beef.'), (e) => e.event === 'PROTEST');
  });
  it('codes no MOBILIZE (nor a threat) for an alert sent to phones', () => {
    assertNoEvent(
      code('Freedonia will send an alert to phones in Sylvania.'),
      (e) => e.event === 'MOBILIZE' || e.event === 'THREATEN',
    );
  });
  it('codes no hosted visit for a motion against a minister that received votes', () => {
    assertNoEvent(code('The motion against the Freedonia minister received 76 votes.'), (e) => e.event === 'CONSULT');
  });
});

describe("a speaker's own duty and participles inside noun compounds", () => {
  it('codes no reported demand for "we must …" (the speaker\'s own duty); "Sylvania must …" stays one', () => {
    const ms: MentionSpec[] = [...M, ['we', 'FRE', 'GOV']];
    const own = codeEvents(
      fixtureDoc('Freedonia said we must withdraw from Ruritania.', { mentions: ms, published: '2020-05-01' }),
      lex,
    ).events;
    assertNoEvent(own, (e) => e.event === 'REQUEST');
    assertSomeEvent(code('Freedonia said Sylvania must withdraw from Ruritania.'), (e) => e.event === 'REQUEST');
  });
  it('codes no COOPERATE for "party financing laws" (a participle with its own compound noun)', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia party financing laws changed.', {
        mentions: [...M, ['Freedonia party', 'FRE', 'PTY']],
        published: '2020-05-01',
        parse: [
          '2 compound PROPN',
          '3 compound NOUN party',
          '4 amod VERB finance VBG',
          '5 nsubj NOUN law',
          '0 root VERB change VBD',
          '5 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.event === 'COOPERATE');
  });
});

describe('returns', () => {
  it('codes no visit for returning home from a place; returning from a visit or talks stays a visit', () => {
    assertNoEvent(code('Freedonia returned home from Sylvania on Monday.'), (e) => e.event === 'CONSULT');
    assertSomeEvent(
      code('Freedonia returned from a visit to Sylvania on Monday.'),
      (e) => e.event === 'CONSULT' && e.recipient.some((r) => r.code === 'SYL'),
    );
  });
});

describe('senses of "defend"', () => {
  it("codes no SUPPORT for defending one's own territory, rights or itself; defending another party stays SUPPORT", () => {
    assertNoEvent(code('Freedonia said it would defend its territory.'), (e) => e.event === 'SUPPORT');
    assertNoEvent(code('Freedonia has the right to defend itself.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(
      code('Freedonia defended Sylvania on Monday.'),
      (e) => e.event === 'SUPPORT' && e.recipient.some((r) => r.code === 'SYL'),
    );
  });
});

describe('senses of "express"', () => {
  it('codes what the feeling says: displeasure ACCUSE, solidarity SUPPORT, a belief or fatigue nothing', () => {
    assertNoEvent(code('Freedonia expressed its belief that the talks will succeed.'), (e) => e.event === 'ACCUSE');
    assertNoEvent(code('Freedonia expressed fatigue at the long meetings.'), (e) => e.event === 'ACCUSE');
    assertSomeEvent(code('Freedonia expressed displeasure at Sylvania.'), (e) => e.event === 'ACCUSE');
    assertSomeEvent(code('Freedonia expressed solidarity with Sylvania.'), (e) => e.event === 'SUPPORT');
  });
});

describe('regret expressed', () => {
  it('codes "expressed regret over the deaths" as CONCEDE, not as disapproval', () => {
    const evs = code('Freedonia expressed regret over the deaths in Sylvania.');
    assertSomeEvent(evs, (e) => e.event === 'CONCEDE');
    assertNoEvent(evs, (e) => e.event === 'ACCUSE');
  });
});

describe('senses of "seek"', () => {
  it('codes no REQUEST for seeking a term, bankruptcy, solutions or control; seeking an apology from a party stays', () => {
    assertNoEvent(code("Freedonia's president is seeking his fourth term."), (e) => e.event === 'REQUEST');
    assertNoEvent(code('Freedonia will seek bankruptcy protection.'), (e) => e.event === 'REQUEST');
    assertNoEvent(code('Freedonia is seeking control of the shipyard.'), (e) => e.event === 'REQUEST');
    assertSomeEvent(
      code('Freedonia sought an apology from Sylvania.'),
      (e) => e.event === 'REQUEST' && e.recipient.some((r) => r.code === 'SYL'),
    );
  });
  it('reads "sought to ``turn …\'\'" (a quote before the infinitive) as intent, no REQUEST', () => {
    assertNoEvent(
      code("Freedonia said it sought to ``turn the gulf into a lake of peace.''"),
      (e) => e.event === 'REQUEST',
    );
  });
});

describe('senses of "support"', () => {
  it('codes no SUPPORT for sponsoring an event or for support services; supporting a party stays', () => {
    assertNoEvent(code('The technology week is supported by Freedonia.'), (e) => e.event === 'SUPPORT');
    assertNoEvent(code('Freedonia offers financial and support services to farmers.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(
      code('Freedonia supported Sylvania on Monday.'),
      (e) => e.event === 'SUPPORT' && e.recipient.some((r) => r.code === 'SYL'),
    );
  });
});

describe('senses of "provide"', () => {
  it('codes no AID for providing a forecast, for the installation of lights or service management; aid stays', () => {
    assertNoEvent(
      code('Freedonia will provide its hurricane outlook in May.'),
      (e) => e.event === 'AID' || e.event === 'AGREE',
    );
    assertNoEvent(
      code('Freedonia will provide for the installation of street lighting in Sylvania.'),
      (e) => e.event === 'AID' || e.event === 'AGREE',
    );
    assertSomeEvent(code('Freedonia provided food to Sylvania.'), (e) => e.event === 'AID');
  });
});

describe("cues among a noun's left modifiers", () => {
  it('codes "held joint anti-terrorism military and naval drills" as COOPERATE (joint drills), not MOBILIZE', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia and Sylvania held joint anti-terrorism military and naval drills.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '4 nsubj PROPN',
          '3 cc CCONJ',
          '1 conj PROPN',
          '0 root VERB hold VBD',
          '6 amod ADJ joint',
          '4 obj NOUN anti-terrorism',
          '10 amod ADJ military',
          '9 cc CCONJ',
          '7 conj ADJ naval',
          '4 obj NOUN drill NNS',
          '4 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.event === 'COOPERATE' && e.eventText === 'drills');
    assertNoEvent(evs, (e) => e.event === 'MOBILIZE');
  });
});

describe('senses of "impose"', () => {
  it('codes "imposed an embargo/tariffs on Sylvania" as SANCTION, not COERCE; "imposed a curfew" stays COERCE', () => {
    const embargo = code('Freedonia imposed a trade embargo on Sylvania on Monday.');
    assertSomeEvent(embargo, (e) => e.event === 'SANCTION');
    assertNoEvent(embargo, (e) => e.event === 'COERCE');
    const tariffs = code('Freedonia imposed new tariffs on Sylvania.');
    assertSomeEvent(tariffs, (e) => e.event === 'SANCTION');
    assertNoEvent(tariffs, (e) => e.event === 'COERCE');
    assertSomeEvent(code('Freedonia imposed a curfew on Sylvania.'), (e) => e.event === 'COERCE');
  });
});

describe('senses of "slap" and cues in a measured object', () => {
  it('codes "slapped tariffs on Sylvania" as SANCTION, "slapped Sylvania\'s envoy" as ASSAULT, a slapped market as nothing', () => {
    assertSomeEvent(code('Freedonia slapped tariffs on Sylvania on Monday.'), (e) => e.event === 'SANCTION');
    assertSomeEvent(code("Freedonia slapped Sylvania's envoy."), (e) => e.event === 'ASSAULT');
    assertNoEvent(code('The resignation of Freedonia slapped the market.'), (e) => e.event === 'ASSAULT');
  });
  it('finds the cue in the noun the object measures ("slapped $100 billion in tariffs on …")', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia slapped an additional $100 billion in tariffs on Sylvania.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '2 nsubj PROPN',
          '0 root VERB slap VBD',
          '5 det DET',
          '5 amod ADJ',
          '2 obj SYM',
          '7 compound NUM',
          '5 nummod NUM',
          '9 case ADP',
          '2 obl NOUN tariff NNS',
          '11 case ADP',
          '9 nmod PROPN',
          '2 punct PUNCT',
        ],
      }),
      lex,
    ).events;
    assertSomeEvent(evs, (e) => e.event === 'SANCTION');
  });
});

describe('predicate adjectives', () => {
  const parsed = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes no event for an adjective with its own copula ("must be clear about the town"); "cleared the town" stays', () => {
    const adj = parsed('Freedonia must be clear about the town.', [
      '4 nsubj PROPN',
      '4 aux AUX',
      '4 cop AUX',
      '0 root ADJ clear JJ',
      '7 case ADP',
      '7 det DET',
      '4 obl NOUN town NN',
      '4 punct PUNCT',
    ]);
    assertNoEvent(adj, (e) => e.eventText === 'clear');
    const verb = parsed('Freedonia cleared the town.', [
      '2 nsubj PROPN',
      '0 root VERB clear VBD',
      '4 det DET',
      '2 obj NOUN town NN',
      '2 punct PUNCT',
    ]);
    assertSomeEvent(verb, (e) => e.event === 'COERCE' && e.eventText === 'cleared');
  });
});

describe('feeling threatened', () => {
  it('codes no THREATEN for officials of Sylvania who felt threatened; a threat made stays', () => {
    assertNoEvent(code('Sylvania officials said they felt threatened by the crowd.'), (e) => e.event === 'THREATEN');
    assertSomeEvent(code('Freedonia threatened Sylvania on Monday.'), (e) => e.event === 'THREATEN');
  });
});

describe('occupied vehicles and offices', () => {
  it('codes no seizure for a car occupied by its driver or an office a Sylvania official occupied; troops occupying a town stay', () => {
    assertNoEvent(
      code('The second car, occupied by a driver and a child, was parked in Sylvania.'),
      (e) => e.event === 'COERCE',
    );
    assertNoEvent(
      code('The Sylvania minister has never occupied a public office before.'),
      (e) => e.event === 'COERCE',
    );
    assertSomeEvent(code('Freedonia occupied the border town of Sylvania.'), (e) => e.event === 'COERCE');
  });
});

describe('encouraging a party, not a thing', () => {
  it('codes no SUPPORT when Freedonia encourages innovation; encouraging Sylvania stays SUPPORT', () => {
    assertNoEvent(code('Freedonia is encouraging innovation around efficiency.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(code('Freedonia strongly encourages Sylvania to hold elections.'), (e) => e.event === 'SUPPORT');
  });
});

describe('declining an interview', () => {
  it('codes no REJECT when the Freedonia ministry declined to make its envoy available for an interview; refusing Sylvania stays', () => {
    assertNoEvent(
      code('The Freedonia ministry declined to make him available for an interview.'),
      (e) => e.event === 'REJECT',
    );
    assertNoEvent(code('Freedonia officials refused to be interviewed.'), (e) => e.event === 'REJECT');
    assertSomeEvent(code('Freedonia declined to join the alliance with Sylvania.'), (e) => e.event === 'REJECT');
  });
});

describe('recognising courts and contributions', () => {
  const withCourts = (text: string) =>
    codeEvents(
      fixtureDoc(text, { mentions: [['the Sylvania courts', 'SYL', 'JUD'], ...M], published: '2020-05-01' }),
      lex,
    ).events;
  it('codes no recognition when Freedonia does not recognize the Sylvania courts or recognizes the contributions of a government', () => {
    assertNoEvent(withCourts('Freedonia does not recognize the Sylvania courts.'), (e) => e.event === 'SUPPORT');
    assertNoEvent(
      withCourts('Sylvania recognized the contributions of the Freedonia government.'),
      (e) => e.event === 'SUPPORT',
    );
    assertSomeEvent(withCourts('Freedonia recognized the independence of Sylvania.'), (e) => e.event === 'SUPPORT');
  });
});

describe('an event noun that is the subject of an auxiliary', () => {
  const withParse = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes no ban for "as long as the Freedonia ban is still in place", where "ban" is the subject of "is"', () => {
    const parse = [
      '10 mark SCONJ',
      '1 fixed ADV',
      '1 fixed SCONJ',
      '6 det DET',
      '6 compound PROPN',
      '10 nsubj NOUN ban',
      '10 cop AUX',
      '10 advmod ADV',
      '10 case ADP',
      '14 advcl NOUN place',
      '14 punct PUNCT',
      '14 nsubj PROPN',
      '14 aux AUX',
      '0 root VERB pay',
      '14 punct PUNCT',
    ];
    const evs = withParse('As long as the Freedonia ban is still in place, Sylvania will pay.', parse);
    assertNoEvent(evs, (e) => e.eventText === 'ban');
  });
  it('still codes "Freedonia banned imports from Sylvania" as COERCE', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB ban',
      '2 obj NOUN import',
      '5 case ADP',
      '2 obl PROPN',
      '2 punct PUNCT',
    ];
    assertSomeEvent(withParse('Freedonia banned imports from Sylvania.', parse), (e) => e.event === 'COERCE');
  });
});

describe('supplying as a sale', () => {
  it('codes no AID when a Freedonia firm wins a contract to supply Sylvania or will supply electronics; supplying arms stays', () => {
    assertNoEvent(
      code('Freedonia won a contract to supply Sylvania with new trucks.'),
      (e) => e.event === 'AID' || e.event === 'AGREE',
    );
    assertNoEvent(code('Freedonia will supply electronics.'), (e) => e.event === 'AID' || e.event === 'AGREE');
    assertSomeEvent(code('Freedonia supplied weapons to Sylvania.'), (e) => e.event === 'AID');
  });
});

describe('audit round 9: forecasts, policies, personal applications and dropped demands are no events', () => {
  const coded = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;
  it('codes no THREATEN for "warned of imminent bankruptcy", a THREATEN for "warned Sylvania of war"', () => {
    assertNoEvent(
      coded('Freedonia warned of imminent bankruptcy.'),
      (e) => e.event === 'THREATEN' && e.eventText === 'warned',
    );
    assertSomeEvent(
      coded('Freedonia warned Sylvania of war.'),
      (e) => e.event === 'THREATEN' && e.eventText === 'warned',
    );
  });
  it('codes no ASSAULT for a pledge "to fight terrorism", an ASSAULT for fighting Sylvania', () => {
    assertNoEvent(
      coded('Freedonia renewed its pledge to fight terrorism.'),
      (e) => e.event === 'ASSAULT' && e.eventText === 'fight',
    );
    assertSomeEvent(
      coded('Freedonia troops fight Sylvania near the border.'),
      (e) => e.event === 'ASSAULT' && e.eventText === 'fight',
    );
  });
  it('codes no REQUEST for applying for a visa, a REQUEST for applying for membership', () => {
    assertNoEvent(
      coded('The minister of Freedonia had to apply for a visa.'),
      (e) => e.event === 'REQUEST' && e.eventText === 'apply',
    );
    assertSomeEvent(
      coded('Freedonia will apply for membership of the union.'),
      (e) => e.event === 'REQUEST' && e.eventText === 'apply',
    );
  });
  it('codes no REQUEST for a demand Freedonia dropped, a REQUEST for a demand it made', () => {
    assertNoEvent(
      coded('Freedonia dropped a controversial demand on Sylvania.'),
      (e) => e.event === 'REQUEST' && e.eventText === 'demand',
    );
    assertSomeEvent(
      coded('Freedonia made a controversial demand on Sylvania.'),
      (e) => e.event === 'REQUEST' && e.eventText === 'demand',
    );
  });
  it('reads "slated for a Freedonia release in June" as a noun, no release of people by Freedonia', () => {
    const parse = [
      '3 nsubj:pass PRON',
      '3 aux:pass AUX',
      '0 root VERB slate',
      '7 case ADP',
      '7 det DET',
      '7 compound PROPN',
      '3 obl NOUN release',
      '9 case ADP',
      '7 nmod PROPN',
    ];
    assertNoEvent(
      coded('It is slated for a Freedonia release in June', parse),
      (e) => e.event === 'RETREAT' && e.eventText === 'release',
    );
  });
});

describe('agreeing with a statement of fact is an opinion, no agreement', () => {
  const coded = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes no AGREE for "Freedonia agreed it was a serious problem", an AGREE for "agreed that talks would resume"', () => {
    const fact = [
      '2 nsubj PROPN',
      '0 root VERB agree',
      '7 nsubj PRON',
      '7 cop AUX be',
      '7 det DET',
      '7 amod ADJ',
      '2 ccomp NOUN problem',
    ];
    assertNoEvent(coded('Freedonia agreed it was a serious problem', fact), (e) => e.event === 'AGREE');
    const deal = [
      '2 nsubj PROPN',
      '0 root VERB agree',
      '6 mark SCONJ',
      '6 nsubj NOUN talk',
      '6 aux AUX',
      '2 ccomp VERB resume',
      '8 case ADP',
      '6 obl PROPN',
    ];
    assertSomeEvent(coded('Freedonia agreed that talks would resume in Sylvania', deal), (e) => e.event === 'AGREE');
  });
});

describe('carrying on is no act', () => {
  const coded = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;
  it('codes no REQUEST for "Freedonia pressed on even during the storm", a REQUEST for "pressed Sylvania"', () => {
    const on = [
      '2 nsubj PROPN',
      '0 root VERB press',
      '7 case ADP',
      '7 advmod ADV',
      '7 case ADP',
      '7 det DET',
      '2 obl NOUN storm',
    ];
    assertNoEvent(coded('Freedonia pressed on even during the storm', on), (e) => e.eventText.startsWith('pressed'));
    assertSomeEvent(coded('Freedonia pressed Sylvania to withdraw.'), (e) => e.event === 'REQUEST');
  });
  it('codes no event for "pressed ahead with the plan"', () => {
    assertNoEvent(coded('Freedonia pressed ahead with the plan.'), (e) => e.eventText.startsWith('pressed'));
  });
});

describe('figurative destruction is no ASSAULT', () => {
  const coded = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes no ASSAULT for "Freedonia destroyed jobs" or "destroyed the economy", one for destroying a Sylvania convoy', () => {
    assertNoEvent(coded('Freedonia destroyed jobs.'), (e) => e.event === 'ASSAULT');
    assertNoEvent(coded('Freedonia destroyed the economy of Sylvania.'), (e) => e.event === 'ASSAULT');
    assertSomeEvent(coded('Freedonia blew up a Sylvania convoy.'), (e) => e.event === 'ASSAULT');
  });
});

describe('lexicon senses that need their object (round 10)', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no event for meeting customer demand or a deadline, CONCEDE for meeting the demands of a party', () => {
    assert.ok(!has('Freedonia must build more plants to meet customer demand.', 'meet'));
    assert.ok(!has('Freedonia said it would meet the deadline.', 'meet'));
    assert.ok(code('Freedonia met the demands of Sylvania.').some((e) => e.event === 'CONCEDE'));
  });
  it('codes no SUPPORT for signing a statement, no AGREE for accepting imports', () => {
    assert.ok(!has('Freedonia signed a statement on Monday.', 'signed'));
    assert.ok(!has('Freedonia will not accept Sylvania imports.', 'accept'));
  });
  it('codes no ASSAULT for feeling targeted, nor for engaging a company to convince it', () => {
    assert.ok(!has('Freedonia minorities feel more targeted than ever.', 'targeted'));
    assert.ok(!has('Freedonia will engage Sylvania Airways and convince them to fly.', 'engage'));
  });
  it('codes "loosened restrictions" as CONCEDE, "loosen the reins" as nothing', () => {
    assert.ok(code('Freedonia loosened restrictions on travel.').some((e) => e.event === 'CONCEDE'));
    assert.ok(!has('Freedonia is content to loosen the reins.', 'loosen'));
  });
  it('codes breaching an agreement as REJECT, breaching a minefield as nothing', () => {
    assert.ok(code('Freedonia breached the agreement with Sylvania.').some((e) => e.event === 'REJECT'));
    assert.ok(!has('Freedonia marines breached mine fields along the lines.', 'breached'));
  });
  it('codes allocating aid as AID, allocating funds to build a museum as nothing', () => {
    assert.ok(code('Freedonia allocated emergency aid to Sylvania.').some((e) => e.event === 'AID'));
    assert.ok(!has('Freedonia allocated funds to help build a museum.', 'allocated'));
  });
});

describe('lexicon: papers handed in, money withdrawn, cuts that are injuries', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no CONCEDE for submitting documentation or bids', () => {
    assert.ok(!has('Freedonia failed to submit adequate documentation for its registration.', 'submit'));
    assert.ok(!has('Freedonia will allow firms to submit revised bids.', 'submit'));
  });
  it('codes no RETREAT for withdrawing a pension, RETREAT for withdrawing from Sylvania', () => {
    assert.ok(!has('The woman continued withdrawing her monthly pension from Freedonia.', 'withdrawing'));
    assert.ok(code('Freedonia withdrew from Sylvania.').some((e) => e.event === 'RETREAT'));
  });
  it('codes no SANCTION for a lip cut in a blast, SANCTION for cutting ties', () => {
    assert.ok(!has('The Freedonia ambassador was cut on her lip in the blast.', 'cut'));
    assert.ok(code('Freedonia cut ties with Sylvania.').some((e) => e.event === 'SANCTION'));
  });
});

describe('lexicon: signing domestic acts, "said it must"', () => {
  it('codes no SUPPORT for an executive order signed by a mayor, SUPPORT for signing an agreement', () => {
    assert.ok(!code('The Freedonia order was signed by the mayor.').some((e) => e.event === 'SUPPORT'));
    assert.ok(code('Freedonia signed an agreement with Sylvania.').some((e) => e.event === 'SUPPORT'));
  });
  it('codes no REQUEST for "Freedonia said it must adopt countermeasures", one for "Freedonia said Sylvania must withdraw"', () => {
    assert.ok(!code('Freedonia said it must adopt new countermeasures.').some((e) => e.event === 'REQUEST'));
    assert.ok(code('Freedonia said Sylvania must withdraw.').some((e) => e.event === 'REQUEST'));
  });
});

describe('lexicon: figures of speech and other senses of force words', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no ASSAULT for striking a blow for a principle, winding up a speech, ad targeting or capturing methane', () => {
    assert.ok(!has('Freedonia is striking a blow for the principle.', 'striking'));
    assert.ok(!has('The Freedonia leader wound up his speech.', 'wound'));
    assert.ok(!has('Freedonia users can turn off ad targeting.', 'targeting'));
    assert.ok(!has('The Freedonia rule forced companies to capture methane gas.', 'capture'));
  });
  it("codes no ASSAULT for abusing one's power, ASSAULT for abusing prisoners", () => {
    assert.ok(!has('The Freedonia president abused the power given to her.', 'abused'));
    assert.ok(code('Freedonia soldiers abused Sylvania prisoners.').some((e) => e.event === 'ASSAULT'));
  });
  it('codes signalling willingness as AGREE, signalling a forecast as nothing', () => {
    assert.ok(code('Freedonia signaled its willingness to negotiate with Sylvania.').some((e) => e.event === 'AGREE'));
    assert.ok(!has('Freedonia signaled that the economy would slow.', 'signaled'));
  });
});

describe('lexicon: meeting a challenge', () => {
  it('codes no CONSULT for "Freedonia cannot meet the challenges of the region"', () => {
    assert.ok(!code('Freedonia cannot meet the challenges of the region.').some((e) => e.eventText === 'meet'));
  });
});

describe('lexicon: ruling, welcoming, coordinating and competing in other senses', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no REJECT for "rule 21 out of 29 states" or doctors ruling out a donor, REJECT for ruling out talks', () => {
    assert.ok(!has('Freedonia parties rule 21 out of 29 states.', 'rule'));
    assert.ok(!has('Freedonia doctors have ruled out his wife as a donor.', 'ruled'));
    assert.ok(code('Freedonia ruled out talks with Sylvania.').some((e) => e.event === 'REJECT'));
  });
  it('keeps "walked out of the talks" (an adjacent "out of")', () => {
    assert.ok(has('Freedonia delegates walked out of the talks.', 'walked out'));
  });
  it('codes no SUPPORT for welcoming job figures or coordinating sessions, SUPPORT for coordinating with a party', () => {
    assert.ok(!has('The Freedonia president welcomed the job figures.', 'welcomed'));
    assert.ok(!has('The sessions were coordinated by the Freedonia ministry.', 'coordinated'));
    assert.ok(has('Freedonia coordinated with Sylvania on the offensive.', 'coordinated'));
  });
  it('codes no ACCUSE for companies that compete', () => {
    assert.ok(!has('Freedonia Rail will compete with Sylvania airlines.', 'compete'));
  });
});

describe('lexicon: charges, warrants, anonymity and appeals to the public', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no ACCUSE for charging inspectors with verifying, ACCUSE for charging a man with resisting arrest', () => {
    assert.ok(!has('Freedonia has charged the inspectors with verifying the data.', 'charged'));
    assert.ok(code('Freedonia charged Sylvania with resisting inspections.').some((e) => e.event === 'ACCUSE'));
  });
  it('codes no REQUEST for requesting anonymity or asking the public to be on the lookout', () => {
    assert.ok(!has('Both Freedonia officials requested anonymity.', 'requested'));
    assert.ok(!has('Freedonia police are asking the public to be on the lookout.', 'asking'));
  });
  it('codes pressing charges as ACCUSE and issuing a warrant as COERCE arrest', () => {
    assert.ok(code('Freedonia pressed charges against Sylvania.').some((e) => e.event === 'ACCUSE'));
    assert.ok(code('Freedonia issued a warrant for Sylvania officials.').some((e) => e.event === 'COERCE'));
  });
});

describe('lexicon: trade, purchases and results are no cooperation or concession', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no event for imports, a purchased stake, a boosted holding or clues a rifle may yield', () => {
    assert.ok(!has('Freedonia imports about three-quarters of its food.', 'imports'));
    assert.ok(!has('The Freedonia firm buys a stake in a bank.', 'buys'));
    assert.ok(!has('The Freedonia firm received clearance to boost its holding.', 'boost'));
    assert.ok(!has('The rifle may yield important clues for Freedonia investigators.', 'yield'));
  });
  it('keeps "Freedonia and Sylvania agreed to boost relations" an agreement', () => {
    assert.ok(code('Freedonia and Sylvania agreed to boost relations.').some((e) => e.event === 'AGREE'));
  });
  it('codes no CONCEDE for quantitative easing, no RETREAT for withdrawing dollars from an account', () => {
    assert.ok(!has('The Freedonia central bank will wind down its quantitative easing programme.', 'easing'));
    assert.ok(!has('The Freedonia woman withdrew $1,273.80 from her personal bank account.', 'withdrew'));
  });
});

describe('lexicon: halts and suspensions that reduce no relations', () => {
  const has = (text: string, word: string) => code(text).some((e) => e.eventText.includes(word));
  it('codes no SANCTION for a bank halting withdrawals, a judge halting a rule or markets suspending trading', () => {
    assert.ok(!has('The largest Freedonia bank halted withdrawals from three funds.', 'halted'));
    assert.ok(!has('A Freedonia judge has halted the clean-air rule.', 'halted'));
    assert.ok(!has('Freedonia stock markets suspended trading.', 'suspended'));
  });
  it('keeps "Freedonia halted aid to Sylvania" a SANCTION', () => {
    assert.ok(code('Freedonia halted aid to Sylvania.').some((e) => e.event === 'SANCTION'));
  });
});

describe('lexicon: withdrawals from funds', () => {
  it('codes no RETREAT for withdrawals from investment funds', () => {
    const evs = code('The Freedonia bank halted withdrawals from three large investment funds.');
    assert.ok(!evs.some((e) => e.event === 'RETREAT'), evs.map((e) => e.event).join(','));
  });
});

describe('trigger detection: phrasal verbs keep their own sense', () => {
  it('codes no air attack for "Freedonia\'s bombers may drop out of the exercise" (not "drop" bombs)', () => {
    const evs = code("Freedonia's bombers may drop out of the exercise.");
    assertNoEvent(evs, (e) => e.event === 'ASSAULT' || e.event === 'THREATEN');
  });
});

describe('agreeing with a view or an argument is an opinion, no agreement', () => {
  const coded = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes no AGREE for "the judge agreed with Freedonia\'s defence", an AGREE for "agreed with Sylvania on a truce"', () => {
    assertNoEvent(
      coded("The judge agreed with Freedonia's defence that the logo was not used."),
      (e) => e.event === 'AGREE',
    );
    assertNoEvent(coded('Freedonia agreed with the assessment of the minister.'), (e) => e.event === 'AGREE');
    assertSomeEvent(coded('Freedonia agreed with Sylvania on a truce.'), (e) => e.event === 'AGREE');
    assertSomeEvent(coded("Freedonia agreed with Sylvania's proposal for a truce."), (e) => e.event === 'AGREE');
  });
});

describe('a seller in talks with buyers consults no party', () => {
  const coded = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes no CONSULT for "Freedonia is continuing talks with potential buyers", CONSULT for "talks with Sylvania"', () => {
    assertNoEvent(
      coded('Freedonia is continuing talks with potential buyers of its units.'),
      (e) => e.event === 'CONSULT',
    );
    assertSomeEvent(coded('Freedonia is continuing talks with Sylvania.'), (e) => e.event === 'CONSULT');
  });
});

describe('providing a service is a trade, no aid', () => {
  const coded = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes no AID for "Freedonia was just providing a service", AID for "Freedonia is providing food to Sylvania"', () => {
    assertNoEvent(coded('Freedonia was just providing a service to parents.'), (e) => e.event === 'AID');
    assertSomeEvent(coded('Freedonia is providing food to Sylvania.'), (e) => e.event === 'AID');
  });
});

describe('trigger detection: a noun after a name is no verb when it heads its own noun phrase', () => {
  const coded = (text: string, parse: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;
  it('codes no arrest for "Reporters who languish in Freedonia jails were freed"', () => {
    const evs = coded('Reporters who languish in Freedonia jails were freed.', [
      '8 nsubj:pass NOUN reporter NNS',
      '3 nsubj PRON who WP',
      '1 acl:relcl VERB languish VBP',
      '6 case ADP in IN',
      '6 compound PROPN Freedonia NNP',
      '3 obl NOUN jail NNS',
      '8 aux:pass AUX be VBD',
      '0 root VERB free VBN',
      '8 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'jails');
  });
  it('codes no cooperation for "Soybeans are the biggest Freedonia export to Sylvania"', () => {
    const evs = coded('Soybeans are the biggest Freedonia export to Sylvania.', [
      '6 nsubj NOUN soybeans NNS',
      '6 cop AUX be VBP',
      '6 det DET the DT',
      '6 amod ADJ big JJS',
      '6 compound PROPN Freedonia NNP',
      '0 root NOUN export NN',
      '8 case ADP to IN',
      '6 nmod PROPN Sylvania NNP',
      '6 punct PUNCT . .',
    ]);
    assertNoEvent(evs, (e) => e.eventText === 'export');
  });
});

describe('trigger detection: a capitalised word after a conjunction is a name', () => {
  it('codes no attack for "The top sellers were Freedonia Books and Target at 6 percent each"', () => {
    const evs = codeEvents(
      fixtureDoc('The top sellers were Freedonia Books and Target at 6 percent each.', {
        mentions: M,
        published: '2020-05-01',
        parse: [
          '3 det DET the DT',
          '3 amod ADJ top JJ',
          '6 nsubj NOUN seller NNS',
          '6 cop AUX be VBD',
          '6 compound PROPN Freedonia NNP',
          '0 root PROPN Books NNP',
          '8 cc CCONJ and CC',
          '6 conj VERB target VB',
          '11 case ADP at IN',
          '11 nummod NUM 6 CD',
          '8 obl NOUN percent NN',
          '11 advmod ADV each RB',
          '6 punct PUNCT . .',
        ],
      }),
      lex,
    ).events;
    assertNoEvent(evs, (e) => e.eventText === 'Target');
  });
});
