/**
 * Claim words and the acts they make claimed: claim nouns and verbs ("allegations of arming", "alleged
 * that …"), charges listed after a dash, beliefs and forecasts that raise their subject ("is thought to
 * have fired"), "allegedly", and intents inside an allegation or a denial.
 */

import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** Nouns that name an accusation: an event they govern is claimed ("allegations of arming"). */
export const CLAIM_NOUNS = new Set([
  'allegation',
  'allegations',
  'charge',
  'charges',
  'accusation',
  'accusations',
  'claim',
  'claims',
  'report',
  'reports',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'suspicion',
  'suspicions',
]);

/** Verbs of claiming that are not events themselves: their complement is claimed. */
const CLAIM_SPEECH = new Set(['claim', 'allege', 'suspect']);

/**
 * A claim verb used as an adjective ("his alleged part", "hand over alleged bombers", "suspected
 * militants") qualifies its noun; it governs no act said after it.
 */
function attributive(v: SentenceView, k: number): boolean {
  if (v.deprel[k] === 'amod' || v.upos[k] === 'ADJ') return true;
  return /ed$/.test(v.lower[k] ?? '') && v.upos[k + 1] === 'NOUN';
}

/** A claim noun, or a claim verb used as a verb: what it governs is claimed. */
export function claimWord(v: SentenceView, k: number): boolean {
  const noun = /^(NOUN|PROPN)$/.test(v.upos[k] ?? '');
  // ("reports on the visit": a verb of news, no claim; "confirmed reports that …": a claim confirmed)
  if (CLAIM_NOUNS.has(v.lower[k] ?? ''))
    return !(v.upos[k] === 'VERB' && dependents(v, k, 'nsubj').length) && !confirmed(v, k);
  // ("arrested the suspects", "the suspect jumped": people suspected, not a claim about what follows)
  return CLAIM_SPEECH.has(v.lemma[k] ?? '') && !noun && !attributive(v, k);
}

/** The claim noun at k is the object of a verb that confirms it ("confirmed reports that …"). */
function confirmed(v: SentenceView, k: number): boolean {
  const h = v.head[k] ?? -1;
  return h >= 0 && /^obj/.test(v.deprel[k] ?? '') && /^(confirm|verify|corroborate)$/.test(v.lemma[h] ?? '');
}

/**
 * Whether the claim word at h governs the act whose word is k: not an infinitive of purpose hung on
 * a claim noun ("used charges to imprison critics"; only a claim takes an infinitive as its content:
 * "its claim to have downed a jet").
 */
export function claimOver(v: SentenceView, h: number, k: number): boolean {
  if (!claimWord(v, h)) return false;
  const infinitive = v.lower[k - 1] === 'to' || dependents(v, k, 'mark').some((m) => v.lower[m] === 'to');
  return !(infinitive && v.upos[h] !== 'VERB' && !/^claims?$/.test(v.lower[h] ?? ''));
}

/**
 * "filed a new charge against X -- kidnapping", "allegations: torture and murder": an act named right
 * after a dash or colon that follows a claim noun (no verb or comma between) is what the claim says.
 * Returns the claim noun, or -1.
 */
export function chargeListed(v: SentenceView, t: Trigger): number {
  if (!/^(--|—|–|:)$/.test(v.lower[t.i - 1] ?? '')) return -1;
  for (let k = t.i - 2; k >= Math.max(0, t.i - 8); k--) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',' || (v.upos[k] === 'VERB' && !CLAIM_NOUNS.has(w))) return -1;
    if (CLAIM_NOUNS.has(w) && v.upos[k] !== 'VERB') return k;
  }
  return -1;
}

/** Passive verbs of belief or report that raise their subject ("the sniper is thought to have fired"). */
const RAISED_CLAIM = new Set([
  'thought',
  'believed',
  'suspected',
  'alleged',
  'said',
  'reported',
  'rumored',
  'rumoured',
  'presumed',
  'feared',
]);

const BE = /^(is|are|was|were|be|been|being|'s|'re)$/;

/**
 * "Congress is unlikely to act" (a forecast: hypothetical), "the sniper is thought to have fired" (a
 * belief or report: claimed): the adjective or passive verb right before the act's "to" (or "to have
 * (been)"), with a form of "be" before it. Null otherwise.
 */
export function raisedBy(v: SentenceView, t: Trigger): { status: 'hypothetical' | 'claimed'; words: string } | null {
  if (t.pos !== 'verb') return null;
  let k = t.i - 1;
  if (v.lower[k] === 'been') k--;
  if (v.lower[k] === 'have') k--;
  if (v.lower[k] !== 'to') return null;
  const w = v.lower[k - 1] ?? '';
  if (!BE.test(v.lower[k - 2] ?? '') && !(v.upos[k - 2] === 'ADV' && BE.test(v.lower[k - 3] ?? ''))) return null;
  const words = v.lower.slice(k - 1, t.i).join(' ');
  if (w === 'likely' || w === 'unlikely') return { status: 'hypothetical', words };
  return RAISED_CLAIM.has(w) ? { status: 'claimed', words } : null;
}

/** "allegedly", "purportedly" or "supposedly" just before the trigger, past auxiliaries ("had allegedly been paid"). */
export function allegedly(v: SentenceView, t: Trigger): boolean {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (/^(allegedly|purportedly|supposedly)$/.test(w)) return true;
    if (!/^(has|have|had|was|were|is|are|been|be|being|also)$/.test(w)) return false;
  }
  return false;
}

/**
 * "Police alleged that the men planned the raid", "denied that it plans to attack": the allegation or
 * denial whose complement holds the intent word at k (up through complements and conjuncts), if any.
 */
export function allegedOver(
  v: SentenceView,
  triggers: readonly Trigger[],
  k: number,
): { status: 'claimed' | 'denied'; at: number } | null {
  if (!v.parsed) return null;
  for (let x = k, up = 0; up < 3; up++) {
    if (!/^(ccomp|xcomp|conj|advcl)/.test(v.deprel[x] ?? '')) return null;
    x = v.head[x] ?? -1;
    if (x < 0) return null;
    const role = triggers.find((g) => g.i === x)?.entry.role;
    if (role === 'accuse' || (role === undefined && claimWord(v, x))) return { status: 'claimed', at: x };
    if (role === 'deny') return { status: 'denied', at: x };
  }
  return null;
}
