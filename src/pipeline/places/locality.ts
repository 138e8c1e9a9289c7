/**
 * A place the gazetteer does not know, recognised by the division written after it: "Knockhill,
 * Fife", "Estey's Bridge, N.B.", "CAMP MURRAY, Wash." — a capitalised name, a comma, then a
 * first- or second-level division that ends the phrase. It is placed at that division.
 */
import type { PlacesLexicon } from '../../knowledge/places/index.js';
import type { PatternCandidate } from './patterns.js';
import type { Candidate } from './recognize.js';
import { isCapitalized, type Word } from './words.js';

const COMMA_GAP = /^\s*,\s*$/;
/** What may follow the division: the end of the phrase, not more of a name ("Texas Republican") or a possessive. */
const PHRASE_END = /^(?:\s*$|\s*[,.;:)!?\u2013\u2014-](?!\w))/u;
const MAX_WORDS = 3;

const division = (c: Candidate): boolean =>
  c.kind === 'name' && c.entries.some((e) => e.feature === 'admin1' || e.feature === 'county');

/** Unknown names before ", <division>" in one sentence's words, given the gazetteer names found there. */
export function findLocalities(
  lx: PlacesLexicon,
  text: string,
  words: readonly Word[],
  names: readonly Candidate[],
  mentions: readonly { start: number; end: number }[],
): PatternCandidate[] {
  const out: PatternCandidate[] = [];
  for (const d of names) {
    if (!division(d) || d.from < 1 || !PHRASE_END.test(text.slice(d.end, d.end + 3))) continue;
    const last = words[d.from - 1] as Word;
    if (!COMMA_GAP.test(text.slice(last.end, d.start)) || !isCapitalized(last.text)) continue;
    let from = d.from - 1;
    while (from > 0 && d.from - from < MAX_WORDS) {
      const w = words[from - 1] as Word;
      if (!(words[from] as Word).joined || !isCapitalized(w.text)) break;
      from--;
    }
    while (from < d.from - 1 && lx.nameStarters.has((words[from] as Word).key)) from++;
    const first = words[from] as Word;
    if (lx.nameStarters.has(first.key) || lx.directions.has(first.key)) continue;
    // a clause-initial name before it would be the subject: only a sentence start or a preposition
    const before = words[from - 1];
    if (before && first.joined && !isPrepositionBefore(lx, before)) continue;
    const start = first.start;
    const end = last.end;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    out.push({
      start,
      end,
      from,
      to: d.from,
      kind: 'name',
      entries: [],
      placeType: 'locality',
      nameKey: words
        .slice(from, d.from)
        .map((w) => w.key)
        .join(' '),
    });
  }
  return out;
}

const isPrepositionBefore = (lx: PlacesLexicon, w: Word): boolean =>
  lx.locativePrepositions.has(w.key) || lx.nameStarters.has(w.key);
