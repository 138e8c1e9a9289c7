import type { GazetteerEntry, PlacesLexicon } from '../../knowledge/places/index.js';
import type { Found } from './found.js';
import { townsOnly } from './recognize.js';
import type { DocFocus } from './resolve.js';
import { isAllCaps, isCapitalized, type Word } from './words.js';

/** A name that is clearly a place whatever surrounds it: a country, a region, a big city or division. */
export function strong(e: GazetteerEntry): boolean {
  if (e.feature === 'city') return e.population >= 200_000;
  if (e.feature === 'admin1' || e.feature === 'county') return e.population >= 2_000_000;
  return true;
}

/** What the whole document says about words: lower-case words it uses, and person names. */
export interface DocWords {
  readonly lower: ReadonlySet<string>;
  /** Words that end a two-word capitalised name that is not a place ("Woody Allen"): surnames. */
  readonly surnames: ReadonlySet<string>;
  readonly locativePrepositions: ReadonlySet<string>;
  /** Words that begin no name ("the", "this"): capitalised only because they start the sentence. */
  readonly nameStarters: ReadonlySet<string>;
  /** Capitalised words after a town that make an organisation of it, not a longer name ("Police"). */
  readonly orgWords: ReadonlySet<string>;
  /** Where the words of the document's clear toponyms (a country, a big city or division) start. */
  readonly placeWords: ReadonlySet<number>;
  /** Common given names (the actors knowledge), lower case: "Andrew Jordan", "Tyler said" are people. */
  readonly givenNames: { has(key: string): boolean };
  /** Lower-case nouns that make the name before them a place ("the Riverdale area", "Tarvik village"). */
  readonly placeNouns: ReadonlySet<string>;
  /** Lower-case particles inside a person's name ("Roger van Boxtel"). */
  readonly nameParticles: ReadonlySet<string>;
}

/**
 * Where the words of clear toponyms start: "Maiduguri" before "Borno State" is no first name. A
 * given name before another capitalised word ("Kobe Bryant") is no clear toponym.
 */
export function placeWordStarts(
  found: readonly Found[],
  givenNames: { has(key: string): boolean } = new Set<string>(),
): Set<number> {
  const out = new Set<number>();
  for (const f of found) {
    if (f.c.kind !== 'name' || 'placeType' in f.c || !f.c.entries.some(strong)) continue;
    const next = f.words[f.c.to];
    if (
      f.c.to - f.c.from === 1 &&
      givenNames.has((f.words[f.c.from] as Word).key) &&
      next?.joined &&
      isCapitalized(next.text)
    )
      continue;
    for (let k = f.c.from; k < f.c.to; k++) out.add((f.words[k] as Word).start);
  }
  return out;
}

/**
 * A division's seat of under 1,000 people or of a population GeoNames does not know (0): a real
 * town after a locative preposition ("in Muntinlupa", "from New Quay").
 */
const unknownSeat = (e: GazetteerEntry): boolean =>
  e.feature === 'city' && e.population < 1000 && e.code.startsWith('PPLA');

export function surnamesOf(
  lx: PlacesLexicon,
  inPlace: ReadonlySet<number>,
  wordsBySentence: readonly (readonly Word[])[],
): Set<string> {
  const out = new Set<string>();
  for (const words of wordsBySentence) {
    for (let k = 1; k < words.length; k++) {
      const a = words[k - 1] as Word;
      const b = words[k] as Word;
      if (!b.joined || b.token === a.token || !isCapitalized(a.text) || !isCapitalized(b.text)) continue;
      if (inPlace.has(a.start) || lx.notFirstNames.has(a.key) || lx.directions.has(a.key) || isAllCaps(a.text))
        continue;
      if (k + 1 < words.length && (words[k + 1] as Word).joined && isCapitalized((words[k + 1] as Word).text)) continue;
      out.add(b.key);
    }
  }
  return out;
}

