import { dependents, type SentenceView } from './view.js';

/** Words that open an adverbial clause ("While …, ", "Although …, "). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'because',
  'if',
  'when',
  'after',
  'before',
  'since',
  'unless',
  'as',
]);

/** Words that may stand between a subject and its verb ("X and Y also/still/will continue"). */
const BETWEEN = /^(also|still|now|too|will|would|could|may|might|must|should|can|shall|have|has|had|do|does|did)$/;

/** Words that join the parties of one subject ("Paris and Berlin", "both A and B"). */
const JOINERS = /^(and|or|&|the|both)$/;

/**
 * "While some weaken support to X, Y and Z continue to back …": a parse may hang the names after
 * the comma closing a fronted adverbial clause inside that clause (conjuncts of its last noun),
 * leaving the main verb at i with no subject. When the finite verb at i is the root and has no
 * subject, the sentence opens with a subordinator, and nothing but parties and their joiners
 * stands between the clause's comma and the verb, those parties are its subject (their mention
 * indexes, in order); else none.
 */
export function subjectAfterFrontedClause(v: SentenceView, i: number): number[] {
  if (!v.parsed || v.deprel[i] !== 'root' || !/^VB[PZD]$/.test(v.xpos[i] ?? '')) return [];
  if (dependents(v, i, 'nsubj', 'nsubj:pass', 'csubj', 'expl').length) return [];
  let start = 0;
  while (start < i && /^(["'`“‘]|``)$/.test(v.lower[start] ?? '')) start++;
  if (!SUBORDINATORS.has(v.lower[start] ?? '')) return [];
  let k = i - 1;
  while (k > start && BETWEEN.test(v.lower[k] ?? '')) k--;
  const group: number[] = [];
  for (; k > start; k--) {
    const w = v.lower[k] ?? '';
    const mi = v.mentionAt[k] ?? -1;
    if (mi >= 0) {
      if (!group.includes(mi)) group.unshift(mi);
      k = v.mentionTokens[mi]?.first ?? k;
      continue;
    }
    // the nearest comma closes the clause ("…to Kampala, Paris and Berlin continue": not Kampala)
    if (w === ',') return group.length && k > start + 1 ? group : [];
    if (!JOINERS.test(w)) return [];
  }
  return [];
}
