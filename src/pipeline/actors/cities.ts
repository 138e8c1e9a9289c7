import type { Cand } from './types.js';

/** A gazetteer place as read here: its kind, country (ISO alpha-3) and population. */
export interface CityPlace {
  readonly feature: string;
  readonly country: string | null;
  readonly population: number;
}

/** Looks up the places a name may be ("Miami" → the Florida city, the Queensland town …). */
export type PlacesNamed = (name: string) => readonly CityPlace[];

/** A city or province this big is the place its name means, when no place of another country is near it. */
const MIN_POPULATION = 100_000;

/** How much bigger the place must be than any of another country that bears its name. */
const MARGIN = 3;

/** Longest run of words tried as one place name ("Rio de Janeiro" is written as three). */
const MAX_WORDS = 3;

/**
 * The country a city's or province's name means: the most populous place of that name, a city or a
 * first-level division of at least MIN_POPULATION, MARGIN times bigger than any place of another country
 * so named ("Miami" → USA, "Istanbul" → TUR, "Victoria" → none). A country's own name is no city here.
 */
export function cityCountry(places: readonly CityPlace[]): string | null {
  let best: CityPlace | undefined;
  for (const p of places) {
    if (p.feature === 'country') return null;
    if ((p.feature === 'city' || p.feature === 'admin1') && p.country && (!best || p.population > best.population))
      best = p;
  }
  if (!best || best.population < MIN_POPULATION) return null;
  const rival = Math.max(0, ...places.filter((p) => p.country !== best?.country).map((p) => p.population));
  return rival * MARGIN <= best.population ? best.country : null;
}

/**
 * The countries of the cities and provinces one sentence names outside any actor mention
 * ("… reaching the consulate in downtown Istanbul" → TUR, "(NEW YORK)" → USA): a whole run of up to
 * MAX_WORDS capitalised words that is a place's name and ends in a proper noun (so that "Reading the
 * statement" names no town and "the New York Times" no state). Asked per sentence, and only for
 * sentences that need it (a state's organ named without its state), as the lookups are not free.
 */
export function citiesOfSentence(
  w: readonly string[],
  upos: readonly string[],
  s: { readonly firstToken: number; readonly lastToken: number },
  inMention: ReadonlySet<number>,
  placesNamed: PlacesNamed,
): Set<string> {
  const out = new Set<string>();
  const cap = (t: number): boolean => /^\p{Lu}/u.test(w[t] ?? '');
  let t = s.firstToken;
  while (t <= s.lastToken) {
    if (!cap(t)) {
      t++;
      continue;
    }
    let end = t;
    while (end <= s.lastToken && cap(end)) end++;
    let free = end - t <= MAX_WORDS && upos[end - 1] === 'PROPN';
    for (let q = t; q < end && free; q++) if (inMention.has(q)) free = false;
    const code = free ? cityCountry(placesNamed(w.slice(t, end).join(' '))) : null;
    if (code) out.add(code);
    t = end;
  }
  return out;
}

/** A lazy, memoised `citiesOfSentence` per sentence index (the tokens inside the candidates' mentions excluded). */
export function citiesLookup(
  w: readonly string[],
  upos: readonly string[] | undefined,
  sentences: readonly { readonly firstToken: number; readonly lastToken: number }[],
  cands: readonly Cand[],
  placesNamed: PlacesNamed,
): (sentence: number) => ReadonlySet<string> | undefined {
  const memo = new Map<number, Set<string>>();
  let inMention: Set<number> | null = null;
  return (si) => {
    const s = sentences[si];
    if (!upos || !s) return undefined;
    let got = memo.get(si);
    if (!got) {
      if (!inMention) {
        inMention = new Set<number>();
        for (const c of cands) if (!c.place) for (let t = c.t0; t < c.t1; t++) inMention.add(t);
      }
      got = citiesOfSentence(w, upos, s, inMention, placesNamed);
      memo.set(si, got);
    }
    return got;
  };
}
