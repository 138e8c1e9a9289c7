import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexical } from './lexical.js';
import { type Scorer, TAGGER_MAX_FEATS, taggerFeatures, tagSentence, tagSentenceBi } from './tagger.js';

const words = ['The', 'old', 'man', 'the', 'boats', 'in', 'May', '2024', '.'];
/** Every word known, with an ambiguity class (so no rare-word features, whose ending/shape feature marks the first word). */
const lexicon = new Map<number, number>(Array.from(lexical(words).lower, (h, i) => [h >>> 0, (i + 1) << 16]));
const known = (ws: readonly string[]) => lexical(ws, lexicon);
const SENTENCE_INITIAL = 10; // position of the shape × sentence-initial feature

/** A toy linear model: each feature key (except the sentence-initial flag) adds pseudo-random class scores. */
function toyScorer(classes: number, salt: number): Scorer {
  return {
    classes,
    score(feats, n, scores) {
      scores.fill(0, 0, classes);
      for (let j = 0; j < n; j++) {
        if (j === SENTENCE_INITIAL) continue;
        const k = feats[j]! >>> 0;
        for (let c = 0; c < classes; c++)
          scores[c]! += (Math.imul(k ^ (c * 0x9e3779b1) ^ salt, 0x85ebca6b) >>> 20) / 4096;
      }
    },
  };
}

const fresh = () => ({ feats: new Uint32Array(TAGGER_MAX_FEATS), scores: new Float64Array(7) });

describe('right-to-left tagging', () => {
  it('extracts for word i right to left the features word n-1-i has left to right in the reversed sentence', () => {
    const lx = known(words);
    const rev = known([...words].reverse());
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const a = new Uint32Array(TAGGER_MAX_FEATS);
      const b = new Uint32Array(TAGGER_MAX_FEATS);
      const na = taggerFeatures(lx, i, 3, 4, a, null, -1);
      const nb = taggerFeatures(rev, n - 1 - i, 3, 4, b, null, 1);
      assert.equal(na, nb);
      for (let j = 0; j < na; j++) if (j !== SENTENCE_INITIAL) assert.equal(a[j], b[j], `word ${i} feature ${j}`);
    }
  });

  it('tags a sentence right to left as the left-to-right tagger tags the reversed sentence', () => {
    const model = toyScorer(7, 1);
    const s = fresh();
    const back = tagSentence(model, known(words), s.feats, s.scores, null, -1);
    const forwardReversed = tagSentence(model, known([...words].reverse()), s.feats, s.scores);
    assert.deepEqual([...back], [...forwardReversed].reverse());
    assert.ok(new Set(back).size > 1, 'the toy model tells words apart');
  });

  it('keeps each word’s class scores when asked', () => {
    const model = toyScorer(7, 2);
    const s = fresh();
    const lx = known(words);
    const keep = new Float64Array(words.length * 7);
    const tags = tagSentence(model, lx, s.feats, s.scores, null, -1, keep);
    for (let i = 0; i < words.length; i++) {
      const row = [...keep.subarray(i * 7, i * 7 + 7)];
      assert.equal(row.indexOf(Math.max(...row)), tags[i]);
    }
  });
});

describe('rare-word features', () => {
  it('adds ending/shape/context features only for words without an ambiguity class', () => {
    const feats = new Uint32Array(TAGGER_MAX_FEATS);
    const rare = taggerFeatures(lexical(words, undefined, true), 2, 3, 4, feats);
    const common = taggerFeatures(lexical(words, lexicon, true), 2, 3, 4, feats);
    assert.equal(rare - common, 4);
  });
  it('leaves them out for a model trained without them (meta.taggerRare unset)', () => {
    const feats = new Uint32Array(TAGGER_MAX_FEATS);
    const off = taggerFeatures(lexical(words), 2, 3, 4, feats);
    const common = taggerFeatures(known(words), 2, 3, 4, feats);
    assert.equal(off, common);
  });
});

describe('bidirectional tagging', () => {
  it('gives each word the class with the highest sum of both directions’ scores', () => {
    const fwd = toyScorer(7, 3);
    const bwd = toyScorer(7, 4);
    const s = fresh();
    const lx = known(words);
    const n = words.length;
    const kf = new Float64Array(n * 7);
    const kb = new Float64Array(n * 7);
    tagSentence(fwd, lx, s.feats, s.scores, null, 1, kf);
    tagSentence(bwd, lx, s.feats, s.scores, null, -1, kb);
    const both = tagSentenceBi(fwd, bwd, lx, s.feats, s.scores);
    for (let i = 0; i < n; i++) {
      const sum = Array.from({ length: 7 }, (_, c) => kf[i * 7 + c]! + kb[i * 7 + c]!);
      assert.equal(both[i], sum.indexOf(Math.max(...sum)), `word ${i}`);
    }
    // a scratch buffer too small is not used; one large enough gives the same tags
    assert.deepEqual(tagSentenceBi(fwd, bwd, lx, s.feats, s.scores, new Float64Array(3)), both);
    assert.deepEqual(tagSentenceBi(fwd, bwd, lx, s.feats, s.scores, new Float64Array(n * 7 + 5)), both);
  });
});
