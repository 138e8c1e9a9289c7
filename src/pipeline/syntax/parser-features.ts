/**
 * Features of arc-hybrid configurations (after Zhang & Nivre 2011: words, tags, distance,
 * valency, second- and third-order children, label sets) and of the arcs being labelled.
 */
import * as hash from './hash.js';
import type { Lexical } from './lexical.js';
import type { Config } from './transition.js';

// local bindings: calls in the hot loops then skip the module namespace lookup
const { f1, f2, f3, f4 } = hash;

export const PARSER_MAX_FEATS = 112;
export const LABEL_MAX_FEATS = 48;

const NONE_W = 0x7ffe0001;
const ROOT_W = 0x7ffe0002;
const NONE_T = 250;
const ROOT_T = 251;
const NONE_L = 254;

export interface SentenceView {
  readonly lx: Lexical;
  readonly tags: Int32Array;
  /** Coarse (UPOS) tag ids. */
  readonly utags: Int32Array;
  /** Number of verbs (VERB, AUX) and of punctuation tokens before each position (length n+1). */
  readonly verbsBefore: Int32Array;
  readonly punctBefore: Int32Array;
}

/** Per joint tag id: its UPOS id and whether it is a verb or punctuation. */
export interface TagInfo {
  readonly utag: Int32Array;
  readonly verb: Uint8Array;
  readonly punct: Uint8Array;
}

export function tagInfo(tags: readonly string[], utag: Int32Array): TagInfo {
  const upos = tags.map((t) => t.split('\t')[0] ?? '');
  return {
    utag,
    verb: Uint8Array.from(upos, (u) => (u === 'VERB' || u === 'AUX' ? 1 : 0)),
    punct: Uint8Array.from(upos, (u) => (u === 'PUNCT' ? 1 : 0)),
  };
}

export function sentenceView(lx: Lexical, tags: Int32Array, info: TagInfo): SentenceView {
  const n = tags.length;
  const utags = new Int32Array(n);
  const verbsBefore = new Int32Array(n + 1);
  const punctBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    utags[i] = info.utag[t]!;
    verbsBefore[i + 1] = verbsBefore[i]! + info.verb[t]!;
    punctBefore[i + 1] = punctBefore[i]! + info.punct[t]!;
  }
  return { lx, tags, utags, verbsBefore, punctBefore };
}

/** Count (capped at 3) of verbs or punctuation strictly between positions a < b. */
const between = (pre: Int32Array, a: number, b: number): number => {
  if (a < 0 || b < 0) return 7;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  const c = pre[hi]! - pre[lo + 1]!;
  return c > 3 ? 3 : c;
};

const wd = (v: SentenceView, x: number, n: number): number => (x < 0 ? NONE_W : x >= n ? ROOT_W : v.lx.lower[x]!);
const tg = (v: SentenceView, x: number, n: number): number => (x < 0 ? NONE_T : x >= n ? ROOT_T : v.tags[x]!);
const ug = (v: SentenceView, x: number, n: number): number => (x < 0 ? NONE_T : x >= n ? ROOT_T : v.utags[x]!);
const lb = (c: Config, x: number): number => (x < 0 ? NONE_L : c.label[x]!);
const dist = (a: number, b: number): number => {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(b - a);
  return d < 6 ? d : d < 10 ? 6 : d < 20 ? 7 : 8;
};

