import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { f1 } from './hash.js';
import { loadModel, readModelData, saveModel } from './model.js';
import { type PackedWeights, TrainWeights, Weights } from './weights.js';

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

/** Scores by a plain scan of the packed arrays, to check both table layouts against. */
function naiveScore(p: PackedWeights, feats: Uint32Array): number[] {
  const out = new Array<number>(p.classes).fill(0);
  let e = 0;
  for (let i = 0; i < p.keys.length; i++) {
    for (let j = 0; j < p.counts[i]!; j++, e++) {
      if (feats.includes(p.keys[i]!)) out[p.entryClass[e]!]! += p.entryWeight[e]! * p.scale;
    }
  }
  return out;
}

describe('syntax model file', () => {
  it('scores the same after a save and load round trip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-syn-'));
    try {
      const tagger = smallWeights(6, 3).pack(50); // sparse layout (more than 4 classes)
      const mover = smallWeights(3, 5).pack(50); // dense layout
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
      const sa = new Float64Array(6);
      const sb = new Float64Array(6);
      a.score(feats, feats.length, sa);
      b.score(feats, feats.length, sb);
      assert.deepEqual([...sb], [...sa]);
      assert.ok(sa.some((x) => x !== 0));
      const ma = new Float64Array(3);
      const mb = new Float64Array(3);
      new Weights(mover).score(feats, feats.length, ma);
      new Weights(back.mover).score(feats, feats.length, mb);
      assert.deepEqual([...mb], [...ma]);
      const close = (x: number[], y: number[]) => x.every((v, i) => Math.abs(v - y[i]!) < 1e-9);
      assert.ok(close([...sa], naiveScore(tagger, feats)), 'sparse layout adds the right weights');
      assert.ok(close([...ma], naiveScore(mover, feats)), 'dense layout adds the right weights');
      assert.ok(ma.some((x) => x !== 0));
      const m = loadModel(path);
      assert.equal(m.labelSet.root, 0);
      assert.equal(m.lexicon.get(22), 1 << 16);
      assert.deepEqual(m.upos, ['NOUN', 'VERB', 'DET', 'PUNCT']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the ensemble’s further voters and their vote weights through a save and load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-syn-'));
    try {
      const part = (k: number) => smallWeights(3, k).pack(50);
      const path = join(dir, 'e.dyadsyn');
      const base = {
        tags: ['NOUN\tNN', 'VERB\tVBD'],
        labels: ['root', 'nsubj'],
        allowedLeft: [1],
        allowedRight: [1],
        lemma: { rules: {}, exceptions: {} },
        tagger: part(3),
        mover: part(5),
        labeler: part(7),
        lexiconKeys: new Uint32Array(0),
        lexiconValues: new Int32Array(0),
      };
      saveModel(path, {
        ...base,
        meta: { ensemble: { weights: [1, 0.9], gamma: 0.5, scales: [2, 3], on: true } },
        voters: [{ reverse: true, mover: part(11), labeler: part(13) }],
      });
      const m = loadModel(path);
      assert.equal(m.voters.length, 2);
      assert.equal(m.voters[0]!.reverse, false);
      assert.equal(m.voters[1]!.reverse, true);
      assert.deepEqual(m.ensemble, { weights: [1, 0.9], gamma: 0.5, scales: [2, 3] });
      assert.equal(m.useEnsemble, true);
      saveModel(path, { ...base, meta: {} });
      const single = loadModel(path);
      assert.equal(single.voters.length, 1);
      assert.equal(single.ensemble, null);
      assert.equal(single.useEnsemble, false);
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
