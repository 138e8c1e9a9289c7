/**
 * Distributional word clusters learned from the training text: each word seen at least
 * `minCount` times is described by its left and right neighbours among the most frequent words,
 * and the descriptions are grouped by seeded spherical k-means into `k` clusters, themselves
 * grouped into `coarse` super-clusters (a two-level hierarchy, in the spirit of Brown clusters).
 * Ids: see `clusterIds` (coarse cluster in bits 8–15), 0 meaning unknown.
 */
import { DyadError } from '../../../core/errors.js';
import { rng } from './data.js';

interface Sparse {
  readonly dims: Int32Array;
  readonly vals: Float64Array;
}

function kmeans(
  points: readonly Sparse[],
  weights: readonly number[],
  dim: number,
  k: number,
  iters: number,
  rand: () => number,
): Int32Array {
  const n = points.length;
  const assign = new Int32Array(n);
  if (n === 0) return assign;
  k = Math.min(k, n);
  const cent = new Float64Array(k * dim);
  const dot = (p: Sparse, c: number) => {
    let s = 0;
    const o = c * dim;
    for (let j = 0; j < p.dims.length; j++) s += cent[o + p.dims[j]!]! * p.vals[j]!;
    return s;
  };
  // k-means++ style seeding (distance = 1 - cosine), seeded
  const best = new Float64Array(n).fill(2);
  let first = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    const p = points[first]!;
    for (let j = 0; j < p.dims.length; j++) cent[c * dim + p.dims[j]!] = p.vals[j]!;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(points[i]!, c));
      if (d < best[i]!) best[i] = d;
      total += best[i]! * best[i]! * weights[i]!;
    }
    let r = rand() * total;
    first = n - 1;
    for (let i = 0; i < n; i++) {
      r -= best[i]! * best[i]! * weights[i]!;
      if (r <= 0) {
        first = i;
        break;
      }
    }
  }
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let bc = 0;
      let bs = -1;
      for (let c = 0; c < k; c++) {
        const s = dot(points[i]!, c);
        if (s > bs) {
          bs = s;
          bc = c;
        }
      }
      assign[i] = bc;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      const o = assign[i]! * dim;
      for (let j = 0; j < p.dims.length; j++) cent[o + p.dims[j]!]! += p.vals[j]! * weights[i]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += cent[c * dim + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) cent[c * dim + d]! /= norm;
    }
  }
  return assign;
}

/** Word (lower-case hash) → cluster id, from sentences given as lower-case word hashes. */
export function learnClusters(
  sentences: readonly Int32Array[],
  opts: { minCount: number; contexts: number; k: number; coarse: number; iters: number; seed: number },
): Map<number, number> {
  const freq = new Map<number, number>();
  for (const s of sentences) for (const w of s) freq.set(w >>> 0, (freq.get(w >>> 0) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const ctx = new Map<number, number>();
  byFreq.slice(0, opts.contexts).forEach(([w], i) => {
    ctx.set(w, i);
  });
  const C = opts.contexts + 1; // + sentence boundary
  const vocab = byFreq.filter(([, f]) => f >= opts.minCount).map(([w]) => w);
  const index = new Map<number, number>();
  vocab.forEach((w, i) => {
    index.set(w, i);
  });
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const vi = index.get(s[i]! >>> 0);
      if (vi === undefined) continue;
      const m = counts[vi]!;
      const l = i > 0 ? (ctx.get(s[i - 1]! >>> 0) ?? -1) : opts.contexts;
      const r = i + 1 < s.length ? (ctx.get(s[i + 1]! >>> 0) ?? -1) : opts.contexts;
      if (l >= 0) m.set(l, (m.get(l) ?? 0) + 1);
      if (r >= 0) m.set(C + r, (m.get(C + r) ?? 0) + 1);
    }
  }
  const points: Sparse[] = counts.map((m) => {
    const dims = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const vals = Float64Array.from(dims, (d) => Math.sqrt(m.get(d)!));
    let norm = 0;
    for (const v of vals) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < vals.length; j++) vals[j]! /= norm;
    return { dims, vals };
  });
  const rand = rng(opts.seed);
  const weights = vocab.map((w) => Math.log(1 + freq.get(w)!));
  const fine = kmeans(points, weights, 2 * C, opts.k, opts.iters, rand);
  // coarse level: cluster the fine clusters' mean vectors
  const members: Map<number, number>[] = Array.from({ length: opts.k }, () => new Map());
  points.forEach((p, i) => {
    const m = members[fine[i]!]!;
    for (let j = 0; j < p.dims.length; j++) m.set(p.dims[j]!, (m.get(p.dims[j]!) ?? 0) + p.vals[j]! * weights[i]!);
  });
  const centroids: Sparse[] = members.map((m) => {
    const dims = Int32Array.from([...m.keys()].sort((a, b) => a - b));
    const vals = Float64Array.from(dims, (d) => m.get(d)!);
    let norm = 0;
    for (const v of vals) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < vals.length; j++) vals[j]! /= norm;
    return { dims, vals };
  });
  const coarse = kmeans(
    centroids,
    centroids.map(() => 1),
    2 * C,
    opts.coarse,
    opts.iters,
    rand,
  );
  const ids = clusterIds(coarse, opts.coarse);
  const out = new Map<number, number>();
  vocab.forEach((w, i) => {
    out.set(w, ids[fine[i]!]!);
  });
  return out;
}

/**
 * Cluster ids from each fine cluster's coarse cluster, such that `id >>> 8` is the coarse
 * cluster (the tagger's coarse feature) and 0 stays "unknown". Up to 255 fine clusters the id is
 * `(coarse << 8 | fine) + 1`, as models always had; with more, fine clusters are numbered within
 * their coarse cluster, `coarse << 8 | (rank + 1)`, and a coarse cluster holding more than 255
 * continues under coarse id `coarse + coarseCount`, `coarse + 2 × coarseCount`, ….
 */
export function clusterIds(coarseOfFine: Int32Array, coarseCount: number): Int32Array {
  const k = coarseOfFine.length;
  const ids = new Int32Array(k);
  if (k <= 255) {
    for (let f = 0; f < k; f++) ids[f] = ((coarseOfFine[f]! << 8) | f) + 1;
    return ids;
  }
  const seen = new Map<number, number>();
  for (let f = 0; f < k; f++) {
    const c = coarseOfFine[f]!;
    const r = seen.get(c) ?? 0;
    seen.set(c, r + 1);
    const cid = c + Math.floor(r / 255) * Math.max(1, coarseCount);
    if (cid > 255) throw new DyadError('E010', `too many word clusters (${k}) for ${coarseCount} coarse clusters`);
    ids[f] = (cid << 8) | ((r % 255) + 1);
  }
  return ids;
}
