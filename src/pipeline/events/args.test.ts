import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { eachState } from './args.js';
import {
  assertNoEvent,
  assertSomeEvent,
  type FixtureOptions,
  fixtureDoc,
  type MentionSpec,
  STATES,
} from './fixtures.js';
import { codeEvents } from './stage.js';
import { sentenceViews } from './view.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ...STATES,
  ['Freedonian troops', 'FRE', 'MIL'],
  ['rebels', null, 'REB'],
  ['police', null, 'COP'],
  ['protesters', null, 'CVL'],
  ['officials', null, 'GOV'],
];
const code = (text: string, opts: FixtureOptions = {}) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...opts }), lex).events;
const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);
/** No event of `evs` (with trigger `word`, if given) has `code` (a country or sector code) among its actors. */
const assertNoActor = (evs: Event[], code: string, word?: string): void =>
  assert.ok(
    !evs.some((e) => (word === undefined || e.eventText === word) && codes(e.actor).includes(code)),
    JSON.stringify(evs.map((e) => [e.eventText, codes(e.actor)])),
  );
const byText = (evs: Event[], word: string): Event => {
  const e = evs.find((x) => x.eventText === word);
  assert.ok(e, `no event "${word}" in ${evs.map((x) => x.eventText).join(', ')}`);
  return e;
};

const byType = (evs: Event[], type: string): Event => {
  const e = evs.find((x) => x.event === type);
  assert.ok(e, `no ${type} event in ${evs.map((x) => `${x.event}:${x.eventText}`).join(', ')}`);
  return e;
};

describe('event arguments: participles and passives', () => {
  it('does not make the noun a past participle modifies its actor ("the rebels accused of …")', () => {
    // The rebels accused of the attack fled .
    const parse = [
      '2 det DET',
      '7 nsubj NOUN rebel NNS',
      '2 acl VERB accuse VBN',
      '6 case ADP',
      '6 det DET',
      '3 obl NOUN attack NN',
      '0 root VERB flee VBD',
      '7 punct PUNCT',
    ];
    const evs = code('The rebels accused of the attack fled.', { parse });
    assert.ok(!evs.some((e) => e.event === 'ACCUSE' && codes(e.actor).includes('REB')));
  });
  it('gives a trailing participle clause the subject of its clause ("…, offering aid to Sylvania")', () => {
    // Freedonia held talks with Ruritania , offering aid to Sylvania .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB hold VBD',
      '2 obj NOUN talk NNS',
      '5 case ADP',
      '2 obl PROPN',
      '7 punct PUNCT',
      '2 advcl VERB offer VBG',
      '7 obj NOUN aid NN',
      '10 case ADP',
      '7 obl PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia held talks with Ruritania, offering aid to Sylvania.', { parse }), 'offering');
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
  it('gives a participle after a passive clause its agent ("was attacked by rebels, detaining …")', () => {
    // Sylvania was attacked by rebels , detaining ten protesters .
    const parse = [
      '3 nsubj:pass PROPN',
      '3 aux:pass AUX be VBD',
      '0 root VERB attack VBN',
      '5 case ADP',
      '3 obl NOUN rebel NNS',
      '7 punct PUNCT',
      '3 advcl VERB detain VBG',
      '9 nummod NUM',
      '7 obj NOUN protester NNS',
      '3 punct PUNCT',
    ];
    const evs = code('Sylvania was attacked by rebels, detaining ten protesters.', { parse });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['REB']);
    assert.ok(!evs.some((e) => codes(e.actor).includes('SYL')), 'the victim is never an actor');
  });
  it('reads a passive from its auxiliary even when the subject is not marked passive', () => {
    // Sylvania was attacked by Freedonia .
    const parse = [
      '3 nsubj PROPN',
      '3 aux:pass AUX be',
      '0 root VERB attack VBN',
      '5 case ADP',
      '3 obl PROPN',
      '3 punct',
    ];
    const e = byText(code('Sylvania was attacked by Freedonia.', { parse }), 'attacked');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('event arguments: named subjects with no actor', () => {
  it('takes no actor from a fronted phrase before an unresolved named subject ("In a debate against Sylvania, Smith condemned Ruritania")', () => {
    const parse = [
      '3 case ADP',
      '3 det DET',
      '8 obl NOUN debate NN',
      '5 case ADP',
      '3 nmod PROPN',
      '8 punct PUNCT',
      '8 nsubj PROPN Smith NNP',
      '0 root VERB condemn VBD',
      '8 obj PROPN',
      '8 punct PUNCT',
    ];
    const evs = code('In a debate against Sylvania, Smith condemned Ruritania.', { parse });
    assertNoActor(evs, 'SYL');
  });
  it('takes no actor from before a name the parse hangs on the fronted phrase ("In a debate against Sylvania, Smith condemned …")', () => {
    const parse = [
      '3 case ADP',
      '3 det DET',
      '8 obl NOUN debate NN',
      '5 case ADP',
      '3 nmod PROPN',
      '7 punct PUNCT',
      '5 appos PROPN Smith NNP',
      '0 root VERB condemn VBD',
      '8 obj PROPN',
      '8 punct PUNCT',
    ];
    const evs = code('In a debate against Sylvania, Smith condemned Ruritania.', { parse });
    assertNoActor(evs, 'SYL');
  });
  it('takes no actor for a conjunct clause from the first clause when it has a subject of its own ("Sylvania refused, and federal agents attacked …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB refuse VBD',
      '7 punct PUNCT',
      '7 cc CCONJ',
      '6 amod ADJ',
      '7 nsubj NOUN agent NNS',
      '2 conj VERB attack VBD',
      '7 obj PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Sylvania refused, and federal agents attacked Ruritania.', { parse });
    assertNoActor(evs, 'SYL', 'attacked');
  });
  it('does not give a bare conjunct right after a noun the subject of the first verb ("Sylvania wrote a letter after the committee condemned …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB write VBD',
      '4 det DET',
      '2 obj NOUN letter NN',
      '7 case ADP',
      '7 det DET',
      '4 nmod NOUN committee NN',
      '2 conj VERB condemn VBD',
      '8 obj PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Sylvania wrote a letter after the committee condemned Ruritania.', { parse });
    assertNoActor(evs, 'SYL', 'condemned');
  });
  it('does not believe a day name the parse makes a subject ("Sylvania issued a decree Monday condemned …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB issue VBD',
      '4 det DET',
      '2 obj NOUN decree NN',
      '6 nsubj PROPN Monday NNP',
      '2 ccomp VERB condemn VBD',
      '6 obj PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Sylvania issued a decree Monday condemned Ruritania.', { parse });
    assert.deepEqual(codes(byText(evs, 'condemned').actor), ['SYL']);
  });
  it('keeps a state inside the subject\'s own phrase as actor ("Sylvania\'s soldiers attacked Ruritania")', () => {
    const parse = [
      '3 nmod:poss PROPN',
      '1 case PART',
      '4 nsubj NOUN soldier NNS',
      '0 root VERB attack VBD',
      '4 obj PROPN',
      '4 punct PUNCT',
    ];
    const evs = code("Sylvania's soldiers attacked Ruritania.", { parse });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['SYL']);
  });
  it('takes no actor for a participle from a mention before the noun it modifies ("Sylvania faced a movement demanding …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB face VBD',
      '4 det DET',
      '2 obj NOUN movement NN',
      '4 acl VERB demand VBG',
      '8 nmod:poss PROPN',
      '6 case PART',
      '5 obj NOUN withdrawal NN',
      '2 punct PUNCT',
    ];
    const evs = code("Sylvania faced a movement demanding Ruritania's withdrawal.", { parse });
    assertNoActor(evs, 'SYL');
  });
  it('keeps the author of a text that demands ("Sylvania passed a resolution demanding …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB pass VBD',
      '4 det DET',
      '2 obj NOUN resolution NN',
      '4 acl VERB demand VBG',
      '8 nmod:poss PROPN',
      '6 case PART',
      '5 obj NOUN withdrawal NN',
      '2 punct PUNCT',
    ];
    const e = byText(code("Sylvania passed a resolution demanding Ruritania's withdrawal.", { parse }), 'demanding');
    assert.deepEqual(codes(e.actor), ['SYL']);
  });
  it('still takes the actor named right before the verb ("Sylvania condemned Ruritania")', () => {
    const parse = ['2 nsubj PROPN', '0 root VERB condemn VBD', '2 obj PROPN', '2 punct PUNCT'];
    const e = byText(code('Sylvania condemned Ruritania.', { parse }), 'condemned');
    assert.deepEqual(codes(e.actor), ['SYL']);
  });
});

