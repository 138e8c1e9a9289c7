import type { Gazetteer, HeadKind, PlacesLexicon } from '../../knowledge/places/index.js';
import type { Candidate } from './recognize.js';
import { isCapitalized, type Word } from './words.js';

const isPlaceName = (g: Gazetteer, key: string): boolean =>
  g.byName(key).some((e) => e.feature === 'city' || e.feature === 'country' || e.feature === 'admin1');

const nameWord = (w: Word): boolean => isCapitalized(w.text) || /^\d+(?:st|nd|rd|th)?$/.test(w.text);

function leading(g: Gazetteer, lx: PlacesLexicon, words: readonly Word[], from: number, h: number) {
  for (let n = Math.min(3, h - from - 1); n >= 1; n--) {
    const key = words
      .slice(from, from + n)
      .map((w) => w.key)
      .join(' ');
    if (lx.directions.has(key) || lx.notPlaces.has(key)) continue;
    const es = g.byName(key).filter((e) => e.feature === 'city' || e.feature === 'admin1' || e.feature === 'country');
    if (es.length) return es;
  }
  return [];
}

const ORDINAL_QUARTER = /(?:^|\s)(?:first|second|third|fourth|final|last|next|fiscal|1st|2nd|3rd|4th|q\d)$/;

/** A place written as a name plus a head word: "Orange County", "Third Street", "Lake Chad". */
export interface PatternCandidate extends Candidate {
  /** The head word's kind, or `locality` for an unknown name placed by the division after it (locality.ts). */
  readonly placeType: HeadKind | 'locality';
  /** The name without its head ("Orange" of "Orange County"), for looking up a town. */
  readonly nameKey: string;
}

/** Finds names with a place head word, longest first, in one sentence's words. */
export function findPatternCandidates(g: Gazetteer, lx: PlacesLexicon, words: readonly Word[]): PatternCandidate[] {
  const out: PatternCandidate[] = [];
  for (let h = 1; h < words.length; h++) {
    const head = words[h] as Word;
    const type = lx.placeHeads.get(head.key);
    if (!type || !isCapitalized(head.text) || !head.joined) continue;
    let from = h;
    while (from > 0 && from > h - 5) {
      const w = words[from - 1] as Word;
      const inside = from < h && (w.key === 's' || w.key === 'of' || w.key === 'the');
      if (!(nameWord(w) || inside) || (from < h && !(words[from] as Word).joined)) break;
      // "Harare's Third Street": a place before a possessive is a toponym of its own
      if (w.key === 's' && isPlaceName(g, words[from - 2]?.key ?? '')) break;
      from--;
    }
    while (from < h && (lx.nameStarters.has((words[from] as Word).key) || !nameWord(words[from] as Word))) from++;
    if (from === h) continue;
    const nameKey = words
      .slice(from, h)
      .map((w) => w.key)
      .join(' ');
    // "the French Quarter", "the Christian Quarter" are districts; "Third Quarter results" is not
    if (head.key === 'quarter' && ORDINAL_QUARTER.test(nameKey)) continue;
    // "Khyber Agency", "South Waziristan Agency" are districts; "Environmental Protection Agency" is not
    if (head.key === 'agency' && !g.byName(nameKey).length && !lx.directions.has((words[from] as Word).key)) continue;
    // "U.S. District Court", "Paris Street": a country's name before a head word is not a district
    if (type === 'district' && g.byName(nameKey).some((e) => e.feature === 'country')) continue;
    const own = g.byName(nameKey).filter((e) => e.feature === 'city' || e.feature === 'admin1');
    // "Dubai World Trade Centre", "Colchester General Hospital": the place its name starts with
    const lead = own.length || h - from < 2 ? own : leading(g, lx, words, from, h);
    out.push({
      start: (words[from] as Word).start,
      end: head.end,
      from,
      to: h + 1,
      kind: 'name',
      entries: lead,
      placeType: type,
      nameKey,
    });
  }
  for (let p = 0; p + 1 < words.length; p++) {
    const pre = words[p] as Word;
    const type = lx.placePrefixes.get(pre.key);
    if (!type || !isCapitalized(pre.text)) continue;
    let to = p + 1;
    while (to < words.length && to < p + 4 && nameWord(words[to] as Word) && (words[to] as Word).joined) to++;
    if (to === p + 1) continue;
    const nameKey = words
      .slice(p + 1, to)
      .map((w) => w.key)
      .join(' ');
    const entries = g.byName(nameKey).filter((e) => e.feature !== 'continent');
    out.push({
      start: pre.start,
      end: (words[to - 1] as Word).end,
      from: p,
      to,
      kind: 'name',
      entries,
      placeType: type,
      nameKey,
    });
  }
  return out;
}

/** Keeps the longest of overlapping candidates; a gazetteer name wins over a pattern of the same length. */
export function mergeCandidates(names: readonly Candidate[], patterns: readonly PatternCandidate[]): Candidate[] {
  const all: Candidate[] = [...names, ...patterns];
  const isPattern = (c: Candidate): number => ('placeType' in c ? 1 : 0);
  const ranked = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || isPattern(a) - isPattern(b));
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
