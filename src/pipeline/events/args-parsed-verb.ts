import {
  againstBelow,
  byAgent,
  caseOf,
  chargedWith,
  doerOfObject,
  groupFromToken,
  hasPrepArg,
  INTRANSITIVE,
  PURPOSE_TYPES,
  partitiveOf,
  reducedRelative,
  rightGroup,
  syntacticSubject,
  UNDERGOES,
} from './args.js';
import { toldAbove } from './args-addressee.js';
import { titledByParty } from './args-by-title.js';
import { subjectMisreadAfterConjunct } from './args-conjunct.js';
import { dativeObject } from './args-dative.js';
import { type ArgDraft, type ArgFrame, NO_RECIPIENT } from './args-draft.js';
import { gardenPathObject } from './args-garden.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

type Subject = { group: number[]; passive: boolean };

/** Complements of a passive verb that make it a verdict on its subject ("was found guilty"). */
const VERDICT = new Set(['guilty', 'liable', 'culpable']);

/** "was found guilty of fraud by the court": a "by" agent the parse hangs one phrase down. */
function byAgentBelow(v: SentenceView, i: number): number[] {
  for (const c of dependents(v, i, 'obl', 'xcomp', 'obj'))
    for (const g of dependents(v, c, 'nmod', 'obl')) if (caseOf(v, g) === 'by') return groupFromToken(v, g);
  return [];
}

/**
 * "was accused of fraud by Harbor Radio editor Lena Moss and …": a "by" phrase (on the verb or one
 * phrase down) whose head the parse puts on a word of the title before the named party.
 */
function titledByAgent(v: SentenceView, i: number): number[] {
  for (const c of dependents(v, i, 'obl', 'nmod')) if (caseOf(v, c) === 'by') return titledByParty(v, c);
  for (const c of dependents(v, i, 'obl', 'xcomp', 'obj'))
    for (const g of dependents(v, c, 'nmod', 'obl')) if (caseOf(v, g) === 'by') return titledByParty(v, g);
  return [];
}

/** ", by the ministry." closing a sentence after token i: the party it names, ending the sentence. */
function trailingByAgent(v: SentenceView, i: number): number[] {
  const n = v.lower.length;
  for (let k = i + 1; k + 1 < n; k++) {
    if (v.lower[k] !== ',' || v.lower[k + 1] !== 'by') continue;
    const g = rightGroup(v, k + 2, 3, true);
    const last = Math.max(...g.map((mi) => v.mentionTokens[mi]?.last ?? n));
    const rest = v.lower.slice(last + 1);
    if (g.length && rest.every((w) => w === '.' || w === '"' || w === "''")) return g;
  }
  return [];
}

/** The parse's subject of a verb trigger, and whether it undergoes the act (passive). */
function verbSubject(v: SentenceView, t: Trigger, d: ArgDraft): Subject {
  let s = syntacticSubject(v, t.i);
  d.passiveParse = reducedRelative(v, t.i) || gardenPathObject(v, t.i) >= 0;
  // "Hundreds of people protested in the capital": a verb that takes no object has no passive;
  // a participle the parse hangs on a noun is that noun's act
  if (d.passiveParse && INTRANSITIVE.has(v.lemma[t.i] ?? '')) {
    d.passiveParse = false;
    s = { group: s.group, passive: false };
  }
  // "Eleven people died in the blast": the subject of a verb of dying undergoes the act
  if (UNDERGOES.has(v.lemma[t.i] ?? '') && !s.passive) s = { group: s.group, passive: true };
  // "three men accused of robbing a bank": a verb of charging with no object is a passive, whatever the parse
  if (chargedWith(v, t.i) && !s.passive) s = { group: s.group, passive: true };
  // (a passive's subject precedes it: a party after the verb, "…, officials said", is a parse slip)
  if (s.passive) s = { group: s.group.filter((mi) => (v.mentionTokens[mi]?.first ?? 0) < t.i), passive: true };
  // "killed a guard and severely wounded a nurse": a subject the parse puts after a conjunct is its
  // object; the conjunct shares the subject of the verb it is joined to
  if (subjectMisreadAfterConjunct(v, t.i) >= 0) s = syntacticSubject(v, v.head[t.i] ?? -1);
  // "told police Harlan threatened to stab": the party told is no part of the clause's subject
  const told = toldAbove(v, t.i);
  if (told >= 0) s = { group: s.group.filter((mi) => mi !== told), passive: s.passive };
  return s;
}

