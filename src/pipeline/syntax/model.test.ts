import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { f1 } from './hash.js';
import { loadModel, readModelData, saveModel } from './model.js';
import { TrainWeights, Weights } from './weights.js';

function smallWeights(classes: number, seed: number): TrainWeights {
  const w = new TrainWeights(classes, 4);
  const feats = new Uint32Array(3);
  for (let t = 1; t <= 50; t++) {
    feats[0] = f1(1, (t * seed) % 7);
    feats[1] = f1(2, t % 5);
    feats[2] = f1(3, 0);
    w.update(feats, 3, t % classes, 1, t);
    w.update(feats, 3, (t + 1) % classes, -1, t);
  }
  return w;
}

describe('syntax model file', () => {
  it('scores the same after a save and load round trip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-syn-'));
    try {
      const tagger = smallWeights(4, 3).pack(50);
      const mover = smallWeights(3, 5).pack(50);
      const labeler = smallWeights(3, 7).pack(50);
      const path = join(dir, 'm.dyadsyn');
      saveModel(path, {
        meta: { note: 'test' },
        tags: ['NOUN\tNN', 'VERB\tVBD', 'DET\tDT', 'PUNCT\t.'],
        labels: ['root', 'nsubj', 'obj'],
        allowedLeft: [1],
        allowedRight: [2],
        lemma: { rules: { VBD: { ed: [2, ''] } }, exceptions: { 'went\tVBD': 'go' } },
        tagger,
        mover,
        labeler,
        lexiconKeys: Uint32Array.from([11, 22]),
        lexiconValues: Int32Array.from([1, 1 << 16]),
      });
      const back = readModelData(path);
      assert.deepEqual(back.labels, ['root', 'nsubj', 'obj']);
      assert.deepEqual(back.lemma.exceptions, { 'went\tVBD': 'go' });
      const a = new Weights(tagger);
      const b = new Weights(back.tagger);
      const feats = Uint32Array.from([f1(1, 3), f1(2, 4), f1(3, 0), f1(9, 9)]);
      const sa = new Float64Array(4);
      const sb = new Float64Array(4);
      a.score(feats, feats.length, sa);
      b.score(feats, feats.length, sb);
      assert.deepEqual([...sb], [...sa]);
      assert.ok(sa.some((x) => x !== 0));
      const m = loadModel(path);
      assert.equal(m.labelSet.root, 0);
      assert.equal(m.lexicon.get(22), 1 << 16);
      assert.deepEqual(m.upos, ['NOUN', 'VERB', 'DET', 'PUNCT']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a file that is not a model with E012', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-syn-'));
    try {
      const path = join(dir, 'bad.dyadsyn');
      writeFileSync(path, 'hello world, not a model');
      assert.throws(
        () => readModelData(path),
        (e: unknown) => (e as { code: string }).code === 'E012',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
