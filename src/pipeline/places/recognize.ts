import { type Gazetteer, type GazetteerEntry, nameKey, type PlacesLexicon } from '../../knowledge/places/index.js';
import { theWest } from './west.js';
import { isAllCaps, isCapitalized, type Word } from './words.js';

/** A stretch of a sentence that names a place (or a people, for a demonym), before resolution. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Word indexes [from, to) in the sentence's word list. */
  readonly from: number;
  readonly to: number;
  readonly kind: 'name' | 'demonym';
  readonly entries: readonly GazetteerEntry[];
  /** "northern" in "northern Afghanistan": the direction word's span and key. */
  readonly direction?: { readonly start: number; readonly key: string };
}

const LOWER = /\p{Ll}/u;
const COMMA_BEFORE = /,\s*$/;
/** "'s" of "People's Republic", a token of its own. */
const POSSESSIVE = /^['’]s$/;

const BIG = new Set(['country', 'admin1', 'continent', 'region', 'water', 'river', 'mountain', 'island']);

/** Only towns matched the name (no country, division or curated region). */
export const townsOnly = (es: readonly GazetteerEntry[]): boolean => es.every((e) => e.feature === 'city');

/**
 * Per word of a sentence: whether it may start or end a name (capitalised), sit inside one (a
 * connector such as "of", "al-"), and whether it follows the previous word with only space.
 * Computed once per sentence, so trying every length of name at every word stays cheap.
 */
interface Shape {
  readonly cap: Uint8Array;
  readonly connector: Uint8Array;
  readonly joined: Uint8Array;
}

function shapeOf(lx: PlacesLexicon, words: readonly Word[]): Shape {
  const n = words.length;
  const cap = new Uint8Array(n);
  const connector = new Uint8Array(n);
  const joined = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const w = words[k] as Word;
    cap[k] = isCapitalized(w.text) ? 1 : 0;
    connector[k] = lx.connectors.has(w.key) || POSSESSIVE.test(w.text) ? 1 : 0;
    joined[k] = w.joined ? 1 : 0;
  }
  return { cap, connector, joined };
}

/** Words [from, to) form a capitalised name: capitalised ends, connectors only inside, no gap. */
function capitalisedSpan(shape: Shape, from: number, to: number): boolean {
  if (to > shape.cap.length) return false;
  for (let k = from; k < to; k++) {
    if (k > from && !shape.joined[k]) return false;
    if (shape.cap[k]) continue;
    if (k > from && k < to - 1 && shape.connector[k]) continue;
    return false;
  }
  return true;
}

/** A short all-capitals word in mixed-case text ("IT", "AP") is an acronym unless it names a country or region. */
function acronym(words: readonly Word[], w: Word): boolean {
  // "D.C.", "N.J." are abbreviations of names, not acronyms
  if (w.text.replace(/\./g, '').length > 3 || !isAllCaps(w.text) || w.text.includes('.')) return false;
  return words.some((x) => LOWER.test(x.text));
}

/**
 * Finds the longest gazetteer names and demonyms in a sentence's words, left to right, with a
 * preceding compass direction attached ("northern Afghanistan", "southern Punjab").
 */
export function findCandidates(g: Gazetteer, lx: PlacesLexicon, words: readonly Word[], text = ''): Candidate[] {
  const out: Candidate[] = [];
  const shape = shapeOf(lx, words);
  let i = 0;
  while (i < words.length) {
    let found: Candidate | null = abbreviation(g, words, i, text) ?? theWest(g, words, i);
    // a possessive "'s" is a word of the sentence but not of the name's key
    const max = Math.min(g.maxWords + 1, words.length - i);
    for (let n = max; n >= 1 && !found; n--) {
      if (!capitalisedSpan(shape, i, i + n)) continue;
      let key = '';
      for (let k = i; k < i + n; k++) {
        const w = words[k] as Word;
        key += k === i ? w.key : POSSESSIVE.test(w.text) ? "'s" : ` ${w.key}`;
      }
      const first = words[i] as Word;
      const last = words[i + n - 1] as Word;
      let names = g.byName(key);
      // "Canadian", "English": a people before a town of that name; "Somali": a country's
      // people before a division of that name
      const big = names.some((e) => e.feature === 'country' || e.feature === 'continent' || e.feature === 'region');
      const dems = big ? [] : g.byDemonym(key).filter((e) => townsOnly(names) || e.feature === 'country');
      if (dems.length) names = [];
      if (names.length === 0 && dems.length === 0) continue;
      if (names.length && townsOnly(names) && lx.notPlaces.has(key)) continue;
      if (key.length < 2) continue;
      // "ACT" (a territory) is not "the Act"
      if (names.length && !isAllCaps(first.text)) {
        // (the name, then its aliases, without copying them into a new array per entry)
        const spelt = (a: string): boolean => nameKey(a) === key && !isAllCaps(a);
        names = names.filter((e) => spelt(e.name) || e.aliases.some(spelt));
        if (names.length === 0) continue;
      }
      if (n === 1 && lx.directions.has(key)) continue;
      // "South Lebanon": a compass word before a country or division names its region, not a
      // town that happens to bear the whole name
      if (n > 1 && names.length && townsOnly(names) && lx.directions.has(first.key)) {
        const rest = g.byName(key.slice(first.key.length + 1));
        if (rest.some((e) => e.feature === 'country' || e.feature === 'admin1')) continue;
      }
      if (n === 1 && acronym(words, first) && !names.some((e) => BIG.has(e.feature))) continue;
      found = {
        start: first.start,
        end: last.end,
        from: i,
        to: i + n,
        kind: names.length ? 'name' : 'demonym',
        entries: names.length ? names : dems,
      };
    }
    if (!found) {
      i++;
      continue;
    }
    const dir = directionBefore(lx, words, found.from);
    const big = found.entries.some(
      (e) => e.feature === 'country' || e.feature === 'admin1' || e.feature === 'continent' || e.feature === 'region',
    );
    out.push(dir && big ? { ...found, direction: dir } : found);
    i = found.to;
  }
  return out;
}

/**
 * "Gainesville, Ga.", "Trenton, N.J.": a division's abbreviation, matched only when written with
 * its period after a comma.
 */
function abbreviation(g: Gazetteer, words: readonly Word[], i: number, text: string): Candidate | null {
  const w = words[i];
  if (!w || !text || !COMMA_BEFORE.test(text.slice(Math.max(0, w.start - 3), w.start))) return null;
  const dot = w.text.endsWith('.') ? 0 : text[w.end] === '.' ? 1 : -1;
  if (dot < 0 || !isCapitalized(w.text)) return null;
  const entries = g.byName(`${w.text}${dot ? '.' : ''}`.toLowerCase());
  if (entries.length === 0) return null;
  return { start: w.start, end: w.end + dot, from: i, to: i + 1, kind: 'name', entries };
}

function directionBefore(
  lx: PlacesLexicon,
  words: readonly Word[],
  at: number,
): { start: number; key: string } | undefined {
  const w1 = words[at - 1];
  const cur = words[at];
  if (!w1 || !cur?.joined) return undefined;
  const w2 = words[at - 2];
  if (w2 && w1.joined && lx.directions.has(`${w2.key} ${w1.key}`) && w1.text !== w1.text.toUpperCase()) {
    return { start: w2.start, key: `${w2.key} ${w1.key}` };
  }
  if (lx.directions.has(w1.key)) return { start: w1.start, key: w1.key };
  return undefined;
}