describe('event arguments: coordination', () => {
  it('does not join a speaker after a comma to the recipient', () => {
    const e = byText(code('Freedonia seized weapons from rebels, Ruritania said.'), 'seized');
    assert.ok(!codes(e.recipient).includes('RUR'));
  });
  it('reads a list with a serial comma as one group ("A, B, and C met")', () => {
    const evs = code('Freedonia, Sylvania, and Ruritania met on Monday.').filter((e) => e.event === 'CONSULT');
    const pairs = evs.map((e) => `${codes(e.actor)}>${codes(e.recipient)}`).sort();
    assert.deepEqual(pairs, ['FRE>RUR', 'FRE>SYL', 'RUR>FRE', 'RUR>SYL', 'SYL>FRE', 'SYL>RUR']);
  });
  it('makes the intent of coordinated actors to cooperate mutual', () => {
    // Freedonia and Sylvania are seeking to deepen a partnership .
    const parse = [
      '5 nsubj PROPN',
      '3 cc CCONJ',
      '1 conj PROPN',
      '5 aux AUX be',
      '0 root VERB seek VBG',
      '7 mark PART',
      '5 xcomp VERB deepen VB',
      '9 det DET',
      '7 obj NOUN',
      '5 punct PUNCT',
    ];
    const evs = code('Freedonia and Sylvania are seeking to deepen a partnership.', { parse }).filter(
      (e) => e.event === 'AGREE',
    );
    const pairs = evs.map((e) => `${codes(e.actor)}>${codes(e.recipient)}`).sort();
    assert.deepEqual(pairs, ['FRE>SYL', 'SYL>FRE']);
  });
});

describe('event arguments: targets', () => {
  it('makes the party whose act is the condition of a threat its target ("unless Sylvania …")', () => {
    const e = byType(code('Freedonia threatened to cut ties unless Sylvania releases the prisoners.'), 'THREATEN');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('makes the "of" party of a nominal act of force its recipient ("a blockade of Sylvania")', () => {
    // Freedonia began a blockade of Sylvania .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB begin VBD',
      '4 det DET',
      '2 obj NOUN blockade NN',
      '6 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia began a blockade of Sylvania.', { parse }), 'blockade');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes the country of a place after a preposition and a regional adjective ("in northern Osterlich")', () => {
    // Freedonian troops remained on alert in northern Osterlich .
    const parse = [
      '2 amod ADJ',
      '3 nsubj NOUN troop NNS',
      '0 root VERB remain VBD',
      '5 case ADP',
      '3 obl NOUN',
      '8 case ADP',
      '8 amod ADJ',
      '3 obl PROPN',
      '3 punct PUNCT',
    ];
    const e = byType(
      code('Freedonian troops remained on alert in northern Osterlich.', {
        parse,
        places: [['Osterlich', 'OST']],
      }),
      'MOBILIZE',
    );
    assert.deepEqual(codes(e.recipient), ['OST']);
  });
});

describe('event arguments: shared subjects and meetings', () => {
  it('gives a participle after a comma the subject of the sentence ("…, killing ten police")', () => {
    const evs = code('Rebels shelled the capital of Sylvania on Sunday, killing ten police.');
    assert.ok(!evs.some((e) => codes(e.actor).includes('SYL')), 'the place shelled does not kill');
  });
  it('does not read conjuncts joined by commas alone as a list', () => {
    // Freedonia attacked protesters , police said .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB attack VBD',
      '2 obj NOUN protester NNS',
      '5 punct PUNCT',
      '3 conj NOUN police NNS',
      '2 parataxis VERB say VBD',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia attacked protesters, police said.', { parse }), 'attacked');
    assert.deepEqual(codes(e.recipient), ['CVL']);
  });
  it('codes a meeting "with" someone in both directions', () => {
    const pairs = code('Freedonia held talks with Sylvania on Monday.')
      .filter((e) => e.event === 'CONSULT')
      .map((e) => `${codes(e.actor)}>${codes(e.recipient)}`)
      .sort();
    assert.deepEqual(pairs, ['FRE>SYL', 'SYL>FRE']);
  });
  it('codes "met with" one way: the subject who met is the actor, not also the one met', () => {
    const pairs = code("Freedonia's envoy met with Sylvania on Monday.")
      .filter((e) => e.event === 'CONSULT')
      .map((e) => `${codes(e.actor)}>${codes(e.recipient)}`);
    assert.ok(!pairs.includes('SYL>FRE'), pairs.join(', '));
    assert.ok(pairs.includes('FRE>SYL'), pairs.join(', '));
  });
  it('does not reverse contacts or ties "with" someone', () => {
    const evs = code("Freedonia's contacts with Sylvania worried Ruritania.").filter((e) => e.event === 'CONSULT');
    assert.ok(!evs.some((e) => codes(e.actor).includes('SYL')));
  });
});

describe('event arguments: claims and conjoined passives', () => {
  it('codes claiming that someone attacked as an accusation of them ("Freedonia claimed that rebels attacked …")', () => {
    const evs = code('Freedonia claimed that rebels had attacked Sylvania.');
    const charge = evs.find((e) => e.event === 'ACCUSE');
    assert.ok(charge, evs.map((e) => `${e.event}:${e.status}`).join(','));
    assert.deepEqual(codes(charge.actor), ['FRE']);
    assert.deepEqual(codes(charge.recipient), ['REB']);
    assert.equal(charge.status, 'asserted');
    const attack = evs.find((e) => e.event === 'ASSAULT');
    assert.equal(attack?.status, 'claimed');
  });
  it('reads a conjoined verb with its own passive auxiliary as passive ("… and were released by Freedonia")', () => {
    // The protesters were detained and were released by Freedonia .
    const parse = [
      '2 det DET',
      '4 nsubj:pass NOUN protester NNS',
      '4 aux:pass AUX be VBD',
      '0 root VERB detain VBN',
      '7 cc CCONJ',
      '7 aux:pass AUX be VBD',
      '4 conj VERB release VBN',
      '9 case ADP',
      '7 obl PROPN',
      '4 punct PUNCT',
    ];
    const e = byText(code('The protesters were detained and were released by Freedonia.', { parse }), 'released');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['CVL']);
  });
});

describe('event arguments: countries of generic actors', () => {
  it('does not give a generic actor the country of the place its act is directed to', () => {
    // (a sentence naming one country only gives it to its generic actors, so another is named here)
    const e = byType(
      code('Senior officials agreed with Freedonia to send aid to Osterlich.', {
        places: [['Osterlich', 'OST']],
      }),
      'AGREE',
    );
    assert.ok(!e.actor.some((a) => a.code === 'OST'));
  });
  it('gives a generic actor the country of the place it acts in', () => {
    const e = byType(
      code('Police arrested ten protesters in Osterlich.', { places: [['Osterlich', 'OST']] }),
      'COERCE',
    );
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['OST'],
    );
  });
});

describe('event arguments: objects are not actors', () => {
  it('does not take the object of the verb before as the actor of the next ("killed ten police and wounded …")', () => {
    // A bomb killed ten police and wounded two protesters .
    const parse = [
      '2 det DET',
      '3 nsubj NOUN bomb NN',
      '0 root VERB kill VBD',
      '5 nummod NUM',
      '3 obj NOUN police NNS',
      '7 cc CCONJ',
      '3 conj VERB wound VBD',
      '9 nummod NUM',
      '7 obj NOUN protester NNS',
      '3 punct PUNCT',
    ];
    const evs = code('A bomb killed ten police and wounded two protesters.', { parse });
    assert.ok(!evs.some((e) => codes(e.actor).includes('COP')), evs.map((e) => codes(e.actor)).join(';'));
  });
});

describe('event arguments: conditions naming a place', () => {
  it('makes a country known only as a place the target of a conditional threat ("unless Osterlich …")', () => {
    const e = byType(
      code('Freedonia threatened to cut ties unless Osterlich releases the prisoners.', {
        places: [['Osterlich', 'OST']],
      }),
      'THREATEN',
    );
    assert.deepEqual(codes(e.recipient), ['OST']);
  });
});

describe('event arguments: targets of protests', () => {
  it('takes the party a protest is against from its purpose clause before the place of the protest', () => {
    const e = byType(
      code('Protesters in Osterlich blocked a road to show their anger at Freedonia.', {
        places: [['Osterlich', 'OST']],
      }),
      'PROTEST',
    );
    assert.deepEqual(codes(e.recipient), ['FRE']);
  });
});

