/**
 * Right-to-left parsing: the same arc-hybrid parser run over a sentence read backwards. Word i
 * of an n-word sentence is word n-1-i of its reversal; heads map the same way (-1, the root,
 * stays -1), and a label seen on leftward arcs becomes one seen on rightward arcs.
 */
import type { Lexical } from './lexical.js';
import type { LabelSet } from './parser.js';

/** The position of word i in the reversed sentence (and back: the mapping is its own inverse). */
export const flip = (i: number, n: number): number => n - 1 - i;

/** The sentence's lexical attributes word by word in reverse order (they are per word). */
export function reverseLexical(lx: Lexical): Lexical {
  const r = (a: Int32Array) => a.slice().reverse();
  return {
    n: lx.n,
    form: r(lx.form),
    lower: r(lx.lower),
    suf1: r(lx.suf1),
    suf2: r(lx.suf2),
    suf3: r(lx.suf3),
    suf4: r(lx.suf4),
    pre1: r(lx.pre1),
    pre2: r(lx.pre2),
    shape: r(lx.shape),
    cluster: r(lx.cluster),
    amb: r(lx.amb),
    rare: lx.rare,
  };
}

/** Heads of the reversed sentence (-1 = root; a head ≥ n, the root token, also maps to -1). */
export function reverseHeads(heads: ArrayLike<number>): number[] {
  const n = heads.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const h = heads[i]!;
    out[flip(i, n)] = h < 0 || h >= n ? -1 : flip(h, n);
  }
  return out;
}

/** A per-word array in reverse order. */
export function reversed<T>(xs: readonly T[]): T[] {
  return xs.slice().reverse();
}

/** The label set of the reversed sentences: leftward and rightward labels swap. */
export function reverseLabelSet(ls: LabelSet): LabelSet {
  return { labels: ls.labels, root: ls.root, allowed: [ls.allowed[0], ls.allowed[2], ls.allowed[1]] };
}
