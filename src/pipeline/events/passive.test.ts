import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Sylvania', 'SYL', 'GOV'],
  ['three activists', null, 'OPP'],
  ['two villagers', null, 'CVL'],
];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;

describe('agentless passives of force', () => {
  it('never makes the subject of a passive in quotation marks its actor ("had been ``brutally beaten\'\' by …")', () => {
    const evs = code("Witnesses said two villagers had been ``brutally beaten'' by Sylvania.");
    assert.ok(!evs.some((e) => e.actor.some((a) => a.sector === 'CVL')), JSON.stringify(evs.map((e) => e.actor)));
  });
  it('reads a verb conjoined to a passive as passive too ("two villagers were arrested and charged")', () => {
    const parse = [
      '2 case ADP',
      '6 obl PROPN',
      '4 nummod NUM two CD',
      '6 nsubj:pass NOUN villager NNS',
      '6 aux:pass AUX be VBD',
      '0 root VERB arrest VBN',
      '8 cc CCONJ',
      '6 conj VERB charge VBN',
      '6 punct PUNCT',
    ];
    const doc = fixtureDoc('On Monday two villagers were arrested and charged.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.ok(evs.length, 'no event');
    assert.ok(
      !evs.some((e) => e.actor.some((a) => a.sector === 'CVL')),
      JSON.stringify(evs.map((e) => [e.eventText, e.actor])),
    );
  });
  it('reads a passive with an adverb before the participle as one ("two villagers were violently attacked")', () => {
    const evs = code('On Monday two villagers were violently attacked near the border.');
    assert.ok(!evs.some((e) => e.actor.some((a) => a.sector === 'CVL')), JSON.stringify(evs.map((e) => e.actor)));
    const e = evs.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.deepEqual(
      e.recipient.map((r) => r.sector),
      ['CVL'],
    );
  });
  it('codes "three activists were arrested" as a COERCE arrest with the activists as recipient', () => {
    const e = code('On Monday three activists were arrested in the capital.').find((x) => x.event === 'COERCE');
    assert.ok(e, 'no COERCE');
    assert.equal(e.mode, 'arrest');
    // PLOVER: the doer the text does not name is an unidentified actor (sector UNK)
    assert.deepEqual(
      e.actor.map((a) => [a.code, a.sector]),
      [[null, 'UNK']],
    );
    assert.deepEqual(
      e.recipient.map((r) => r.sector),
      ['OPP'],
    );
    assert.equal(e.status, 'asserted');
  });
  it('codes "two villagers were killed" as a live ASSAULT', () => {
    const e = code('Yesterday two villagers were killed near the border.').find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.equal(e.eventText, 'killed');
  });
  it('does not code a possible passive act ("if it is attacked") with no actor', () => {
    assert.deepEqual(code('They will help if Sylvania is attacked.'), []);
  });
  it('still needs an actor for active verbs and for cooperative passives', () => {
    assert.deepEqual(code('Unknown men attacked two villagers.'), []);
    assert.deepEqual(code('Yesterday two villagers were praised.'), []);
  });
  it('codes no act for people killed in an accident or disaster ("killed in a landslide")', () => {
    assert.deepEqual(code('Yesterday two villagers were killed in a landslide.'), []);
    assert.deepEqual(code('Yesterday two villagers were injured in a bus accident.'), []);
  });
  it('keeps "killed in a bombing" an ASSAULT when the bombing names no actor', () => {
    const evs = code('Yesterday two villagers were killed in a bombing.');
    assert.ok(
      evs.some((e) => e.event === 'ASSAULT' && e.status === 'asserted'),
      evs.map((e) => e.event).join(','),
    );
  });
  it('codes "a roadside bomb killed two villagers" as an ASSAULT with an unnamed actor', () => {
    const parse = [
      '3 det DET',
      '3 compound NOUN roadside',
      '4 nsubj NOUN bomb',
      '0 root VERB kill',
      '6 nummod NUM',
      '4 obj NOUN villager',
      '8 case ADP',
      '4 obl PROPN',
      '4 punct PUNCT',
    ];
    const doc = fixtureDoc('A roadside bomb killed two villagers on Monday.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => [a.actorText, a.code, a.sector]),
      [['A roadside bomb', null, 'UNK']],
    );
    assert.equal(e.eventText, 'killed');
  });
  it('gives the unidentified doer of "were killed by a bomb in Ruritania" the country of the place', () => {
    const doc = fixtureDoc('Yesterday two villagers were killed by a bomb in Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      places: [['Ruritania', 'RUR']],
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => [a.actorText, a.code, a.sector]),
      [['a bomb', 'RUR', 'UNK']],
    );
    assert.equal(e.recipient[0]?.sector, 'CVL');
  });
  it('codes nothing for "the earthquake killed two villagers"', () => {
    const parse = [
      '2 det DET',
      '3 nsubj NOUN earthquake',
      '0 root VERB kill',
      '5 nummod NUM',
      '3 obj NOUN villager',
      '7 case ADP',
      '3 obl PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('The earthquake killed two villagers on Monday.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    assert.deepEqual(codeEvents(doc, lex).events, []);
  });
});

describe('reduced relatives the parse reads as clauses', () => {
  it('codes "the three activists jailed for protesting were released by Sylvania" as one release of the activists', () => {
    const parse = [
      '3 det DET the',
      '3 nummod NUM three',
      '4 nsubj NOUN activist',
      '8 nsubj:pass VERB jail VBN',
      '6 mark SCONJ for',
      '4 advcl VERB protest VBG',
      '8 aux:pass AUX be',
      '0 root VERB release VBN',
      '10 case ADP by',
      '8 obl:agent PROPN Sylvania',
      '8 punct PUNCT .',
    ];
    const doc = fixtureDoc('The three activists jailed for protesting were released by Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    // the jailing is background to the release, and the activists never act in it
    assert.ok(!evs.some((e) => e.actor.some((a) => a.sector === 'OPP')));
    const e = evs.find((x) => x.eventText === 'released');
    assert.ok(e, 'no release');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['SYL'],
    );
    assert.deepEqual(
      e.recipient.map((a) => a.sector),
      ['OPP'],
    );
  });
});

describe('participles the parse reads as adjectives after their noun', () => {
  it('codes "two villagers were killed and three activists wounded" with no activist as a wounding actor', () => {
    const parse = [
      '2 nummod NUM two',
      '4 nsubj:pass NOUN villager',
      '4 aux:pass AUX be',
      '0 root VERB kill VBN',
      '7 cc CCONJ and',
      '7 nummod NUM three',
      '4 conj NOUN activist',
      '7 amod ADJ wounded JJ',
      '10 case ADP in',
      '8 obl PROPN Sylvania',
      '4 punct PUNCT .',
    ];
    const doc = fixtureDoc('Two villagers were killed and three activists wounded in Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    // the activists are wounded: they are no actor of any act here
    assert.ok(
      !evs.some((e) => e.actor.some((a) => a.sector === 'OPP' || a.sector === 'CVL')),
      JSON.stringify(evs.map((e) => [e.eventText, e.actor.map((a) => a.actorText)])),
    );
  });
});

describe("victims of a named attacker's act", () => {
  it('codes "two villagers were killed in Sylvania shelling" as an ASSAULT by Sylvania on the villagers', () => {
    const parse = [
      '2 nummod NUM two',
      '4 nsubj:pass NOUN villager',
      '4 aux:pass AUX be',
      '0 root VERB kill VBN',
      '7 case ADP in',
      '7 compound PROPN',
      '4 obl NOUN shelling',
      '4 punct PUNCT .',
    ];
    const doc = fixtureDoc('Two villagers were killed in Sylvania shelling.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events.filter((e) => e.event === 'ASSAULT');
    assert.equal(evs.length, 1, evs.map((e) => e.eventText).join(','));
    assert.deepEqual(
      evs[0]?.actor.map((a) => a.code),
      ['SYL'],
    );
    assert.deepEqual(
      evs[0]?.recipient.map((a) => a.sector),
      ['CVL'],
    );
  });
});

describe('acts of force in a participle after their victims', () => {
  it('codes "there were two villagers killed in Ruritania" as an ASSAULT on the villagers by an unidentified actor', () => {
    const parse = [
      '2 expl PRON there',
      '0 root VERB be',
      '4 nummod NUM two',
      '2 nsubj NOUN villager',
      '4 acl VERB kill VBN',
      '7 case ADP in',
      '5 obl PROPN',
      '2 punct PUNCT .',
    ];
    const doc = fixtureDoc('There were two villagers killed in Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      places: [['Ruritania', 'RUR']],
      parse,
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => [a.code, a.sector]),
      [['RUR', 'UNK']],
    );
    assert.deepEqual(
      e.recipient.map((a) => a.sector),
      ['CVL'],
    );
  });
});

describe('adjectival participles that read like passives', () => {
  const codeM = (text: string) =>
    codeEvents(fixtureDoc(text, { mentions: [...M, ['Ruritanian', 'RUR', null]], published: '2020-05-01' }), lex)
      .events;
  it('makes the subject of "is opposed to" the one who rejects ("Sylvania is opposed to Ruritanian mediation")', () => {
    const e = codeM('Sylvania is opposed to Ruritanian mediation in the talks.').find((x) => x.event === 'REJECT');
    assert.ok(e, 'no REJECT');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['SYL'],
    );
  });
  it('makes the subject of a parsed "are opposed to" its actor, not its recipient', () => {
    const parse = [
      '3 nsubj:pass PROPN sylvania NNP',
      '3 aux:pass AUX be VBP',
      '0 root VERB oppose VBN',
      '6 case ADP to IN',
      '6 amod ADJ ruritanian JJ',
      '3 obl NOUN mediation NN',
      '3 punct PUNCT . .',
    ];
    const evs = codeEvents(
      fixtureDoc('Sylvania are opposed to Ruritanian mediation.', {
        mentions: [...M, ['Ruritanian', 'RUR', null]],
        published: '2020-05-01',
        parse,
      }),
      lex,
    ).events;
    const e = evs.find((x) => x.event === 'REJECT');
    assert.ok(e, 'no REJECT');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['SYL'],
    );
    assert.ok(!e.recipient.some((r) => r.code === 'SYL'));
  });
  it('keeps a true passive of oppose a passive ("the plan was opposed by Sylvania")', () => {
    const e = codeM('The Ruritanian plan was opposed by Sylvania.').find((x) => x.event === 'REJECT');
    assert.ok(e, 'no REJECT');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['SYL'],
    );
  });
});

