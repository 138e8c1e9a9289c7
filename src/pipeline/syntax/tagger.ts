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

/** Direction of tagging: 1 left to right, -1 right to left (the "previous" words are then on the right). */
export type Direction = 1 | -1;

/** a[j], or START / NONE beyond the sentence's ends, START being the end tagging starts from. */
const at = (n: number, a: Int32Array, j: number, dir: Direction): number =>
  j < 0 ? (dir > 0 ? START : NONE) : j >= n ? (dir > 0 ? NONE : START) : a[j]!;

/**
 * Writes the features of word i into `out` and returns their number, given the two previous
 * predicted tags and, for the second pass, the first pass's tags of the whole sentence. With
 * `dir` -1 the sentence is read right to left: "previous" means the right neighbours (the same
 * features as a left-to-right tagger of the reversed sentence, except that the sentence-initial
 * flag still marks the first word).
 */
export function taggerFeatures(
  lx: Lexical,
  i: number,
  p1: number,
  p2: number,
  out: Uint32Array,
  first: Int32Array | null = null,
  dir: Direction = 1,
): number {
  const n = lx.n;
  const b1 = i - dir; // the word before i in tagging order
  const b2 = i - 2 * dir;
  const a1 = i + dir; // the word after i in tagging order
  const a2 = i + 2 * dir;
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
  out[k++] = f1(11, at(n, lx.lower, b1, dir));
  out[k++] = f1(12, at(n, lx.lower, a1, dir));
  out[k++] = f1(13, at(n, lx.lower, b2, dir));
  out[k++] = f1(14, at(n, lx.lower, a2, dir));
  out[k++] = f1(15, at(n, lx.suf3, b1, dir));
  out[k++] = f1(16, at(n, lx.suf3, a1, dir));
  out[k++] = f1(17, at(n, lx.shape, a1, dir));
  out[k++] = f1(18, at(n, lx.shape, b1, dir));
  out[k++] = f1(19, p1);
  out[k++] = f1(20, p2);
  out[k++] = f2(21, p1, p2);
  out[k++] = f2(22, p1, w);
  out[k++] = f2(23, w, at(n, lx.lower, a1, dir));
  out[k++] = f2(24, at(n, lx.lower, b1, dir), w);
  out[k++] = f2(25, p1, lx.suf3[i]!);
  out[k++] = f2(26, p1, at(n, lx.lower, a1, dir));
  out[k++] = f3(27, p1, w, at(n, lx.lower, a1, dir));
  out[k++] = f2(28, at(n, lx.lower, a1, dir), at(n, lx.lower, a2, dir));
  out[k++] = f2(29, at(n, lx.lower, b1, dir), at(n, lx.lower, b2, dir));
  if (cl !== 0) {
    out[k++] = f1(30, cl);
    out[k++] = f2(31, p1, cl);
    out[k++] = f1(32, cl >>> 8);
  }
  const cn = a1 >= 0 && a1 < n ? lx.cluster[a1]! : 1;
  const cp = b1 >= 0 && b1 < n ? lx.cluster[b1]! : 1;
  out[k++] = f1(33, cn);
  out[k++] = f1(34, cp);
  out[k++] = f2(35, cl, cn);
  const a0 = lx.amb[i]!;
  const an = a1 >= 0 && a1 < n ? lx.amb[a1]! : 0xfffe;
  const ap = b1 >= 0 && b1 < n ? lx.amb[b1]! : 0xfffd;
  const an2 = a2 >= 0 && a2 < n ? lx.amb[a2]! : 0xfffe;
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
  if (a0 === 0 && lx.rare) {
    // a word too rare for an ambiguity class: its ending and shape with its context
    out[k++] = f3(54, lx.suf3[i]!, lx.shape[i]!, i === 0 ? 1 : 0);
    out[k++] = f2(55, lx.pre1[i]!, p1);
    out[k++] = f2(56, lx.suf2[i]!, cn);
    out[k++] = f2(57, lx.shape[i]!, at(n, lx.lower, b1, dir));
  }
  if (first) {
    const r1 = at(n, first, a1, dir);
    const r2 = at(n, first, a2, dir);
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
 * Tags a sentence greedily in direction `dir`; returns tag ids. `scores` and `feats` are scratch
 * buffers; `first` holds a first pass's tags when this is the second (right-context-aware) pass.
 * With `keep` (length ≥ n × classes) each word's class scores are also written there, word i's
 * at i × classes.
 */
export function tagSentence(
  model: Scorer,
  lx: Lexical,
  feats: Uint32Array,
  scores: Float64Array,
  first: Int32Array | null = null,
  dir: Direction = 1,
  keep: Float64Array | null = null,
): Int32Array {
  const n = lx.n;
  const out = new Int32Array(n);
  let p1 = START;
  let p2 = START;
  const C = model.classes;
  for (let step = 0; step < n; step++) {
    const i = dir > 0 ? step : n - 1 - step;
    const nf = taggerFeatures(lx, i, p1, p2, feats, first, dir);
    model.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[best]!) best = c;
    if (keep) keep.set(scores.subarray(0, C), i * C);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/**
 * Bidirectional tagging: a right-to-left pass keeps its class scores per word, then a
 * left-to-right pass adds its own; each word gets the class of the highest sum. The left-to-right
 * pass's tag history is its own best tags (as in its training). `keep` is an optional scratch
 * buffer (used when its length is ≥ n × classes).
 */
export function tagSentenceBi(
  fwd: Scorer,
  bwd: Scorer,
  lx: Lexical,
  feats: Uint32Array,
  scores: Float64Array,
  keep: Float64Array | null = null,
): Int32Array {
  const n = lx.n;
  const C = fwd.classes;
  const buf = keep && keep.length >= n * C ? keep : new Float64Array(n * C);
  tagSentence(bwd, lx, feats, scores, null, -1, buf);
  const out = new Int32Array(n);
  let p1 = START;
  let p2 = START;
  for (let i = 0; i < n; i++) {
    const nf = taggerFeatures(lx, i, p1, p2, feats, null, 1);
    fwd.score(feats, nf, scores);
    let own = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[own]!) own = c;
    const o = i * C;
    let best = 0;
    let bestScore = scores[0]! + buf[o]!;
    for (let c = 1; c < C; c++) {
      const v = scores[c]! + buf[o + c]!;
      if (v > bestScore) {
        bestScore = v;
        best = c;
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = own;
  }
  return out;
}
