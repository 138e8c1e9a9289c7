import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES, ['the ministry', null, 'GOV'], ['Sylvanian', 'SYL', null]];
const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);
const byType = (evs: Event[], type: string): Event => {
  const e = evs.find((x) => x.event === type);
  assert.ok(e, `no ${type} event in ${evs.map((x) => `${x.event}:${x.eventText}`).join(', ')}`);
  return e;
};

describe('the target of a quoted conditional threat', () => {
  it('takes the subject of an "if" clause right after the closing quotation mark', () => {
    const e = byType(
      code('"Freedonia will fight back firmly" if Sylvania persists in its blockade, the ministry said.'),
      'THREATEN',
    );
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('does not look past a quotation mark that opens new words', () => {
    const evs = code('Freedonia will fight back, the ministry said, "and if Sylvania persists" it will say more.');
    for (const e of evs.filter((x) => x.event === 'THREATEN')) assert.deepEqual(codes(e.recipient), []);
  });
});

describe('the target of a measure on goods', () => {
  it('is the state the goods come from ("duties on imports from Sylvania")', () => {
    const e = byType(
      code('Freedonia said it would impose new duties on $5 billion of imports from Sylvania.'),
      'THREATEN',
    );
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('is the state of a place the goods come from ("imports from Borduria", a place only)', () => {
    const text = 'Freedonia will impose duties on imports from Borduria.';
    const doc = fixtureDoc(text, { mentions: M, places: [['Borduria', 'BOR']], published: '2020-05-01' });
    const e = byType(codeEvents(doc, lex).events, 'THREATEN');
    assert.deepEqual(codes(e.recipient), ['BOR']);
  });
  it('is the state named as the goods\' modifier ("tariffs on Sylvanian goods")', () => {
    const e = byType(code('Freedonia will impose tariffs on $5 billion of Sylvanian steel imports.'), 'THREATEN');
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('is no one when the goods are named without a state ("duties on steel imports")', () => {
    const e = byType(code('Freedonia will impose duties on steel imports, Sylvania said.'), 'THREATEN');
    assert.deepEqual(codes(e.recipient), []);
  });
});

describe('an act received from a party', () => {
  // Sylvania has received strong backing from Freedonia . ('backing' read as a gerund)
  const parse = [
    '3 nsubj PROPN Sylvania NNP',
    '3 aux AUX have VBZ',
    '0 root VERB receive VBN',
    '3 xcomp ADJ strong JJ',
    '4 advcl VERB back VBG',
    '7 case ADP from IN',
    '5 obl PROPN Freedonia NNP',
    '3 punct PUNCT . .',
  ];
  it('makes the "from" party the actor and the receiver the recipient ("received strong backing from X")', () => {
    const doc = fixtureDoc('Sylvania has received strong backing from Freedonia.', {
      mentions: M,
      parse,
      published: '2020-05-01',
    });
    const e = byType(codeEvents(doc, lex).events, 'SUPPORT');
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
  it('takes a giver known only as a place ("backing from Borduria")', () => {
    const doc = fixtureDoc('Sylvania has received strong backing from Borduria.', {
      mentions: M,
      places: [['Borduria', 'BOR']],
      parse,
      published: '2020-05-01',
    });
    const e = byType(codeEvents(doc, lex).events, 'SUPPORT');
    assert.deepEqual(codes(e.actor), ['BOR']);
    assert.deepEqual(codes(e.recipient), ['SYL']);
  });
});
