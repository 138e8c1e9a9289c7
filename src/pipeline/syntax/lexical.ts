/**
 * Per-word hashed lexical attributes (form, lower case, affixes, shape) computed once per
 * sentence and shared by the tagger and parser feature extractors.
 */
import { strHash, strHashRange } from './hash.js';

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
  /**
   * Whether the tagger adds its rare-word features (words without an ambiguity class): set from
   * the model (`meta.taggerRare`) with the lexicon, so a model is tagged with the features it was
   * trained with.
   */
  rare: boolean;
}

/**
 * Word knowledge learned from the training text, by lower-case word hash: cluster id in the low
 * 16 bits, ambiguity class id in the high 16 bits.
 */
export type Lexicon = ReadonlyMap<number, number>;

/** Fills a sentence's cluster and ambiguity-class ids from a lexicon, and the rare-word switch. */
export function applyLexicon(lx: Lexical, lexicon: Lexicon | undefined, rare = false): void {
  lx.rare = rare;
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

/**
 * Hash of `wordShape(w)` computed without building the string (the same FNV-1a over the same
 * code units).
 */
export function wordShapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    let cp = w.charCodeAt(i);
    let units = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < w.length) {
      const lo = w.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        units = 2;
      }
    }
    let c: number;
    if (cp < 128) {
      if (cp >= 65 && cp <= 90) c = 88;
      else if (cp >= 97 && cp <= 122) c = 120;
      else if (cp >= 48 && cp <= 57) c = 100;
      else c = cp;
    } else {
      const ch = w.slice(i, i + units);
      if (/\p{Lu}/u.test(ch)) c = 88;
      else if (/\p{L}/u.test(ch)) c = 120;
      else if (/\p{N}/u.test(ch)) c = 100;
      else c = cp;
    }
    i += units - 1;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    last = c;
    if (c > 0xffff) {
      h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), 0x01000193);
      h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), 0x01000193);
    } else h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export function lexical(words: readonly string[], lexicon?: Lexicon, rare = false): Lexical {
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
    rare,
  };
  for (let i = 0; i < n; i++) {
    const w = words[i] ?? '';
    // hashes of normalizeWord(w) and its affixes, digits read as '0' while hashing
    const l = w.toLowerCase();
    const m = l.length;
    lx.form[i] = strHash(w);
    lx.lower[i] = strHashRange(l, 0, m, true);
    lx.suf1[i] = strHashRange(l, m > 1 ? m - 1 : 0, m, true);
    lx.suf2[i] = strHashRange(l, m > 2 ? m - 2 : 0, m, true);
    lx.suf3[i] = strHashRange(l, m > 3 ? m - 3 : 0, m, true);
    lx.suf4[i] = strHashRange(l, m > 4 ? m - 4 : 0, m, true);
    lx.pre1[i] = strHashRange(w, 0, Math.min(w.length, 1), false);
    lx.pre2[i] = strHashRange(l, 0, Math.min(m, 2), true);
    lx.shape[i] = wordShapeHash(w);
  }
  applyLexicon(lx, lexicon, rare);
  return lx;
}
