import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, assertSomeEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ...STATES,
  ['Zorvex Inc.', null, 'BUS'],
  ['Kestrel Group', null, 'BUS'],
  ['the company', null, 'BUS'],
  ['customers', null, 'CVL'],
  ['the workers union', null, 'LAB'],
];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;

describe('business dealings are no political events (PLOVER BUS)', () => {
  it('codes no event for a deal, an offer or a complaint between companies', () => {
    for (const text of [
      'Zorvex Inc. signed a deal with Kestrel Group.',
      'Zorvex Inc. offered to buy Kestrel Group.',
      'Zorvex Inc. accused Kestrel Group of breaking the contract.',
    ])
      assertNoEvent(code(text), () => true);
  });
  it('codes no event for a company acting toward customers or nobody ("the company pledged to cut prices")', () => {
    assertNoEvent(code('The company offered free trials to customers.'), () => true);
    assertNoEvent(code('Zorvex Inc. pledged to cut prices.'), () => true);
  });
  it('codes a company dealing with a state or with organised labour, and a state acting on a company', () => {
    assertSomeEvent(code('Zorvex Inc. signed a deal with Freedonia.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(code('Zorvex Inc. agreed to meet the workers union.'), () => true);
    assertSomeEvent(code('Freedonia accused Zorvex Inc. of fraud.'), (e) => e.event === 'ACCUSE');
  });
  it('codes violence by or against a company whoever the parties are', () => {
    assertSomeEvent(code('Zorvex Inc. guards attacked customers.'), (e) => e.event === 'ASSAULT');
  });
});

describe('market commentary is no political event', () => {
  it('codes no event for analysts blaming a slide, an ACCUSE for analysts accusing Freedonia', () => {
    const mentions: MentionSpec[] = [...M];
    const text = 'Analysts blamed the slide on weak sales, and analysts accused Freedonia of hiding debts.';
    const doc = fixtureDoc(text, { mentions, published: '2020-05-01' });
    const withRoles = {
      ...doc,
      layers: {
        ...doc.layers,
        mentions: [
          ...(doc.layers.mentions ?? []),
          ...[...text.matchAll(/[Aa]nalysts/g)].map((m) => ({
            actorText: m[0],
            name: null,
            code: null,
            sector: 'EDU',
            role: 'analyst',
            id: null,
            start: m.index ?? 0,
            end: (m.index ?? 0) + m[0].length,
            kind: 'nominal' as const,
          })),
        ].sort((a, b) => a.start - b.start),
      },
    };
    const evs = codeEvents(withRoles, lex).events;
    assertNoEvent(evs, (e) => e.eventText === 'blamed');
    assertSomeEvent(evs, (e) => e.event === 'ACCUSE' && e.recipient.some((r) => r.code === 'FRE'));
  });
});

describe('private kindness is no AID', () => {
  const C: MentionSpec[] = [...STATES, ['Neighbours', null, 'CVL']];
  const codeC = (text: string) => codeEvents(fixtureDoc(text, { mentions: C, published: '2020-05-01' }), lex).events;
  it('codes no AID for neighbours bringing food to nobody named; Freedonia sending food to Sylvania stays', () => {
    assertSomeEvent(codeC('Freedonia brought food to Sylvania.'), (e) => e.event === 'AID');
    assertNoEvent(codeC('Neighbours have been bringing food.'), (e) => e.event === 'AID');
  });
  it('codes no CONSULT for neighbours who discussed new recipes; Freedonia discussing trade stays', () => {
    assertSomeEvent(codeC('Freedonia discussed trade with Sylvania.'), (e) => e.event === 'CONSULT');
    assertNoEvent(codeC('Neighbours discussed new recipes.'), (e) => e.event === 'CONSULT');
  });
  it('codes no REQUEST, AGREE or SUPPORT for neighbours asking, offering or welcoming with nobody named', () => {
    assertNoEvent(codeC('Neighbours asked to remain anonymous.'), (e) => e.event === 'REQUEST');
    assertNoEvent(codeC('Neighbours offered to help.'), (e) => e.event === 'AGREE');
    assertNoEvent(codeC('Neighbours welcomed the new park.'), (e) => e.event === 'SUPPORT');
    assertSomeEvent(codeC('Freedonia asked Sylvania for help.'), (e) => e.event === 'REQUEST');
    assertSomeEvent(codeC('Freedonia offered to help.'), (e) => e.event === 'AGREE');
  });
});
