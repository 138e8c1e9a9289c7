import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DyadError } from '../../core/errors.js';
import { formatRow, type GazetteerRow, parseRow } from './format.js';

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

type Ids = number | number[];
const push = (m: Map<string, Ids>, k: string, id: number): void => {
  const v = m.get(k);
  if (v === undefined) m.set(k, id);
  else if (typeof v === 'number') {
    if (v !== id) m.set(k, [v, id]);
  } else if (!v.includes(id)) v.push(id);
};

/**
 * Indexes place lines in the compiled format. Only the two key columns are read at load time;
 * an entry's other columns are parsed when it is looked up, which keeps loading fast.
 */
export function indexLines(lines: readonly string[], file = 'gazetteer'): Gazetteer {
  const names = new Map<string, Ids>();
  const dems = new Map<string, Ids>();
  const countries = new Map<string, number>();
  let maxWords = 1;
  const addKeys = (m: Map<string, Ids>, cell: string, id: number): void => {
    if (!cell) return;
    let from = 0;
    while (from <= cell.length) {
      let to = cell.indexOf('|', from);
      if (to < 0) to = cell.length;
      const k = cell.slice(from, to);
      if (k) {
        push(m, k, id);
        let w = 1;
        for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) === 32) w++;
        if (w > maxWords) maxWords = w;
      }
      from = to + 1;
    }
  };
  for (let id = 0; id < lines.length; id++) {
    const line = lines[id] as string;
    const b = line.lastIndexOf('\t');
    const a = line.lastIndexOf('\t', b - 1);
    if (a < 0) throw new DyadError('E012', 'malformed gazetteer line', { file, line: id + 1 });
    addKeys(names, line.slice(a + 1, b), id);
    addKeys(dems, line.slice(b + 1), id);
    if (line.includes('\tcountry\tPCLI\t')) {
      const cc = /\tPCLI\t([A-Z]{3})\t/.exec(line)?.[1];
      if (cc && !countries.has(cc)) countries.set(cc, id);
    }
  }
  const entry = (id: number): GazetteerEntry => {
    const r = parseRow(lines[id] ?? '');
    if (!r) throw new DyadError('E012', 'malformed gazetteer line', { file, line: id + 1 });
    return { ...r, id };
  };
  const get = (m: Map<string, Ids>, k: string): GazetteerEntry[] => {
    const v = m.get(k);
    if (v === undefined) return [];
    return typeof v === 'number' ? [entry(v)] : v.map(entry);
  };
  return {
    size: lines.length,
    entry,
    byName: (k) => get(names, k),
    byDemonym: (k) => get(dems, k),
    country: (cc3) => {
      const id = countries.get(cc3);
      return id === undefined ? undefined : entry(id);
    },
    maxWords: Math.min(maxWords, 8),
  };
}

/** Builds a gazetteer from rows (tests use small fixtures; the compiler writes the same lines). */
export function buildGazetteer(rows: readonly GazetteerRow[]): Gazetteer {
  return indexLines(rows.map(formatRow));
}

/** Parses the compiled gazetteer text (header lines start with "#"). */
export function parseGazetteer(text: string, file = 'gazetteer'): Gazetteer {
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  return indexLines(lines, file);
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
