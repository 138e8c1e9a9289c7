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
