/**
 * Acts named only as what someone asks for, and acts whose course was cut off: "a resolution calls for
 * Freedonia's withdrawal" (the withdrawal has not happened), "talks were broken off" (no talks are held).
 */
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Verbs whose object (or "for" object) is an act asked of someone else. */
const REQUEST_VERBS = new Set(['call', 'demand', 'urge', 'request', 'press', 'appeal', 'ask', 'push', 'plead']);
/** Nouns whose "for" object is an act asked for ("a call for", "demands for"). */
const REQUEST_NOUNS = new Set(['call', 'demand', 'request', 'appeal', 'plea', 'push']);
/** Verbs that take the act only through "for" ("calls for", not "calls the talks"). */
const NEEDS_FOR = new Set(['call', 'press', 'appeal', 'ask', 'push', 'plead']);

/** Verbs that stop an act under way when it is their subject ("talks were suspended"). */
const HALT = new Set(['suspend', 'halt', 'freeze', 'stop']);
/** Verbs whose -ing complement is an act that stops ("ceased attacking", "stopped providing"). */
const HALT_ING = new Set(['stop', 'cease', 'quit', 'halt', 'suspend', 'discontinue']);
const NOT = new Set(['not', "n't", 'cannot', 'never', 'no']);
/** Verbs that stop it with the particle "off" ("talks were cut off", "broken off", "called off"). */
const HALT_OFF = new Set(['cut', 'break', 'call']);

function hasFor(v: SentenceView, i: number): boolean {
  return (v.children[i] ?? []).some((c) => /^case/.test(v.deprel[c] ?? '') && v.lower[c] === 'for');
}

/**
 * The request word whose object act noun t is ("calls for Freedonia's withdrawal", "urged the release
 * of …", "demands for a pullout", and a conjunct: "calls for X's withdrawal and for the deployment of …"),
 * or -1. Only a request word that is no event itself counts: an event governs its content already.
 */
export function requestedBy(v: SentenceView, triggers: readonly Trigger[], t: Trigger): number {
  if (!v.parsed || t.pos !== 'noun') return -1;
  let k = t.i;
  // a conjunct stands where its first conjunct stands ("for A and for B")
  for (let n = 0; n < 3 && /^conj/.test(v.deprel[k] ?? ''); n++) k = v.head[k] ?? -1;
  if (k < 0) return -1;
  const rel = v.deprel[k] ?? '';
  if (!/^(obj|obl|nmod)/.test(rel)) return -1;
  const h = v.head[k] ?? -1;
  if (h < 0 || triggers.some((x) => x.i === h)) return -1;
  const lemma = v.lemma[h] ?? '';
  const viaFor = hasFor(v, k) || hasFor(v, t.i);
  if (v.upos[h] === 'VERB' && REQUEST_VERBS.has(lemma)) {
    if (NEEDS_FOR.has(lemma) ? viaFor : rel.startsWith('obj') || viaFor) return h;
    return -1;
  }
  if (v.upos[h] === 'NOUN' && REQUEST_NOUNS.has(lemma) && viaFor) return h;
  return -1;
}

/**
 * The verb that stops act noun t, its subject ("talks have been cut off", "negotiations were suspended",
 * "the talks were halted"), or -1. The stopping is an event of its own (a SANCTION or REJECT when coded);
 * the act it stops is not held.
 */
export function haltedBy(v: SentenceView, t: Trigger): number {
  if (t.pos === 'verb') return gerundHalted(v, t);
  if (!v.parsed || t.pos !== 'noun' || !/^nsubj/.test(v.deprel[t.i] ?? '')) return -1;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || v.upos[h] !== 'VERB') return -1;
  const lemma = v.lemma[h] ?? '';
  if (HALT.has(lemma)) return h;
  if (HALT_OFF.has(lemma) && (v.children[h] ?? []).some((c) => v.lower[c] === 'off' && c > h)) return h;
  return -1;
}

/**
 * "X ceased attacking Y", "stopped providing the team with escorts": the verb whose -ing complement act
 * t is, or -1 (not "stopped to attack", an infinitive of purpose).
 */
function gerundHalted(v: SentenceView, t: Trigger): number {
  if (!(v.lower[t.i] ?? '').endsWith('ing')) return -1;
  const prev = t.i - 1;
  let h = prev >= 0 && HALT_ING.has(v.lemma[prev] ?? '') ? prev : -1;
  if (h < 0 && v.parsed && /^(xcomp|ccomp|obj)/.test(v.deprel[t.i] ?? '')) {
    const g = v.head[t.i] ?? -1;
    if (g >= 0 && g < t.i && HALT_ING.has(v.lemma[g] ?? '')) h = g;
  }
  // "we cannot stop mobilizing", "did not cease attacking": a stopping denied goes on
  if (h >= 0 && v.lower.slice(Math.max(0, h - 3), h).some((w) => NOT.has(w))) return -1;
  return h;
}