export function parserFeatures(c: Config, v: SentenceView, out: Uint32Array): number {
  const n = c.n;
  const s0 = c.s(0);
  const s1 = c.s(1);
  const s2 = c.s(2);
  const b0 = c.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0w = wd(v, s0, n);
  const s0t = tg(v, s0, n);
  const s1w = wd(v, s1, n);
  const s1t = tg(v, s1, n);
  const s2t = tg(v, s2, n);
  const b0w = wd(v, b0, n);
  const b0t = tg(v, b0, n);
  const b1w = wd(v, b1, n);
  const b1t = tg(v, b1, n);
  const b2t = tg(v, b2, n);
  const s0l1 = s0 >= 0 ? c.l1[s0]! : -1;
  const s0l2 = s0 >= 0 ? c.l2[s0]! : -1;
  const s0r1 = s0 >= 0 ? c.r1[s0]! : -1;
  const s0r2 = s0 >= 0 ? c.r2[s0]! : -1;
  const s1l1 = s1 >= 0 ? c.l1[s1]! : -1;
  const s1r1 = s1 >= 0 ? c.r1[s1]! : -1;
  const s1r2 = s1 >= 0 ? c.r2[s1]! : -1;
  const b0l1 = c.l1[b0]!;
  const b0l2 = c.l2[b0]!;
  const d0 = dist(s0, b0 < n ? b0 : -1);
  const d1 = dist(s1, s0);
  const s0vl = s0 >= 0 ? c.nl[s0]! : 0;
  const s0vr = s0 >= 0 ? c.nr[s0]! : 0;
  const s1vr = s1 >= 0 ? c.nr[s1]! : 0;
  const s1vl = s1 >= 0 ? c.nl[s1]! : 0;
  const b0vl = c.nl[b0]!;
  const s0ls = s0 >= 0 ? c.lsetLo[s0]! ^ Math.imul(c.lsetHi[s0]!, 31) : 0;
  const s0rs = s0 >= 0 ? c.rsetLo[s0]! ^ Math.imul(c.rsetHi[s0]!, 31) : 0;
  const s1rs = s1 >= 0 ? c.rsetLo[s1]! ^ Math.imul(c.rsetHi[s1]!, 31) : 0;
  const b0ls = c.lsetLo[b0]! ^ Math.imul(c.lsetHi[b0]!, 31);
  const s0l1t = tg(v, s0l1, n);
  const s0r1t = tg(v, s0r1, n);
  const b0l1t = tg(v, b0l1, n);
  const s1r1t = tg(v, s1r1, n);
  let k = 0;
  out[k++] = f1(0, 0);
  // single words
  out[k++] = f1(1, s0w);
  out[k++] = f1(2, s0t);
  out[k++] = f2(3, s0w, s0t);
  out[k++] = f1(4, s1w);
  out[k++] = f1(5, s1t);
  out[k++] = f2(6, s1w, s1t);
  out[k++] = f1(7, b0w);
  out[k++] = f1(8, b0t);
  out[k++] = f2(9, b0w, b0t);
  out[k++] = f1(10, b1w);
  out[k++] = f1(11, b1t);
  out[k++] = f2(12, b1w, b1t);
  out[k++] = f1(13, wd(v, b2, n));
  out[k++] = f1(14, b2t);
  out[k++] = f1(15, s2t);
  out[k++] = f1(16, wd(v, s2, n));
  // pairs
  out[k++] = f4(17, s0w, s0t, b0w, b0t);
  out[k++] = f3(18, s0w, s0t, b0w);
  out[k++] = f3(19, s0w, b0w, b0t);
  out[k++] = f3(20, s0w, s0t, b0t);
  out[k++] = f3(21, s0t, b0w, b0t);
  out[k++] = f2(22, s0w, b0w);
  out[k++] = f2(23, s0t, b0t);
  out[k++] = f2(24, b0t, b1t);
  out[k++] = f4(25, s1w, s1t, s0w, s0t);
  out[k++] = f3(26, s1w, s1t, s0t);
  out[k++] = f3(27, s1t, s0w, s0t);
  out[k++] = f2(28, s1w, s0w);
  out[k++] = f2(29, s1t, s0t);
  out[k++] = f2(30, s1t, s0w);
  out[k++] = f2(31, s1w, s0t);
  // triples of tags
  out[k++] = f3(32, b0t, b1t, b2t);
  out[k++] = f3(33, s0t, b0t, b1t);
  out[k++] = f3(34, s1t, s0t, b0t);
  out[k++] = f3(35, s2t, s1t, s0t);
  out[k++] = f3(36, s0t, s0l1t, b0t);
  out[k++] = f3(37, s0t, s0r1t, b0t);
  out[k++] = f3(38, s0t, b0t, b0l1t);
  out[k++] = f3(39, s1t, s0t, s0l1t);
  out[k++] = f3(40, s1t, s0t, s0r1t);
  out[k++] = f3(41, s1t, s1r1t, s0t);
  out[k++] = f3(42, s1t, s0t, b1t);
  out[k++] = f3(43, s0w, b0t, b1t);
  out[k++] = f3(44, s1t, s0w, b0t);
  // distance
  out[k++] = f2(45, s0w, d0);
  out[k++] = f2(46, s0t, d0);
  out[k++] = f2(47, b0w, d0);
  out[k++] = f2(48, b0t, d0);
  out[k++] = f3(49, s0w, b0w, d0);
  out[k++] = f3(50, s0t, b0t, d0);
  out[k++] = f3(51, s1t, s0t, d1);
  out[k++] = f2(52, s1w, d1);
  out[k++] = f2(53, s0w, d1);
  out[k++] = f3(54, s1w, s0t, d1);
  // valency
  out[k++] = f2(55, s0w, s0vr);
  out[k++] = f2(56, s0t, s0vr);
  out[k++] = f2(57, s0w, s0vl);
  out[k++] = f2(58, s0t, s0vl);
  out[k++] = f2(59, b0w, b0vl);
  out[k++] = f2(60, b0t, b0vl);
  out[k++] = f2(61, s1w, s1vr);
  out[k++] = f2(62, s1t, s1vr);
  out[k++] = f2(63, s1t, s1vl);
  // children
  out[k++] = f1(64, wd(v, s0l1, n));
  out[k++] = f1(65, s0l1t);
  out[k++] = f1(66, lb(c, s0l1));
  out[k++] = f1(67, wd(v, s0r1, n));
  out[k++] = f1(68, s0r1t);
  out[k++] = f1(69, lb(c, s0r1));
  out[k++] = f1(70, wd(v, b0l1, n));
  out[k++] = f1(71, b0l1t);
  out[k++] = f1(72, lb(c, b0l1));
  out[k++] = f1(73, wd(v, s1r1, n));
  out[k++] = f1(74, s1r1t);
  out[k++] = f1(75, lb(c, s1r1));
  out[k++] = f1(76, wd(v, s1l1, n));
  out[k++] = f2(77, tg(v, s1l1, n), lb(c, s1l1));
  out[k++] = f2(78, tg(v, s0l2, n), lb(c, s0l2));
  out[k++] = f2(79, tg(v, s0r2, n), lb(c, s0r2));
  out[k++] = f2(80, tg(v, b0l2, n), lb(c, b0l2));
  // third order
  out[k++] = f3(81, s0t, s0l1t, tg(v, s0l2, n));
  out[k++] = f3(82, s0t, s0r1t, tg(v, s0r2, n));
  out[k++] = f3(83, b0t, b0l1t, tg(v, b0l2, n));
  out[k++] = f3(84, s1t, s1r1t, tg(v, s1r2, n));
  out[k++] = f3(85, s0t, lb(c, s0l1), lb(c, s0l2));
  out[k++] = f3(86, s0t, lb(c, s0r1), lb(c, s0r2));
  // label sets
  out[k++] = f2(87, s0w, s0ls);
  out[k++] = f2(88, s0t, s0ls);
  out[k++] = f2(89, s0w, s0rs);
  out[k++] = f2(90, s0t, s0rs);
  out[k++] = f2(91, b0w, b0ls);
  out[k++] = f2(92, b0t, b0ls);
  out[k++] = f2(93, s1t, s1rs);
  out[k++] = f3(94, s1t, s0t, s1rs);
  // context and material between the candidates
  const s0n = s0 >= 0 && s0 + 1 < n ? s0 + 1 : -1;
  const b0p = b0 - 1 >= 0 && b0 - 1 !== s0 ? b0 - 1 : -1;
  const vb = between(v.verbsBefore, s0, b0 < n ? b0 : -1);
  const pb = between(v.punctBefore, s0, b0 < n ? b0 : -1);
  const vs = between(v.verbsBefore, s1, s0);
  const ps = between(v.punctBefore, s1, s0);
  out[k++] = f3(95, s0t, tg(v, s0n, n), b0t);
  out[k++] = f3(96, s0t, tg(v, b0p, n), b0t);
  out[k++] = f4(97, s0t, tg(v, s0n, n), tg(v, b0p, n), b0t);
  out[k++] = f4(98, s0t, b0t, vb, pb);
  out[k++] = f3(99, s0w, b0t, vb);
  out[k++] = f3(100, s0t, b0w, vb);
  out[k++] = f4(101, s1t, s0t, vs, ps);
  out[k++] = f3(102, s1w, s0t, vs);
  out[k++] = f3(103, s1t, s0w, ps);
  out[k++] = f4(104, s0t, b0t, b1t, vb);
  out[k++] = f3(105, b0t, b1t, tg(v, b0 + 3 <= n ? b0 + 3 : -1, n));
  out[k++] = f3(106, s0w, s0t, b1t);
  out[k++] = f3(107, v.lx.cluster[s0] ?? 0, b0t, d0);
  out[k++] = f3(108, s0t, v.lx.cluster[b0] ?? 0, d0);
  return k;
}

