import { BOUNDARY } from './args.js';
import type { SentenceView } from './view.js';

/** Words that may stand between an aside's closing comma and the verb ("…, today sought"). */
const BETWEEN = /^(today|yesterday|tonight|also|then|now|later|still|again|quickly|reportedly)$/;

/**
 * "Saddam Hussein, facing U.S. and Arab troops at the Saudi border, today sought …": the parties in a
 * participle aside set off by commas right before the verb at token i are no subject; the subject
 * stands before the aside. Returns the aside's opening comma, or -1 when there is no such aside.
 */
export function participleAsideBefore(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j > 0 && (BETWEEN.test(v.lower[j] ?? '') || v.upos[j] === 'AUX')) j--;
  if (v.lower[j] !== ',') return -1;
  for (let k = j - 1; k >= Math.max(1, j - 14); k--) {
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || w === ';') return -1;
    if (w !== ',') continue;
    return /^(VBG|VBN)$/.test(v.xpos[k + 1] ?? '') ? k : -1;
  }
  return -1;
}

/**
 * "Saddam, facing U.S. and Arab troops at the border, today sought peace by promising to withdraw":
 * the group found to the left of a later verb (token i) lies inside a participle aside set off by
 * commas right after a party, which closes before i. Returns the aside's opening comma (the subject,
 * that party, stands before it), or -1 when the group is in no such aside.
 */
export function participleAsideHolding(v: SentenceView, group: readonly number[], i: number): number {
  const first = v.mentionTokens[group[0] ?? -1]?.first ?? -1;
  const last = v.mentionTokens[group[group.length - 1] ?? -1]?.last ?? -1;
  if (first < 2 || last < first) return -1;
  let open = -1;
  for (let k = first - 1; k >= Math.max(1, first - 8); k--) {
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || w === ';') return -1;
    if (w !== ',') continue;
    open = /^(VBG|VBN)$/.test(v.xpos[k + 1] ?? '') && k + 1 < first ? k : -1;
    break;
  }
  // (the aside sets off a party named right before it: "a process, involving the Taliban, to end …" is no party's)
  if (open < 0 || (v.mentionAt[open - 1] ?? -1) < 0) return -1;
  for (let c = last + 1; c < i; c++) {
    const w = v.lower[c] ?? '';
    if (w === ',') return open;
    if (BOUNDARY.has(w) || w === ';') return -1;
  }
  return -1;
}
