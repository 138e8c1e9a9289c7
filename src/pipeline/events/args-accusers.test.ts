import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { type FixtureOptions, fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Freedonian troops', 'FRE', 'MIL'],
  ['rebels', null, 'REB'],
];
const code = (text: string, opts: FixtureOptions = {}) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...opts }), lex).events;
const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);

// The rebels have been accused of hoarding food in the camps , by <agent> .
const parse = (agentTokens: readonly string[]) => [
  '2 det DET',
  '5 nsubj:pass NOUN rebel NNS',
  '5 aux AUX have VBP',
  '5 aux:pass AUX be VBN',
  '0 root VERB accuse VBN',
  '7 mark SCONJ',
  '5 advcl VERB hoard VBG',
  '7 obj NOUN food NN',
  '11 case ADP',
  '11 det DET',
  '7 obl NOUN camp NNS',
  `${13 + agentTokens.length} punct PUNCT`,
  `${13 + agentTokens.length} case ADP`,
  ...agentTokens,
  '5 punct PUNCT',
];

describe('event arguments: the accusers of a passive accusation', () => {
  it('makes the party in a closing ", by …" the accuser though the parse hangs it on the charge', () => {
    const p = parse(['15 amod ADJ', '11 nmod NOUN troop NNS']);
    const evs = code('The rebels have been accused of hoarding food in the camps, by Freedonian troops.', { parse: p });
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, `no ACCUSE in ${evs.map((x) => `${x.event}:${x.eventText}`).join(', ')}`);
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), ['REB']);
  });
  it('finds no accuser in a closing ", by …" that names no party ("by some accounts")', () => {
    const p = parse(['15 det DET', '11 nmod NOUN account NNS']);
    const evs = code('The rebels have been accused of hoarding food in the camps, by some accounts.', { parse: p });
    assert.ok(!evs.some((x) => x.event === 'ACCUSE' && x.actor.length && codes(x.actor)[0] !== 'UNK'));
  });
});
