/**
 * Per-word hashed lexical attributes (form, lower case, affixes, shape) computed once per
 * sentence and shared by the tagger and parser feature extractors.
 */
import { strHash } from './hash.js';

export interface Lexical {
  readonly n: number;
  readonly form: Int32Array;
  readonly lower: Int32Array;
  readonly suf1: Int32Array;
  readonly suf2: Int32Array;
  readonly suf3: Int32Array;
  readonly suf4: Int32Array;
  readonly pre1: Int32Array;
  readonly pre2: Int32Array;
  readonly shape: Int32Array;
  /** Word cluster ids (0 = unknown). */
  readonly cluster: Int32Array;
  /** Ambiguity class ids: the set of tags the word had in training (0 = unknown). */
  readonly amb: Int32Array;
}

/**
 * Word knowledge learned from the training text, by lower-case word hash: cluster id in the low
 * 16 bits, ambiguity class id in the high 16 bits.
 */
export type Lexicon = ReadonlyMap<number, number>;

/** Fills a sentence's cluster and ambiguity-class ids from a lexicon. */
export function applyLexicon(lx: Lexical, lexicon: Lexicon | undefined): void {
  for (let i = 0; i < lx.n; i++) {
    const v = lexicon?.get(lx.lower[i]! >>> 0) ?? 0;
    lx.cluster[i] = v & 0xffff;
    lx.amb[i] = v >>> 16;
  }
}

/** "McDonald's" → "XxXx'x", runs collapsed; digits d, letters x/X, other characters kept. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code < 128) {
      if (code >= 65 && code <= 90) c = 'X';
      else if (code >= 97 && code <= 122) c = 'x';
      else if (code >= 48 && code <= 57) c = 'd';
      else c = ch;
    } else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

/** Normalises digits so numbers share statistics ("1,234" → "0,000"). */
export function normalizeWord(w: string): string {
  const l = w.toLowerCase();
  return /\d/.test(l) ? l.replace(/\d/g, '0') : l;
}

export function lexical(words: readonly string[], lexicon?: Lexicon): Lexical {
  const n = words.length;
  const mk = () => new Int32Array(n);
  const lx = {
    n,
    form: mk(),
    lower: mk(),
    suf1: mk(),
    suf2: mk(),
    suf3: mk(),
    suf4: mk(),
    pre1: mk(),
    pre2: mk(),
    shape: mk(),
    cluster: mk(),
    amb: mk(),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i] ?? '';
    const l = normalizeWord(w);
    lx.form[i] = strHash(w);
    const lh = strHash(l);
    lx.lower[i] = lh;
    lx.suf1[i] = strHash(l.slice(-1));
    lx.suf2[i] = strHash(l.slice(-2));
    lx.suf3[i] = strHash(l.slice(-3));
    lx.suf4[i] = strHash(l.slice(-4));
    lx.pre1[i] = strHash(w.slice(0, 1));
    lx.pre2[i] = strHash(l.slice(0, 2));
    lx.shape[i] = strHash(wordShape(w));
  }
  applyLexicon(lx, lexicon);
  return lx;
}
