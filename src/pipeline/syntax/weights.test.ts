import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { f1 } from './hash.js';
import { averagePacked, type PackedWeights, TrainWeights, Weights } from './weights.js';

function trained(classes: number, seed: number): PackedWeights {
  const w = new TrainWeights(classes, 4);
  const feats = new Uint32Array(3);
  for (let t = 1; t <= 40; t++) {
    feats[0] = f1(1, (t * seed) % 5);
    feats[1] = f1(2, (t + seed) % 3);
    feats[2] = f1(3, 0);
    w.update(feats, 3, t % classes, 1, t);
    w.update(feats, 3, (t + seed) % classes, -1, t);
  }
  return w.pack(40);
}

const scoresOf = (p: PackedWeights, feats: Uint32Array): number[] => {
  const out = new Float64Array(p.classes);
  new Weights(p).score(feats, feats.length, out);
  return [...out];
};

const close = (a: readonly number[], b: readonly number[], tol: number) =>
  a.every((x, i) => Math.abs(x - b[i]!) <= tol);

describe('averagePacked', () => {
  for (const classes of [3, 7]) {
    it(`scores as the mean of its parts (${classes} classes)`, () => {
      const a = trained(classes, 2);
      const b = trained(classes, 3);
      const m = averagePacked([a, b]);
      for (let v = 0; v < 5; v++) {
        const feats = Uint32Array.of(f1(1, v), f1(2, v % 3), f1(3, 0), f1(9, v));
        const want = scoresOf(a, feats).map((x, i) => (x + scoresOf(b, feats)[i]!) / 2);
        assert.ok(close(scoresOf(m, feats), want, 4 * m.scale), `${scoresOf(m, feats)} vs ${want}`);
      }
      assert.deepEqual(
        [...m.keys],
        [...m.keys].sort((x, y) => x - y),
      );
    });
  }

  it('leaves a single part as it was', () => {
    const a = trained(7, 5);
    const m = averagePacked([a]);
    const feats = Uint32Array.of(f1(1, 2), f1(2, 1), f1(3, 0));
    assert.ok(close(scoresOf(m, feats), scoresOf(a, feats), 1e-9));
  });

  it('refuses parts with different classes', () => {
    assert.throws(() => averagePacked([trained(3, 1), trained(4, 1)]), RangeError);
  });
});

/** A packed part with `n` features whose keys crowd a few home slots, and its reference scores. */
function crowded(classes: number, n: number): { p: PackedWeights; ref: Map<number, Float64Array> } {
  const keys: number[] = [];
  const counts: number[] = [];
  const ec: number[] = [];
  const ew: number[] = [];
  const ref = new Map<number, Float64Array>();
  for (let i = 0; i < n; i++) {
    // keys differing only above bit 16 share their home slot in any table of ≤ 65536 slots
    const k = (((i % 7) + 1) | ((i >> 3) << 16)) >>> 0;
    if (ref.has(k)) continue;
    const row = new Float64Array(classes);
    let cnt = 0;
    for (let c = i % 3; c < classes; c += 1 + (i % 4)) {
      const w = ((i * 37 + c * 11) % 2001) - 1000 || 1;
      ec.push(c);
      ew.push(w);
      row[c] = w * 0.5;
      cnt++;
    }
    keys.push(k);
    counts.push(cnt);
    ref.set(k, row);
  }
  const p: PackedWeights = {
    classes,
    scale: 0.5,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    entryClass: Uint8Array.from(ec),
    entryWeight: Int16Array.from(ew),
  };
  return { p, ref };
}

describe('Weights', () => {
  for (const classes of [3, 4, 9]) {
    it(`adds the weights of every feature present and nothing for absent ones (${classes} classes)`, () => {
      const { p, ref } = crowded(classes, 3000);
      const w = new Weights(p);
      const all = [...ref.keys()];
      const feats = new Uint32Array(40);
      const got = new Float64Array(classes);
      for (let start = 0; start < all.length; start += 17) {
        const want = new Float64Array(classes);
        let n = 0;
        for (let j = 0; j < 40; j++) {
          const present = j % 3 !== 0;
          const k = present ? all[(start + j * 13) % all.length]! : ((j + 1) | ((start + 900) << 16)) >>> 0;
          feats[n++] = k;
          const row = ref.get(k);
          if (row) for (let c = 0; c < classes; c++) want[c]! += row[c]!;
        }
        w.score(feats, n, got);
        assert.deepEqual([...got], [...want]);
      }
    });
  }
});

