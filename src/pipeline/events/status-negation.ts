/**
 * Negated acts: a negation before the trigger ("did not attack"), a subject that opens with one ("none of
 * the doctors were killed"), acts that failed ("failed to agree") or were kept from happening ("prevented X
 * from attacking").
 */
import type { Cues } from '../../knowledge/events/index.js';
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Verbs whose infinitive complement did not happen ("failed to reach agreement"). */
const FAILING = new Set(['fail', 'failure', 'refusal']);

/** Verbs that keep an act from happening ("prevented X from attacking", "protected X from being killed"). */
const PREVENTING = new Set([
  'prevent',
  'stop',
  'protect',
  'keep',
  'bar',
  'ban',
  'block',
  'deter',
  'dissuade',
  'save',
  'shield',
  'refrain',
  'restrain',
  'prohibit',
  'spare',
  'discourage',
  'forbid',
  'preclude',
]);

/** "prevented Syria from attacking Iraq", "protected Libya from being attacked": the act was kept from happening. */
function prevented(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  const from =
    v.lower[t.i - 1] === 'from' ? t.i - 1 : v.lower[t.i - 1] === 'being' && v.lower[t.i - 2] === 'from' ? t.i - 2 : -1;
  if (from < 0) return false;
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',') return false;
    if (PREVENTING.has(v.lemma[k] ?? '')) return true;
  }
  return false;
}

/** "failed to reach agreement", "are failing to uphold": the act did not happen. */
function failed(v: SentenceView, t: Trigger): boolean {
  if (prevented(v, t)) return true;
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 3; depth++) {
      const h = v.head[k] ?? -1;
      if (h < 0 || !/^(xcomp|obj|acl)/.test(v.deprel[k] ?? '')) break;
      if (FAILING.has(v.lemma[h] ?? '') && h < t.i) return true;
      k = h;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',') break;
    if (FAILING.has(v.lemma[k] ?? '') && v.lower[k + 1] === 'to') return true;
    if (/^(failure|refusal)$/.test(v.lower[k] ?? '') && v.lower[k + 1] === 'to') return true;
  }
  return false;
}

/** "None of the doctors were killed", "No civilians were hurt": the subject phrase opens with a negation. */
function noneDid(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  let k = t.i - 1;
  while (k >= 0 && /^(was|were|is|are|be|been|being|had|has|have|not|reportedly|also)$/.test(v.lower[k] ?? '')) k--;
  // back over the subject phrase (no verb, no clause break) to its first word
  for (let n = 0; k >= 0 && n < 8; k--, n++) {
    const w = v.lower[k] ?? '';
    if (/^(no|none|nobody|neither|nothing)$/.test(w))
      return k === 0 || /^[,;:]$|^(but|and|that)$/.test(v.lower[k - 1] ?? '');
    if (STOP.has(w) || w === ',' || v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return false;
  }
  return false;
}

/** Words opening a clause of its own, which a negation before them does not reach. */
const WH_OPENER = /^(who|whom|whose|what|which|when|where|why|how|whether)$/;

export function negated(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (failed(v, t) || noneDid(v, t)) return true;
  // "is not being investigated only by Britain", "not only attacked": the act is done, and more
  // ("cannot stop mobilizing": a stop denied, the act goes on)
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    if (v.lower[k] !== 'not' && v.lower[k] !== "n't") continue;
    if (v.lower[k + 1] === 'only' || v.lower[t.last + 1] === 'only') return false;
    if (v.lemma.slice(k + 1, t.i).some((l) => /^(stop|cease|quit)$/.test(l ?? ''))) return false;
  }
  if (v.parsed) {
    const kids = v.children[t.i] ?? [];
    if (kids.some((c) => v.deprel[c] === 'advmod' || v.deprel[c] === 'neg' || v.deprel[c] === 'det')) {
      if (kids.some((c) => cues.negation.has(v.lower[c] ?? '') && (v.deprel[c] !== 'det' || v.lower[c] === 'no')))
        return true;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (cues.negation.has(w))
      return !(w === 'no' && t.pos === 'verb') && !(w === 'without' && t.pos === 'noun' && k < t.i - 1);
    // "did not say who attacked the convoy": the clause a wh-word opens is not under the negation
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1 || WH_OPENER.test(w)) break;
  }
  return false;
}
