import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { DyadError } from '../../core/errors.js';

export type HeadKind = 'district' | 'street' | 'building' | 'natural';

/** The word lists of the places stage (knowledge/gazetteer/lexicon.yaml), as sets and maps. */
export interface PlacesLexicon {
  readonly connectors: ReadonlySet<string>;
  /** Compass word → [north, east] offset in -1..1 ("northern" → [1, 0]). */
  readonly directions: ReadonlyMap<string, readonly [number, number]>;
  readonly locativePrepositions: ReadonlySet<string>;
  readonly locativeNouns: ReadonlySet<string>;
  readonly actorVerbs: ReadonlySet<string>;
  readonly notPlaces: ReadonlySet<string>;
  readonly placeHeads: ReadonlyMap<string, HeadKind>;
  readonly placePrefixes: ReadonlyMap<string, HeadKind>;
  readonly nameStarters: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly notFirstNames: ReadonlySet<string>;
  /** Given names beyond the actors knowledge's list ("Rob Austin", "Leo Thames"). */
  readonly givenNames: ReadonlySet<string>;
  /** Particles inside a person's name ("van", "de"). */
  readonly nameParticles: ReadonlySet<string>;
  /** Envoy nouns before "to X" ("the ambassador to Russia"): X is no event location. */
  readonly envoyNouns: ReadonlySet<string>;
  /** Seats of government standing for the government unless after a locative ("The White House said"). */
  readonly seatNames: ReadonlySet<string>;
  readonly orgWordsAfterPlace: ReadonlySet<string>;
  /** Titles and office-holders after which a toponym modifies them, even after "to"/"in" ("to U.S. President X"). */
  readonly titlesAfterPlace: ReadonlySet<string>;
  /** A former state's code → the code of the state that holds its seat now (YUG → SRB). */
  readonly successorStates: ReadonlyMap<string, string>;
}

const LISTS = [
  'connectors',
  'locativePrepositions',
  'locativeNouns',
  'actorVerbs',
  'notPlaces',
  'nameStarters',
  'functionWords',
  'notFirstNames',
  'givenNames',
  'nameParticles',
  'envoyNouns',
  'seatNames',
  'orgWordsAfterPlace',
  'titlesAfterPlace',
] as const;
const KINDS = new Set(['district', 'street', 'building', 'natural']);

type Section = { words?: unknown };

/** Checks and converts the parsed lexicon file (see lexicon.schema.json for its shape). */
export function parsePlacesLexicon(data: unknown, file = 'lexicon.yaml'): PlacesLexicon {
  const bad = (what: string): never => {
    throw new DyadError('E012', `places lexicon: ${what}`, { file });
  };
  const d = (data ?? {}) as Record<string, Section | undefined>;
  const list = (k: string): Set<string> => {
    const w = d[k]?.words;
    if (!Array.isArray(w) || !w.every((x) => typeof x === 'string')) return bad(`"${k}" needs a list of words`);
    return new Set(w as string[]);
  };
  const kinds = (k: string): Map<string, HeadKind> => {
    const w = d[k]?.words;
    if (!w || typeof w !== 'object') return bad(`"${k}" needs a map of words to kinds`);
    const m = new Map<string, HeadKind>();
    for (const [word, kind] of Object.entries(w)) {
      if (!KINDS.has(String(kind))) bad(`"${k}.${word}" has unknown kind ${String(kind)}`);
      m.set(word, kind as HeadKind);
    }
    return m;
  };
  const dirs = new Map<string, readonly [number, number]>();
  const dw = d.directions?.words;
  if (!dw || typeof dw !== 'object') bad('"directions" needs a map of words to [north, east]');
  for (const [word, v] of Object.entries(dw as Record<string, unknown>)) {
    const [n, e] = Array.isArray(v) ? (v as unknown[]) : [];
    if (typeof n !== 'number' || typeof e !== 'number') return bad(`direction "${word}" needs [north, east]`);
    dirs.set(word, [n, e]);
  }
  const codes = (d.successorStates as { codes?: unknown } | undefined)?.codes;
  if (!codes || typeof codes !== 'object') bad('"successorStates" needs a map of codes to codes');
  const successorStates = new Map<string, string>();
  for (const [from, to] of Object.entries(codes as Record<string, unknown>)) {
    if (typeof to !== 'string') return bad(`successor of "${from}" needs a code`);
    successorStates.set(from, to);
  }
  const sets = Object.fromEntries(LISTS.map((k) => [k, list(k)])) as Record<(typeof LISTS)[number], Set<string>>;
  return {
    ...sets,
    successorStates,
    directions: dirs,
    placeHeads: kinds('placeHeads'),
    placePrefixes: kinds('placePrefixes'),
  };
}

export const DEFAULT_PLACES_LEXICON = new URL('../../../knowledge/gazetteer/lexicon.yaml', import.meta.url);

/** Loads the places stage's word lists. */
export function loadPlacesLexicon(path: string | URL = DEFAULT_PLACES_LEXICON): PlacesLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DyadError('E012', 'places lexicon not found', { file: String(path) });
  }
  return parsePlacesLexicon(YAML.parse(text), String(path));
}
