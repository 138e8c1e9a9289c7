import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const code = (text: string) =>
  codeEvents(fixtureDoc(text, { mentions: STATES, places: [['Sylvanian', 'SYL']], published: '2020-05-01' }), lex)
    .events;
const recipients = (evs: Event[]) => evs.flatMap((e) => e.recipient.map((r) => r.code));

describe('places standing for recipients', () => {
  it('does not make a country naming a currency the recipient ("pledged Sylvanian $5 million")', () => {
    const evs = code('Freedonia pledged Sylvanian $5 million to rebuild schools.');
    assert.ok(evs.length, 'no event');
    assert.ok(!recipients(evs).includes('SYL'), JSON.stringify(recipients(evs)));
  });
  it('does not make a country naming dollars the recipient ("pledged 5 million Sylvanian dollars")', () => {
    const evs = code('Freedonia pledged 5 million Sylvanian dollars to rebuild schools.');
    assert.ok(!recipients(evs).includes('SYL'), JSON.stringify(recipients(evs)));
  });
});

describe('places of participle clauses', () => {
  // Freedonia declared a state of emergency in Zenda on Monday , suspending parts of the constitution .
  const parse = [
    '2 nsubj PROPN',
    '0 root VERB declare VBD',
    '4 det DET',
    '2 obj NOUN state NN',
    '6 case ADP',
    '4 nmod NOUN emergency NN',
    '8 case ADP',
    '4 nmod PROPN',
    '10 case ADP',
    '2 obl PROPN',
    '12 punct PUNCT',
    '2 advcl VERB suspend VBG',
    '12 obj NOUN part NNS',
    '16 case ADP',
    '16 det DET',
    '13 nmod NOUN constitution NN',
    '2 punct PUNCT',
  ];
  it('directs a participle\'s act at the country of the place of the clause it adds to ("… in Zenda, suspending …")', () => {
    const doc = fixtureDoc(
      'Freedonia declared a state of emergency in Zenda on Monday, suspending parts of the constitution.',
      {
        mentions: STATES,
        places: [['Zenda', 'SYL']],
        published: '2020-05-01',
        parse,
      },
    );
    const e = codeEvents(doc, lex).events.find((x) => x.eventText === 'suspending');
    assert.ok(e, 'no event "suspending"');
    assert.deepEqual(recipients([e]), ['SYL']);
  });
});

describe('forces a mobilisation moves', () => {
  const mobilize = (text: string) =>
    codeEvents(
      fixtureDoc(text, {
        mentions: [
          ...STATES,
          ['Freedonian troops', 'FRE', 'MIL'],
          ['the city police', null, 'COP'],
          ['The mayor', null, 'GOV'],
        ],
        places: [
          ['Freedonian', 'FRE'],
          ['Sylvania', 'SYL'],
        ],
        published: '2020-05-01',
      }),
      lex,
    ).events.filter((e) => e.event === 'MOBILIZE');
  it('does not make the actor\'s own troops the recipient ("Freedonia deployed Freedonian troops")', () => {
    const evs = mobilize('Freedonia deployed Freedonian troops on Monday.');
    assert.equal(evs.length, 1);
    assert.deepEqual(recipients(evs), []);
  });
  it('directs a deployment at the place the forces go, past the forces ("deployed Freedonian troops to Sylvania")', () => {
    const evs = mobilize('Freedonia deployed Freedonian troops to Sylvania on Monday.');
    assert.deepEqual(recipients(evs), ['SYL']);
  });
  it('does not make forces of no named country the recipient ("the mayor mobilized the city police")', () => {
    const evs = mobilize('The mayor mobilized the city police after the riots.');
    assert.equal(evs.length, 1);
    assert.equal(evs[0]?.recipient.length, 0, JSON.stringify(evs[0]?.recipient));
  });
});
