import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexical } from './lexical.js';
import { reverseHeads, reverseLabelSet, reverseLexical } from './reverse.js';

describe('reading a sentence backwards', () => {
  it('maps heads there and back to the same tree', () => {
    // "the dog barked loudly": the→dog, dog→barked, barked root, loudly→barked
    const heads = [1, 2, -1, 2];
    const r = reverseHeads(heads);
    assert.deepEqual(r, [1, -1, 1, 2]);
    assert.deepEqual(reverseHeads(r), heads);
  });

  it('gives the same lexical attributes as reading the reversed words', () => {
    const words = ['Mr.', 'Smith', 'left', 'Paris', '2,000', 'times', '.'];
    assert.deepEqual(reverseLexical(lexical(words)), lexical([...words].reverse()));
  });

  it('swaps the labels allowed on leftward and rightward arcs', () => {
    const left = Uint8Array.from([1, 0]);
    const right = Uint8Array.from([0, 1]);
    const r = reverseLabelSet({ labels: ['nsubj', 'obj'], root: 0, allowed: [new Uint8Array(2), left, right] });
    assert.equal(r.allowed[1], right);
    assert.equal(r.allowed[2], left);
  });
});