describe('event arguments: coordinated verbs after a modal', () => {
  it('gives "… and will <verb>" the subject of the sentence, not the mention before "and"', () => {
    const e = byText(code('Freedonia condemned the talks with rebels and will attack Sylvania.'), 'attack');
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
});

describe('states named together', () => {
  it('gives one actor reference per state of "US and British activists"', () => {
    const m = {
      actorText: 'US and British activists',
      name: 'US and British activists',
      code: 'USA',
      sector: 'CVL',
      role: 'activist',
      id: null,
      start: 0,
      end: 24,
      memberCodes: ['USA', 'GBR'],
    };
    assert.deepEqual(
      eachState(m).map((r) => `${r.code}/${r.sector}`),
      ['USA/CVL', 'GBR/CVL'],
    );
  });
  it('gives one reference per party of "the two sides" resolved to the last two named', () => {
    const m = {
      actorText: 'the two sides',
      name: 'Freedonia and Sylvania',
      code: 'FRE',
      sector: null,
      role: null,
      id: null,
      start: 0,
      end: 13,
      members: [0, 1],
      memberCodes: ['FRE', 'SYL'],
    };
    assert.deepEqual(
      eachState(m).map((r) => r.code),
      ['FRE', 'SYL'],
    );
  });
  it('keeps a mention of one state as one reference', () => {
    const m = {
      actorText: 'Freedonia',
      name: 'Freedonia',
      code: 'FRE',
      sector: 'GOV',
      role: null,
      id: null,
      start: 0,
      end: 9,
    };
    assert.equal(eachState(m).length, 1);
  });
});

describe('recipients of responses and of nominal acts of force', () => {
  it('directs "agreed to a Ruritania proposal for talks with Osterlich" at the author of the proposal', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB agree',
      '6 case ADP',
      '6 det DET',
      '6 compound PROPN',
      '2 obl NOUN proposal',
      '8 case ADP',
      '6 nmod NOUN talk',
      '10 case ADP',
      '8 nmod PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Sylvania agreed to a Ruritania proposal for talks with Osterlich.', { parse }), 'agreed');
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
  it('gives "its blockade of Ruritania" the country of the place it is done to', () => {
    const evs = codeEvents(
      fixtureDoc('Sylvania tightened its blockade of Ruritania on Monday.', {
        mentions: [['Sylvania', 'SYL', 'GOV']],
        published: '2020-05-01',
        places: [['Ruritania', 'RUR']],
      }),
      lex,
    ).events;
    const e = byText(evs, 'blockade');
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
});

describe('recipients through the complement of an act', () => {
  it('directs "complained to Ruritania over Sylvania air raids" at the raiders, not the addressee', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB complain',
      '4 case ADP',
      '2 obl PROPN',
      '8 case ADP',
      '8 compound PROPN',
      '8 compound NOUN air',
      '2 obl NOUN raid',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia complained to Ruritania over Sylvania air raids.', { parse }), 'complained');
    assert.equal(e.event, 'ACCUSE');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes no recipient for "demanded a truce" from the adverbial clause after it ("before allowing …")', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB demand',
      '4 det DET',
      '2 obj NOUN truce',
      '6 mark SCONJ before',
      '2 advcl VERB allow VBG',
      '8 compound PROPN',
      '6 obj NOUN convoy',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia demanded a truce before allowing Ruritania convoys.', { parse }), 'demanded');
    assert.ok(!codes(e.recipient).includes('RUR'), codes(e.recipient).join(','));
  });
});

describe('accusations after the clause they report', () => {
  const parse = (mark: boolean) => [
    ...(mark ? ['3 mark SCONJ when'] : []),
    `${mark ? 3 : 2} nsubj PROPN`,
    `${mark ? 7 : 6} ${mark ? 'advcl' : 'ccomp'} VERB attack VBD`,
    `${mark ? 3 : 2} obj PROPN`,
    `${mark ? 3 : 2} punct PUNCT`,
    `${mark ? 7 : 6} nsubj PROPN`,
    '0 root VERB charge VBD',
    `${mark ? 7 : 6} punct PUNCT`,
  ];
  it('directs "Sylvania attacked Ruritania, Freedonia charged" at the subject of the fronted clause', () => {
    const e = byText(code('Sylvania attacked Ruritania, Freedonia charged.', { parse: parse(false) }), 'charged');
    assert.equal(e.event, 'ACCUSE');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes no recipient from an adverbial clause ("When Sylvania attacked Ruritania, Freedonia charged")', () => {
    const evs = code('When Sylvania attacked Ruritania, Freedonia charged.', { parse: parse(true) });
    assert.ok(!codes(byText(evs, 'charged').recipient).includes('SYL'));
  });
});

describe('subjects before an appositive (word order)', () => {
  it('takes "Ruritanian rebels", not Sylvania, as the actor of "…, a force backed by Sylvania, attacked"', () => {
    const mentions: MentionSpec[] = [...STATES, ['Ruritanian rebels', 'RUR', 'REB']];
    const evs = code('Ruritanian rebels, a force backed by Sylvania, attacked Freedonia.', { mentions });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['RUR']);
  });
  it('keeps an appositive that names the actor ("Jan Novak, the Sylvania envoy, criticized …")', () => {
    const mentions: MentionSpec[] = [...STATES, ['Jan Novak', null, null], ['the Sylvania envoy', 'SYL', 'GOV']];
    const evs = code('Jan Novak, the Sylvania envoy, criticized Freedonia.', { mentions });
    assert.deepEqual(codes(byText(evs, 'criticized').actor), ['SYL']);
  });
});

describe('generic actors from a named body', () => {
  it('codes "activists from the Zendan Front" by the front, and "a cell based in Zenda" by its place', () => {
    const mentions: MentionSpec[] = [
      ...STATES,
      ['activists', null, 'CVL'],
      ['a cell', null, 'INS'],
      ['the Zendan Front', 'ZND', 'REB'],
    ];
    const front = [
      '6 nsubj NOUN activist NNS',
      '5 case ADP',
      '5 det DET',
      '5 compound PROPN',
      '1 nmod PROPN',
      '0 root VERB attack VBD',
      '6 obj PROPN',
      '6 punct PUNCT',
    ];
    const evs = code('Activists from the Zendan Front attacked Freedonia.', { mentions, parse: front });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['ZND']);
    const parse = [
      '2 det DET',
      '6 nsubj NOUN cell NN',
      '2 acl VERB base VBN',
      '5 case ADP',
      '3 obl PROPN',
      '0 root VERB attack VBD',
      '6 obj PROPN',
      '9 case ADP',
      '6 obl PROPN',
      '6 punct PUNCT',
    ];
    const evs2 = code('A cell based in Zenda attacked Freedonia near Ostrava.', {
      mentions,
      parse,
      places: [
        ['Zenda', 'RUR'],
        ['Ostrava', 'OST'],
      ],
    });
    assert.deepEqual(codes(byText(evs2, 'attacked').actor), ['RUR']);
  });
});

describe('passives read as adjectives', () => {
  it('makes the subject of "were wounded" parsed as a copula and adjective the one acted on', () => {
    const parse = [
      '3 nummod NUM',
      '3 amod ADJ',
      '5 nsubj NOUN troop NNS',
      '5 cop AUX be VBD',
      '0 root ADJ wounded JJ',
      '5 punct PUNCT',
    ];
    const e = byText(code('Two Freedonian troops were wounded.', { parse }), 'wounded');
    assert.ok(!codes(e.actor).includes('FRE'), codes(e.actor).join(','));
    assert.deepEqual(codes(e.recipient), ['FRE']);
  });
});

describe("acts moving the actor's own people", () => {
  it('directs "Freedonia recalled its ambassador from Zenda" at the country left', () => {
    const evs = code('Freedonia recalled its ambassador from Zenda.', { places: [['Zenda', 'RUR']] });
    assert.deepEqual(codes(byText(evs, 'recalled').recipient), ['RUR']);
  });
});

describe('defiance of a rule', () => {
  it('directs "Freedonia violated a ban by Sylvania" at the author of the ban', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB violate VBN',
      '4 det DET',
      '2 obj NOUN ban NN',
      '6 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia violated a ban by Sylvania.', { parse }), 'violated');
    assert.equal(e.event, 'REJECT');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('denials of an accusation', () => {
  it('directs "Freedonia denied accusations by Sylvania" at the accuser', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB deny VBD',
      '2 obj NOUN accusation NNS',
      '5 case ADP',
      '3 nmod PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia denied accusations by Sylvania.', { parse }), 'denied');
    assert.equal(e.event, 'REJECT');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('demands of an unresolved party', () => {
  it('takes no recipient from "demanded that it cooperate with Sylvania" when "it" names no actor', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB demand VBD',
      '5 mark SCONJ that',
      '5 nsubj PRON it PRP',
      '2 ccomp VERB cooperate VB',
      '7 case ADP',
      '5 obl PROPN',
      '2 punct PUNCT',
    ];
    const e = byText(code('Freedonia demanded that it cooperate with Sylvania.', { parse }), 'demanded');
    assert.equal(e.event, 'REQUEST');
    assert.ok(!codes(e.recipient).includes('SYL'), codes(e.recipient).join(','));
  });
});

