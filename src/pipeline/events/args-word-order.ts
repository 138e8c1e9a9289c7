import {
  appositiveBefore,
  BOUNDARY,
  coordinatedSubject,
  inFrontedClause,
  isPassiveLinear,
  kinOfSubject,
  leftGroup,
  objectOfVerbBefore,
  PREPS,
  participleOfUnresolvedNoun,
  prepObject,
  reportedSubject,
  rightGroup,
  SAYS,
  thingSubject,
  UNDERGOES,
  underBefore,
  unresolvedNamedSubject,
} from './args.js';
import { insideConjunctHeadObject } from './args-conjunct.js';
import { countedGroup } from './args-count.js';
import { destinationBefore } from './args-destination.js';
import type { ArgDraft, ArgFrame } from './args-draft.js';
import { partyBeforeItsPlace } from './args-located-noun.js';
import { participleAsideBefore, participleAsideHolding } from './args-participle-aside.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** A passive verb read by word order: "by" → actor, the party before it → recipient. */
function passiveByWordOrder(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  const by = prepObject(v, t.last, ['by'], 8);
  if (by.length) d.actor = by;
  // (not across another verb: "Police say X was killed" — the police are not killed)
  const left = leftGroup(v, t.i).filter((mi) => {
    const from = (v.mentionTokens[mi]?.last ?? t.i) + 1;
    return !v.upos.slice(from, t.i).includes('VERB') && !v.lower.slice(from, t.i).some((w) => SAYS.test(w));
  });
  if (f.frame !== 'none' || UNDERGOES.has(v.lemma[t.i] ?? '')) d.recipient = d.recipient.length ? d.recipient : left;
  if (d.actor.length || d.recipient.length)
    d.explain.push('args (word order): passive; "by" → actor, subject → recipient');
}

/** Whether the nearest party before the verb is not its subject. */
function notSubject(v: SentenceView, t: Trigger, actor: readonly number[]): boolean {
  // "killed one U.S. soldier and wounded two others": the object of the verb before is no actor;
  // nor a party inside a fronted adverbial clause ("While some weaken support to Islamabad, …")
  return (
    objectOfVerbBefore(v, actor[0] as number) ||
    inFrontedClause(v, actor[0] as number, t.i) ||
    reportedSubject(v, actor[actor.length - 1] as number, t.i) ||
    kinOfSubject(v, actor[0] as number, t.i) ||
    unresolvedNamedSubject(v, actor[0] as number, t.i) ||
    thingSubject(v, actor[0] as number, t.i) ||
    participleOfUnresolvedNoun(v, actor[0] as number, t.i) ||
    insideConjunctHeadObject(v, actor[0] as number, t.i) ||
    destinationBefore(v, actor[0] as number, t.i)
  );
}

/** An active verb read by word order: the subject shared with a verb before, or the party to the left. */
function activeByWordOrder(v: SentenceView, t: Trigger, d: ArgDraft): void {
  const shared = coordinatedSubject(v, t.i);
  // ("Police say Harlan approached X and stabbed him": the shared subject is a name no party is known by)
  if (shared === null) {
    d.explain.push('args (word order): the subject shared by coordinated verbs names no known party');
    return;
  }
  d.actor = shared;
  if (d.actor.length) {
    d.explain.push('args (word order): actor = subject shared by coordinated verbs');
    return;
  }
  // "Members of X, a body linked to Y, investigated …": the subject is before the appositive
  // ("Saddam, facing U.S. and Arab troops at the border, today sought …": nor a party in a participle aside)
  const open = appositiveBefore(v, t.i) >= 0 ? appositiveBefore(v, t.i) : participleAsideBefore(v, t.i);
  d.actor = partyBeforeItsPlace(v, leftGroup(v, open >= 0 ? open : t.i));
  // ("…, facing U.S. troops at the border, today sought peace by promising to withdraw": a party in a
  // participle aside is the subject of no verb after it either)
  const aside = open < 0 && d.actor.length ? participleAsideHolding(v, d.actor, t.i) : -1;
  if (aside >= 0) d.actor = partyBeforeItsPlace(v, leftGroup(v, aside));
  if (d.actor.length && notSubject(v, t, d.actor)) d.actor = [];
  if (d.actor.length && addressedWriting(v, t, d)) return;
  if (d.actor.length && partnersBefore(v, t, d)) return;
  if (d.actor.length) d.explain.push('args (word order): actor = nearest mention to the left');
}

/**
 * "X seeks cooperation with A and B to suppress …", "X signed a deal with Y to build …": the party
 * of a "with" phrase right before an infinitive of purpose is a partner in the act it serves; the
 * party before that phrase (the one seeking, signing) is the infinitive's actor. Replaces the actor.
 */
