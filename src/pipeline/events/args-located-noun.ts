import { FACILITY, leftGroup } from './args.js';
import type { SentenceView } from './view.js';

const WHERE = new Set(['in', 'at', 'inside', 'within', 'near']);
const MODIFIER = /^(DET|ADJ|NUM)$/;

/**
 * "the Swedes in occupied Norway complied": a party the nearest one to the left is where a party named
 * right before it is ("<party> in/at <place party>"), so the one named before does the act (unless
 * it is a building). Returns that party's group, or `group` itself when the nearest party is no such place.
 */
export function partyBeforeItsPlace(v: SentenceView, group: readonly number[]): number[] {
  const first = v.mentionTokens[group[0] ?? -1]?.first;
  if (first === undefined) return [...group];
  let k = first - 1;
  while (k >= 0 && MODIFIER.test(v.upos[k] ?? '') && !WHERE.has(v.lower[k] ?? '')) k--;
  if (k < 1 || !WHERE.has(v.lower[k] ?? '')) return [...group];
  const before = v.mentionAt[k - 1] ?? -1;
  if (before < 0 || v.mentionTokens[before]?.last !== k - 1) return [...group];
  // ("bombs exploded outside the embassies in the Kenyan capital, killing …": a building does nothing)
  if (FACILITY.test(v.lower[k - 1] ?? '')) return [...group];
  const party = leftGroup(v, k);
  return party.length ? party : [...group];
}
