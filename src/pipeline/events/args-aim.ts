import type { SentenceView } from './view.js';

/** Nouns of what a party means to do ("X's aim was to …", "the goal of X is to …"). */
const AIMS =
  /^(aim|aims|objective|objectives|goal|goals|purpose|plan|plans|intention|intentions|mission|task|priority|strategy|intent|ambition)$/;
const BE = /^(is|was|are|were|'s|remains|remained|will|would)$/;

/**
 * "Bush's chief objective in his meeting with Hussein was to press the king …", "the aim of Sylvania
 * is to persuade …": the verb at i completes "<aim> was to", whose owner (the possessor or "of"
 * party of the aim noun) does the act — not a party named inside the aim's own phrase. The owner's
 * mention index, or -1.
 */
export function aimOwner(v: SentenceView, i: number): number {
  if (v.lower[i - 1] !== 'to') return -1;
  let b = i - 2;
  if (v.lower[b] === 'be') b--;
  if (!BE.test(v.lower[b] ?? '')) return -1;
  for (let k = b - 1; k >= 0 && b - k <= 12; k--) {
    const w = v.lower[k] ?? '';
    if (/^[,;:"“”()]$/.test(w) || /^(that|which|who|said|says)$/.test(w)) return -1;
    if (!AIMS.test(w)) continue;
    // "the aim of X": the party right after "of"
    if (v.lower[k + 1] === 'of') {
      const j = /^(the|a|an)$/.test(v.lower[k + 2] ?? '') && (v.mentionAt[k + 2] ?? -1) < 0 ? k + 3 : k + 2;
      return v.mentionAt[j] ?? -1;
    }
    // "X's (chief) aim", "its aim": a possessor within the words right before the noun
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const pm = v.possessorAt[j] ?? -1;
      if (pm >= 0) return pm;
      const mi = v.mentionAt[j] ?? -1;
      const last = mi >= 0 ? (v.mentionTokens[mi]?.last ?? j) : j;
      if (mi >= 0 && (/^['’]s?$/.test(v.lower[last] ?? '') || /^['’]s?$/.test(v.lower[last + 1] ?? ''))) return mi;
      if (mi >= 0 && v.mentionTokens.some((t, x) => x === mi && v.lower.slice(t.first, t.last + 1).includes("'s")))
        return mi;
    }
    return -1;
  }
  return -1;
}
