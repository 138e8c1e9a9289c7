import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchFor, tagWords } from './analyze.js';
import { lexical } from './lexical.js';
import { loadModel, type SyntaxModelData, saveModel } from './model.js';
import { TAGGER_MAX_FEATS, taggerFeatures, tagSentence, tagSentenceBi } from './tagger.js';
import { TrainWeights } from './weights.js';

const tags = ['NOUN\tNN', 'VERB\tVBD', 'DET\tDT', 'PUNCT\t.', 'ADJ\tJJ'];
const words = ['The', 'dog', 'barked', 'loudly', '.'];

/** A toy tagger: perceptron updates on the tagger's own features of a few word/tag pairs. */
function toyTagger(dir: 1 | -1, salt: number) {
  const w = new TrainWeights(tags.length, 64);
  const lx = lexical(words);
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  for (let t = 1; t <= 40; t++) {
    const i = (t * salt) % words.length;
    const nf = taggerFeatures(lx, i, t % 3, (t + salt) % 4, feats, null, dir);
    w.update(feats, nf, (i + t) % tags.length, 1, t);
    w.update(feats, nf, (i + 2 * t) % tags.length, -1, t);
  }
  return w.pack(40);
}

function modelData(withBack: boolean): SyntaxModelData {
  const parserPart = new TrainWeights(3, 4).pack(1);
  return {
    meta: { note: 'test' },
    tags,
    labels: ['root', 'nsubj', 'obj'],
    allowedLeft: [1],
    allowedRight: [2],
    lemma: { rules: {}, exceptions: {} },
    tagger: toyTagger(1, 3),
    taggerBack: withBack ? toyTagger(-1, 7) : undefined,
    mover: parserPart,
    labeler: parserPart,
    lexiconKeys: new Uint32Array(0),
    lexiconValues: new Int32Array(0),
  };
}

describe('bidirectional tagger in the model file', () => {
  it('tags with the sum of both directions when the file carries a right-to-left tagger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-tag-'));
    try {
      const path = join(dir, 'bi.dyadsyn');
      saveModel(path, modelData(true));
      const model = loadModel(path);
      assert.ok(model.taggerBack, 'the right-to-left tagger is loaded');
      const lx = lexical(words, model.lexicon);
      const feats = new Uint32Array(TAGGER_MAX_FEATS);
      const scores = new Float64Array(tags.length);
      const expected = tagSentenceBi(model.tagger, model.taggerBack, lx, feats, scores);
      assert.deepEqual(tagWords(model, words, scratchFor(model)).tags, expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tags left to right only when the file has no right-to-left tagger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-tag-'));
    try {
      const path = join(dir, 'l2r.dyadsyn');
      saveModel(path, modelData(false));
      const model = loadModel(path);
      assert.equal(model.taggerBack, null);
      const lx = lexical(words, model.lexicon);
      const expected = tagSentence(model.tagger, lx, new Uint32Array(TAGGER_MAX_FEATS), new Float64Array(tags.length));
      assert.deepEqual(tagWords(model, words, scratchFor(model)).tags, expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
