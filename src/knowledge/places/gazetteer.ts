import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DyadError } from '../../core/errors.js';
import { formatRow, GAZETTEER_HEADER, type GazetteerRow, parseRow } from './format.js';

/** A place of the gazetteer; `id` is its line number among the places. */
export interface GazetteerEntry extends GazetteerRow {
  readonly id: number;
}

/** The loaded gazetteer: places and two indexes by name key (see `nameKey`). */
export interface Gazetteer {
  readonly size: number;
  /** The place on line `id`, parsed on demand. */
  entry(id: number): GazetteerEntry;
  /** Places whose name or an alias has this key. */
  byName(key: string): readonly GazetteerEntry[];
  /** Places whose demonym ("Afghan", "Central Asian", "Mexicans") has this key. */
  byDemonym(key: string): readonly GazetteerEntry[];
  /** The country entry for an ISO 3166-1 alpha-3 code. */
  country(cc3: string): GazetteerEntry | undefined;
  /** The longest key, in words, in either index (at most 8). */
  readonly maxWords: number;
}

/** Section markers of the compiled file: the countries' lines, place lines, then the two sorted key indexes. */
const NAMES = '#names';
const DEMONYMS = '#demonyms';
const COUNTRIES = '#countries';

const cellKeys = (cell: string): string[] => (cell ? cell.split('|').filter((k) => k) : []);

/**
 * Builds the sorted index lines ("key<TAB>id,id") of one key column (-2: name keys, -1:
 * demonym keys) of place lines in the compiled format.
 */
export function indexSection(places: readonly string[], column: -1 | -2): string[] {
  const m = new Map<string, number[]>();
  places.forEach((line, id) => {
    const cells = line.split('\t');
    for (const k of cellKeys(cells[cells.length + column] ?? '')) {
      const ids = m.get(k);
      if (!ids) m.set(k, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  });
  return [...m.keys()].sort().map((k) => `${k}\t${(m.get(k) ?? []).join(',')}`);
}

/** The whole compiled file: header, place lines and the two indexes. */
export function compileGazetteer(rows: readonly GazetteerRow[]): string {
  const places = rows.map(formatRow);
  let maxWords = 1;
  for (const l of places)
    for (const cell of l.split('\t').slice(-2)) for (const k of cellKeys(cell)) maxWords = Math.max(maxWords, words(k));
  const countries = rows.flatMap((r, id) => (r.feature === 'country' && r.country ? [`${r.country}:${id}`] : []));
  // the key columns are in the indexes; the place lines keep the first twelve columns
  const stripKeys = (l: string): string => l.split('\t').slice(0, 12).join('\t');
  return [
    GAZETTEER_HEADER,
    `${COUNTRIES} ${countries.join(',')}`,
    ...places.map(stripKeys),
    `${NAMES} ${Math.min(maxWords, 8)}`,
    ...indexSection(places, -2),
    DEMONYMS,
    ...indexSection(places, -1),
    '',
  ].join('\n');
}

function words(k: string): number {
  let w = 1;
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) === 32) w++;
  return w;
}

/** Binary search of sorted "key<TAB>ids" lines in [lo, hi); the ids of `key`, or none. */
function find(lines: readonly string[], lo: number, hi: number, key: string): number[] {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    const line = lines[mid] as string;
    const tab = line.indexOf('\t');
    const k = line.slice(0, tab);
    if (k < key) a = mid + 1;
    else if (k > key) b = mid - 1;
    else
      return line
        .slice(tab + 1)
        .split(',')
        .map(Number);
  }
  return [];
}

const CACHE_MAX = 100_000;
const NONE: readonly GazetteerEntry[] = Object.freeze([]);

/**
 * Reads the compiled gazetteer: place lines are parsed only when looked up, and names are found
 * by binary search in the sorted index sections, so loading is a split of the text.
 */
export function parseGazetteer(text: string, file = 'gazetteer'): Gazetteer {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]?.startsWith('#') && !lines[first]?.startsWith(NAMES)) first++;
  const namesAt = lines.findIndex((l, i) => i >= first && l.startsWith(NAMES));
  const demsAt = lines.findIndex((l, i) => i > namesAt && l === DEMONYMS);
  if (namesAt < 0 || demsAt < 0) throw new DyadError('E012', 'gazetteer has no name index; rebuild it', { file });
  let end = lines.length;
  while (end > demsAt + 1 && lines[end - 1] === '') end--;
  const size = namesAt - first;
  const maxWords = Number(lines[namesAt]?.split(' ')[1] ?? 8) || 8;
  // parsed entries and looked-up keys are kept per gazetteer, so a name seen again costs a map
  // lookup; the key caches are emptied when they grow past CACHE_MAX keys
  const parsed = new Map<number, GazetteerEntry>();
  const entry = (id: number): GazetteerEntry => {
    const hit = parsed.get(id);
    if (hit) return hit;
    const r = id >= 0 && id < size ? parseRow(lines[first + id] ?? '') : null;
    if (!r) throw new DyadError('E012', 'malformed gazetteer line', { file, line: first + id + 1 });
    const e: GazetteerEntry = Object.freeze({ ...r, id });
    if (parsed.size >= CACHE_MAX) parsed.clear();
    parsed.set(id, e);
    return e;
  };
  const lookup = (cache: Map<string, readonly GazetteerEntry[]>, lo: number, hi: number, k: string) => {
    let hit = cache.get(k);
    if (hit) return hit;
    const ids = find(lines, lo, hi, k);
    hit = ids.length ? Object.freeze(ids.map(entry)) : NONE;
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(k, hit);
    return hit;
  };
  const nameCache = new Map<string, readonly GazetteerEntry[]>();
  const demonymCache = new Map<string, readonly GazetteerEntry[]>();
  const countries = new Map<string, number>();
  const list = lines.slice(0, first).find((l) => l.startsWith(COUNTRIES));
  for (const pair of list?.slice(COUNTRIES.length + 1).split(',') ?? []) {
    const [cc, id] = pair.split(':');
    if (cc && id && !countries.has(cc)) countries.set(cc, Number(id));
  }
  return {
    size,
    entry,
    byName: (k) => lookup(nameCache, namesAt + 1, demsAt, k),
    byDemonym: (k) => lookup(demonymCache, demsAt + 1, end, k),
    country: (cc3) => {
      const id = countries.get(cc3);
      return id === undefined ? undefined : entry(id);
    },
    maxWords,
  };
}

/** Builds a gazetteer from rows (tests use small fixtures; the compiler writes the same text). */
export function buildGazetteer(rows: readonly GazetteerRow[]): Gazetteer {
  return parseGazetteer(compileGazetteer(rows));
}

export const DEFAULT_GAZETTEER = new URL('../../../models/gazetteer/gazetteer.tsv.gz', import.meta.url);

/** Loads the compiled gazetteer (gzipped TSV) from disk; nothing is fetched. */
export function loadGazetteer(path: string | URL = DEFAULT_GAZETTEER): Gazetteer {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new DyadError('E012', 'gazetteer not found; run npm run build:gazetteer', { file: String(path) });
  }
  const text = (String(path).endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  return parseGazetteer(text, String(path));
}
