/**
 * British and Irish road numbers ("the A417", "the M4", "via the A436, A40 and A429"): streets
 * of a document about Britain or Ireland, placed like any street. Only after "the" or in a list
 * that began after "the", so "an A4 sheet" or "M16 rifles" are no roads.
 */
import type { Found } from './found.js';
import type { PatternCandidate } from './patterns.js';
import type { Word } from './words.js';

const ROAD = /^[ABMNR]\d{1,4}$/;
const LIST = new Set(['and', 'or']);

/** The road numbers of one sentence's words. */
export function findRoads(words: readonly Word[], sentence: number): Found[] {
  const out: Found[] = [];
  let listed = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    if (!ROAD.test(w.text)) {
      // a list of roads goes on over commas, "and", "or"
      if (!LIST.has(w.key)) listed = false;
      continue;
    }
    const prev = words[k - 1];
    if (prev?.key !== 'the' && !listed) continue;
    // "the A40 road" is still the A40; "the A320 aircraft" cannot be told apart here, so the
    // document must be about Britain or Ireland (the caller's check)
    listed = true;
    const c: PatternCandidate = {
      start: w.start,
      end: w.end,
      from: k,
      to: k + 1,
      kind: 'name',
      entries: [],
      placeType: 'street',
      nameKey: w.key,
    };
    out.push({ c, words, sentence });
  }
  return out;
}
