import type { Span } from '../../core/span.js';
import { MAY_END, MONTHS, NEVER_FINAL, TITLES } from './abbreviations.js';

export interface Token extends Span {
  readonly sentence: number;
}

export interface RawToken extends Span {
  /** The token is an abbreviation written with a final period ("U.S.", "Gen."). */
  readonly abbrev?: true;
}

// Order matters: the first alternative that matches at a position wins.
const PATTERNS: readonly RegExp[] = [
  /(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/y, // URL
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y, // e-mail
  /@\w+|#\w+/y, // handles and hashtags
  /\p{L}(?:\.\p{L})+\./uy, // U.S. U.N. e.g. a.m.
  /\d+(?:[.,:/]\d+)+/uy, // 1,000 3.5 10:30 2/9/2018
  /\d+(?:st|nd|rd|th|s)\b/uy, // 21st 1990s
  /(?:n['’]t)\b/iuy, // n't after a split
  /['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b/uy, // clitics
  /\.{2,}|…|-{2,}|—|–/y, // ellipsis, dashes
  /([!?*=_~#+^])\1+/y, // runs of one punctuation mark: !!! ??? **** ==== (one token, as in UD)
  /[:;]-?[()DPp](?![\p{L}\p{N}])/uy, // emoticons :) :-( ;P
  /[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/uy, // words, hyphenated words, O'Brien
  /[^\s]/uy, // any other single character
];

/**
 * The characters each pattern can start with (a superset, one per entry of PATTERNS), compiled
 * into a table of which patterns to try at an ASCII character: a letter skips the eight
 * patterns that cannot start with it. Other characters try every pattern.
 */
const FIRST: readonly RegExp[] = [
  /[hw]/,
  /[\w.+-]/,
  /[@#]/,
  /\p{L}/u,
  /\d/,
  /\d/,
  /[nN]/,
  /['’]/,
  /[.…\-—–]/,
  /[!?*=_~#+^]/,
  /[:;]/,
  /[\p{L}\p{M}\p{N}]/u,
  /[^\s]/u,
];
const ASCII_CANDIDATES: readonly (readonly RegExp[])[] = Array.from({ length: 128 }, (_, c) =>
  PATTERNS.filter((_, k) => FIRST[k]?.test(String.fromCharCode(c))),
);

const WORD_NT = /^(.+?)(n['’]t)$/iu;
const CAN_NOT = /^(can)(not)$/iu;
// patterns read per token are compiled once here (a literal in the loop is a new object per token)
const SPACE = /\s/;
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/iu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;
const DOTTED = /^\p{L}(?:\.\p{L})+\.$/u;

/** Splits a span of text into tokens with exact offsets (UD English conventions where cheap). */
export function tokenizeSpan(text: string, span: Span): RawToken[] {
  const out: RawToken[] = [];
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || SPACE.test(text[i] ?? '')) {
      i++;
      continue;
    }
    let len = 1;
    // every pattern is sticky: a match starts at i and ends at lastIndex (test() builds no match array)
    for (const re of c < 128 ? (ASCII_CANDIDATES[c] ?? PATTERNS) : PATTERNS) {
      re.lastIndex = i;
      if (re.test(text) && re.lastIndex > i) {
        len = Math.min(re.lastIndex - i, span.end - i);
        break;
      }
    }
    let start = i;
    const end = i + len;
    const w = text.slice(start, end);
    // split negation and clitics off words: don't → do n't, cannot → can not, it's → it 's
    const nt = WORD_NT.exec(w) ?? CAN_NOT.exec(w);
    if (nt?.[1] && nt[2] && nt[1].length > 0) {
      out.push({ start, end: start + nt[1].length });
      start += nt[1].length;
      out.push({ start, end });
      i = end;
      continue;
    }
    const clitic = CLITIC.exec(w);
    if (clitic?.[1] && LETTER.test(clitic[1])) {
      out.push({ start, end: start + clitic[1].length });
      out.push({ start: start + clitic[1].length, end });
      i = end;
      continue;
    }
    // a word followed by a period that forms a known abbreviation: Gen. Mr. Jan. or an initial J.
    if (LETTERS.test(w) && text[end] === '.' && end < span.end) {
      const lw = w.toLowerCase();
      const isInitial = w.length === 1 && UPPER.test(w);
      if (TITLES.has(lw) || MONTHS.has(lw) || MAY_END.has(lw) || isInitial) {
        out.push({ start, end: end + 1, abbrev: true });
        i = end + 1;
        continue;
      }
    }
    if (DOTTED.test(w)) {
      out.push({ start, end, abbrev: true });
      i = end;
      continue;
    }
    out.push({ start, end });
    i = end;
  }
  return out;
}

const CLOSERS = /^["'”’»)\]}]+$/u;
const TERMINAL = /^(?:[.!?]+|…|\.{3,}|[!?][!?.]*)$/u;

/** Can the token at index k start a sentence? (capital letter, digit, opening quote or bracket) */
function canStart(text: string, toks: readonly RawToken[], k: number): boolean {
  const t = toks[k];
  if (!t) return true;
  const s = text.slice(t.start, t.end);
  if (/^[\p{Lu}\p{N}]/u.test(s)) return true;
  if (/^["“‘'([«]/.test(s)) return true;
  return false;
}

/** True when the abbreviation token may be read as ending its sentence before token k. */
function abbrevMayEnd(word: string, text: string, toks: readonly RawToken[], k: number): boolean {
  const base = word.slice(0, -1).toLowerCase();
  if (NEVER_FINAL.has(base)) return false;
  if (TITLES.has(base)) return false;
  if (base.length === 1) return false; // initials: "J. R. Smith"
  if (MONTHS.has(base)) {
    const next = toks[k];
    return !(next && /^\d/.test(text.slice(next.start, next.end)));
  }
  return MAY_END.has(base) && canStart(text, toks, k);
}

/**
 * Groups a block's tokens into sentences: a block (headline or paragraph) never shares a
 * sentence with another; inside one, a sentence ends after terminal punctuation (and any closing
 * quotes) when the next token can start a sentence.
 */
export function splitSentences(text: string, toks: readonly RawToken[], maxTokens = 400): [number, number][] {
  const out: [number, number][] = [];
  let begin = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const w = text.slice(t.start, t.end);
    let endHere = false;
    let last = k;
    if (TERMINAL.test(w)) {
      // closing quotes and brackets stay with the sentence; a straight quote only when glued to it
      while (last + 1 < toks.length) {
        const nx = toks[last + 1]!;
        const q = text.slice(nx.start, nx.end);
        if (!CLOSERS.test(q) || (/^["']+$/.test(q) && nx.start !== toks[last]!.end)) break;
        last++;
      }
      const next = toks[last + 1];
      const glued =
        next !== undefined && next.start === toks[last]!.end && /^\p{Ll}/u.test(text.slice(next.start, next.end));
      endHere = !glued && canStart(text, toks, last + 1);
      if (w === '…' || w.startsWith('..'))
        endHere = endHere && next !== undefined && /^\p{Lu}/u.test(text.slice(next.start, next.end));
    } else if (t.abbrev) {
      endHere = abbrevMayEnd(w, text, toks, k + 1);
    }
    if (!endHere && last - begin + 1 >= maxTokens) endHere = true;
    if (endHere) {
      out.push([begin, last + 1]);
      begin = last + 1;
      k = last;
    }
  }
  if (begin < toks.length) out.push([begin, toks.length]);
  return out;
}