/** Features for choosing the label of arc h → d (d's subtree is complete in arc-hybrid). */
export function labelFeatures(c: Config, v: SentenceView, h: number, d: number, out: Uint32Array): number {
  const n = c.n;
  const dir = d < h ? 1 : 2;
  const hw = wd(v, h, n);
  const ht = tg(v, h, n);
  const dw = wd(v, d, n);
  const dt = tg(v, d, n);
  const ds = dist(h, d);
  const dls = c.lsetLo[d]! ^ Math.imul(c.lsetHi[d]!, 31);
  const drs = c.rsetLo[d]! ^ Math.imul(c.rsetHi[d]!, 31);
  const hls = c.lsetLo[h]! ^ Math.imul(c.lsetHi[h]!, 31);
  const hrs = c.rsetLo[h]! ^ Math.imul(c.rsetHi[h]!, 31);
  let k = 0;
  out[k++] = f1(0, dir);
  out[k++] = f2(1, dir, ht);
  out[k++] = f2(2, dir, dt);
  out[k++] = f3(3, dir, ht, dt);
  out[k++] = f3(4, dir, hw, dt);
  out[k++] = f3(5, dir, ht, dw);
  out[k++] = f3(6, dir, hw, dw);
  out[k++] = f2(7, dir, hw);
  out[k++] = f2(8, dir, dw);
  out[k++] = f4(9, dir, ht, dt, ds);
  out[k++] = f3(10, dir, dt, dls);
  out[k++] = f3(11, dir, dt, drs);
  out[k++] = f4(12, dir, dt, dls, drs);
  out[k++] = f3(13, dir, ht, hls);
  out[k++] = f3(14, dir, ht, hrs);
  out[k++] = f3(15, dir, dt, lb(c, c.l1[d]!));
  out[k++] = f3(16, dir, dt, lb(c, c.r1[d]!));
  out[k++] = f4(17, dir, ht, dt, tg(v, d - 1, n));
  out[k++] = f4(18, dir, ht, dt, tg(v, d + 1 <= n ? d + 1 : -1, n));
  out[k++] = f4(19, dir, ht, dt, tg(v, h - 1, n));
  out[k++] = f4(20, dir, ht, dt, tg(v, h + 1 <= n ? h + 1 : -1, n));
  out[k++] = f3(21, dir, dw, ht);
  out[k++] = f3(22, dir, ug(v, h, n), ug(v, d, n));
  out[k++] = f4(23, dir, dt, wd(v, c.l1[d]!, n), tg(v, c.l1[d]!, n));
  out[k++] = f3(24, dir, dw, wd(v, c.l1[d]!, n));
  out[k++] = f3(25, dir, dt, wd(v, c.l1[d]!, n));
  out[k++] = f3(26, dir, ht, v.lx.suf3[d] ?? 0);
  out[k++] = f3(27, dir, dt, c.nl[d]! * 8 + c.nr[d]!);
  out[k++] = f4(28, dir, ht, dt, c.nl[h]! * 8 + c.nr[h]!);
  out[k++] = f3(29, dir, dw, lb(c, c.l1[d]!));
  out[k++] = f4(30, dir, hw, dt, ds);
  out[k++] = f3(31, dir, dt, wd(v, c.r1[d]!, n));
  out[k++] = f3(32, dir, v.lx.cluster[d] ?? 0, ht);
  out[k++] = f3(33, dir, v.lx.cluster[h] ?? 0, dt);
  out[k++] = f4(34, dir, ht, dt, between(v.punctBefore, h < n ? h : -1, d));
  out[k++] = f4(35, dir, ht, dt, between(v.verbsBefore, h < n ? h : -1, d));
  out[k++] = f3(36, dir, dt, v.lx.suf3[d] ?? 0);
  return k;
}