describe('recipients doing the act a demand names', () => {
  it('directs "demanded the withdrawal of Freedonian troops from Ruritania" at the troops, not the place left', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB demand VBD',
      '4 det DET',
      '2 obj NOUN withdrawal NN',
      '7 case ADP',
      '7 amod ADJ',
      '4 nmod NOUN troop NNS',
      '9 case ADP',
      '4 nmod PROPN',
      '2 punct PUNCT',
    ];
    const text = 'Sylvania demanded the withdrawal of Freedonian troops from Ruritania.';
    const e = byText(code(text, { parse }), 'demanded');
    assert.equal(e.event, 'REQUEST');
    assert.deepEqual(codes(e.recipient), ['FRE']);
  });
});

describe("the actor's own units and retreats", () => {
  it('directs "withdrew its troops from Ruritania" at Ruritania, not at its own troops', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia withdrew its troops from Ruritania on Monday.', {
        mentions: [
          ['Freedonia', 'FRE', 'GOV'],
          ['its troops', 'FRE', 'MIL'],
        ],
        published: '2020-05-01',
        places: [['Ruritania', 'RUR']],
      }),
      lex,
    ).events;
    const e = byText(evs, 'withdrew');
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
  it('reads "Freedonian troops were engaged in fighting with Sylvania" with the troops as actor', () => {
    const evs = code('Freedonian troops were engaged in fighting with Sylvania.');
    const e = evs.find((x) => x.event === 'ASSAULT' || x.event === 'COERCE');
    assert.ok(e, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
});

describe('places as recipients past a parenthetical', () => {
  it('directs "shelled the Kelso Nuclear Facility (KNF) in Ruritania" at Ruritania', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia shelled the Kelso Nuclear Facility (KNF) in Ruritania.', {
        mentions: [['Freedonia', 'FRE', 'GOV']],
        published: '2020-05-01',
        places: [['Ruritania', 'RUR']],
      }),
      lex,
    ).events;
    assert.deepEqual(codes(byText(evs, 'shelled').recipient), ['RUR']);
  });
  it('reads past a measure after "by" ("eased by one hour the curfew imposed in Zenda") to the place', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia eased by one hour the curfew imposed in Zenda.', {
        mentions: [['Freedonia', 'FRE', 'GOV']],
        published: '2020-05-01',
        places: [['Zenda', 'RUR']],
      }),
      lex,
    ).events;
    assert.deepEqual(codes(byText(evs, 'eased').recipient), ['RUR']);
  });
});

describe('judgements and fronted clauses', () => {
  it('directs "praised as a historic step Sylvania\'s decision" at Sylvania', () => {
    const e = byText(code("Freedonia praised as a historic step Sylvania's decision."), 'praised');
    assert.equal(e.event, 'SUPPORT');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes no actor from a fronted "while" clause ("While Ruritania cut aid to Sylvania, the allies continued to support …")', () => {
    const evs = code('While Ruritania cut aid to Sylvania, the allies continued to support Osterlich.');
    assert.ok(
      !evs.some((e) => e.event === 'SUPPORT' && codes(e.actor).includes('SYL')),
      evs.map((e) => `${e.event}:${codes(e.actor)}`).join(','),
    );
  });
});

describe('event arguments: acts measured out by a noun', () => {
  it('gives "ten days of war games" the subject of the verb that governs "days"', () => {
    const parse = [
      '2 nsubj PROPN sylvania NNP',
      '0 root VERB begin VBD',
      '4 nummod NUM ten CD',
      '2 obj NOUN day NNS',
      '7 case ADP of IN',
      '7 compound NOUN war NN',
      '4 nmod NOUN game NNS',
      '2 punct PUNCT . .',
    ];
    const evs = code('Sylvania began ten days of war games.', { parse });
    const e = byText(evs, 'games');
    assert.equal(e.event, 'COOPERATE');
    assert.deepEqual(codes(e.actor), ['SYL']);
  });
  it('gives "began a hunger strike yesterday" the subject of "began" when the parse hangs the act on "yesterday"', () => {
    const parse = [
      '9 nsubj NOUN protester NNS',
      '3 punct PUNCT , ,',
      '1 amod ADJ angry JJ',
      '7 case ADP at IN',
      '7 det DET the DT',
      '7 amod ADJ new JJ',
      '3 obl NOUN vote NN',
      '9 punct PUNCT , ,',
      '0 root VERB begin VBD',
      '13 det DET a DT',
      '12 compound NOUN hunger NN',
      '13 compound NOUN strike NN',
      '9 obl:unmarked NOUN yesterday NN',
      '9 punct PUNCT . .',
    ];
    const evs = code('Protesters, angry at the new vote, began a hunger strike yesterday.', {
      parse,
      mentions: [['Protesters', 'SYL', 'CVL']],
    });
    const e = byText(evs, 'strike');
    assert.equal(e.event, 'PROTEST');
    assert.deepEqual(codes(e.actor), ['SYL']);
  });
  it('does not climb from an act noun to a noun that is no measure ("the site of war games")', () => {
    const parse = [
      '2 nsubj PROPN sylvania NNP',
      '0 root VERB visit VBD',
      '4 det DET the DT',
      '2 obj NOUN site NN',
      '7 case ADP of IN',
      '7 compound NOUN war NN',
      '4 nmod NOUN game NNS',
      '2 punct PUNCT . .',
    ];
    const evs = code('Sylvania visited the site of war games.', { parse });
    assert.ok(!evs.some((e) => e.eventText === 'games' && codes(e.actor).includes('SYL')));
  });
});

