import type { SentenceView } from './view.js';

/** Prepositions of the place one goes to ("left for Washington", "flew to Paris"). */
const TOWARD = new Set(['for', 'to', 'into', 'toward', 'towards']);

/**
 * "X left for Washington earlier in the day to meet with …": a party that is where a verb of motion
 * before the act goes (after "for/to" right after that verb) is a destination, not the subject of the
 * infinitive of purpose at token `trigger`.
 */
export function destinationBefore(v: SentenceView, mi: number, trigger: number): boolean {
  if (v.lower[trigger - 1] !== 'to') return false;
  let k = (v.mentionTokens[mi]?.first ?? 0) - 1;
  if (v.lower[k] === 'the') k--;
  return k > 0 && TOWARD.has(v.lower[k] ?? '') && v.upos[k - 1] === 'VERB' && k - 1 < trigger;
}
