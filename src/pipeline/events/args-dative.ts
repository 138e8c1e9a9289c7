import { groupFromToken, PREPS } from './args.js';
import { dependents, type SentenceView } from './view.js';

/**
 * "give inspectors access to the palaces": the first of two bare objects of the verb at i (or its
 * indirect object) when it is a noun naming no party; else -1. The second object must follow right
 * after it (only its own modifiers between), so a misparse across the clause does not count.
 */
export function dativeObject(v: SentenceView, i: number): number {
  if (!v.parsed) return -1;
  const objs = dependents(v, i, 'obj', 'iobj').sort((a, b) => a - b);
  const [first, second] = objs;
  if (first === undefined || first < i || v.upos[first] !== 'NOUN') return -1;
  if (second === undefined) {
    if (v.deprel[first] !== 'iobj') return -1;
  } else {
    for (let j = first + 1; j < second; j++) if (v.head[j] !== second) return -1;
  }
  // (no preposition or punctuation between the verb and it)
  if (v.lower.slice(i + 1, first).some((w) => PREPS.has(w) || /^[,;:"“”()]$/.test(w))) return -1;
  return groupFromToken(v, first).length ? -1 : first;
}

/** Token k is a bare noun the parse makes the first of two objects of its verb (see dativeObject). */
export function bareDative(v: SentenceView, k: number): boolean {
  const h = v.head[k] ?? -1;
  return v.parsed && h >= 0 && /^(obj|iobj)$/.test(v.deprel[k] ?? '') && dativeObject(v, h) === k;
}
