import type { GazetteerEntry } from '../../knowledge/places/index.js';

/**
 * What the rest of the document says about where it is: the countries and first-level
 * divisions its clear toponyms name, with how often.
 */
export interface DocFocus {
  readonly countries: ReadonlyMap<string, number>;
  readonly admin1: ReadonlySet<string>;
}

/** How likely a place is to be meant, before context: feature class first, then population. */
export function prior(e: GazetteerEntry): number {
  const pop = Math.log10(e.population + 1);
  switch (e.feature) {
    case 'country':
      return 30;
    case 'continent':
      return 26;
    case 'region':
    case 'water':
    case 'river':
    case 'mountain':
    case 'island':
      return 24;
    case 'admin1':
      return 10 + 0.5 * pop;
    case 'county': // a second-level division ("Kent"): above the towns of its name, below divisions
      return 9 + 0.5 * pop;
    case 'airport': // "at Heathrow": above a small town of that name, below a city of 100,000
      return 9;
    default:
      return 2 * pop + (e.code === 'PPLC' ? 4 : e.code === 'PPLA' ? 1.5 : e.code === 'PPLX' ? -2 : 0);
  }
}

/** Hints from the text next to a toponym: "Maywood, California" names the division or country. */
export interface LocalHint {
  readonly country?: string | null;
  readonly admin1?: string | null;
}

/** Picks the place a toponym most likely names, with the score margin over the runner-up. */
export function choose(
  entries: readonly GazetteerEntry[],
  focus: DocFocus,
  hint: LocalHint = {},
  near?: (e: GazetteerEntry) => number,
): { entry: GazetteerEntry; score: number; margin: number } | null {
  // context may choose among comparable places, never a village over a city fifty times its size
  let biggest = 0;
  let biggestCountry: string | null = null;
  for (const e of entries)
    if (e.feature === 'city' && e.population > biggest) {
      biggest = e.population;
      biggestCountry = e.country;
    }
  // … unless the document keeps naming the village's country and never the city's ("Nenagh, Tipperary,
  // Ballina … Newport": the Irish village, not the Welsh city); a world city ("London") is always meant
  const unnamed = biggest < 500_000 && (!biggestCountry || !focus.countries.has(biggestCountry));
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const e of entries) {
    let s = prior(e);
    const home = e.country ? (focus.countries.get(e.country) ?? 0) : 0;
    const minor = e.feature === 'city' && e.population * 50 < biggest && !(unnamed && home >= 3);
    const seen = e.country && !minor ? (focus.countries.get(e.country) ?? 0) : 0;
    if (seen > 0) s += Math.min(8, 4 + 2 * Math.log2(seen));
    if (e.feature === 'city' && e.admin1 && focus.admin1.has(e.admin1) && !minor) s += 5;
    if (near && !minor) s += near(e);
    if (hint.admin1 && e.admin1 === hint.admin1) s += 20;
    else if (hint.country && e.country === hint.country) s += 12;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = e;
    } else if (s > second) second = s;
  }
  return best ? { entry: best, score: bestScore, margin: bestScore - second } : null;
}
