import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { ActorRef, Event } from '../../schema/output.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { withoutOwnRecipient } from './recipients-own.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const codes = (refs: Event['actor']) => refs.map((r) => r.code ?? r.sector);
const code = (text: string, parse: readonly string[], mentions: readonly MentionSpec[] = STATES) =>
  codeEvents(fixtureDoc(text, { mentions, parse, published: '2020-05-01' }), lex).events;
const list = (evs: readonly Event[]) => evs.map((x) => `${x.event}:${x.eventText}`).join(', ');

describe('event arguments: recipients, purposes, roles and participles', () => {
  it('gives a verb in -s misread before a noun-verb ("The Freedonian strikes support Sylvania") no recipient', () => {
    // The Freedonian strikes support Sylvania in the war .
    const p = [
      '2 det DET the DT',
      '3 nsubj PROPN Freedonian NNP',
      '0 root VERB strike VBZ',
      '5 compound NOUN support NN',
      '3 obj PROPN Sylvania NNP',
      '8 case ADP in IN',
      '8 det DET the DT',
      '3 obl NOUN war NN',
      '3 punct PUNCT . .',
    ];
    const m: MentionSpec[] = [['Freedonian', 'FRE', null], ...STATES];
    const evs = code('The Freedonian strikes support Sylvania in the war.', p, m);
    const e = evs.find((x) => x.eventText === 'strikes');
    assert.ok(e, `no event on "strikes" in ${list(evs)}`);
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), []);
  });

  it("gives an act noun that is the subject of a verb of another kind no recipient from that verb's object", () => {
    // The Freedonian airstrikes support Sylvania .
    const p = [
      '3 det DET the DT',
      '3 amod ADJ Freedonian JJ',
      '4 nsubj NOUN airstrike NNS',
      '0 root VERB support VBP',
      '4 obj PROPN Sylvania NNP',
      '4 punct PUNCT . .',
    ];
    const m: MentionSpec[] = [['Freedonian', 'FRE', null], ...STATES];
    const evs = code('The Freedonian airstrikes support Sylvania.', p, m);
    const e = evs.find((x) => x.eventText === 'airstrikes');
    assert.ok(e, `no event on "airstrikes" in ${list(evs)}`);
    assert.deepEqual(codes(e.recipient), []);
    const s = evs.find((x) => x.eventText === 'support');
    assert.deepEqual(s ? codes(s.recipient) : [], ['SYL']);
  });

  it("drops the actor's own state from a list of recipients, and keeps a recipient that is its side alone", () => {
    const base = codeEvents(fixtureDoc('Freedonia supported Sylvania.', { mentions: STATES }), lex).events.find(
      (x) => x.event === 'SUPPORT',
    );
    assert.ok(base);
    const fre = base.actor[0] as ActorRef;
    const syl = base.recipient[0] as ActorRef;
    const listed = withoutOwnRecipient({ ...base, recipient: [{ ...fre, sector: null }, syl] });
    assert.deepEqual(codes(listed.recipient), ['SYL']);
    const alone = withoutOwnRecipient({ ...base, recipient: [{ ...fre, sector: null }] });
    assert.deepEqual(codes(alone.recipient), ['FRE']);
    const domestic = withoutOwnRecipient({ ...base, recipient: [{ ...fre, sector: 'OPP' }, syl] });
    assert.deepEqual(
      codes(domestic.recipient),
      ['OPP', 'SYL'].map((x, k) => (k === 0 ? 'FRE' : x)),
    );
  });

  it('directs a denial of allegations at no party named inside what is alleged, and gives ", and rejects" after a "saying" clause the first subject', () => {
    // Freedonia defends its ties , saying they promote peace , and rejects allegations of arming Sylvania .
    const p = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB defend VBZ',
      '4 nmod:poss PRON its PRP$',
      '2 obj NOUN tie NNS',
      '6 punct PUNCT , ,',
      '2 advcl VERB say VBG',
      '8 nsubj PRON they PRP',
      '6 ccomp VERB promote VBP',
      '8 obj NOUN peace NN',
      '12 punct PUNCT , ,',
      '12 cc CCONJ and CC',
      '8 conj VERB reject VBZ',
      '12 obj NOUN allegation NNS',
      '15 mark SCONJ of IN',
      '13 acl VERB arm VBG',
      '15 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia defends its ties, saying they promote peace, and rejects allegations of arming Sylvania.';
    const evs = code(text, p);
    const e = evs.find((x) => x.eventText === 'rejects');
    assert.ok(e, `no event on "rejects" in ${list(evs)}`);
    assert.deepEqual(codes(e.actor), ['FRE']);
    assert.deepEqual(codes(e.recipient), []);
  });

  it('makes the purpose of a sought cooperation intended, done by the one seeking it, not its partners', () => {
    // Freedonia seeks closer cooperation with Sylvania to suppress terrorism .
    const p = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB seek VBZ',
      '4 amod ADJ close JJR',
      '2 obj NOUN cooperation NN',
      '6 case ADP with IN',
      '4 nmod PROPN Sylvania NNP',
      '8 mark PART to TO',
      '4 acl VERB suppress VB',
      '8 obj NOUN terrorism NN',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia seeks closer cooperation with Sylvania to suppress terrorism.', p);
    const e = evs.find((x) => x.eventText === 'suppress');
    assert.ok(e, `no event on "suppress" in ${list(evs)}`);
    assert.equal(e.status, 'intended');
    assert.deepEqual(codes(e.actor), ['FRE']);
  });

  it('makes the party demands come "from" no target of a protest, and the one the protesters\' own demands are made of its target', () => {
    const m: MentionSpec[] = [['Protesters', null, 'CVL'], ['the opposition', null, 'OPP'], ...STATES];
    const text = 'Protesters blocked roads for hours to press demands from the opposition for new elections.';
    const evs = codeEvents(fixtureDoc(text, { mentions: m, published: '2020-05-01' }), lex).events;
    const e = evs.find((x) => x.eventText === 'blocked');
    assert.ok(e, `no event on "blocked" in ${list(evs)}`);
    assert.ok(!codes(e.recipient).includes('OPP'), `recipient ${codes(e.recipient)}`);
    const own = 'Protesters blocked the bridge for hours to press their demands for reforms from Sylvania.';
    const g = codeEvents(fixtureDoc(own, { mentions: m, published: '2020-05-01' }), lex).events.find(
      (x) => x.eventText === 'blocked',
    );
    assert.deepEqual(g ? codes(g.recipient) : [], ['SYL']);
    const t = 'Protesters blocked roads for hours in defiance of Sylvania.';
    const f = codeEvents(fixtureDoc(t, { mentions: m, published: '2020-05-01' }), lex).events.find(
      (x) => x.eventText === 'blocked',
    );
    assert.deepEqual(f ? codes(f.recipient) : [], ['SYL']);
  });

  it('makes an act intended inside an allegation claimed ("alleged that Sylvania planned the raid"), and denied inside a denial', () => {
    const p = (verb: string) => [
      '2 nsubj PROPN Freedonia NNP',
      `0 root VERB ${verb} VBD`,
      '5 mark SCONJ that IN',
      '5 nsubj PROPN Sylvania NNP',
      '2 ccomp VERB plan VBD',
      '7 det DET the DT',
      '5 obj NOUN raid NN',
      '2 punct PUNCT . .',
    ];
    const alleged = code('Freedonia alleged that Sylvania planned the raid.', p('allege'));
    const e = alleged.find((x) => x.eventText === 'raid');
    assert.ok(e, `no event on "raid" in ${list(alleged)}`);
    assert.equal(e.status, 'claimed');
    const denied = code('Freedonia denied that Sylvania planned the raid.', p('deny'));
    const d = denied.find((x) => x.eventText === 'raid');
    assert.ok(!d || d.status === 'denied', `status ${d?.status}`);
  });

  it('makes the role given up ("resigned from his job as a police officer") no party left, unlike "withdrew its troops from Sylvania"', () => {
    const m: MentionSpec[] = [['The minister', 'FRE', 'GOV'], ['a police officer', null, 'COP'], ...STATES];
    const doc = (text: string) => codeEvents(fixtureDoc(text, { mentions: m, published: '2020-05-01' }), lex).events;
    const resigned = doc('The minister resigned from his job as a police officer.').find(
      (x) => x.eventText === 'resigned',
    );
    assert.ok(resigned, 'no event on "resigned"');
    assert.deepEqual(codes(resigned.recipient), []);
    const withdrew = doc('Freedonia withdrew its troops from Sylvania.').find((x) => x.eventText === 'withdrew');
    assert.deepEqual(withdrew ? codes(withdrew.recipient) : [], ['SYL']);
  });

  it('gives a verb inside an "as …" clause ("as striking nurses continue to fill … and demand …") no subject of the main clause', () => {
    const p = [
      '2 amod ADJ Freedonian JJ',
      '4 nsubj NOUN lawmaker NNS',
      '4 aux AUX will MD',
      '0 root VERB stay VB',
      '6 case ADP at IN',
      '4 obl NOUN home NN',
      '4 obl:tmod NOUN today NN',
      '9 mark SCONJ as IN',
      '4 advcl VERB strike VBG',
      '9 obj NOUN nurse NNS',
      '9 xcomp VERB continue VBP',
      '13 mark PART to TO',
      '11 xcomp VERB fill VB',
      '15 det DET the DT',
      '16 compound NOUN state NN',
      '13 obj PROPN Capitol NNP',
      '18 cc CCONJ and CC',
      '13 conj VERB demand VB',
      '20 amod ADV more RBR',
      '18 obj NOUN funding NN',
      '22 case ADP for IN',
      '20 nmod NOUN hospital NNS',
      '4 punct PUNCT . .',
    ];
    const m: MentionSpec[] = [['Freedonian lawmakers', 'FRE', 'LEG'], ['striking nurses', null, 'CVL'], ...STATES];
    const text =
      'Freedonian lawmakers will stay at home today as striking nurses continue to fill the state Capitol and demand more funding for hospitals.';
    const evs = code(text, p, m);
    const e = evs.find((x) => x.eventText === 'demand');
    assert.ok(!e || !codes(e.actor).includes('FRE'), `actor ${e ? codes(e.actor) : ''}`);
  });

  it('does not make an object judged by an adjective ("considers the sanctions essential") intended', () => {
    const p = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB consider VBZ',
      '4 det DET the DT',
      '2 obj NOUN sanction NNS',
      '4 amod ADJ essential JJ',
      '2 punct PUNCT . .',
    ];
    const evs = code('Freedonia considers the sanctions essential.', p);
    const e = evs.find((x) => x.eventText === 'sanctions');
    assert.ok(e?.status !== 'intended', `status ${e?.status}`);
  });

  it('reads a participle the parse hangs on its subject as active when a party follows it ("the prince detained Sylvania\'s envoy")', () => {
    const p = [
      '10 advmod ADV later RB',
      '1 punct PUNCT , ,',
      '4 det DET the DT',
      '10 nsubj NOUN prince NN',
      '4 acl VERB detain VBN',
      '8 nmod:poss PROPN Sylvania NNP',
      "6 case PART 's POS",
      '5 obl:agent NOUN envoy NN',
      '10 cc CCONJ and CC',
      '0 root VERB leave VBD',
      '10 punct PUNCT . .',
    ];
    const m: MentionSpec[] = [['the prince', 'FRE', 'GOV'], ...STATES];
    const evs = code("Later, the prince detained Sylvania's envoy and left.", p, m);
    const e = evs.find((x) => x.eventText === 'detained');
    assert.ok(e, `no event on "detained" in ${list(evs)}`);
    assert.deepEqual(codes(e.actor), ['FRE']);
  });
});
