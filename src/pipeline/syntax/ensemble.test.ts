import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eisner } from './eisner.js';
import { combineTrees, type EnsembleParams, type VoterTree } from './ensemble.js';

/** A voter's tree from heads (-1 = root), labels all 0 unless given, every margin 1. */
const tree = (heads: number[], labels: number[] = heads.map(() => 0)): VoterTree => {
  const n = heads.length;
  return {
    head: Int32Array.from(heads, (h) => (h < 0 ? n : h)),
    label: Int32Array.from(labels),
    margin: new Float64Array(n).fill(1),
  };
};
const equal = (k: number): EnsembleParams => ({
  weights: new Array(k).fill(1),
  gamma: 0,
  scales: new Array(k).fill(1),
});

/** Checks that heads (root = n) form one tree with exactly one word on the root. */
function assertSingleRootedTree(head: Int32Array): void {
  const n = head.length;
  assert.equal([...head].filter((h) => h === n).length, 1, 'one word on the root');
  for (let i = 0; i < n; i++) {
    let x = i;
    for (let steps = 0; x !== n; steps++) {
      assert.ok(steps <= n, `cycle through word ${i}`);
      x = head[x]!;
    }
  }
}

describe('Eisner decoding', () => {
  it('finds the only allowed tree', () => {
    const n = 3;
    const s = new Float64Array((n + 1) * n).fill(Number.NEGATIVE_INFINITY);
    s[1 * n + 0] = 1; // 1 → 0
    s[3 * n + 1] = 1; // root → 1
    s[1 * n + 2] = 1; // 1 → 2
    const r = eisner(n, s);
    assert.deepEqual([...r.heads], [1, 3, 1]);
    assert.equal(r.total, 3);
  });

  it('keeps one word on the root even when several score best there', () => {
    const n = 4;
    const s = new Float64Array((n + 1) * n).fill(0);
    for (let d = 0; d < n; d++) s[n * n + d] = 5;
    const r = eisner(n, s);
    assertSingleRootedTree(r.heads);
  });
});

describe('the reparsing ensemble', () => {
  it('returns the voters’ tree when they all agree', () => {
    const t = tree([1, 2, -1, 2], [3, 4, 0, 5]);
    const c = combineTrees([t, tree([1, 2, -1, 2], [3, 4, 0, 5]), tree([1, 2, -1, 2])], equal(3));
    assert.deepEqual([...c.head], [1, 2, 4, 2]);
    assert.deepEqual([...c.label], [3, 4, 0, 5]);
  });

  it('lets the arc two of three voters propose win, with the label of one of them', () => {
    // word 3 hangs on word 2 for voters 2 and 3, on word 0 for voter 1
    const a = tree([1, -1, 1, 0], [1, 0, 1, 7]);
    const b = tree([1, -1, 1, 2], [1, 0, 1, 8]);
    const c = tree([1, -1, 1, 2], [1, 0, 1, 8]);
    const r = combineTrees([a, b, c], equal(3));
    assert.equal(r.head[3], 2);
    assert.equal(r.label[3], 8);
    assertSingleRootedTree(r.head);
  });

  it('decodes a single-rooted tree when the voters choose different roots', () => {
    const r = combineTrees([tree([-1, 0, 1, 2, 3]), tree([1, 2, -1, 2, 3]), tree([1, -1, 3, 1, 3])], equal(3));
    assertSingleRootedTree(r.head);
  });

  it('follows the more confident voter when two disagree', () => {
    const sure = tree([1, -1, 1]);
    const unsure = { ...tree([1, -1, 0]), margin: Float64Array.from([1, 1, 0.1]) };
    const p = { weights: [1, 1], gamma: 1, scales: [1, 1] };
    assert.equal(combineTrees([unsure, sure], p).head[2], 1);
  });
});
