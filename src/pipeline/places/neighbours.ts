/**
 * What the toponyms next to one say about it: the division or country after its comma
 * ("Maywood, California"), and a division it is listed beside ("California or Washington").
 */
import type { GazetteerEntry } from '../../knowledge/places/index.js';
import type { Found } from './found.js';
import { choose, type DocFocus, type LocalHint } from './resolve.js';

const COMMA_ONLY = /^,\s*$/;

/** "Maywood, California", "Islamabad, Pakistan": the next toponym after a comma narrows this one. */
export function hintFor(text: string, f: Found, next: Found | undefined, focus: DocFocus): LocalHint {
  if (!next || next.sentence !== f.sentence || !COMMA_ONLY.test(text.slice(f.c.end, next.c.start))) return {};
  const n = choose(next.c.entries, focus)?.entry;
  if (!n) return {};
  if (n.feature === 'admin1' || n.feature === 'county') return { admin1: n.admin1, country: n.country };
  // "Washington, D.C.": the same town named twice
  if (n.feature === 'city' && f.c.entries.some((e) => e.id === n.id)) return { admin1: n.admin1, country: n.country };
  if (n.feature === 'country') return { country: n.country };
  return {};
}

const LIST_GAP = /^\s*(?:,|and|or|,\s*(?:and|or))\s*$/;

/** "California or Washington", "Washington, Oregon and Idaho": listed beside a first-level division. */
export function listedWithDivision(
  text: string,
  f: Found,
  prev: Found | undefined,
  next: Found | undefined,
  focus: DocFocus,
): boolean {
  const division = (x: Found | undefined, gap: string): boolean =>
    !!x &&
    x.sentence === f.sentence &&
    !('placeType' in x.c) &&
    LIST_GAP.test(gap) &&
    choose(x.c.entries, focus)?.entry.feature === 'admin1';
  return (
    division(prev, prev ? text.slice(prev.c.end, f.c.start) : '') ||
    division(next, next ? text.slice(f.c.end, next.c.start) : '')
  );
}

const COMMA_OR_IN = /^(?:,\s*|,?\s+(?:in|at)\s+)$/;

/**
 * The place named right after a toponym and a comma ("Mill Road, Tarvik"), resolved on its own;
 * with `orIn`, also after "in" or "at" ("the Bambino Hospital in Rome").
 */
export function afterComma(
  text: string,
  f: Found,
  next: Found | undefined,
  focus: DocFocus,
  orIn = false,
): GazetteerEntry | undefined {
  const gap = next ? text.slice(f.c.end, next.c.start) : '';
  if (!next || next.sentence !== f.sentence || !(orIn ? COMMA_OR_IN : COMMA_ONLY).test(gap)) return undefined;
  if ('placeType' in next.c) return undefined;
  return choose(next.c.entries, focus)?.entry;
}
