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
const ASCII_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// the same tests for text of ASCII characters and ’ only, where \p{L}, \p{M} and \p{N} are
// A-Z, a-z and 0-9: much cheaper than the Unicode classes
const NOT_ASCII = /[^\x00-\x7f’]/;
const SIMPLE_ASCII = /^[A-Za-z0-9'’. -]+$/;
const WORD_ASCII = /^[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*$/;
const ABBREV_ASCII = /^(?:[A-Za-z]\.)+$|^[A-Za-z]+\.$/;
const POSSESSIVE = /^(.+?)(['’]s)$/;

/** Splits an alias into tokens as the segmenter splits running text. */
export function aliasTokens(alias: string): string[] {
  const a = alias.trim();
  // Fastest path: plain ASCII words with single spaces are the tokens themselves
  if (ASCII_WORDS.test(a)) return a.split(' ');
  // Fast path: words, hyphenated words and abbreviations ("Mr.", "U.S.") split at spaces,
  // with a final possessive split off as the segmenter does.
  const ascii = !NOT_ASCII.test(a);
  if (ascii ? SIMPLE_ASCII.test(a) : SIMPLE.test(a)) {
    const words = a.split(/\s+/);
    const word = (w: string): boolean =>
      ascii ? WORD_ASCII.test(w) || ABBREV_ASCII.test(w) : WORD.test(w) || ABBREV.test(w);
    if (words.every(word)) {
      const out: string[] = [];
      for (const w of words) {
        const m = POSSESSIVE.exec(w);
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
