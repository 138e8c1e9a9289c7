/**
 * Acts that have not happened: the content of a condition ("if", "unless", "until"), a modal ("may",
 * "could"), a present tense after "before" or "once"; and the counterfactual "had not" that still speaks
 * of what did happen.
 */
import type { Cues } from '../../knowledge/events/index.js';
import { auxBefore } from './status-aux.js';
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** "… before it threatens Central Asia": a present tense after "before/once" speaks of what has not happened. */
function notYet(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(VBZ|VBP)$/.test(v.xpos[t.i] ?? '')) return false;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
    const w = v.lower[k] ?? '';
    if (w === 'before' || w === 'once') return true;
    if (STOP.has(w) || w === ',' || v.upos[k] === 'VERB') return false;
  }
  return false;
}

/**
 * "has no rights unless the father takes the step and formally agrees to pay": a verb conjunct with no
 * subject of its own, of the same form as the verb of an if/unless clause it follows with no comma
 * between, which the parse joins to the main verb before that clause (a parse slip): it is part of
 * the condition.
 */
function conditionConjunct(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (t.pos !== 'verb' || v.deprel[t.i] !== 'conj') return false;
  if (dependents(v, t.i, 'nsubj', 'nsubj:pass', 'mark').length) return false;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i) return false;
  for (let m = t.i - 1; m > h; m--) {
    const w = v.lower[m] ?? '';
    if (w === ',' || w === ';' || w === ':') return false;
    if (v.upos[m] !== 'VERB' || v.xpos[m] !== v.xpos[t.i]) continue;
    return dependents(v, m, 'mark').some((k) => cues.hypothetical.has(v.lower[k] ?? ''));
  }
  return false;
}

export function hypothetical(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (notYet(v, t)) return true;
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 4 && k >= 0; depth++) {
      if ((v.children[k] ?? []).some((c) => v.deprel[c] === 'mark' && cues.hypothetical.has(v.lower[c] ?? '')))
        return true;
      if (!/^(advcl|conj|xcomp|ccomp)/.test(v.deprel[k] ?? '')) break;
      k = v.head[k] ?? -1;
    }
    if (conditionConjunct(v, t, cues)) return true;
    // a parse slip ("until [their demands] are met" read as a coordination): the marker opens
    // the trigger's own clause, with no other verb between them
    for (let j = t.i - 1; j >= Math.max(0, t.i - 6); j--) {
      const w = v.lower[j] ?? '';
      if (STOP.has(w) || w === ',' || v.upos[j] === 'VERB') break;
      if (cues.hypothetical.has(w)) return true;
    }
  } else {
    for (let k = t.i - 1; k >= 0; k--) {
      const w = v.lower[k] ?? '';
      if (cues.hypothetical.has(w)) return true;
      if (STOP.has(w) || w === ',') break;
    }
  }
  return auxBefore(v, t, cues.hypotheticalAux);
}

/** "had not intervened", "hadn't signed": a past perfect between the trigger and its clause's start. */
export function counterfactual(v: SentenceView, t: Trigger): boolean {
  if (v.parsed && dependents(v, t.i, 'aux').some((a) => /^(had|'d)$/.test(v.lower[a] ?? ''))) return true;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
    const w = v.lower[k] ?? '';
    if (w === 'had' || w === "'d") return true;
    if (STOP.has(w) || w === ',') break;
  }
  return false;
}

/** The parse marks the trigger's clause by if/unless ("if his uncle, X, did not sign"). */
export const conditionMark = (v: SentenceView, t: Trigger, cues: Cues): boolean =>
  v.parsed && t.pos === 'verb' && dependents(v, t.i, 'mark').some((m) => cues.hypothetical.has(v.lower[m] ?? ''));

/** The trigger's clause is introduced by if/unless. */
export function clauseMarked(v: SentenceView, t: Trigger, cues: Cues): boolean {
  for (let k = t.i - 1; k >= 0; k--) {
    const w = v.lower[k] ?? '';
    if (cues.hypothetical.has(w)) return true;
    if (STOP.has(w) || w === ',') break;
  }
  return false;
}