describe('frame prepositions on a passive subject', () => {
  it('finds the recipient in the passive subject\'s phrase ("aid to Sylvania was suspended by Freedonia", parsed)', () => {
    const parse = [
      '5 nsubj:pass NOUN aid NN',
      '3 case ADP to IN',
      '1 nmod PROPN Sylvania NNP',
      '5 aux:pass AUX be VBD',
      '0 root VERB suspend VBN',
      '7 case ADP by IN',
      '5 obl:agent PROPN Freedonia NNP',
      '5 punct PUNCT . .',
    ];
    const doc = fixtureDoc('Aid to Sylvania was suspended by Freedonia.', {
      mentions: [...M, ['Freedonia', 'FRE', 'GOV']],
      published: '2020-05-01',
      parse,
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'SANCTION');
    assert.ok(e, 'no SANCTION');
    assert.deepEqual(
      e.actor.map((a) => a.code),
      ['FRE'],
    );
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
    );
  });
});

describe('passives of force done with a weapon someone fired', () => {
  it('codes "blown up by a missile believed to be fired by rebels" as the rebels\' ASSAULT (parsed)', () => {
    const parse = [
      '3 det DET the DT',
      '3 compound PROPN Sylvania NNP',
      '5 nsubj:pass NOUN airliner NN',
      '5 aux:pass AUX be VBD',
      '0 root VERB blow VBN',
      '5 compound:prt ADV up RP',
      '9 case ADP by IN',
      '9 det DET a DT',
      '5 obl:agent NOUN missile NN',
      '9 acl VERB believe VBN',
      '13 mark PART to TO',
      '13 aux:pass AUX be VB',
      '10 xcomp VERB fire VBN',
      '15 case ADP by IN',
      '13 obl:agent NOUN rebel NNS',
      '5 punct PUNCT . .',
    ];
    const doc = fixtureDoc('The Sylvania airliner was blown up by a missile believed to be fired by rebels.', {
      mentions: [...M, ['rebels', null, 'REB']],
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    const e = evs.find((x) => x.eventText === 'blown up');
    assert.ok(e, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    assert.equal(e.event, 'ASSAULT');
    assert.deepEqual(
      e.actor.map((a) => a.sector),
      ['REB'],
    );
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
    );
  });
});

describe('the means of an act with an unnamed doer', () => {
  it('does not take a weapon of another phrase as the means ("arrested in connection with the bombings")', () => {
    const e = code('Yesterday two villagers were arrested in connection with the bombings.').find(
      (x) => x.event === 'COERCE',
    );
    assert.ok(e, 'no COERCE');
    assert.deepEqual(
      e.actor.map((a) => [a.actorText, a.sector]),
      [['arrested', 'UNK']],
    );
  });
  it('still takes the weapon "by"/"in" leads to ("killed in a bomb attack")', () => {
    const e = code('Yesterday two villagers were killed in a bomb attack.').find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.equal(e.actor[0]?.sector, 'UNK');
    assert.match(e.actor[0]?.actorText ?? '', /bomb/);
  });
});

describe('passives by word order: irregular participles and reported passives', () => {
  it('reads "had been shot" as a passive: the villagers are shot, not shooting', () => {
    const e = code('Yesterday two villagers had been shot near the border.').find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.equal(e.actor[0]?.sector, 'UNK');
    assert.deepEqual(
      e.recipient.map((r) => r.sector),
      ['CVL'],
    );
  });
  it('never makes the victims of "were reported killed" the doers', () => {
    const evs = code('Yesterday two villagers were reported killed near the border.');
    assert.ok(!evs.some((e) => e.event === 'ASSAULT' && e.actor.some((a) => a.sector === 'CVL')));
  });
});

describe('victims named in the subject', () => {
  it('negates an act whose subject says no one underwent it ("None of the villagers were killed", "No activists were hurt")', () => {
    const codeN = (text: string) =>
      codeEvents(fixtureDoc(text, { mentions: [...M, ['the villagers', null, 'CVL']], published: '2020-05-01' }), lex)
        .events;
    for (const text of ['None of the villagers were killed.', 'Yesterday no three activists were hurt.']) {
      const evs = codeN(text);
      assert.ok(!evs.some((e) => e.event === 'ASSAULT' && e.status !== 'negated'), text);
    }
  });
  it('takes no victim across a speech verb ("Sylvania says a farmer was killed")', () => {
    const evs = code('Sylvania says a farmer was killed on Monday.');
    assert.ok(!evs.some((e) => e.recipient.some((r) => r.code === 'SYL')));
  });
  it('makes the subject of "died" the victim of the act of force, not its doer', () => {
    const evs = codeEvents(
      fixtureDoc('Twelve Sylvania soldiers died in clashes on Monday.', {
        mentions: [['Twelve Sylvania soldiers', 'SYL', 'MIL']],
        published: '2020-05-01',
      }),
      lex,
    ).events;
    const e = evs.find((x) => x.event === 'ASSAULT');
    assert.ok(e, 'no ASSAULT');
    assert.equal(e.actor[0]?.sector, 'UNK');
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
    );
  });
});
