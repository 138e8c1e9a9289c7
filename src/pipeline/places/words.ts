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
const SPACE = /\s/;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;
// "d'Ivoire", "l'Aquila": an elided article before a capital
const CAPITALIZED = /^(?:[dl]['’])?\p{Lu}/u;
const ALL_CAPS_CHARS = /^[\p{Lu}\d.'’&]+$/u;
const UPPER = /\p{Lu}/u;

/** Only white space and periods between `from` and `to`. */
function gapJoins(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 32 && !(c < 128 ? c >= 9 && c <= 13 : SPACE.test(text[i] as string))) return false;
  }
  return true;
}

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
    const parts = s.includes('-') && !INITIALS.test(s) ? s.split('-') : [s];
    let off = tok.start;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] ?? '';
      const start = off;
      const end = off + part.length;
      off += part.length + 1;
      if (!part || (parts.length > 1 && !HAS_LETTER.test(part))) {
        prevEnd = -1;
        continue;
      }
      const joined = p > 0 ? true : prevEnd >= 0 && gapJoins(text, prevEnd, start);
      out.push({ start, end, text: part, key: nameKey(part), token: t, sentence, joined, initial: out.length === 0 });
      prevEnd = end;
    }
  }
  return out;
}

/** Starts with an upper-case letter (or a digit in a name like "10 Downing Street"). */
export const isCapitalized = (w: string): boolean => CAPITALIZED.test(w);
export const isAllCaps = (w: string): boolean => ALL_CAPS_CHARS.test(w) && UPPER.test(w);
