import { tokenizeSpan } from '../../pipeline/segment/index.js';

const ODD = /[’‘`.\u200b-\u200f\u2060\ufeff]/;

/** The trie key of a token: lower case, curly apostrophes straightened, periods and invisible marks dropped. */
export function normToken(t: string): string {
  const l = t.toLowerCase();
  return ODD.test(l)
    ? l
        .replace(/[’‘`]/g, "'")
        .replace(/\./g, '')
        .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    : l;
}

const SIMPLE = /^[\p{L}\p{M}\p{N}'’. -]+$/u;
const WORD = /^[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*$/u;
const ABBREV = /^(?:\p{L}\.)+$|^\p{L}+\.$/u;

/** Splits an alias into tokens as the segmenter splits running text. */
export function aliasTokens(alias: string): string[] {
  const a = alias.trim();
  // Fast path: words, hyphenated words and abbreviations ("Mr.", "U.S.") split at spaces,
  // with a final possessive split off as the segmenter does.
  if (SIMPLE.test(a)) {
    const words = a.split(/\s+/);
    if (words.every((w) => WORD.test(w) || ABBREV.test(w))) {
      const out: string[] = [];
      for (const w of words) {
        const m = /^(.+?)(['’]s)$/u.exec(w);
        if (m?.[1] && m[2]) out.push(m[1], m[2]);
        else out.push(w);
      }
      return out;
    }
  }
  return tokenizeSpan(a, { start: 0, end: a.length }).map((t) => a.slice(t.start, t.end));
}

export const isCapitalised = (t: string): boolean => /^\p{Lu}/u.test(t);
export const isAllCaps = (t: string): boolean => /\p{L}/u.test(t) && !/\p{Ll}/u.test(t);
