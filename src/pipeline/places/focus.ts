/**
 * The document's focus: the countries and first-level divisions its clear toponyms name. A name
 * is no evidence for itself: "Nelson" (a New Zealand division and a British Columbia town) must
 * not make New Zealand the focus that then picks New Zealand for "Nelson", so each name is
 * resolved against the focus of the document's other names (a town's or division's own name only).
 */
import type { GazetteerEntry } from '../../knowledge/places/index.js';
import type { Found } from './found.js';
import { type DocFocus, prior } from './resolve.js';
import type { Word } from './words.js';

/** The entry of highest prior, the first of those tied (what a stable sort by prior puts first). */
export function topByPrior(entries: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  let top: GazetteerEntry | undefined;
  let best = 0;
  for (const e of entries) {
    const p = prior(e);
    if (top === undefined || p > best) {
      top = e;
      best = p;
    }
  }
  return top;
}

/** A city whose name another country's comparable town or division shares ("Tripoli") is no clear sign of a country. */
function rivalled(top: GazetteerEntry, entries: readonly GazetteerEntry[]): boolean {
  return entries.some(
    (e) =>
      e.country !== top.country &&
      ((e.feature === 'city' && e.population * 50 >= top.population) || e.feature === 'admin1'),
  );
}

/** The words of a candidate as one key ("new york"). */
export function nameOf(f: Found): string {
  let key = '';
  for (let k = f.c.from; k < f.c.to; k++)
    key += k === f.c.from ? (f.words[k] as Word).key : ` ${(f.words[k] as Word).key}`;
  return key;
}

interface Tally {
  readonly countries: Map<string, number>;
  readonly admin1: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

/** The focus of the whole document and, on demand, of all its names but one. */
export interface Focus {
  readonly all: DocFocus;
  /** The focus the document's other names give, for resolving the name `key`. */
  without(key: string): DocFocus;
}

/** Tallies the clear toponyms (first pass) by name, so any one name can be left out. */
export function focusOf(found: readonly Found[]): Focus {
  const total: Tally = { countries: new Map(), admin1: new Map() };
  const byName = new Map<string, Tally>();
  for (const f of found) {
    const { c } = f;
    const top = topByPrior(c.entries);
    if (!top || (top.feature === 'city' && (top.population < 1_000_000 || rivalled(top, c.entries)))) continue;
    // only towns and divisions are left out of their own focus: a country, sea or airport keeps
    // the weight its prior gives it ("Heathrow" the airport, not a Florida town of the name)
    let own: Tally | undefined;
    if (top.feature === 'city' || top.feature === 'admin1') {
      const key = nameOf(f);
      own = byName.get(key);
      if (!own) byName.set(key, (own = { countries: new Map(), admin1: new Map() }));
    }
    for (const t of own ? [total, own] : [total]) {
      if (top.country) add(t.countries, top.country, 1);
      if (top.feature === 'admin1' && top.admin1) add(t.admin1, top.admin1, 1);
    }
  }
  const toFocus = (t: Tally): DocFocus => ({
    countries: t.countries,
    admin1: new Set([...t.admin1].filter(([, n]) => n > 0).map(([k]) => k)),
  });
  const all = toFocus(total);
  const cache = new Map<string, DocFocus>();
  return {
    all,
    without(key) {
      const own = byName.get(key);
      if (!own) return all;
      let f = cache.get(key);
      if (!f) {
        const rest: Tally = { countries: new Map(total.countries), admin1: new Map(total.admin1) };
        for (const [k, n] of own.countries) add(rest.countries, k, -n);
        for (const [k, n] of own.admin1) add(rest.admin1, k, -n);
        for (const [k, n] of rest.countries) if (n <= 0) rest.countries.delete(k);
        f = toFocus(rest);
        cache.set(key, f);
      }
      return f;
    },
  };
}
