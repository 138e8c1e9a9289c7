import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseWithBeam } from '../beam.js';
import { uposIds } from '../model.js';
import { parserScratch } from '../parser.js';
import { tagInfo } from '../parser-features.js';
import { Config, goldTree, LEFT, MOVES, SHIFT } from '../transition.js';
import { TrainWeights, Weights } from '../weights.js';
import { globalStep, goldMoves } from './beam.js';
import { emptyInventory, readTreebank } from './data.js';
import { trainParser } from './parser.js';
import { evalItems, labelSetOf, parseItems } from './parser-setup.js';

// invented sentences (not corpus data)
const FIXTURE = fileURLToPath(new URL('../fixtures/invented.conllu', import.meta.url));

function setup() {
  const inv = emptyInventory();
  const sents = readTreebank(FIXTURE, inv, true);
  const tags = sents.map((s) => s.tags);
  const info = tagInfo(inv.tags, uposIds(inv.tags));
  return { sents, ls: labelSetOf(sents, inv), items: parseItems(sents, tags, info), dev: evalItems(sents, tags, info) };
}

describe('global (beam) training of the parser', () => {
  it('builds a gold move sequence that rebuilds the gold tree', () => {
    for (const heads of [
      [1, 2, -1, 4, 2],
      [-1, 0, 1],
      [1, -1],
    ]) {
      const n = heads.length;
      const moves = goldMoves(goldTree(heads), n);
      assert.equal(moves.length, 2 * n);
      const c = new Config(n);
      for (const m of moves) c.apply(m, 0);
      assert.deepEqual(
        [...c.head].slice(0, n),
        heads.map((h) => (h < 0 ? n : h)),
      );
    }
  });

  it('stops an early update at the step where the gold sequence falls off the beam', () => {
    const { items, ls } = setup();
    // "Talks failed ." — with untrained weights every move scores 0 and SHIFT (first) wins, so
    // the gold LEFT (Talks ← failed) at step 2 falls off a beam of width 1
    const it = items[1]!;
    const n = it.heads.length;
    const gold = goldMoves(goldTree(it.heads), n);
    assert.deepEqual(gold.slice(0, 2), [SHIFT, LEFT]);
    const mover = new TrainWeights(MOVES);
    const labeler = new TrainWeights(ls.labels.length);
    const sc = parserScratch(ls.labels.length);
    const r = globalStep(it.view, gold, it.labels, mover, labeler, ls, sc, 1, 'early', 1);
    assert.deepEqual(r, { updateAt: 1, stepsRun: 2, from: 1 });
    // max-violation searches to the end
    const m2 = new TrainWeights(MOVES);
    const r2 = globalStep(
      it.view,
      gold,
      it.labels,
      m2,
      new TrainWeights(ls.labels.length),
      ls,
      sc,
      1,
      'max-violation',
      1,
    );
    assert.equal(r2.stepsRun, 2 * n);
    assert.ok(r2.updateAt >= 1);
  });

  it('after the update, prefers the gold move where it fell off', () => {
    const { items, ls } = setup();
    const it = items[1]!;
    const n = it.heads.length;
    const gold = goldMoves(goldTree(it.heads), n);
    const mover = new TrainWeights(MOVES);
    const labeler = new TrainWeights(ls.labels.length);
    const sc = parserScratch(ls.labels.length);
    globalStep(it.view, gold, it.labels, mover, labeler, ls, sc, 1, 'early', 1);
    const r = globalStep(it.view, gold, it.labels, mover, labeler, ls, sc, 1, 'early', 2);
    assert.ok(r.stepsRun > 2, 'the gold sequence now survives step 2');
  });

  it('learns the training trees with a beam (training and decoding at width 4)', () => {
    const { items, ls, dev } = setup();
    const t = trainParser(items, ls, { epochs: 6, seed: 1, explore: 0.9, beam: 4, beamFrom: 0 });
    const mover = new Weights(t.mover);
    const labeler = new Weights(t.labeler);
    const sc = parserScratch(ls.labels.length);
    for (const d of dev) {
      const n = d.heads.length;
      const c = parseWithBeam(d.view, mover, labeler, ls, sc, 4);
      assert.deepEqual(
        [...c.head].slice(0, n),
        d.heads.map((h) => (h < 0 ? n : h)),
      );
    }
  });
});