describe('event arguments: proposals of the actor itself', () => {
  it('does not direct "Sylvania repeated its call for Ruritania to withdraw" at Sylvania', () => {
    const parse = [
      '2 nsubj PROPN sylvania NNP',
      '0 root VERB repeat VBD',
      '4 nmod:poss PRON its PRP$',
      '2 obj NOUN call NN',
      '6 case ADP for IN',
      '4 nmod PROPN ruritania NNP',
      '8 mark PART to TO',
      '2 advcl VERB withdraw VB',
      '2 punct PUNCT . .',
    ];
    const evs = code('Sylvania repeated its call for Ruritania to withdraw.', {
      mentions: [...M, ['its', 'SYL', 'GOV']],
      parse,
    });
    const e = evs.find((x) => x.event === 'REQUEST');
    assert.ok(e, `no REQUEST in ${evs.map((x) => x.event).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.ok(!codes(e.recipient).includes('SYL'), `recipient ${codes(e.recipient).join(',')}`);
  });
});

describe('event arguments: acts with no object read as participles', () => {
  it('makes "Hundreds of protesters marched in the capital" the protesters\' act when the parse hangs "marched" on them', () => {
    const parse = [
      '0 root NOUN hundred NNS',
      '3 case ADP of IN',
      '1 nmod NOUN protester NNS',
      '3 acl VERB march VBN',
      '7 case ADP in IN',
      '7 det DET the DT',
      '4 obl NOUN capital NN',
      '1 punct PUNCT . .',
    ];
    const evs = code('Hundreds of protesters marched in the capital.', { parse });
    const e = byText(evs, 'marched');
    assert.equal(e.event, 'PROTEST');
    assert.deepEqual(codes(e.actor), ['CVL']);
  });
});

describe('event arguments: subjects across a clause', () => {
  it('does not make the owner of "its demand" a subject of "halt" in "Its demand that Ruritania halt …"', () => {
    const parse = [
      '2 nmod:poss PRON its PRP$',
      '6 nsubj NOUN demand NN',
      '6 obl:unmarked PRON that WDT',
      '6 nsubj PROPN ruritania NNP',
      '6 advmod ADV quickly RB',
      '0 root VERB halt VBD',
      '8 det DET the DT',
      '6 obj NOUN offensive NN',
      '6 punct PUNCT . .',
    ];
    const evs = code('Its demand that Ruritania quickly halt the offensive.', {
      parse,
      mentions: [...M, ['Its', 'SYL', 'GOV']],
    });
    const e = byText(evs, 'halt');
    assert.deepEqual(codes(e.actor), ['RUR']);
  });
});

describe('event arguments: authors of proposals the parse hangs on the verb', () => {
  it('directs "Sylvania rejected calls by Ruritania" at Ruritania when "by Ruritania" hangs on "rejected"', () => {
    const parse = [
      '2 nsubj PROPN sylvania NNP',
      '0 root VERB reject VBD',
      '2 obj NOUN call NNS',
      '5 case ADP by IN',
      '2 obl PROPN ruritania NNP',
      '7 mark PART to TO',
      '2 advcl VERB resume VB',
      '7 obj NOUN talk NNS',
      '2 punct PUNCT . .',
    ];
    const evs = code('Sylvania rejected calls by Ruritania to resume talks.', { parse });
    const e = evs.find((x) => x.event === 'REJECT');
    assert.ok(e, `no REJECT in ${evs.map((x) => x.event).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
});

describe("event arguments: the actor's own units", () => {
  it('does not make "its troops" the recipient of "Sylvania rejected a call for its troops to be deployed …"', () => {
    const evs = code('Sylvania rejected a call for its troops to be deployed in the north.', {
      mentions: [...M, ['its troops', 'SYL', 'MIL']],
    });
    const e = evs.find((x) => x.event === 'REJECT');
    assert.ok(e, `no REJECT in ${evs.map((x) => x.event).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.ok(!codes(e.recipient).includes('SYL'), `recipient ${codes(e.recipient).join(',')}`);
  });
});

describe('event arguments: partisans of a country', () => {
  it('does not give "pro-Ruritanian rebels" the country Ruritania', () => {
    const evs = code('Pro-Ruritanian rebels attacked the town.', {
      mentions: [['Pro-Ruritanian rebels', null, 'REB']],
      places: [['Ruritanian', 'RUR']],
    });
    const e = byText(evs, 'attacked');
    assert.deepEqual(
      e.actor.map((a) => [a.code, a.sector]),
      [[null, 'REB']],
    );
  });
  it('still gives "Ruritanian rebels" the country Ruritania', () => {
    const evs = code('Ruritanian rebels attacked the town.', {
      mentions: [['Ruritanian rebels', null, 'REB']],
      places: [['Ruritanian', 'RUR']],
    });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['RUR']);
  });
});

describe('event arguments: ethnic groups', () => {
  const opts: FixtureOptions = {
    mentions: [...M, ['Osterlichers', 'OST', null]],
    places: [
      ['Osterlichers', 'OST'],
      ['Ruritania', 'RUR'],
    ],
  };
  it('codes "ethnic Osterlichers" in a sentence set in Ruritania as of Ruritania', () => {
    const text = 'Sylvania attacked ethnic Osterlichers near the border of Ruritania.';
    assert.deepEqual(codes(byText(code(text, opts), 'attacked').recipient), ['RUR']);
  });
  it('codes "ethnic Osterlichers" by the other country of their sentence when their own is named again', () => {
    const text = 'Sylvania attacked ethnic Osterlichers near Ruritania, a council of ethnic Osterlichers said.';
    assert.deepEqual(codes(byText(code(text, opts), 'attacked').recipient), ['RUR']);
  });
  it('codes "ethnic Osterlichers" by the country their sentence names most often', () => {
    const text = "Sylvania attacked ethnic Osterlichers near Ruritania's border with Zenda, Ruritanian officials said.";
    const places: FixtureOptions['places'] = [
      ['Osterlichers', 'OST'],
      ['Ruritania', 'RUR'],
      ['Ruritanian', 'RUR'],
      ['Zenda', 'FRE'],
    ];
    assert.deepEqual(codes(byText(code(text, { ...opts, places }), 'attacked').recipient), ['RUR']);
  });
  it('keeps "Osterlichers" without "ethnic" of Osterlich', () => {
    const text = 'Sylvania attacked Osterlichers near the border of Ruritania.';
    assert.deepEqual(codes(byText(code(text, opts), 'attacked').recipient), ['OST']);
  });
});

describe('event arguments: peoples of a place', () => {
  it('codes "the Osterlichers of northern Ruritania" as of Ruritania', () => {
    const evs = code('The Osterlichers of northern Ruritania attacked Sylvania.', {
      mentions: [
        ['Sylvania', 'SYL', 'GOV'],
        ['Osterlichers', 'OST', null],
      ],
      places: [
        ['Osterlichers', 'OST'],
        ['northern Ruritania', 'RUR'],
      ],
    });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['RUR']);
  });
  it('keeps "the Osterlichers of the Ruritanian-occupied north" of Osterlich', () => {
    const evs = code('The Osterlichers of the Ruritanian-occupied north attacked Sylvania.', {
      mentions: [
        ['Sylvania', 'SYL', 'GOV'],
        ['Osterlichers', 'OST', null],
      ],
      places: [
        ['Osterlichers', 'OST'],
        ['Ruritanian', 'RUR'],
      ],
    });
    assert.deepEqual(codes(byText(evs, 'attacked').actor), ['OST']);
  });
});

describe('event arguments: bare counts', () => {
  // Freedonian troops attacked protesters on Monday and arrested 12 ( officials ) .
  const parse = (noun: boolean) => [
    '2 amod ADJ',
    '3 nsubj NOUN troop NNS',
    '0 root VERB attack VBD',
    '3 obj NOUN protester NNS',
    '6 case ADP',
    '3 obl PROPN',
    '8 cc CCONJ',
    '3 conj VERB arrest VBD',
    ...(noun
      ? ['10 nummod NUM 12 CD', '8 obj NOUN official NNS', '3 punct PUNCT']
      : ['8 obj NUM 12 CD', '3 punct PUNCT']),
  ];
  it('directs "arrested 12" at the group the count counts ("attacked protesters … and arrested 12")', () => {
    const evs = code('Freedonian troops attacked protesters on Monday and arrested 12.', { parse: parse(false) });
    assert.deepEqual(codes(byText(evs, 'arrested').recipient), ['CVL']);
  });
  it('takes no counted group for a count that heads a noun ("arrested 12 officials")', () => {
    const evs = code('Freedonian troops attacked protesters on Monday and arrested 12 officials.', {
      parse: parse(true),
    });
    assert.deepEqual(codes(byText(evs, 'arrested').recipient), ['GOV']);
  });
});

describe('event arguments: the other side of talks', () => {
  it('directs a concession made "after deliberations with" a party at that party ("called off the strike after …")', () => {
    const mentions: MentionSpec[] = [...M, ['teachers', null, 'EDU']];
    const e = byText(
      code('The teachers called off their strike after deliberations with Sylvania.', { mentions }),
      'called off',
    );
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('keeps a recipient the act names itself ("agreed to send aid to Ruritania after talks with Sylvania")', () => {
    const e = code('Freedonia agreed to send aid to Ruritania after talks with Sylvania.').find(
      (x) => x.event === 'AGREE',
    );
    assert.ok(e, 'no AGREE');
    assert.ok(!codes(e.recipient).includes('SYL'), JSON.stringify(codes(e.recipient)));
  });
});

describe('event arguments: comparing asides', () => {
  it('takes the party before ", like …," as the actor, not the parties it is compared with', () => {
    // Freedonia , like most other members , plans to attack Sylvania .
    const parse = [
      '0 root PROPN',
      '6 punct PUNCT',
      '6 case ADP',
      '6 amod ADJ',
      '6 amod ADJ',
      '1 conj NOUN member NNS',
      '8 punct PUNCT',
      '6 conj NOUN plan NNS',
      '10 mark PART',
      '6 acl VERB attack VB',
      '10 obj PROPN',
      '1 punct PUNCT',
    ];
    const mentions: MentionSpec[] = [...M, ['members', null, 'GOV']];
    const evs = code('Freedonia, like most other members, plans to attack Sylvania.', { parse, mentions });
    const e = evs.find((x) => x.eventText === 'attack');
    assert.ok(e, JSON.stringify(evs.map((x) => x.eventText)));
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
});

describe('event arguments: verbs of charging without an object', () => {
  it('never makes the party before "accused of" its accuser ("detained two rebels accused of attacking Sylvania")', () => {
    // the parse makes "two rebels" the subject of "accused", a conjunct of "detained"
    const parse = [
      '2 amod ADJ',
      '3 nsubj NOUN troop NNS',
      '0 root VERB detain VBD',
      '5 nummod NUM two CD',
      '6 nsubj NOUN rebel NNS',
      '3 conj VERB accuse VBN',
      '8 mark SCONJ',
      '6 advcl VERB attack VBG',
      '8 obj PROPN',
      '3 punct PUNCT',
    ];
    const evs = code('Freedonian troops detained two rebels accused of attacking Sylvania.', { parse });
    assertNoActor(evs, 'REB', 'accused');
  });
  it('still takes the subject of an active accusation as the accuser ("Sylvania accused rebels of …")', () => {
    const e = byText(code('Sylvania accused rebels of attacking Ruritania.'), 'accused');
    assert.deepEqual(codes(e.actor), ['SYL']);
  });
});

describe('event arguments: fronted clauses and modified places', () => {
  it('takes no co-subject from a fronted adverbial clause the parse hangs on the verb ("Before leaving for Sylvania, Freedonia met …")', () => {
    // Before leaving for Sylvania on Monday , Freedonia met with Ruritania .
    const parse = [
      '2 mark SCONJ',
      '9 advcl VERB leave VBG',
      '9 mark SCONJ',
      '9 nsubj PROPN',
      '6 case ADP',
      '4 nmod PROPN',
      '6 punct PUNCT',
      '9 nsubj PROPN',
      '0 root VERB meet VBD',
      '11 case ADP',
      '9 obl PROPN',
      '9 punct PUNCT',
    ];
    const evs = code('Before leaving for Sylvania on Monday, Freedonia met with Ruritania.', {
      parse,
      mentions: [...M, ['Monday', null, null]],
    });
    const e = evs.find((x) => x.event === 'CONSULT' && x.actor.some((a) => a.code === 'FRE'));
    assert.ok(e, evs.map((x) => `${x.event}:${codes(x.actor)}`).join(', '));
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
  it('gives "dissidents from military-ruled Sylvania" the country of the place past its hyphenated modifier', () => {
    const mentions: MentionSpec[] = [...STATES, ['dissidents', null, 'OPP']];
    const evs = code('Freedonia met with dissidents from military-ruled Sylvania.', { mentions });
    const e = byText(evs, 'met');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('event arguments: hosts of visits', () => {
  it('makes the place a visit noun\'s verb of motion goes to its host ("arrived in Zenda on a visit", parsed)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB arrive VBD',
      '4 case ADP',
      '2 obl PROPN',
      '7 case ADP',
      '7 det DET',
      '2 obl NOUN visit NN',
      '2 punct PUNCT',
    ];
    const evs = code('Freedonia arrived in Zenda on a visit.', { parse, places: [['Zenda', 'RUR']] });
    const e = byType(evs, 'CONSULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
});

describe('event arguments: conjuncts of like verbs', () => {
  it('gives a conjunct the parse hangs on a verb of another form the subject of the nearer like verb ("was referring to remarks in which X rejected talks and instead attacked Y")', () => {
    const parse = [
      '3 nsubj PROPN Freedonia NNP',
      '3 aux AUX be VBD',
      '0 root VERB refer VBG',
      '5 case ADP to IN',
      '3 obl NOUN remark NNS',
      '7 case ADP in IN',
      '9 obl PRON which WDT',
      '9 nsubj PROPN Sylvania NNP',
      '5 acl:relcl VERB reject VBD',
      '9 obj NOUN talk NNS',
      '13 cc CCONJ and CC',
      '13 advmod ADV instead RB',
      '3 conj VERB attack VBD',
      '13 obj PROPN Ruritania NNP',
      '3 punct PUNCT . .',
    ];
    const evs = code(
      'Freedonia was referring to remarks in which Sylvania rejected talks and instead attacked Ruritania.',
      {
        parse,
      },
    );
    const e = byText(evs, 'attacked');
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
});

describe('event arguments: places in the names of organisations', () => {
  it('gives generic parties no country from the base of an organisation ("a Zenda-based monitor said gunmen attacked …")', () => {
    const mentions: MentionSpec[] = [
      ...STATES,
      ['a Zenda-based monitor', null, 'NGO'],
      ['gunmen', null, 'INS'],
      ['two villagers', null, 'CVL'],
    ];
    const evs = code('A Zenda-based monitor said gunmen attacked two villagers.', {
      mentions,
      places: [['Zenda', 'RUR']],
    });
    const e = byType(evs, 'ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => [a.code, a.sector]),
      [[null, 'INS']],
    );
    assert.deepEqual(
      e.recipient.map((a) => [a.code, a.sector]),
      [[null, 'CVL']],
    );
  });
});

describe('event arguments: participles with an agent', () => {
  it('codes "Backed by Sylvania, Freedonia rejected …" as Sylvania\'s SUPPORT of Freedonia, not a complement of the rejection', () => {
    const parse = [
      '6 advcl VERB back VBN',
      '3 case ADP by IN',
      '1 obl:agent PROPN Sylvania NNP',
      '1 punct PUNCT , ,',
      '6 nsubj PROPN Freedonia NNP',
      '0 root VERB reject VBD',
      '8 det DET the DT',
      '6 obj NOUN plan NN',
      '6 punct PUNCT . .',
    ];
    const evs = code('Backed by Sylvania, Freedonia rejected the plan.', { parse });
    const s = byType(evs, 'SUPPORT');
    assert.deepEqual(codes(s.actor), ['SYL']);
    assert.deepEqual(codes(s.recipient), ['FRE']);
    const r = byType(evs, 'REJECT');
    assert.deepEqual(codes(r.actor), ['FRE']);
    assert.ok(!r.recipient.some((x) => x.code === 'SYL'));
  });
  it('codes "Freedonia, backed by Sylvania, remained defiant" with the backer as actor of the SUPPORT', () => {
    const parse = [
      '7 nsubj PROPN Freedonia NNP',
      '3 punct PUNCT , ,',
      '1 acl VERB back VBN',
      '5 case ADP by IN',
      '3 obl:agent PROPN Sylvania NNP',
      '3 punct PUNCT , ,',
      '0 root VERB remain VBD',
      '7 xcomp ADJ defiant JJ',
      '7 punct PUNCT . .',
    ];
    const s = byType(code('Freedonia, backed by Sylvania, remained defiant.', { parse }), 'SUPPORT');
    assert.deepEqual(codes(s.actor), ['SYL']);
    assert.deepEqual(codes(s.recipient), ['FRE']);
  });
});

describe('event arguments: datelines', () => {
  it('keeps the agency of a dateline ("ZENDA (Sylvania News) - …", "(…)_ …") out of the sentence\'s actors', () => {
    const [u] = sentenceViews(
      fixtureDoc('ZENDA (Sylvania News)_ Freedonia attacked Ruritania on Monday.', {
        mentions: [...M, ['Sylvania News', null, 'MED']],
        published: '2020-05-01',
      }),
      lex,
    );
    assert.ok(!u?.mentions.some((m) => m.actorText === 'Sylvania News'));
    const doc = fixtureDoc('ZENDA (Sylvania News) - Freedonia attacked Ruritania on Monday.', {
      mentions: [...M, ['Sylvania News', null, 'MED']],
      published: '2020-05-01',
    });
    const [v] = sentenceViews(doc, lex);
    assert.deepEqual(
      v?.mentions.map((m) => m.actorText),
      ['Freedonia', 'Ruritania'],
    );
  });
});

describe('event arguments: attacks as subjects and buildings as targets', () => {
  it('takes no doer by word order past an attack that is the subject ("The attacks at the Sylvania embassy killed …")', () => {
    const parse = [
      '2 det DET the DT',
      '7 nsubj NOUN attack NNS',
      '6 case ADP at IN',
      '6 det DET the DT',
      '6 compound PROPN Sylvania NNP',
      '2 nmod NOUN embassy NN',
      '0 root VERB kill VBD',
      '9 nummod NUM two CD',
      '7 obj NOUN villager NNS',
      '7 punct PUNCT . .',
    ];
    const mentions: MentionSpec[] = [
      ['the Sylvania embassy', 'SYL', 'GOV'],
      ['two villagers', null, 'CVL'],
    ];
    const e = byType(code('The attacks at the Sylvania embassy killed two villagers.', { parse, mentions }), 'ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => a.sector),
      ['UNK'],
    );
    assert.match(e.actor[0]?.actorText ?? '', /attacks/);
  });
  it('makes the building an act of force names its target, not its doer ("the Sylvania embassy bombing")', () => {
    const parse = [
      '4 det DET the DT',
      '3 compound PROPN Sylvania NNP',
      '4 compound NOUN embassy NN',
      '5 nsubj NOUN bombing NN',
      '0 root VERB shock VBD',
      '5 obj PROPN Freedonia NNP',
      '5 punct PUNCT . .',
    ];
    const mentions: MentionSpec[] = [
      ['Freedonia', 'FRE', 'GOV'],
      ['Sylvania embassy', 'SYL', 'GOV'],
    ];
    const evs = code('The Sylvania embassy bombing shocked Freedonia.', { parse, mentions });
    assertNoEvent(evs, (e) => e.event === 'ASSAULT' && e.actor.some((a) => a.code === 'SYL'));
    // the state's name and the building both compound the act ("the Kenya embassy bombing")
    const parse2 = [
      '4 det DET the DT',
      '4 compound PROPN Sylvania NNP',
      '4 compound NOUN embassy NN',
      '5 nsubj NOUN bombing NN',
      '0 root VERB shock VBD',
      '5 obj PROPN Freedonia NNP',
      '5 punct PUNCT . .',
    ];
    const evs2 = code('The Sylvania embassy bombing shocked Freedonia.', { parse: parse2, mentions });
    assertNoEvent(evs2, (e) => e.event === 'ASSAULT' && e.actor.some((a) => a.code === 'SYL'));
  });
});

describe('event arguments: hosted visits (option)', () => {
  const run = (hostedVisits: boolean) =>
    codeEvents(
      fixtureDoc('Freedonia received Sylvanian ministers on Monday.', {
        mentions: [...M, ['Sylvanian ministers', 'SYL', 'GOV']],
        published: '2020-05-01',
      }),
      lex,
      hostedVisits ? { hostedVisits } : {},
    ).events.filter((e) => e.event === 'CONSULT');
  it('codes a hosting as host → visitor (CAMEO 043) by default, and also as the visit, visitor → host (CAMEO 042), with eventsHostedVisits', () => {
    assert.deepEqual(
      run(false).map((e) => [e.cameo, codes(e.actor), codes(e.recipient)]),
      [['043', ['FRE'], ['SYL']]],
    );
    assert.deepEqual(
      run(true).map((e) => [e.cameo, codes(e.actor), codes(e.recipient)]),
      [
        ['043', ['FRE'], ['SYL']],
        ['042', ['SYL'], ['FRE']],
      ],
    );
  });
});

describe('event arguments: reported clauses', () => {
  it('does not make the speaker the doer of an act whose reported subject is a name it does not know ("Sylvania said Ritter would attack …")', () => {
    const evs = code('Sylvania said Ritter would attack Ruritania.');
    assertNoEvent(evs, (e) => e.actor.some((a) => a.code === 'SYL'));
  });
  it('still takes the speaker for a pronoun subject it does not resolve ("Sylvania said it would attack …")', () => {
    const evs = code('Sylvania said it would attack Ruritania.');
    assertSomeEvent(evs, (e) => e.actor.some((a) => a.code === 'SYL'));
  });
});

describe("event arguments: someone's relatives", () => {
  const parse = (head: string) => [
    '2 det DET the DT',
    '4 nmod:poss NOUN boy NN',
    "2 case PART 's POS",
    `5 nsubj NOUN ${head} NN`,
    '0 root VERB offer VBD',
    '7 mark PART to TO',
    '5 xcomp VERB visit VB',
    '7 obj PROPN Freedonia NNP',
    '5 punct PUNCT . .',
  ];
  const mentions: MentionSpec[] = [...STATES, ['the boy', 'SYL', 'CVL']];
  it('does not make the possessor the actor of a relative\'s act ("the boy\'s father offered …")', () => {
    const evs = code("The boy's father offered to visit Freedonia.", { parse: parse('father'), mentions });
    assertNoEvent(evs, (e) => e.actor.some((a) => a.sector === 'CVL'));
  });
  it('still makes the possessor the actor of its agent\'s act ("the boy\'s envoy offered …")', () => {
    const evs = code("The boy's envoy offered to visit Freedonia.", { parse: parse('envoy'), mentions });
    assertSomeEvent(evs, (e) => e.actor.some((a) => a.sector === 'CVL'));
  });
});

describe('event arguments: acts whose doer claims them', () => {
  it('directs a claimed-responsibility attack at the country where it happened ("claimed responsibility for the bombing in Zenda")', () => {
    const evs = code('Freedonia claimed responsibility for the bombing in Zenda.', { places: [['Zenda', 'RUR']] });
    const e = byType(evs, 'ASSAULT');
    assert.equal(e.status, 'claimed');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['RUR']);
  });
});

describe('event arguments: one act told twice', () => {
  it('lends the recipient of a verb to the event noun its subject names ("Freedonian attacks, repeated weekly, have killed Sylvania\'s commanders")', () => {
    const parse = [
      '3 amod ADJ recent JJ',
      '3 amod ADJ freedonian JJ',
      '9 nsubj NOUN attack NNS',
      '5 punct PUNCT , ,',
      '3 acl VERB repeat VBN',
      '5 advmod ADV weekly RB',
      '3 punct PUNCT , ,',
      '9 aux AUX have VBP',
      '0 root VERB kill VBN',
      '12 nmod:poss PROPN sylvania NNP',
      "10 case PART 's POS",
      '9 obj NOUN commander NNS',
      '9 punct PUNCT . .',
    ];
    const evs = code("Recent Freedonian attacks, repeated weekly, have killed Sylvania's commanders.", {
      parse,
      mentions: [...M, ['Freedonian', 'FRE', null]],
    });
    const assaults = evs.filter((e) => e.event === 'ASSAULT');
    assert.equal(assaults.length, 1);
    assert.deepEqual(codes(assaults[0]?.actor ?? []), ['FRE']);
    assert.deepEqual(codes(assaults[0]?.recipient ?? []), ['SYL']);
  });
});

describe('event arguments: "against" phrases of acts of force and preparations', () => {
  const mentions: MentionSpec[] = [...M, ['Sylvanian', 'SYL', null]];
  it('directs fire at the party its "against" phrase names, on a conjunct of the object ("launched artillery and rocket fire against Sylvanian camps")', () => {
    const parse = [
      '2 amod ADJ freedonian JJ',
      '3 nsubj NOUN troop NNS',
      '0 root VERB launch VBD',
      '3 obj NOUN artillery NN',
      '7 cc CCONJ and CC',
      '7 compound NOUN rocket NN',
      '4 conj NOUN fire NN',
      '10 case ADP against IN',
      '10 amod ADJ sylvanian JJ',
      '7 nmod NOUN camp NNS',
      '3 punct PUNCT . .',
    ];
    const evs = code('Freedonian troops launched artillery and rocket fire against Sylvanian camps.', {
      parse,
      mentions,
    });
    const e = byType(evs, 'ASSAULT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('directs a preparation at the target of what it readies ("trained hundreds of hackers capable of waging war against Sylvania")', () => {
    const parse = [
      '2 nsubj PROPN freedonia NNP',
      '0 root VERB train VBD',
      '2 obj NOUN hundred NNS',
      '5 case ADP of IN',
      '3 nmod NOUN hacker NNS',
      '5 amod ADJ capable JJ',
      '8 mark SCONJ of IN',
      '6 advcl VERB wage VBG',
      '8 obj NOUN war NN',
      '11 case ADP against IN',
      '8 obl PROPN sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia trained hundreds of hackers capable of waging war against Sylvania.', {
      parse,
      mentions,
    });
    const e = byType(evs, 'MOBILIZE');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('keeps a reported main verb the parse hangs on its subject, and gives "killing or wounding" its doer ("Freedonian troops launched rockets against Sylvania, killing or wounding 50, officials said")', () => {
    const parse = [
      '2 amod ADJ freedonian JJ',
      '14 nsubj NOUN troop NNS',
      '2 acl VERB launch VBN',
      '3 obj NOUN rocket NNS',
      '6 case ADP against IN',
      '3 obl PROPN sylvania NNP',
      '8 punct PUNCT , ,',
      '14 ccomp VERB kill VBG',
      '10 cc CCONJ or CC',
      '8 conj VERB wound VBG',
      '10 obj NUM 50 CD',
      '14 punct PUNCT , ,',
      '14 nsubj NOUN official NNS',
      '0 root VERB say VBD',
      '14 punct PUNCT . .',
    ];
    const evs = code('Freedonian troops launched rockets against Sylvania, killing or wounding 50, officials said.', {
      parse,
      mentions,
    });
    const launched = byText(evs, 'launched');
    assert.deepEqual(codes(launched.recipient), ['SYL']);
    for (const e of evs.filter((x) => x.event === 'ASSAULT')) assert.deepEqual(codes(e.actor), ['FRE'], e.eventText);
  });
});

describe('event arguments: people in the jurisdiction of courts and police', () => {
  const mentions: MentionSpec[] = [
    ...M,
    ['A Freedonian judge', 'FRE', 'JUD'],
    ['former minister Ivo Brandt', null, 'ELI'],
  ];
  const places: [string, string][] = [['Osterlich', 'OST']];
  it("gives the person a court orders the court's country, not that of a place elsewhere in the sentence", () => {
    const evs = code(
      'A Freedonian judge ordered former minister Ivo Brandt to testify about arms sales to Osterlich.',
      {
        mentions,
        places,
      },
    );
    const e = byType(evs, 'REQUEST');
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['FRE'],
    );
  });
});

describe('event arguments: texts issued in a capital', () => {
  const places: [string, string][] = [
    ['Sylvanian', 'SYL'],
    ['Zenda', 'SYL'],
  ];
  it('makes the state whose capital issued a report the actor of its allegation ("A report released in the Sylvanian capital alleged that Freedonia …")', () => {
    const evs = code(
      'A report released on Monday in the Sylvanian capital alleged that Freedonia armed the militias.',
      {
        places,
      },
    );
    const e = byType(evs, 'ACCUSE');
    assert.deepEqual(codes(e.actor), ['SYL']);
    assert.deepEqual(codes(e.recipient), ['FRE']);
    assert.equal(e.status, 'asserted');
  });
  it('does not for a report issued in a city not called the capital ("A report released in Zenda alleged …")', () => {
    const evs = code('A report released on Monday in Zenda alleged that Freedonia armed the militias.', { places });
    assertNoEvent(evs, (e) => e.event === 'ACCUSE' && codes(e.actor).includes('SYL'));
  });
});

describe('event arguments: places naming a border', () => {
  it('does not direct an act at the country whose border names where it happened ("captured a stronghold on the Sylvanian border")', () => {
    const evs = code('Freedonian troops captured a guerrilla stronghold on the Sylvanian border.', {
      places: [['Sylvanian', 'SYL']],
    });
    const e = byType(evs, 'ASSAULT');
    assert.ok(!codes(e.recipient).includes('SYL'), codes(e.recipient).join(','));
  });
  it('still directs it at the country of a place acted in ("shelled villages in Sylvania")', () => {
    const evs = code('Freedonian troops shelled villages in Sylvania.', { places: [['Sylvania', 'SYL']] });
    assert.deepEqual(codes(byType(evs, 'ASSAULT').recipient), ['SYL']);
  });
});

describe('event arguments: light verbs without an actor', () => {
  it('codes the act noun a light verb governs when the verb names no actor ("Activists from the defeated Freedonian party have staged rallies against the Sylvanian envoy", misparsed)', () => {
    const parse = [
      '2 amod ADJ angry JJ',
      '0 root NOUN activist NNS',
      '10 case ADP from IN',
      '10 det DET the DT',
      '10 advcl VERB defeat VBN',
      '7 amod ADJ freedonian JJ',
      '5 obj NOUN party NN',
      '9 aux AUX have VBP',
      '10 amod VERB stage VBN',
      '2 nmod NOUN rally NNS',
      '14 case ADP against IN',
      '14 det DET the DT',
      '14 amod ADJ sylvanian JJ',
      '10 nmod NOUN envoy NN',
      '2 punct PUNCT . .',
    ];
    const evs = code(
      'Angry activists from the defeated Freedonian party have staged rallies against the Sylvanian envoy.',
      {
        parse,
        mentions: [
          ['Freedonian party', 'FRE', 'PTY'],
          ['the Sylvanian envoy', 'SYL', 'GOV'],
        ],
      },
    );
    const e = byType(evs, 'PROTEST');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('event arguments: travelling for talks and contrasting conjuncts', () => {
  it('makes those who travel "for talks" the actors of the talks ("Freedonian negotiators return to Zenda this week for talks", misparsed)', () => {
    const parse = [
      '2 amod ADJ freedonian JJ',
      '3 nsubj NOUN negotiator NNS',
      '0 root VERB return VBP',
      '5 case ADP to IN',
      '3 obl PROPN zenda NNP',
      '7 det DET this DT',
      '3 obl:unmarked NOUN week NN',
      '9 case ADP for IN',
      '7 nmod NOUN talk NNS',
      '3 punct PUNCT . .',
    ];
    const evs = code('Freedonian negotiators return to Zenda this week for talks.', {
      parse,
      mentions: [['Freedonian negotiators', 'FRE', 'GOV']],
      places: [['Zenda', 'SYL']],
    });
    assert.deepEqual(codes(byType(evs, 'CONSULT').actor), ['FRE']);
  });
  it('gives a conjunct after ", but was still" the first subject ("Freedonia opened its borders, but was still refusing entry to Sylvanians")', () => {
    const evs = code('Freedonia opened its borders to traders, but was still refusing entry to Sylvanians.', {
      mentions: [...M, ['Sylvanians', 'SYL', null]],
    });
    const e = byType(evs, 'REJECT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('event arguments: verbs the parse joins to an object noun', () => {
  it('codes "arresting 12" after ", killing one person and" as the police\'s own act, not a complement of the killing', () => {
    const parse = [
      '2 amod ADJ freedonian JJ',
      '3 nsubj NOUN police NNS',
      '15 ccomp VERB raid VBD',
      '5 det DET the DT',
      '3 obj NOUN camp NN',
      '7 punct PUNCT , ,',
      '15 advcl VERB kill VBG',
      '9 nummod NUM one CD',
      '7 obj NOUN person NN',
      '11 cc CCONJ and CC',
      '9 conj VERB arrest VBG',
      '11 obj NUM 12 CD',
      '15 punct PUNCT , ,',
      '15 nsubj NOUN official NNS',
      '0 root VERB say VBD',
      '15 punct PUNCT . .',
    ];
    const evs = code('Freedonian police raided the camp, killing one person and arresting 12, officials said.', {
      parse,
      mentions: [['Freedonian police', 'FRE', 'COP']],
    });
    assert.deepEqual(codes(byType(evs, 'COERCE').actor), ['FRE']);
  });
});

describe('event arguments: buildings of a party', () => {
  it('directs an act on a building at whoever it is "of" ("set fire to the offices of the Sylvanian administrators")', () => {
    const parse = [
      '2 amod ADJ freedonian JJ',
      '3 nsubj NOUN settler NNS',
      '0 root VERB set VBD',
      '3 obj NOUN fire NN',
      '7 case ADP to IN',
      '7 det DET the DT',
      '3 obl NOUN office NNS',
      '11 case ADP of IN',
      '11 det DET the DT',
      '11 amod ADJ sylvanian JJ',
      '7 nmod NOUN administrator NNS',
      '3 punct PUNCT . .',
    ];
    const evs = code('Freedonian settlers set fire to the offices of the Sylvanian administrators.', {
      parse,
      mentions: [
        ['Freedonian settlers', 'FRE', 'CVL'],
        ['Sylvanian', 'SYL', null],
      ],
    });
    const e = byType(evs, 'COERCE');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});

describe('event arguments: attempts no one is named as making', () => {
  const places: [string, string][] = [['Zenda', 'SYL']];
  it('codes "An attempt to assassinate the Sylvanian governor was thwarted in Zenda" with an unidentified doer of the place\'s country', () => {
    const evs = code('An attempt to assassinate the Sylvanian governor was thwarted in Zenda.', {
      places,
      mentions: [['the Sylvanian governor', 'SYL', 'GOV']],
    });
    const e = byType(evs, 'ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => `${a.code}/${a.sector}`),
      ['SYL/UNK'],
    );
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('leaves an attempt someone is named as making to that party ("Freedonia\'s attempt to assassinate …")', () => {
    const evs = code("Freedonia's attempt to assassinate the Sylvanian governor was thwarted in Zenda.", {
      places,
      mentions: [...M, ['the Sylvanian governor', 'SYL', 'GOV']],
    });
    assertNoEvent(evs, (e) => e.actor.some((a) => a.sector === 'UNK'));
  });
});

describe('event arguments: states and processes as subjects', () => {
  it('takes no actor past a subject that is no party ("… ties with Freedonia and tensions continue to threaten Sylvania")', () => {
    const evs = code('The move hurt ties with Freedonia and tensions continue to threaten Sylvania.');
    assertNoEvent(evs, (e) => e.eventText === 'threaten' && e.actor.length > 0);
  });
  it('still takes a party in that place ("… ties with Freedonia and Ruritania continues to threaten Sylvania")', () => {
    const evs = code('The move hurt ties with Freedonia and Ruritania continues to threaten Sylvania.');
    assertSomeEvent(evs, (e) => e.eventText === 'threaten' && codes(e.actor).includes('RUR'));
  });
});

describe('event arguments: passives of standing down', () => {
  it('makes those demobilized with no agent named the actors of the retreat ("One third of the Freedonian troops have been demobilized")', () => {
    const parse = [
      '2 nummod NUM one CD',
      '9 nsubj:pass NOUN third NN',
      '6 case ADP of IN',
      '6 det DET the DT',
      '6 amod ADJ freedonian JJ',
      '2 nmod NOUN troop NNS',
      '9 aux AUX have VBP',
      '9 aux:pass AUX be VBN',
      '0 root VERB demobilize VBN',
      '9 punct PUNCT . .',
    ];
    const evs = code('One third of the Freedonian troops have been demobilized.', { parse });
    assert.deepEqual(codes(byType(evs, 'RETREAT').actor), ['FRE']);
  });
});

describe('event arguments: conjuncts without a conjunction', () => {
  it('gives a verb the parse joins to the main verb with no conjunction the party right before it ("… demanded elections after a Sylvanian court cleared him")', () => {
    const parse = [
      '2 nsubj PROPN freedonia NNP',
      '0 root VERB demand VBD',
      '4 amod ADJ early JJ',
      '2 obj NOUN election NNS',
      '8 case ADP after IN',
      '8 det DET a DT',
      '8 amod ADJ sylvanian JJ',
      '4 nmod NOUN court NN',
      '2 conj VERB clear VBD',
      '9 obj PRON him PRP',
      '13 case ADP of IN',
      '13 det DET all DT',
      '9 obl NOUN charge NNS',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia demanded early elections after a Sylvanian court cleared him of all charges.', {
      parse,
      mentions: [...M, ['a Sylvanian court', 'SYL', 'JUD']],
    });
    assertNoEvent(evs, (e) => e.eventText === 'cleared' && codes(e.actor).includes('FRE'));
    assertSomeEvent(evs, (e) => e.eventText === 'cleared' && codes(e.actor).includes('SYL'));
  });
});
