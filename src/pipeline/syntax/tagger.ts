/**
 * Greedy left-to-right averaged-perceptron tagger over joint UPOS+XPOS tags ("NOUN\tNN"), with
 * hashed lexical, affix, shape, cluster and left-tag-history features.
 */
import * as hash from './hash.js';
import type { Lexical } from './lexical.js';

// local bindings: calls in the hot loops then skip the module namespace lookup
const { f1, f2, f3 } = hash;

export interface Scorer {
  readonly classes: number;
  score(feats: Uint32Array, n: number, scores: Float64Array): void;
}

export const TAGGER_MAX_FEATS = 64;
const NONE = 0x7fff0001;
const START = 0x7fff0002;

const at = (n: number, a: Int32Array, j: number): number => (j < 0 ? START : j >= n ? NONE : a[j]!);

/**
 * Writes the features of word i into `out` and returns their number, given the two previous
 * predicted tags and, for the second pass, the first pass's tags of the whole sentence.
 */
export function taggerFeatures(
  lx: Lexical,
  i: number,
  p1: number,
  p2: number,
  out: Uint32Array,
  first: Int32Array | null = null,
): number {
  const n = lx.n;
  const w = lx.lower[i]!;
  const cl = lx.cluster[i]!;
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f1(1, w);
  out[k++] = f1(2, lx.form[i]!);
  out[k++] = f1(3, lx.suf1[i]!);
  out[k++] = f1(4, lx.suf2[i]!);
  out[k++] = f1(5, lx.suf3[i]!);
  out[k++] = f1(6, lx.suf4[i]!);
  out[k++] = f1(7, lx.pre1[i]!);
  out[k++] = f1(8, lx.pre2[i]!);
  out[k++] = f1(9, lx.shape[i]!);
  out[k++] = f2(10, lx.shape[i]!, i === 0 ? 1 : 0);
  out[k++] = f1(11, at(n, lx.lower, i - 1));
  out[k++] = f1(12, at(n, lx.lower, i + 1));
  out[k++] = f1(13, at(n, lx.lower, i - 2));
  out[k++] = f1(14, at(n, lx.lower, i + 2));
  out[k++] = f1(15, at(n, lx.suf3, i - 1));
  out[k++] = f1(16, at(n, lx.suf3, i + 1));
  out[k++] = f1(17, at(n, lx.shape, i + 1));
  out[k++] = f1(18, at(n, lx.shape, i - 1));
  out[k++] = f1(19, p1);
  out[k++] = f1(20, p2);
  out[k++] = f2(21, p1, p2);
  out[k++] = f2(22, p1, w);
  out[k++] = f2(23, w, at(n, lx.lower, i + 1));
  out[k++] = f2(24, at(n, lx.lower, i - 1), w);
  out[k++] = f2(25, p1, lx.suf3[i]!);
  out[k++] = f2(26, p1, at(n, lx.lower, i + 1));
  out[k++] = f3(27, p1, w, at(n, lx.lower, i + 1));
  out[k++] = f2(28, at(n, lx.lower, i + 1), at(n, lx.lower, i + 2));
  out[k++] = f2(29, at(n, lx.lower, i - 1), at(n, lx.lower, i - 2));
  if (cl !== 0) {
    out[k++] = f1(30, cl);
    out[k++] = f2(31, p1, cl);
    out[k++] = f1(32, cl >>> 8);
  }
  const cn = i + 1 < n ? lx.cluster[i + 1]! : 1;
  const cp = i > 0 ? lx.cluster[i - 1]! : 1;
  out[k++] = f1(33, cn);
  out[k++] = f1(34, cp);
  out[k++] = f2(35, cl, cn);
  const a0 = lx.amb[i]!;
  const an = i + 1 < n ? lx.amb[i + 1]! : 0xfffe;
  const ap = i > 0 ? lx.amb[i - 1]! : 0xfffd;
  const an2 = i + 2 < n ? lx.amb[i + 2]! : 0xfffe;
  out[k++] = f1(36, a0);
  out[k++] = f2(37, a0, p1);
  out[k++] = f1(38, an);
  out[k++] = f2(39, a0, an);
  out[k++] = f3(40, p1, a0, an);
  out[k++] = f2(41, ap, a0);
  out[k++] = f2(42, an, an2);
  out[k++] = f2(43, w, an);
  out[k++] = f3(44, p2, p1, w);
  out[k++] = f2(45, a0, lx.suf3[i]!);
  if (first) {
    const r1 = at(n, first, i + 1);
    const r2 = at(n, first, i + 2);
    const t0 = first[i]!;
    out[k++] = f1(46, r1);
    out[k++] = f2(47, r1, r2);
    out[k++] = f2(48, p1, r1);
    out[k++] = f2(49, w, r1);
    out[k++] = f3(50, p1, t0, r1);
    out[k++] = f1(51, t0);
    out[k++] = f2(52, w, t0);
    out[k++] = f3(53, a0, t0, r1);
  }
  return k;
}

/**
 * Tags a sentence; returns tag ids. `scores` and `feats` are scratch buffers; `first` holds a
 * first pass's tags when this is the second (right-context-aware) pass.
 */
export function tagSentence(
  model: Scorer,
  lx: Lexical,
  feats: Uint32Array,
  scores: Float64Array,
  first: Int32Array | null = null,
): Int32Array {
  const out = new Int32Array(lx.n);
  let p1 = START;
  let p2 = START;
  const C = model.classes;
  for (let i = 0; i < lx.n; i++) {
    const nf = taggerFeatures(lx, i, p1, p2, feats, first);
    model.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}
