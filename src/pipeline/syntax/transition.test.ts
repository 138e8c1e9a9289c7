import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from './train/data.js';
import { Config, goldTree, LEFT, MOVES, moveCost, RIGHT, SHIFT } from './transition.js';

// "The minister said the talks failed ." — heads (-1 = root)
const SAID = [1, 2, -1, 4, 5, 2, 2];
// "She gave him a book on Monday" with a root on the last word's left: varied directions
const GAVE = [1, -1, 1, 4, 1, 6, 1];
// a chain to the right and one to the left
const RIGHT_CHAIN = [-1, 0, 1, 2];
const LEFT_CHAIN = [1, 2, 3, -1];
const TREES = [SAID, GAVE, RIGHT_CHAIN, LEFT_CHAIN, [-1]];

function runOracle(heads: number[]): { c: Config; costs: number[] } {
  const g = goldTree(heads);
  const c = new Config(heads.length);
  const costs: number[] = [];
  while (!c.terminal) {
    let move = -1;
    for (let m = 0; m < MOVES; m++) {
      if (c.canDo(m) && moveCost(c, g, m) === 0) {
        move = m;
        break;
      }
    }
    assert.ok(move >= 0, 'some valid move has zero cost');
    costs.push(moveCost(c, g, move));
    c.apply(move, 0);
  }
  return { c, costs };
}

const loss = (c: Config, heads: number[]) =>
  heads.reduce((k, h, i) => k + (c.head[i] === (h < 0 ? heads.length : h) ? 0 : 1), 0);

describe('arc-hybrid transition system', () => {
  it('rebuilds every projective gold tree by following zero-cost moves', () => {
    for (const heads of TREES) {
      const { c, costs } = runOracle(heads);
      assert.deepEqual(
        costs.every((x) => x === 0),
        true,
      );
      assert.equal(loss(c, heads), 0, `tree ${heads.join(' ')}`);
      assert.equal(c.sp, 0);
    }
  });

  it('takes 2n moves for n words', () => {
    const { costs } = runOracle(SAID);
    assert.equal(costs.length, 2 * SAID.length);
  });

  it('gives a positive cost to a move that loses a gold arc', () => {
    const g = goldTree(SAID);
    const c = new Config(SAID.length);
    c.apply(SHIFT, 0); // stack: The ; buffer: minister …
    assert.equal(moveCost(c, g, LEFT), 0, 'The ← minister is gold');
    c.apply(SHIFT, 0); // stack: The minister ; buffer: said …
    assert.equal(moveCost(c, g, RIGHT), 1, 'The → minister loses minister ← said');
  });

  it('attaches exactly one word to the root', () => {
    const c = new Config(3);
    c.apply(SHIFT, 0);
    c.apply(SHIFT, 0);
    c.apply(SHIFT, 0);
    assert.equal(c.canDo(LEFT), false, 'two or more items on the stack cannot go to the root');
    c.apply(RIGHT, 0);
    c.apply(RIGHT, 0);
    assert.equal(c.canDo(LEFT), true);
    c.apply(LEFT, 0);
    assert.ok(c.terminal);
    assert.deepEqual([...c.head.slice(0, 3)].filter((h) => h === 3).length, 1);
  });

  it('dynamic oracle: after any wrong moves, the final loss equals the sum of the costs paid', () => {
    const rand = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const heads = TREES[trial % TREES.length]!;
      const g = goldTree(heads);
      const c = new Config(heads.length);
      let paid = 0;
      while (!c.terminal) {
        const valid = [SHIFT, LEFT, RIGHT].filter((m) => c.canDo(m));
        const zero = valid.filter((m) => moveCost(c, g, m) === 0);
        const pick = rand() < 0.3 || zero.length === 0 ? valid : zero;
        const m = pick[Math.floor(rand() * pick.length)]!;
        paid += moveCost(c, g, m);
        c.apply(m, 0);
      }
      assert.equal(loss(c, heads), paid, `trial ${trial}`);
    }
  });
});
