/**
 * A denial that answers the charge reported before it in the same sentence ("Britain blames Russia
 * for the attack, which Russia denies", "…, a charge Iran rejects", "…, a claim denied by Damascus")
 * is a fact of its own: the answering party did deny it. It is neither part of what the charge
 * claims nor the complement of the act before it, however the parse hangs the trailing clause.
 */
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** The explanation a denial answering the charge before it carries (the claims ledger reads it). */
export const ANSWERS_CHARGE = 'answers the charge before it';

/** Verbs answering a charge. */
const ANSWERING = /^(deny|reject|dispute|dismiss|contest|refute|rebut)$/;
/** Nouns naming the charge a trailing clause answers. */
const CHARGE =
  /^(charge|charges|accusation|accusations|allegation|allegations|claim|claims|assertion|assertions|suggestion|suggestions)$/;
/** Words that may stand between the answering party and its verb ("has repeatedly denied"). */
const BETWEEN = /^(has|have|had|does|do|did|is|are|was|were|also|always|since|consistently|long)$/;
/** Determiners and modifiers of the charge noun ("a charge", "the same allegation", "an accusation"). */
const CHARGE_MOD = /^(a|an|the|this|that|these|those|such|same|similar|all|both)$/;

const adverb = (v: SentenceView, k: number): boolean => v.upos[k] === 'ADV' || /ly$/.test(v.lower[k] ?? '');

/** Whether the tokens from..to (inclusive) can be a party's name: mention words or proper nouns. */
function partyWords(v: SentenceView, from: number, to: number): boolean {
  if (to < from || to - from > 7) return false;
  for (let k = from; k <= to; k++) {
    const inMention = (v.mentionAt[k] ?? -1) >= 0;
    if (!inMention && v.upos[k] !== 'PROPN' && !/^(the|its|his|her|their|of|'s|’s)$/.test(v.lower[k] ?? ''))
      return false;
  }
  // a party ends in a name, not a function word
  return (v.mentionAt[to] ?? -1) >= 0 || v.upos[to] === 'PROPN';
}

/** The start of the charge words (", which" or ", a charge [that]") ending right before k, or -1. */
function chargeOpening(v: SentenceView, k: number): number {
  if (/^(which|that)$/.test(v.lower[k] ?? '') && v.lower[k - 1] === ',') return k - 1;
  let c = /^(that|which)$/.test(v.lower[k] ?? '') ? k - 1 : k;
  if (!CHARGE.test(v.lower[c] ?? '')) return -1;
  c--;
  while (c >= 0 && (CHARGE_MOD.test(v.lower[c] ?? '') || v.upos[c] === 'ADJ')) c--;
  return v.lower[c] === ',' || v.lower[c] === '—' || v.lower[c] === '–' ? c : -1;
}

/**
 * The opening comma (or dash) of a trailing clause in which the answering verb at i (its last
 * word at `last`) answers the charge before it: ", which X (has) (adamantly) denies", ", a charge
 * (that) X denies", ", a charge denied by X"; -1 otherwise.
 */
export function answerOpening(v: SentenceView, i: number, last = i): number {
  if (!ANSWERING.test(v.lemma[i] ?? '')) return -1;
  // passive: ", a charge denied by the Kremlin"
  if (v.lower[last + 1] === 'by') return chargeOpening(v, i - 1);
  let k = i - 1;
  while (k >= 0 && (adverb(v, k) || BETWEEN.test(v.lower[k] ?? ''))) k--;
  // the answering party: a run of name words ending at k
  let from = k;
  while (from - 1 >= 0 && partyWords(v, from - 1, k) && chargeOpening(v, from - 1) < 0) from--;
  if (!partyWords(v, from, k)) return -1;
  return chargeOpening(v, from - 1);
}

/**
 * The words of the trailing clause when trigger t is a denial answering the charge before it
 * (see answerOpening); null otherwise.
 */
export function answersCharge(v: SentenceView, t: Trigger): string | null {
  if (t.pos !== 'verb' || (t.entry.role !== 'deny' && t.entry.role !== 'reject')) return null;
  const open = answerOpening(v, t.i, t.last);
  if (open < 0) return null;
  const end = v.lower[t.last + 1] === 'by' ? t.last + 2 : t.last + 1;
  return v.lower.slice(open + 1, end).join(' ');
}

/**
 * "rejected allegations that it had armed the rebels" parsed with the "that" clause on the verb: the
 * claim noun the answering verb at h takes as its object, standing between it and the clause at k,
 * is what governs the clause (so the act is denied, not the verb's own complement); -1 otherwise.
 */
export function answeredClaimNoun(v: SentenceView, h: number, k: number, isClaimNoun: (w: string) => boolean): number {
  if (!ANSWERING.test(v.lemma[h] ?? '') || !/^ccomp/.test(v.deprel[k] ?? '') || v.head[k] !== h) return -1;
  for (const c of v.children[h] ?? [])
    if (/^obj/.test(v.deprel[c] ?? '') && c > h && c < k && isClaimNoun(v.lower[c] ?? '')) return c;
  return -1;
}
