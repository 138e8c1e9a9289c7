import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { addLayer } from '../../core/document.js';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { explainEvent } from './explain.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ...STATES,
  ['the Freedonian army', 'FRE', 'MIL'],
  ['Freedonian', 'FRE', null],
  ['rebels', null, 'REB'],
  ['police', null, 'COP'],
  ['protesters', null, 'CVL'],
];
const code = (text: string, published = '2020-05-01', parse?: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published, ...(parse ? { parse } : {}) }), lex);
const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);
const one = (evs: Event[], type: string): Event => {
  const e = evs.find((x) => x.event === type);
  assert.ok(e, `no ${type} in ${evs.map((x) => x.event).join(',')}`);
  return e;
};

describe('event coding: types and arguments', () => {
  it('codes a transitive verb with subject as actor and object as recipient', () => {
    const e = one(code('Freedonia attacked Sylvania on Monday.').events, 'ASSAULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.equal(e.status, 'asserted');
    assert.equal(e.cameo?.slice(0, 2), '19');
    assert.equal(e.quadClass, 4);
    assert.equal(typeof e.goldstein, 'number');
  });
  it('keeps compound actors as one list', () => {
    const e = one(code('Freedonia and Sylvania condemned Ruritania.').events, 'ACCUSE');
    assert.deepEqual(codes(e.actor), ['FRE', 'SYL']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
  it('takes the passive agent as actor and the passive subject as recipient', () => {
    const e = one(code('Sylvania was attacked by Freedonia.').events, 'ASSAULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('finds the recipient after a frame preposition', () => {
    const e = one(code('Freedonia suspended military aid to Sylvania.').events, 'SANCTION');
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.ok(!code('Freedonia suspended military aid to Sylvania.').events.some((x) => x.event === 'AID'));
  });
  it('codes a nominal event with a possessive actor and an "against" recipient', () => {
    const e = one(code("Freedonia's attack against Sylvania angered many.").events, 'ASSAULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('codes a nominal event with a "with" recipient', () => {
    const e = one(code("Freedonia's dialogue with Sylvania continues.").events, 'CONSULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('gives no recipient rather than a wrong one when the frame has none', () => {
    const e = one(code('Freedonia rejected the proposal.').events, 'REJECT');
    assert.deepEqual(e.recipient, []);
  });
  it('uses a sector for generic actors without a country', () => {
    const e = one(code('Police arrested 20 protesters in the capital.').events, 'COERCE');
    assert.deepEqual(codes(e.actor), ['COP']);
    assert.deepEqual(codes(e.recipient), ['CVL']);
  });
  it('uses the parse when there is one: subject and object from dependencies', () => {
    // Freedonia strongly criticized Sylvania .
    const parse = ['3 nsubj PROPN', '3 advmod ADV', '0 root VERB criticize', '3 obj PROPN', '3 punct PUNCT'];
    const e = one(code('Freedonia strongly criticized Sylvania.', '2020-05-01', parse).events, 'ACCUSE');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.ok(e.explain?.some((x) => x.includes('actor = subject')));
  });
});

describe('event coding: status', () => {
  it('marks an accusation asserted and what it alleges claimed', () => {
    const { events } = code('Freedonia and Ruritania accuse Sylvania of supporting the rebels.');
    const acc = one(events, 'ACCUSE');
    assert.equal(acc.status, 'asserted');
    assert.deepEqual(codes(acc.actor), ['FRE', 'RUR']);
    assert.deepEqual(codes(acc.recipient), ['SYL']);
    const sup = events.find((e) => e.event === 'SUPPORT');
    if (sup) {
      assert.equal(sup.status, 'claimed');
      assert.deepEqual(codes(sup.actor), ['SYL']);
      assert.equal(sup.attributedTo?.code, 'FRE');
    }
  });
  it('marks a denial asserted REJECT and the denied act denied', () => {
    const { events } = code('Sylvania denies it attacked the rebels.');
    const rej = one(events, 'REJECT');
    assert.equal(rej.status, 'asserted');
    assert.deepEqual(codes(rej.actor), ['SYL']);
    const a = events.find((e) => e.event === 'ASSAULT');
    assert.ok(a, 'the denied attack is coded');
    assert.equal(a.status, 'denied');
  });
  it('never outputs a claimed or denied act as asserted', () => {
    const { events } = code('Osterlich rejects allegations of arming the rebels.');
    for (const e of events.filter((x) => x.event === 'AID')) assert.notEqual(e.status, 'asserted');
  });
  it('marks negation', () => {
    assert.equal(one(code('Freedonia did not attack Sylvania.').events, 'ASSAULT').status, 'negated');
  });
  it('marks vows, plans and "will" as intended, coding intended force as THREATEN', () => {
    const e = code('Freedonia vowed to attack Sylvania.').events;
    assert.ok(e.length >= 1);
    const f = one(code('Freedonia will attack Sylvania.').events, 'THREATEN');
    assert.equal(f.status, 'intended');
    const g = one(code('Freedonia plans to send aid to Sylvania.').events, 'AGREE');
    assert.equal(g.status, 'intended');
  });
  it('marks an if-clause hypothetical', () => {
    const { events } = code('If Freedonia attacks Sylvania, the region will suffer.');
    assert.equal(one(events, 'ASSAULT').status, 'hypothetical');
  });
  it('marks dated background as historical', () => {
    const { events } = code('Freedonia and Sylvania held joint military drills in 2016 and 2017.', '2018-02-09');
    const e = one(events, 'COOPERATE');
    assert.equal(e.status, 'historical');
  });
  it('does not code the complement of an event verb apart', () => {
    const { events } = code('Freedonia threatened to attack Sylvania.');
    assert.deepEqual(
      events.map((e) => e.event),
      ['THREATEN'],
    );
  });
});

describe('speakers, quotes, claims, context, explanations', () => {
  it('attributes an event to the speaker of a trailing "X said"', () => {
    const { events, quotes } = code('Freedonia attacked rebel bases, the Freedonian army said Thursday.');
    const e = one(events, 'ASSAULT');
    assert.equal(e.attributedTo?.sector, 'MIL');
    assert.equal(quotes.length, 1);
    const q = quotes[0];
    assert.ok(q);
    assert.equal(q.speaker?.code, 'FRE');
  });
  it('finds indirect speech after "X said"', () => {
    const text = 'Freedonia said Sylvania had violated the border.';
    const { quotes } = code(text);
    const q = quotes[0];
    assert.ok(q);
    assert.equal(text.slice(q.content.start, q.content.end), 'Sylvania had violated the border');
    assert.equal(text.slice(q.cue.start, q.cue.end), 'said');
  });
  it('links an accusation to the later denial of the accused as a claim', () => {
    const { claims } = code('Freedonia accuses Sylvania of arming the rebels. Sylvania rejects the charges as rumors.');
    assert.equal(claims.length, 1);
    const c = claims[0];
    assert.ok(c);
    assert.deepEqual(codes(c.claimant), ['FRE']);
    assert.deepEqual(codes(c.accused), ['SYL']);
    assert.equal(c.responses[0]?.stance, 'reject');
    assert.ok(c.key?.startsWith('FRE>SYL'));
  });
  it('gives events a context from the sentence cues', () => {
    const e = one(code('Freedonia accused Sylvania of harbouring terrorists.').events, 'ACCUSE');
    assert.ok(e.context.includes('terrorism'));
  });
  it('explains why an event was coded', () => {
    const e = one(code('Freedonia attacked Sylvania.').events, 'ASSAULT');
    assert.ok(e.explain?.some((x) => x.startsWith('lexicon core:verb:attack')));
    assert.match(explainEvent(e), /trigger\s+«attacked»/);
  });
  it('gives ids, trigger spans and sentence indexes that point into the text', () => {
    const text = 'Freedonia met Sylvania. Ruritania attacked Osterlich.';
    const { events } = code(text);
    assert.deepEqual(
      events.map((e) => e.id),
      ['fx:e1', 'fx:e2'],
    );
    const e2 = events[1];
    assert.ok(e2);
    assert.equal(text.slice(e2.trigger.start, e2.trigger.end), 'attacked');
    assert.equal(e2.sentence, 1);
  });
});

describe('event coding: PLOVER conventions and frames', () => {
  it('codes a reported demand "X said Y must …" as REQUEST by X to Y', () => {
    const { events } = code('Freedonia said Sylvania must withdraw its troops.');
    const e = one(events, 'REQUEST');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.ok(!events.some((x) => x.event === 'RETREAT'), 'the demanded withdrawal is not coded apart');
  });
  it('codes "will not accept" as a REJECT', () => {
    const e = one(code('Freedonia will not accept the offer from Sylvania.').events, 'REJECT');
    assert.equal(e.status, 'asserted');
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
  it('lets a light verb yield to its event noun: "imposed sanctions on" is SANCTION', () => {
    const { events } = code('Freedonia imposed sanctions on Sylvania.');
    const e = one(events, 'SANCTION');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.ok(!events.some((x) => x.event === 'COERCE'));
  });
  it('gives a verb after "and" the subject it shares with the first verb', () => {
    const { events } = code('Osterlich praised the plan, and rejects the proposal from Sylvania.');
    const e = one(events, 'REJECT');
    assert.deepEqual(codes(e.actor), ['OST']);
  });
  it('takes the recipient from the complement an event swallowed', () => {
    const e = one(code('Freedonia agreed to provide aid to Sylvania.').events, 'AGREE');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('codes "warned that X is …" as an accusation of X', () => {
    const e = one(code('Freedonia warned that Sylvania is arming the rebels.').events, 'ACCUSE');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes the accused of "alleged that X …" as recipient', () => {
    const e = one(code('Freedonia alleged that Sylvania is moving troops to the border.').events, 'ACCUSE');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('does not mark the content of a rejected request as denied', () => {
    const { events } = code('Freedonia rejected a request to investigate the rebels.');
    assert.ok(!events.some((x) => x.status === 'denied'));
  });
});

describe('claims ledger and quotes', () => {
  it('opens a claim with an unknown claimant for a denial that answers no accusation in the text', () => {
    const { claims } = code('Sylvania denies it harbors rebels.');
    const c = claims[0];
    assert.ok(c);
    assert.deepEqual(c.claimant, []);
    assert.deepEqual(codes(c.accused), ['SYL']);
    assert.equal(c.responses[0]?.stance, 'deny');
  });
  it('attaches a confirmation or rejection only to claims against the responder', () => {
    const { claims } = code('Freedonia accuses Sylvania of attacking the rebels. Ruritania rejects the report.');
    assert.equal(claims[0]?.responses.length, 0);
  });
  it('finds the source of "according to X"', () => {
    const text = 'Sylvania moved troops to the border, according to Freedonia.';
    const { quotes } = code(text);
    const q = quotes[0];
    assert.ok(q);
    assert.equal(q.speaker?.code, 'FRE');
    assert.equal(text.slice(q.content.start, q.content.end), 'Sylvania moved troops to the border');
  });
});

describe('event coding: merging and answering', () => {
  it('merges an event noun with the same-type verb it is the subject of', () => {
    const { events } = code("Freedonia's airstrikes are targeting rebel camps near Sylvania, officials said.");
    const a = events.filter((e) => e.event === 'ASSAULT');
    assert.equal(a.length, 1);
    assert.deepEqual(codes(a[0]?.actor ?? []), ['FRE']);
  });
  it('takes the author of the latest pressure as the claimant a denial answers', () => {
    const { claims } = code('Freedonia imposed sanctions on Sylvania. Sylvania denies it harbors rebels.');
    const c = claims.find((x) => x.responses.some((r) => r.stance === 'deny'));
    assert.ok(c);
    assert.deepEqual(codes(c.claimant), ['FRE']);
    assert.deepEqual(codes(c.accused), ['SYL']);
  });
  it('makes the subject of "came under pressure" the recipient', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB come',
      '5 case ADP',
      '5 amod ADJ',
      '2 obl NOUN pressure',
      '2 punct PUNCT',
    ];
    const e = one(code('Sylvania came under Freedonian pressure.', '2020-05-01', parse).events, 'REQUEST');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('claims ledger: several accusations', () => {
  it('attaches one rejection to every recent accusation against the responder', () => {
    const { claims } = code(
      'Freedonia accuses Sylvania of arming the rebels. Ruritania also alleged that Sylvania is moving troops. Sylvania rejects the charges.',
    );
    const against = claims.filter((c) => codes(c.accused).includes('SYL'));
    assert.equal(against.length, 2);
    for (const c of against) assert.equal(c.responses[0]?.stance, 'reject');
  });
  it('states the proposition of "accuse X of Y" without the accused', () => {
    const { claims } = code('Freedonia accuses Sylvania of arming the rebels.');
    assert.equal(claims[0]?.proposition, 'arming the rebels');
  });
});

describe('generic actors', () => {
  it('gives a generic actor the country of the demonym right before it', () => {
    const { events } = codeEvents(
      fixtureDoc('Angry Sylvanian workers blocked the bridge.', {
        mentions: [
          ['Sylvanian', 'SYL', null],
          ['workers', null, 'LAB'],
        ],
      }),
      lex,
    );
    const e = one(events, 'PROTEST');
    assert.equal(e.actor[0]?.code, 'SYL');
    assert.equal(e.actor[0]?.sector, 'LAB');
  });
});

describe('possible acts of force', () => {
  it('codes "may attack" as a THREATEN but an act in an if-clause as hypothetical', () => {
    assert.equal(one(code('Freedonia may attack Sylvania.').events, 'THREATEN').status, 'asserted');
    assert.equal(one(code('If Freedonia attacks Sylvania, talks will end.').events, 'ASSAULT').status, 'hypothetical');
  });
});

describe('direct quotes across sentences', () => {
  it('attributes a quotation to the short "X said." sentence after it', () => {
    const text = '“We will not give up the border.”\nFreedonia said.';
    const { quotes } = code(text);
    const q = quotes.find((x) => x.speaker?.code === 'FRE');
    assert.ok(q, JSON.stringify(quotes));
    assert.match(text.slice(q.content.start, q.content.end), /^We will not give up the border/);
  });
});

describe('events need an actor', () => {
  it('does not code an event whose actor is unknown unless asked to', () => {
    const doc = fixtureDoc('Unknown gunmen attacked Sylvania.', { mentions: [['Sylvania', 'SYL', 'GOV']] });
    assert.equal(codeEvents(doc, lex).events.length, 0);
    const e = one(codeEvents(doc, lex, { actorless: true }).events, 'ASSAULT');
    assert.deepEqual(e.actor, []);
  });
});

describe('places as recipients', () => {
  const withPlace = (text: string, place: string, country: string) => {
    const doc = fixtureDoc(text, { mentions: M });
    const start = text.indexOf(place);
    return addLayer(doc, 'places', [
      {
        text: place,
        start,
        end: start + place.length,
        name: place,
        country,
        admin1: null,
        lat: null,
        lon: null,
        geonameid: null,
        feature: 'city',
      },
    ]);
  };
  it('takes the country of the place an attack is carried out in as its recipient', () => {
    const e = one(
      codeEvents(withPlace('Freedonia shelled villages in Grand Fenwick.', 'Grand Fenwick', 'GFW'), lex).events,
      'ASSAULT',
    );
    assert.deepEqual(codes(e.recipient), ['GFW']);
    assert.match((e.explain ?? []).join(' '), /place "Grand Fenwick"/);
  });
  it('directs a protest with no named target at the country where it happens', () => {
    const doc = withPlace('Protesters in Fenwick City blocked a road.', 'Fenwick City', 'GFW');
    const e = one(codeEvents(doc, lex).events, 'PROTEST');
    assert.deepEqual(codes(e.recipient), ['GFW']);
  });
  it('gives generic victims the country of the place of the attack', () => {
    const doc = withPlace('Freedonia shelled protesters in Grand Fenwick.', 'Grand Fenwick', 'GFW');
    const e = one(codeEvents(doc, lex).events, 'ASSAULT');
    assert.equal(e.recipient[0]?.code, 'GFW');
    assert.equal(e.recipient[0]?.sector, 'CVL');
  });
  it('gives generic attackers with no country the country of the place of the act', () => {
    const doc = withPlace('Police shelled Sylvania in Grand Fenwick.', 'Grand Fenwick', 'GFW');
    const e = one(codeEvents(doc, lex).events, 'ASSAULT');
    assert.equal(e.actor[0]?.code, 'GFW');
    assert.equal(e.actor[0]?.sector, 'COP');
  });
  it('does not take a place from another clause', () => {
    const doc = withPlace('Freedonia shelled villages, officials in Grand Fenwick said.', 'Grand Fenwick', 'GFW');
    const e = one(codeEvents(doc, lex).events, 'ASSAULT');
    assert.deepEqual(e.recipient, []);
  });
});

describe('reciprocal acts', () => {
  it('codes "A, B, and C met" as a meeting of each with each other, even when the parse splits the subject', () => {
    const parse = [
      '7 nsubj PROPN',
      '3 punct PUNCT',
      '1 conj PROPN',
      '7 punct PUNCT',
      '7 cc CCONJ',
      '7 nsubj PROPN',
      '0 root VERB meet',
      '7 obl:unmarked NOUN',
      '7 punct PUNCT',
    ];
    const evs = code('Freedonia, Sylvania, and Ruritania met yesterday.', '2020-05-01', parse).events.filter(
      (e) => e.event === 'CONSULT',
    );
    const pairs = evs.map((e) => `${codes(e.actor).join('+')}>${codes(e.recipient).join('+')}`).sort();
    assert.deepEqual(pairs, ['FRE>RUR', 'FRE>SYL', 'RUR>FRE', 'RUR>SYL', 'SYL>FRE', 'SYL>RUR']);
    assert.equal(new Set(evs.map((e) => e.id)).size, 6);
  });
  it('keeps a one-way visit with a named recipient as one event', () => {
    const evs = code('Freedonia and Sylvania met Ruritania.').events.filter((e) => e.event === 'CONSULT');
    assert.equal(evs.length, 1);
    assert.deepEqual(codes(evs[0]?.recipient ?? []), ['RUR']);
  });
});

describe('responses to proposals', () => {
  it('directs "rejected an offer from X" at the author of the offer', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB reject',
      '5 det DET',
      '5 amod ADJ',
      '2 obj NOUN offer',
      '7 case ADP',
      '5 nmod PROPN',
      '2 punct PUNCT',
    ];
    const e = one(code('Freedonia rejected a fresh offer from Sylvania.', '2020-05-01', parse).events, 'REJECT');
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.match((e.explain ?? []).join(' '), /author of the proposal/);
  });
});

describe('military exercises and alerts', () => {
  it("codes a single country's military exercises as MOBILIZE and joint ones as COOPERATE", () => {
    one(code('Freedonia is conducting military exercises near the border.').events, 'MOBILIZE');
    const evs = code('Freedonia held joint naval exercises with Sylvania.').events;
    assert.deepEqual(codes(one(evs, 'COOPERATE').recipient), ['SYL']);
    assert.equal(
      evs.some((e) => e.event === 'MOBILIZE'),
      false,
    );
  });
  it('takes the subject of "remained on alert" as the actor of the alert', () => {
    const parse = [
      '3 det DET',
      '3 amod ADJ',
      '4 nsubj NOUN',
      '0 root VERB remain',
      '6 case ADP',
      '4 obl NOUN alert',
      '4 punct PUNCT',
    ];
    const e = one(code('The Freedonian army remained on alert.', '2020-05-01', parse).events, 'MOBILIZE');
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
});

describe('resignations', () => {
  it("codes an official's resignation as RETREAT (PLOVER mode resign)", () => {
    const e = one(code('The Freedonian army chief resigned on Monday.').events, 'RETREAT');
    assert.equal(e.mode, 'resign');
  });
});

describe('conditional intentions', () => {
  it('codes "will withdraw … unless" as THREATEN but a plain "will provide" as AGREE', () => {
    const t = one(code('Freedonia will withdraw its troops from Sylvania unless Sylvania pays.').events, 'THREATEN');
    assert.deepEqual(codes(t.actor), ['FRE']);
    one(code('Freedonia will provide aid to Sylvania.').events, 'AGREE');
  });
});

describe('converse verbs', () => {
  it('codes "X received weapons from Y" as AID by Y to X, and nothing without a giver', () => {
    const e = one(code('The rebels received weapons from Freedonia.').events, 'AID');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['REB']);
    assert.equal(
      code('The rebels received weapons.').events.some((x) => x.event === 'AID'),
      false,
    );
  });
});

describe('warnings', () => {
  it('codes a warning of consequences as THREATEN and a warning that harm is being done as ACCUSE', () => {
    const t = one(code('Freedonia warned Sylvania of serious consequences.').events, 'THREATEN');
    assert.deepEqual(codes(t.recipient), ['SYL']);
    one(code('Freedonia warned that Sylvania is arming the rebels.').events, 'ACCUSE');
  });
});

describe('opening borders', () => {
  it('codes opening a border as RETREAT (allowing access)', () => {
    const e = one(code('Freedonia opened its border to refugees from Sylvania.').events, 'RETREAT');
    assert.equal(e.mode, 'access');
  });
});

describe('people fleeing', () => {
  it('makes the party fled from the actor, never the fleeing people', () => {
    const e = one(code('Protesters fled from the Freedonian army.').events, 'SANCTION');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['CVL']);
    assert.equal(code('Protesters fled the fighting.').events.length, 0);
  });
});

describe('participles mis-parsed as modifiers', () => {
  it('codes "had halted economic aid" as the verb\'s event even when the parse makes "halted" a modifier', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB have',
      '5 amod VERB halt',
      '5 amod ADJ',
      '2 obj NOUN aid',
      '7 case ADP',
      '5 nmod PROPN',
      '2 punct PUNCT',
    ];
    one(code('Freedonia had halted economic aid to Sylvania.', '2020-05-01', parse).events, 'SANCTION');
  });
});

describe('work stoppages', () => {
  it('codes "stopped work" as a PROTEST strike but not "stopped the convoy"', () => {
    assert.equal(one(code('Freedonian workers stopped work on Monday.').events, 'PROTEST').mode, 'boycott');
    assert.equal(
      code('Freedonia stopped the convoy.').events.some((e) => e.event === 'PROTEST'),
      false,
    );
  });
});

describe('acts undergone', () => {
  it('codes "X faces pressure from Y" as Y pressing X', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB face',
      '2 obj NOUN pressure',
      '5 case ADP',
      '2 obl PROPN',
      '2 punct PUNCT',
    ];
    const e = one(code('Freedonia faces pressure from Sylvania.', '2020-05-01', parse).events, 'REQUEST');
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.deepEqual(codes(e.recipient), ['FRE']);
  });
});

describe('content of demands', () => {
  it('codes "its demand that Y withdraw" as one REQUEST to Y, not a withdrawal', () => {
    const evs = code('Freedonia reiterated its demand that Sylvania withdraw its troops.').events;
    const e = one(evs, 'REQUEST');
    assert.deepEqual(codes(e.recipient), ['SYL']);
    assert.equal(
      evs.some((x) => x.event === 'RETREAT'),
      false,
    );
  });
});

describe('sending inspectors', () => {
  it('codes dispatching inspectors to a country as an investigation (ACCUSE investigate)', () => {
    const e = one(code('Freedonia dispatched inspectors to Sylvania.').events, 'ACCUSE');
    assert.equal(e.mode, 'investigate');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('volitional verbs', () => {
  it('codes "seeking to cooperate with Y" as an intent, not a request', () => {
    const evs = code('Freedonia is seeking to cooperate with Sylvania.').events;
    assert.equal(
      evs.some((e) => e.event === 'REQUEST'),
      false,
    );
    assert.equal(one(evs, 'AGREE').status, 'intended');
  });
});

describe('event coding: bombardments', () => {
  it('codes "bombarded" and "bombardment" as ASSAULT heavy-weapons (CAMEO 194)', () => {
    const e = one(code('The Freedonian army bombarded Sylvania overnight.').events, 'ASSAULT');
    assert.equal(e.cameo, '194');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
    const n = one(code("Freedonia's bombardment of Sylvania went on.").events, 'ASSAULT');
    assert.equal(n.cameo, '194');
    assert.deepEqual(codes(n.recipient), ['SYL']);
  });
});

describe('event coding: military pressure', () => {
  it('codes "military pressure" as COERCE, and a vow to escalate it as THREATEN (plain pressure stays REQUEST)', () => {
    const e = one(code('Freedonia kept up military pressure on Sylvania.').events, 'COERCE');
    assert.equal(e.cameo, '170');
    assert.deepEqual(codes(e.recipient), ['SYL']);
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB vow VBD',
      '4 mark PART',
      '2 xcomp VERB escalate VB',
      '6 amod ADJ military JJ',
      '4 obj NOUN pressure NN',
      '8 case ADP',
      '6 nmod PROPN',
      '2 punct PUNCT',
    ];
    const t = one(
      code('Freedonia vowed to escalate military pressure on Sylvania.', undefined, parse).events,
      'THREATEN',
    );
    assert.deepEqual(codes(t.actor), ['FRE']);
    assert.deepEqual(codes(t.recipient), ['SYL']);
    one(code('Freedonia kept up pressure on Sylvania.').events, 'REQUEST');
  });
});

describe('figurative senses of force and mobilisation verbs', () => {
  it('codes no seizure for "Freedonia will seize the opportunity to expand trade with Sylvania"', () => {
    const evs = code('Freedonia will seize the opportunity to expand trade with Sylvania.').events;
    assert.ok(!evs.some((e) => e.event === 'COERCE' || e.event === 'THREATEN'), evs.map((e) => e.event).join(','));
  });
  it('still codes "the rebels seized the town from the Freedonian army" as COERCE seize', () => {
    const e = one(code('The rebels seized the town from the Freedonian army.').events, 'COERCE');
    assert.equal(e.mode, 'seize');
  });
  it('codes no mobilisation for "Freedonia and Sylvania will reinforce their friendship"', () => {
    const evs = code('Freedonia and Sylvania will reinforce their friendship.').events;
    assert.ok(!evs.some((e) => e.event === 'MOBILIZE' || e.event === 'THREATEN'), evs.map((e) => e.event).join(','));
  });
  it('codes no assault for "Freedonia vowed to fight corruption"', () => {
    const evs = code('Freedonia vowed to fight corruption.').events;
    assert.ok(!evs.some((e) => e.event === 'ASSAULT' || e.event === 'THREATEN'), evs.map((e) => e.event).join(','));
  });
});

describe('signing that is no agreement', () => {
  it('codes no SUPPORT for "a letter signed by Freedonia"', () => {
    const evs = code('Sylvania read from a letter signed by Freedonia.').events;
    assert.ok(!evs.some((e) => e.event === 'SUPPORT'), evs.map((e) => e.event).join(','));
  });
  it('still codes "Freedonia signed a treaty with Sylvania" as SUPPORT', () => {
    const e = one(code('Freedonia signed a treaty with Sylvania.').events, 'SUPPORT');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('offers that are no offer to a party', () => {
  it('codes no AGREE for "an award offered by Freedonia for information"', () => {
    const evs = code('The reward comes on top of an award offered earlier by Freedonia for information.').events;
    assert.ok(!evs.some((e) => e.event === 'AGREE'), evs.map((e) => e.event).join(','));
  });
});
