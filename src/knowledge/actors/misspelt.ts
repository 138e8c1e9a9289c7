import { normToken } from './normalize.js';
import type { KbActor } from './types.js';

/**
 * The shortest state name (letters) read with one letter wrong: shorter names are too close to other names
 * ("Columbia" is one letter off Colombia, "Siberia" off Liberia).
 */
export const MISSPELT_MIN_LENGTH = 9;

/** The shortest state name read with one letter wrong where the words around say a state ("Quatar's emir"). */
export const MISSPELT_MIN_LENGTH_IN_CONTEXT = 5;

/** Every way of dropping one letter from a word. */
function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * One-word state names ("Afghanistan", "Mozambique") keyed by the word and its one-letter deletions, so a word one
 * edit away (a letter dropped, added, changed or two swapped: "Afganistan") finds its state. Only states' own
 * names of at least MISSPELT_MIN_LENGTH_IN_CONTEXT letters (a lookup asks for its own minimum): aliases and
 * demonyms are too close to other words ("Holland", "Hollande").
 */
export function misspeltStates(byId: ReadonlyMap<string, KbActor>): ReadonlyMap<string, readonly KbActor[]> {
  const out = new Map<string, KbActor[]>();
  const add = (key: string, a: KbActor) => {
    const list = out.get(key) ?? [];
    if (!list.includes(a)) list.push(a);
    out.set(key, list);
  };
  for (const a of byId.values()) {
    if (a.kind !== 'state') continue;
    const w = a.name.toLowerCase();
    if (!/^\p{L}+$/u.test(w) || w.length < MISSPELT_MIN_LENGTH_IN_CONTEXT) continue;
    add(w, a);
    for (const d of deletions(w)) add(d, a);
  }
  return out;
}

/** Whether two different words are one edit apart: a letter dropped, added or changed, or two neighbours swapped. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (a.length === b.length + 1) return a.slice(i + 1) === b.slice(i);
  if (b.length === a.length + 1) return b.slice(i + 1) === a.slice(i);
  return false;
}

/** The one state a capitalised word misspells (edit distance one), or null when none or several. */
export function misspeltState(
  index: ReadonlyMap<string, readonly KbActor[]>,
  word: string,
  minLength = MISSPELT_MIN_LENGTH,
): KbActor | null {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w) || w.length < minLength - 1) return null;
  const found = new Set<KbActor>();
  for (const key of [w, ...deletions(w)])
    for (const a of index.get(key) ?? []) if (a.name.length >= minLength) found.add(a);
  if (found.size !== 1) return null;
  const [a] = found;
  if (!a) return null;
  const name = a.name.toLowerCase();
  // a name without its last letter is often a word of its own ("Bulgari", a surname), not a slip
  if (name.startsWith(w)) return null;
  return oneEdit(w, name) ? a : null;
}

/**
 * Known people's surnames (the last word of a name of two words or more, "Raila Odinga" → "odinga") and the people
 * by their first word ("francois" → François Mitterrand …), normalised, in one pass.
 */
export function peopleIndexes(byId: ReadonlyMap<string, KbActor>): {
  readonly surnames: ReadonlySet<string>;
  readonly byGiven: ReadonlyMap<string, readonly KbActor[]>;
} {
  const surnames = new Set<string>();
  const byGiven = new Map<string, KbActor[]>();
  for (const a of byId.values()) {
    if (a.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2) continue;
    surnames.add(normToken(words[words.length - 1] ?? ''));
    const key = normToken(words[0] ?? '');
    const list = byGiven.get(key);
    if (list) list.push(a);
    else byGiven.set(key, [a]);
  }
  return { surnames, byGiven };
}

/**
 * The one known person a written name misspells in its surname by one edit, the given name exact ("Francois
 * Mitterand" → François Mitterrand); surnames of at least six letters only.
 */
export function misspeltPerson(
  byGiven: ReadonlyMap<string, readonly KbActor[]>,
  words: readonly string[],
): KbActor | null {
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || last.length < 6) return null;
  const found = new Set<KbActor>();
  for (const a of byGiven.get(words[0] ?? '') ?? []) {
    const kb = a.name.split(/\s+/).map(normToken);
    const kbLast = kb[kb.length - 1] ?? '';
    // every other word the same; the slip inside the surname, not at its end ("Gonzalez" and "Gonzales" are two names)
    if (kb.length !== words.length || kb.slice(0, -1).some((w, n) => w !== words[n])) continue;
    if (kbLast.length >= 6 && oneEdit(last, kbLast) && last.slice(-2) === kbLast.slice(-2)) found.add(a);
  }
  if (found.size !== 1) return null;
  const [a] = found;
  return a ?? null;
}
