/** Averaged-perceptron training of the joint UPOS+XPOS tagger. */
import type { Lexical } from '../lexical.js';
import { type Direction, type Scorer, TAGGER_MAX_FEATS, taggerFeatures, tagSentence } from '../tagger.js';
import { type PackedWeights, TrainWeights, Weights } from '../weights.js';
import { rng, shuffled } from './data.js';

export interface TagItem {
  readonly lx: Lexical;
  readonly tags: Int32Array;
  /** First-pass predicted tags, when training the second pass. */
  readonly first?: Int32Array;
}

export function tagAccuracy(model: Scorer, items: readonly TagItem[], dir: Direction = 1): number {
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  const scores = new Float64Array(model.classes);
  let ok = 0;
  let all = 0;
  for (const s of items) {
    const p = tagSentence(model, s.lx, feats, scores, s.first ?? null, dir);
    for (let i = 0; i < p.length; i++) if (p[i] === s.tags[i]) ok++;
    all += p.length;
  }
  return all ? ok / all : 0;
}

export interface TaggerTraining {
  readonly packed: PackedWeights;
  readonly log: string[];
}

/**
 * Trains for `epochs`, keeping the averaged weights of the epoch best on `dev` (if given); `dir`
 * -1 trains a right-to-left tagger.
 */
export function trainTagger(
  train: readonly TagItem[],
  classes: number,
  opts: {
    epochs: number;
    seed: number;
    dev?: readonly TagItem[];
    log?: (s: string) => void;
    dir?: Direction;
  },
): TaggerTraining {
  const w = new TrainWeights(classes, 1 << 16);
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  const scores = new Float64Array(classes);
  const rand = rng(opts.seed);
  const log: string[] = [];
  const dir = opts.dir ?? 1;
  let time = 0;
  let best: { acc: number; packed: PackedWeights } | undefined;
  for (let ep = 0; ep < opts.epochs; ep++) {
    let errs = 0;
    let all = 0;
    for (const s of shuffled(train, rand)) {
      let p1 = 0x7fff0002;
      let p2 = 0x7fff0002;
      const n = s.lx.n;
      for (let step = 0; step < n; step++) {
        const i = dir > 0 ? step : n - 1 - step;
        const nf = taggerFeatures(s.lx, i, p1, p2, feats, s.first ?? null, dir);
        w.score(feats, nf, scores);
        let pred = 0;
        for (let c = 1; c < classes; c++) if (scores[c]! > scores[pred]!) pred = c;
        const gold = s.tags[i]!;
        time++;
        if (pred !== gold) {
          w.update(feats, nf, gold, 1, time);
          w.update(feats, nf, pred, -1, time);
          errs++;
        }
        all++;
        p2 = p1;
        p1 = pred;
      }
    }
    const msg = `tagger epoch ${ep + 1}: train err ${((100 * errs) / all).toFixed(2)}%`;
    if (opts.dev) {
      const packed = w.pack(time);
      const acc = tagAccuracy(new Weights(packed), opts.dev, dir);
      log.push(`${msg}, dev ${(100 * acc).toFixed(2)}%`);
      if (!best || acc > best.acc) best = { acc, packed };
    } else log.push(msg);
    opts.log?.(log[log.length - 1]!);
  }
  return { packed: best?.packed ?? w.pack(time), log };
}