function partnersBefore(v: SentenceView, t: Trigger, d: ArgDraft): boolean {
  if (v.lower[t.i - 1] !== 'to') return false;
  const first = v.mentionTokens[d.actor[0] as number]?.first ?? -1;
  const last = v.mentionTokens[d.actor[d.actor.length - 1] as number]?.last ?? -1;
  if (last !== t.i - 2) return false;
  let k = first - 1;
  while (k >= 0 && /^(the|a|an|both|its|their)$/.test(v.lower[k] ?? '')) k--;
  if (v.lower[k] !== 'with') return false;
  const before = leftGroup(v, k, 10).filter((mi) => !d.actor.includes(mi));
  if (!before.length) return false;
  // (the one seeking or signing, not a party of some phrase: "according to an agreement with Y")
  const end = v.mentionTokens[before[before.length - 1] as number]?.last ?? k;
  if (v.lower.slice(end + 1, k).some((w) => PREPS.has(w) || w === ',')) return false;
  d.actor = before;
  d.explain.push('args (word order): actor = the party before the "with" partners of the act the infinitive serves');
  return true;
}

/** Words of a letter or message sent to someone ("wrote to X", "a letter to X", "sent … to X"). */
const WRITING =
  /^(?:write|writes|wrote|written|writing|letter|letters|message|messages|sent|send|sends|note|memo|appeal|petition|petitioned|addressed|e-?mail|e-?mailed)$/;

/**
 * "Y wrote to X, demanding …", "Y sent a letter to X, urging …": the party right before the comma
 * that precedes a participle, when "to" and a word of writing lead to it, is the addressee of the
 * writing, so the one asked; returns it and the index of the word of writing.
 */
function writingAddressee(v: SentenceView, t: Trigger): { addressee: number[]; writing: number } | null {
  if (!/ing$/.test(v.lower[t.i] ?? '')) return null;
  let c = t.i - 1;
  while (c >= 0 && t.i - c <= 3 && v.lower[c] !== ',') c--;
  if (v.lower[c] !== ',') return null;
  const addressee = leftGroup(v, c, 6);
  const first = v.mentionTokens[addressee[0] as number]?.first ?? -1;
  if (first < 0) return null;
  let k = first - 1;
  while (k >= 0 && /^(?:the|a|an)$/.test(v.lower[k] ?? '')) k--;
  if (v.lower[k] !== 'to') return null;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    if (BOUNDARY.has(v.lower[j] ?? '')) return null;
    if (WRITING.test(v.lower[j] ?? '')) return { addressee, writing: j };
  }
  return null;
}

/** The actor taken to the left is the addressee of a letter: the writer acts on it instead. */
function addressedWriting(v: SentenceView, t: Trigger, d: ArgDraft): boolean {
  const w = writingAddressee(v, t);
  if (!w || !d.actor.every((mi) => w.addressee.includes(mi))) return false;
  if (!d.recipient.length) d.recipient = w.addressee;
  d.actor = leftGroup(v, w.writing, 4).filter((mi) => !w.addressee.includes(mi));
  d.explain.push(
    d.actor.length
      ? 'args (word order): actor = writer of the letter whose addressee is before the participle'
      : 'args (word order): the party before the participle is the addressee of a letter, not its writer',
  );
  return true;
}

/** The actor of a verb trigger by word order (a passive's recipient too). */
export function verbByWordOrder(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  if (d.passiveParse || isPassiveLinear(v, t.i) || UNDERGOES.has(v.lemma[t.i] ?? '')) passiveByWordOrder(v, t, f, d);
  else activeByWordOrder(v, t, d);
}

/** Possessive or modifier right before the noun: "Trump's punitive actions", "U.S. strikes". */
function possessorBefore(v: SentenceView, t: Trigger, d: ArgDraft): void {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    const mi = (v.mentionAt[k] ?? -1) >= 0 ? (v.mentionAt[k] ?? -1) : (v.possessorAt[k] ?? -1);
    if (mi >= 0 && d.recipient.includes(mi)) break;
    // "victims of the Nairobi hotel attack": a mention reaching back past a preposition is the party
    // the act's phrase hangs on, not one that modifies the act
    const first = v.mentionTokens[mi]?.first ?? k;
    if (mi >= 0 && v.lower.slice(first, k).some((w) => PREPS.has(w))) break;
    if (mi >= 0) {
      d.actor = [mi];
      d.explain.push('args (word order): actor = possessor/modifier of the noun');
      break;
    }
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || PREPS.has(w) || w === ',' || w === 'the' || w === 'a' || w === 'an') break;
    // ("Egypt is under pressure": a party past an auxiliary or a preposition is the clause's subject)
    if (v.upos[k] === 'AUX' || v.upos[k] === 'ADP') break;
  }
}

