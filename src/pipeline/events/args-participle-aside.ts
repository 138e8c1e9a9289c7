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
