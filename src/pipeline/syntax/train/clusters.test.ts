import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterIds, learnClusters } from './clusters.js';

// an invented toy language: determiners, nouns and verbs in fixed slots
function toySentences(): Int32Array[] {
  const det = [1, 2];
  const noun = [10, 11, 12, 13];
  const verb = [20, 21, 22];
  const out: Int32Array[] = [];
  for (const d of det)
    for (const n of noun) for (const v of verb) for (const m of noun) out.push(Int32Array.of(d, n, v, d, m));
  return out;
}

describe('word clusters', () => {
  it('keeps the historic ids (coarse << 8 | fine) + 1 up to 255 fine clusters', () => {
    const ids = clusterIds(Int32Array.of(0, 3, 1, 3), 4);
    assert.deepEqual([...ids], [1, (3 << 8) + 2, (1 << 8) + 3, (3 << 8) + 4]);
  });

  it('numbers fine clusters within their coarse cluster above 255, so id >>> 8 stays the coarse cluster', () => {
    const coarse = Int32Array.from({ length: 600 }, (_, f) => f % 3);
    const ids = clusterIds(coarse, 3);
    assert.equal(new Set(ids).size, 600);
    for (let f = 0; f < 600; f++) {
      assert.ok(ids[f]! > 0 && ids[f]! <= 0xffff);
      assert.ok((ids[f]! & 0xff) !== 0);
      assert.equal(ids[f]! >>> 8, f % 3);
    }
  });

  it('continues a coarse cluster of more than 255 fine clusters under another coarse id', () => {
    const ids = clusterIds(new Int32Array(300), 16);
    assert.equal(new Set(ids).size, 300);
    assert.equal(ids[254]! >>> 8, 0);
    assert.equal(ids[255]! >>> 8, 16);
  });

  it('groups words that share neighbours, and is the same for the same seed', () => {
    const opts = { minCount: 2, contexts: 50, k: 3, coarse: 2, iters: 8, seed: 1 };
    const c = learnClusters(toySentences(), opts);
    assert.equal(c.get(10), c.get(13));
    assert.equal(c.get(20), c.get(22));
    assert.notEqual(c.get(10), c.get(20));
    assert.deepEqual([...learnClusters(toySentences(), opts)], [...c]);
  });
});