/**
 * "She said the bombings would not prevent …": a noun right before an auxiliary or a finite verb is the
 * subject of its own clause, governed by no verb before it.
 */
const opensClause = (v: SentenceView, t: Trigger): boolean =>
  v.upos[t.last + 1] === 'AUX' ||
  (v.upos[t.last + 1] === 'VERB' && /^(VBD|VBZ|VBP|MD)$/.test(v.xpos[t.last + 1] ?? ''));

/** The noun is the object of a verb: "China has initiated a dialogue". */
function subjectOfGoverningVerb(v: SentenceView, t: Trigger, d: ArgDraft): void {
  if (opensClause(v, t)) return;
  let k = t.i - 1;
  while (
    k >= 0 &&
    t.i - k <= 6 &&
    !BOUNDARY.has(v.lower[k] ?? '') &&
    (v.mentionAt[k] ?? -1) < 0 &&
    !PREPS.has(v.lower[k] ?? '')
  )
    k--;
  if (k >= 0 && k < t.i - 2 && (v.mentionAt[k] ?? -1) >= 0) {
    const g = leftGroup(v, k + 1, 8);
    if (g.length) {
      d.actor = g;
      d.explain.push('args (word order): actor = subject of the verb governing the noun');
    }
  }
}

/** The noun stands inside a prepositional phrase ("victims of the embassy bombing"). */
function inPhrase(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(v.upos[k] ?? '')) k--;
  return PREPS.has(v.lower[k] ?? '');
}

/** The actor of a noun trigger by word order. */
export function nounByWordOrder(v: SentenceView, t: Trigger, d: ArgDraft): void {
  possessorBefore(v, t, d);
  if (!d.actor.length) {
    // ("victims of the bombing were flown home by X": a "by" past an auxiliary is the agent of the
    // verb whose subject the noun's phrase hangs on)
    let p = t.last + 1;
    while (p <= t.last + 5 && p < v.lower.length && !t.entry.actorPreps.includes(v.lower[p] ?? '')) p++;
    const verbBetween = inPhrase(v, t.i) && v.upos.slice(t.last + 1, p).some((u) => u === 'AUX');
    const by = verbBetween ? [] : prepObject(v, t.last, t.entry.actorPreps, 5);
    if (by.length) {
      d.actor = by;
      d.explain.push('args (word order): actor = "by" object of the noun');
    }
  }
  // "Egypt is under pressure from Syria to …": the subject undergoes the act; the "from" party does it
  const under = underBefore(v, t.i) >= 0;
  if (!d.actor.length && under) {
    d.actor = prepObject(v, t.last, ['from'], 5);
    if (d.actor.length) d.explain.push('args (word order): actor = "from" object of the noun the subject is under');
  }
  if (!d.actor.length && !under) subjectOfGoverningVerb(v, t, d);
}

/** The recipient by word order, when the parse gave none. */
export function recipientByWordOrder(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  if (d.closed) return;
  if (!d.recipient.length && t.pos === 'verb' && f.frame !== 'none') {
    // "Y wrote to X, demanding …": the addressee of the letter is the one asked
    const w = writingAddressee(v, t);
    const addressee = (w?.addressee ?? []).filter((mi) => !d.actor.includes(mi));
    if (addressee.length) {
      d.recipient = addressee;
      d.explain.push('args (word order): recipient = addressee of the letter before the participle');
    }
  }
  if (!d.recipient.length && t.pos === 'noun') {
    // "Islamabad has come under U.S. pressure / attack / fire": the subject suffers the event
    const u = underBefore(v, t.i);
    if (u >= 0) {
      d.recipient = leftGroup(v, u, 10);
      if (d.recipient.length) d.explain.push('args: recipient = subject of "come under"');
    }
  }
  if (!d.recipient.length && f.frame !== 'none' && !(t.pos === 'verb' && isPassiveLinear(v, t.i))) {
    if (f.wantObj && t.pos === 'verb') {
      d.recipient = rightGroup(v, t.last + 1, 3, true);
      if (d.recipient.length) d.explain.push('args (word order): recipient = object after the verb');
    }
    if (!d.recipient.length && f.recPreps.length) {
      d.recipient = prepObject(v, t.last, f.recPreps, 8);
      if (d.recipient.length) d.explain.push('args (word order): recipient = object of a frame preposition');
    }
    if (!d.recipient.length && f.wantObj && t.pos === 'verb') {
      const counted = countedGroup(v, t, d);
      if (counted >= 0) {
        d.recipient = [counted];
        d.explain.push('args (word order): recipient = the group a bare count object counts ("… arresting 12")');
      }
    }
  }
}