/** A passive verb: its subject is the recipient, its "by" agent the actor. */
function passiveArgs(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft, s: Subject): void {
  const { frame } = f;
  d.recipient = frame === 'none' && !UNDERGOES.has(v.lemma[t.i] ?? '') ? [] : s.group;
  d.actor = byAgent(v, t.i);
  if (!d.actor.length) d.actor = byAgentBelow(v, t.i);
  if (!d.actor.length) d.actor = titledByAgent(v, t.i);
  // "X has been accused of misusing funds, …, by rival officials": the accusers set off by a comma
  // at the sentence's end, which the parse hangs on some phrase of the charge
  if (!d.actor.length && t.info.plover === 'ACCUSE') d.actor = trailingByAgent(v, t.i);
  // "X was found guilty of fraud by a jury": a verdict is passed on its passive subject
  if (dependents(v, t.i, 'xcomp').some((c) => VERDICT.has(v.lemma[c] ?? ''))) {
    if (s.group.length) d.recipient = s.group;
    if (!d.actor.length) d.actor = dependents(v, t.i, 'xcomp').flatMap((c) => byAgentBelow(v, c));
    if (d.recipient.length) d.explain.push('args: recipient = the one a verdict is passed on');
    // (read as a passive by word order too: the defendant before the verb is no actor)
    d.passiveParse = true;
  }
  // "guerrillas have been demobilized", "the troops were withdrawn": with no agent named, those
  // who stand down retreat themselves (PLOVER RETREAT's actor is the one retreating)
  if (!d.actor.length && frame === 'none' && t.info.plover === 'RETREAT') {
    d.actor = s.group.length ? s.group : partitiveOf(v, dependents(v, t.i, 'nsubj:pass')[0] ?? -1);
    if (d.actor.length) d.explain.push('args: actor = passive subject, who retreats');
  }
  // "Backed by Russia, Syria rejected …": a fronted participle describes the subject after its comma
  const h = v.head[t.i] ?? -1;
  const comma = v.lower.indexOf(',', t.i);
  if (
    !d.recipient.length &&
    frame !== 'none' &&
    /^advcl/.test(v.deprel[t.i] ?? '') &&
    h > comma &&
    comma > t.i &&
    !dependents(v, t.i, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass').length
  ) {
    const actor = d.actor;
    d.recipient = rightGroup(v, comma + 1, 2, true).filter((mi) => !actor.includes(mi));
  }
  if (d.actor.length || d.recipient.length) d.explain.push('args: passive subject → recipient, by-agent → actor');
}

/**
 * "The U.S. strikes support Afghanistan": a verb in -s whose object is a name the parse gives a bare
 * common noun right after the verb as compound ("support Afghanistan") is a misread plural noun
 * subject of that noun, which is the true verb; the name is that verb's object, not the act's.
 */
function misreadPluralSubject(v: SentenceView, i: number): boolean {
  const c = i + 1;
  const o = v.head[c] ?? -1;
  return (
    v.xpos[i] === 'VBZ' &&
    /s$/.test(v.lower[i] ?? '') &&
    v.deprel[c] === 'compound' &&
    v.xpos[c] === 'NN' &&
    (v.mentionAt[c] ?? -1) < 0 &&
    o === c + 1 &&
    v.upos[o] === 'PROPN' &&
    v.deprel[o] === 'obj' &&
    v.head[o] === i &&
    (v.mentionAt[o] ?? -1) >= 0
  );
}

/** An active verb: its subject is the actor, its object (when the frame wants one) the recipient. */
function activeArgs(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft, s: Subject): void {
  const { frame, recPreps, wantObj } = f;
  d.actor = s.group;
  if (d.actor.length) d.explain.push('args: actor = subject');
  // a frame that lists a preposition first ("give … to X") prefers it over the object
  const prepFirst = frame !== 'none' && frame[0] !== 'obj' && frame.includes('obj');
  if (wantObj && misreadPluralSubject(v, t.i)) {
    d.closed = true;
    d.explain.push(`${NO_RECIPIENT}: "${v.lower[t.i]}" is a plural noun, the subject of "${v.lower[t.i + 1]}"`);
    return;
  }
  if (wantObj && !(prepFirst && hasPrepArg(v, t.i, recPreps))) {
    for (const c of dependents(v, t.i, 'obj', 'iobj')) {
      d.recipient = groupFromToken(v, c);
      if (d.recipient.length) {
        d.explain.push(`args: recipient = object`);
        break;
      }
    }
  }
  const misread = d.recipient.length || !wantObj ? -1 : subjectMisreadAfterConjunct(v, t.i);
  if (misread >= 0) {
    d.recipient = groupFromToken(v, misread);
    if (d.recipient.length) d.explain.push('args: recipient = object the parse took for a subject after the verb');
  }
  // "agreed to give inspectors access to the palaces": the first of two objects is the one given to;
  // when it names no party, there is no recipient further on either
  const dative = d.recipient.length ? -1 : dativeObject(v, t.i);
  if (dative >= 0) {
    d.closed = true;
    d.explain.push(`${NO_RECIPIENT}: the one it is given to ("${v.lower[dative]}") is no party`);
  }
}

/** "suspended aid to Pakistan", "imposed sanctions on Iran": a frame preposition on the verb or its object. */
function recipientOfPhrase(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft, s: Subject): void {
  // the phrase hangs on the object, or on the passive subject that stands for it ("evidence
  // against Russia was presented by the US")
  const objs = [...dependents(v, t.i, 'obj'), ...(s.passive ? dependents(v, t.i, 'nsubj:pass') : [])];
  // ("launched artillery, mortar and rocket fire against …": the phrase may hang on a conjunct
  // of the object, or on a noun the parse makes a conjunct of the verb)
  const conjuncts = [
    ...objs.flatMap((o) => dependents(v, o, 'conj')),
    ...dependents(v, t.i, 'conj').filter((c) => v.upos[c] === 'NOUN'),
  ];
  for (const c of [
    ...dependents(v, t.i, 'obl', 'nmod', 'obj'),
    ...[...objs, ...conjuncts].flatMap((o) => dependents(v, o, 'nmod')),
  ]) {
    const p = caseOf(v, c);
    if (p && f.recPreps.includes(p)) {
      d.recipient = groupFromToken(v, c);
      if (d.recipient.length) {
        d.explain.push(`args: recipient = "${p}" object`);
        break;
      }
    }
  }
}

/** The recipient of an active verb whose object named none. */
function verbRecipientFallbacks(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft, s: Subject): void {
  const { frame, recPreps } = f;
  if (d.closed) return;
  if (!d.recipient.length && frame !== 'none' && !s.passive) {
    const actor = d.actor;
    d.recipient = doerOfObject(v, t.i).filter((mi) => !actor.includes(mi));
    if (d.recipient.length) d.explain.push('args: recipient = the "of"/"by" party of what the object names');
  }
  if (!d.recipient.length && recPreps.includes('against') && PURPOSE_TYPES.has(t.info.plover ?? '') && !s.passive) {
    // "trained hackers capable of launching cyber warfare against X": a preparation or threat is
    // directed at the target of what it readies, however deep in its object that lies
    const c = againstBelow(v, dependents(v, t.i, 'obj'));
    if (c >= 0) d.recipient = groupFromToken(v, c);
    if (d.recipient.length) d.explain.push('args: recipient = "against" object inside the object');
  }
  if (!d.recipient.length && recPreps.length) recipientOfPhrase(v, t, f, d, s);
}

/** The parties of a verb trigger in a parsed sentence. */
export function parsedVerbArgs(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  const s = verbSubject(v, t, d);
  if (s.passive) passiveArgs(v, t, f, d, s);
  else activeArgs(v, t, f, d, s);
  verbRecipientFallbacks(v, t, f, d, s);
}