const DATELINE_END = /^\s*(?:,|[-\u2013\u2014(])/;

/** A dateline: capitals opening a sentence, then a comma or dash ("IMMOKALEE – …", "LAGOS, …"), not a caption's "JEWELL:". */
export function isDateline(text: string, f: Found): boolean {
  const { c, words } = f;
  return (
    c.from === 0 &&
    DATELINE_END.test(text.slice(c.end, c.end + 3)) &&
    words.slice(c.from, c.to).every((w) => isAllCaps(w.text) && w.text.length > 3)
  );
}

/**
 * A person's name rather than a place: after a given name ("Andrew Jordan"), or a given name and a
 * particle ("Roger van Boxtel"), a given name before a
 * surname ("Elizabeth Sullivan"; a country keeps its name: "Israel Defense Forces"), or a town that
 * is a given name standing alone outside a locative phrase ("Tyler's attorney").
 */
function personName(f: Found, best: GazetteerEntry, locative: boolean, dw: DocWords): boolean {
  const { c, words } = f;
  const first = words[c.from] as Word;
  const prev = words[c.from - 1];
  const next = words[c.to];
  if (prev && first.joined && isCapitalized(prev.text) && dw.givenNames.has(prev.key) && !dw.placeWords.has(prev.start))
    return true;
  // "Roger van Boxtel", "Mario de Santiago": a given name, a particle, then the surname
  const given = words[c.from - 2];
  if (
    prev &&
    given &&
    first.joined &&
    prev.joined &&
    best.feature !== 'country' &&
    dw.nameParticles.has(prev.text) &&
    isCapitalized(given.text) &&
    dw.givenNames.has(given.key)
  )
    return true;
  if (c.to - c.from > 1 || !dw.givenNames.has(first.key)) return false;
  if (next?.joined && isCapitalized(next.text))
    return best.feature !== 'country' && !dw.placeWords.has(next.start) && !dw.orgWords.has(next.key);
  return !locative && townsOnly(c.entries);
}

/**
 * A match that is more likely a person ("David Cameron", "General Hayat"), an organisation or a
 * common word ("Commerce", "Federal") than the small town or division of that name.
 */
export function implausible(
  f: Found,
  best: GazetteerEntry,
  locative: boolean,
  hinted: boolean,
  focus: DocFocus,
  dw: DocWords,
): boolean {
  const { c, words } = f;
  if (c.kind === 'demonym' || hinted) return false;
  const first = words[c.from] as Word;
  const prev = words[c.from - 1];
  const next = words[c.to];
  if (next?.joined && !isCapitalized(next.text) && dw.placeNouns.has(next.key)) return false;

  const multi = c.to - c.from > 1;
  if (personName(f, best, locative, dw)) return true;
  if (!strong(best)) {
    if (!multi && (dw.lower.has(first.key) || dw.surnames.has(first.key))) return true;
    // part of a longer capitalised name: a small town's name is a person's first name or surname —
    // unless that name is an organisation of the place ("Boise Police Department", "Allendale Woman's Club")
    // an organisation named after a sizeable town ("Cambridge Analytica") keeps it
    if (
      next?.joined &&
      isCapitalized(next.text) &&
      !locative &&
      !multi &&
      !dw.orgWords.has(next.key) &&
      (best.population < 50_000 || dw.givenNames.has(first.key))
    )
      return true;
    if (
      prev &&
      first.joined &&
      isCapitalized(prev.text) &&
      !(best.feature !== 'city' && dw.placeWords.has(prev.start)) &&
      !(prev.initial && (dw.locativePrepositions.has(prev.key) || dw.nameStarters.has(prev.key)))
    )
      return true;
  }
  if (!townsOnly(c.entries)) return false;
  // "Kasba Bonli", "Old Town Manassas": the first words of a longer name that is not this town
  if (
    next?.joined &&
    isCapitalized(next.text) &&
    best.population < 100_000 &&
    !strong(best) &&
    !dw.orgWords.has(next.key)
  )
    return true;
  if (locative && (best.population >= 1000 || unknownSeat(best))) return false;
  if (first.initial && best.population < 100_000 && !multi) return true;
  const inFocus = !!best.country && focus.countries.has(best.country);
  if (best.population < 20_000 && !inFocus) return true;
  return best.population < 5_000;
}
