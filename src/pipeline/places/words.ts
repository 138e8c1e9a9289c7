import type { Span } from '../../core/span.js';
import { nameKey } from '../../knowledge/places/index.js';

/** A word of a sentence for toponym matching: a token, or one part of a hyphenated token. */
export interface Word extends Span {
  readonly text: string;
  readonly key: string;
  /** Index of the token it comes from in the `tokens` layer. */
  readonly token: number;
  readonly sentence: number;
  /** Whether only white space (or a period) separates it from the previous word. */
  readonly joined: boolean;
  /** First word of its sentence. */
  readonly initial: boolean;
}

const HAS_LETTER = /[\p{L}\p{N}]/u;

/**
 * Splits the tokens of one sentence into words; "Russia-backed" gives "Russia" and "backed",
 * so a toponym inside a hyphenated word is found too.
 */
export function sentenceWords(
  text: string,
  tokens: readonly { start: number; end: number }[],
  first: number,
  last: number,
  sentence: number,
): Word[] {
  const out: Word[] = [];
  let prevEnd = -1;
  for (let t = first; t < last; t++) {
    const tok = tokens[t];
    if (!tok) continue;
    const s = text.slice(tok.start, tok.end);
    if (!HAS_LETTER.test(s)) {
      // punctuation: only a period may sit inside a name ("St. Louis")
      if (s !== '.') prevEnd = -1;
      continue;
    }
    const parts = s.includes('-') && !/^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(s) ? s.split('-') : [s];
    let off = tok.start;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] ?? '';
      const span = { start: off, end: off + part.length };
      off += part.length + 1;
      if (!part || !HAS_LETTER.test(part)) {
        prevEnd = -1;
        continue;
      }
      const gap = prevEnd < 0 ? 'x' : text.slice(prevEnd, span.start);
      const joined = p > 0 ? true : /^[\s.]*$/.test(gap) && prevEnd >= 0;
      out.push({ ...span, text: part, key: nameKey(part), token: t, sentence, joined, initial: out.length === 0 });
      prevEnd = span.end;
    }
  }
  return out;
}

/** Starts with an upper-case letter (or a digit in a name like "10 Downing Street"). */
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.'’&]+$/u.test(w) && /\p{Lu}/u.test(w);
