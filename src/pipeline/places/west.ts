/**
 * The Western world: "the West" (capitalised, after "the", not the start of a longer name such
 * as "the West Bank") and "Western" before a lower-case noun of states or their people
 * ("Western countries", "Western diplomats"), where "West" and "Western" are otherwise compass
 * words ("West Africa", "western Afghanistan").
 */
import type { Gazetteer } from '../../knowledge/places/index.js';
import type { Candidate } from './recognize.js';
import { isCapitalized, type Word } from './words.js';

const WESTERN_NOUNS = new Set([
  'countries',
  'nations',
  'powers',
  'governments',
  'government',
  'states',
  'allies',
  'leaders',
  'officials',
  'diplomats',
  'media',
  'sanctions',
  'values',
  'democracies',
  'intelligence',
  'military',
  'forces',
  'troops',
  'capitals',
  'partners',
  'investors',
  'companies',
  'journalists',
  'world',
]);

const VAGUE_AFTER = new Set(['in', 'across', 'throughout', 'to', 'from', 'into']);

/** "the West" or "Western countries" at word `i`, else null. */
export function theWest(g: Gazetteer, words: readonly Word[], i: number): Candidate | null {
  const w = words[i];
  const next = words[i + 1];
  if (!w) return null;
  // "the West" is a place only as a party ("relations between Russia and the West", "the West's
  // démarche"); after "in" or "across" it names no point a place could stand for
  const before = words[i - 2]?.key ?? '';
  if (
    w.text === 'West' &&
    words[i - 1]?.key === 'the' &&
    !(next?.joined && isCapitalized(next.text)) &&
    !VAGUE_AFTER.has(before)
  ) {
    const entries = g.byName('the west');
    return entries.length ? { start: w.start, end: w.end, from: i, to: i + 1, kind: 'name', entries } : null;
  }
  if (w.text === 'Western' && next?.joined && WESTERN_NOUNS.has(next.text)) {
    const entries = g.byDemonym('western').filter((e) => e.name === 'the West');
    return entries.length ? { start: w.start, end: w.end, from: i, to: i + 1, kind: 'demonym', entries } : null;
  }
  return null;
}