/** A 3-class part of `n` features with keys `keyOf(i)`, and its reference scores. */
function threeClass(n: number, keyOf: (i: number) => number): { p: PackedWeights; ref: Map<number, Float64Array> } {
  const keys: number[] = [];
  const counts: number[] = [];
  const ec: number[] = [];
  const ew: number[] = [];
  const ref = new Map<number, Float64Array>();
  for (let i = 0; i < n; i++) {
    const k = keyOf(i) >>> 0;
    if (k === 0 || ref.has(k)) continue;
    const row = new Float64Array(3);
    let cnt = 0;
    for (let c = 0; c < 3; c++) {
      if ((i + c) % 4 === 3) continue;
      const w = ((i * 31 + c * 7) % 65535) - 32767 || 1;
      ec.push(c);
      ew.push(w);
      row[c] = w * 0.25;
      cnt++;
    }
    if (cnt === 0) continue;
    keys.push(k);
    counts.push(cnt);
    ref.set(k, row);
  }
  const p: PackedWeights = {
    classes: 3,
    scale: 0.25,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    entryClass: Uint8Array.from(ec),
    entryWeight: Int16Array.from(ew),
  };
  return { p, ref };
}

function assertScores(w: Weights, ref: Map<number, Float64Array>, absent: (j: number) => number): void {
  const all = [...ref.keys()];
  const feats = new Uint32Array(60);
  const got = new Float64Array(3);
  for (let start = 0; start < all.length; start += Math.max(1, Math.floor(all.length / 400))) {
    const want = new Float64Array(3);
    let n = 0;
    for (let j = 0; j < 60; j++) {
      const k = j % 3 === 0 ? absent(start + j) >>> 0 : all[(start + j * 7919) % all.length]!;
      feats[n++] = k;
      const row = ref.get(k);
      if (row) for (let c = 0; c < 3; c++) want[c]! += row[c]!;
    }
    w.score(feats, n, got);
    assert.deepEqual([...got], [...want]);
  }
}

describe('Weights of a large 3-class part (the compact layout without keys)', () => {
  it('adds the weights of every feature present and nothing for absent ones', () => {
    // more than 2^18 features: a table of 2^20 slots, where the compact layout applies
    const { p, ref } = threeClass(300_000, (i) => f1(5, i));
    const w = new Weights(p);
    assert.equal(w.layout, 'tagged');
    assertScores(w, ref, (j) => f1(6, j));
  });

  it('falls back to the plain layout when keys crowd one home slot, with the same scores', () => {
    // 300,000 spread keys plus 40 sharing one home slot (more than the compact layout can reach)
    const { p, ref } = threeClass(300_040, (i) => (i < 300_000 ? f1(5, i) : 12345 | ((i - 299_999) << 20)));
    const w = new Weights(p);
    assert.equal(w.layout, 'dense');
    assertScores(w, ref, (j) => 12345 | (((j % 4000) + 100) << 20));
  });

  it('finds keys pushed away from their home by Robin Hood placement', () => {
    // 100 runs of 8 keys, 4 sharing each of 2 neighbouring home slots: keys lie up to ~10 slots from home
    const { p, ref } = threeClass(300_800, (i) =>
      i < 800 ? (Math.floor(i / 8) * 64 + 2 * ((i % 8) >> 2) + 77) | (((i & 3) + 1) << 20) : f1(5, i),
    );
    const w = new Weights(p);
    assert.equal(w.layout, 'tagged');
    assertScores(w, ref, (j) => ((j % 6400) + 77) | (((j % 11) + 9) << 20));
  });
});
