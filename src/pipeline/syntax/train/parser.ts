/**
 * Training of the arc-hybrid parser with the dynamic oracle (Goldberg & Nivre 2013): at each
 * step the best-scoring zero-cost move is the target, and after the first epoch the parser
 * follows its own prediction most of the time, so it learns to recover from its mistakes.
 */

import { parseWithBeam } from '../beam.js';
import { bestValid, chooseLabel, type LabelSet, parserScratch } from '../parser.js';
import {
  LABEL_MAX_FEATS,
  labelFeatures,
  PARSER_MAX_FEATS,
  parserFeatures,
  type SentenceView,
} from '../parser-features.js';
import type { Scorer } from '../tagger.js';
import { Config, goldTree, LEFT, MOVES, moveCost, RIGHT, SHIFT } from '../transition.js';
import { type PackedWeights, TrainWeights, Weights } from '../weights.js';
import { type BeamUpdate, globalStep, goldMoves } from './beam.js';
import { rng, shuffled } from './data.js';

export interface ParseItem {
  readonly view: SentenceView;
  /** Projective heads for the oracle (-1 = root). */
  readonly heads: readonly number[];
  readonly labels: readonly number[];
}

export interface EvalItem {
  readonly view: SentenceView;
  readonly heads: readonly number[];
  readonly labels: readonly number[];
  /** Words not counted (punctuation is counted, as in the CoNLL 2018 scorer: nothing excluded). */
}

export function attachmentScores(
  mover: Scorer,
  labeler: Scorer,
  ls: LabelSet,
  items: readonly EvalItem[],
  beam = 1,
): { uas: number; las: number } {
  const sc = parserScratch(ls.labels.length);
  let u = 0;
  let l = 0;
  let all = 0;
  for (const it of items) {
    const c = parseWithBeam(it.view, mover, labeler, ls, sc, beam);
    const n = it.heads.length;
    for (let i = 0; i < n; i++) {
      const gh = it.heads[i]! < 0 ? n : it.heads[i]!;
      if (c.head[i] === gh) {
        u++;
        if (c.label[i] === it.labels[i]) l++;
      }
      all++;
    }
  }
  return { uas: all ? u / all : 0, las: all ? l / all : 0 };
}

export interface ParserTraining {
  readonly mover: PackedWeights;
  readonly labeler: PackedWeights;
  readonly log: string[];
}

export function trainParser(
  train: readonly ParseItem[],
  ls: LabelSet,
  opts: {
    epochs: number;
    seed: number;
    explore: number;
    dev?: readonly EvalItem[];
    log?: (s: string) => void;
    deadline?: number;
    /** Features updated fewer times than this are left out of the model. */
    minUpdates?: number;
    /** Beam width of global training (1 = greedy training with the dynamic oracle throughout). */
    beam?: number;
    /** First epoch (0-based) trained with the beam; earlier epochs are greedy. */
    beamFrom?: number;
    beamUpdate?: BeamUpdate;
  },
): ParserTraining {
  const mover = new TrainWeights(MOVES, 1 << 18);
  const labeler = new TrainWeights(ls.labels.length, 1 << 16);
  const feats = new Uint32Array(PARSER_MAX_FEATS);
  const lfeats = new Uint32Array(LABEL_MAX_FEATS);
  const scores = new Float64Array(MOVES);
  const lscores = new Float64Array(ls.labels.length);
  const sc = parserScratch(ls.labels.length);
  const costs = new Int32Array(MOVES);
  const rand = rng(opts.seed);
  const log: string[] = [];
  let time = 0;
  let best: { las: number; mover: PackedWeights; labeler: PackedWeights } | undefined;
  const width = opts.beam ?? 1;
  const beamFrom = width > 1 ? (opts.beamFrom ?? 0) : Number.POSITIVE_INFINITY;
  for (let ep = 0; ep < opts.epochs; ep++) {
    const t0 = Date.now();
    let errs = 0;
    let moves = 0;
    const global = ep >= beamFrom;
    for (const it of shuffled(train, rand)) {
      if (global) {
        const n = it.heads.length;
        time += 2 * n;
        moves += 2 * n;
        const r = globalStep(
          it.view,
          goldMoves(goldTree(it.heads), n),
          it.labels,
          mover,
          labeler,
          ls,
          sc,
          width,
          opts.beamUpdate ?? 'max-violation',
          time,
        );
        if (r.updateAt >= 0) errs++;
        continue;
      }
      const n = it.heads.length;
      const g = goldTree(it.heads);
      const c = new Config(n);
      while (!c.terminal) {
        const nf = parserFeatures(c, it.view, feats);
        mover.score(feats, nf, scores);
        const pred = bestValid(c, scores);
        let gold = -1;
        for (let m = 0; m < MOVES; m++) {
          costs[m] = c.canDo(m) ? moveCost(c, g, m) : 1 << 20;
        }
        let minCost = 1 << 20;
        for (let m = 0; m < MOVES; m++) if (costs[m]! < minCost) minCost = costs[m]!;
        for (let m = 0; m < MOVES; m++) {
          if (costs[m] !== minCost) continue;
          if (gold < 0 || scores[m]! > scores[gold]!) gold = m;
        }
        time++;
        moves++;
        if (costs[pred]! > minCost) {
          mover.update(feats, nf, gold, 1, time);
          mover.update(feats, nf, pred, -1, time);
          errs++;
        }
        const follow = ep >= 1 && rand() < opts.explore ? pred : gold;
        if (follow === SHIFT) {
          c.apply(SHIFT, -1);
          continue;
        }
        const d = c.s(0);
        const h = follow === LEFT ? c.b : c.s(1);
        let lab: number;
        if (h === n) lab = ls.root;
        else if (g.head[d] === h) {
          const goldLab = it.labels[d]!;
          const nl = labelFeatures(c, it.view, h, d, lfeats);
          labeler.score(lfeats, nl, lscores);
          const ok = ls.allowed[d < h ? 1 : 2];
          let pl = -1;
          for (let l = 0; l < ls.labels.length; l++) {
            if (l === ls.root || !ok[l]) continue;
            if (pl < 0 || lscores[l]! > lscores[pl]!) pl = l;
          }
          if (pl !== goldLab) {
            labeler.update(lfeats, nl, goldLab, 1, time);
            if (pl >= 0) labeler.update(lfeats, nl, pl, -1, time);
          }
          lab = goldLab;
        } else lab = chooseLabel(c, it.view, h, d, labeler, ls, sc);
        c.apply(follow === LEFT ? LEFT : RIGHT, lab);
      }
    }
    const what = global ? `beam ${width} sentence updates ${errs}` : `move err ${((100 * errs) / moves).toFixed(2)}%`;
    let msg = `parser epoch ${ep + 1}: ${what}, ${mover.size} move rows, ${labeler.size} label rows, ${((Date.now() - t0) / 1000).toFixed(1)}s`;
    if (opts.dev) {
      const pm = mover.pack(time, 0, opts.minUpdates ?? 0);
      const pl = labeler.pack(time, 0, opts.minUpdates ?? 0);
      const s = attachmentScores(new Weights(pm), new Weights(pl), ls, opts.dev, global ? width : 1);
      msg += `, dev UAS ${(100 * s.uas).toFixed(2)} LAS ${(100 * s.las).toFixed(2)}`;
      if (!best || s.las > best.las) best = { las: s.las, mover: pm, labeler: pl };
    }
    log.push(msg);
    opts.log?.(msg);
    if (opts.deadline && Date.now() > opts.deadline) {
      opts.log?.('parser: time budget reached, stopping');
      break;
    }
  }
  return {
    mover: best?.mover ?? mover.pack(time, 0, opts.minUpdates ?? 0),
    labeler: best?.labeler ?? labeler.pack(time, 0, opts.minUpdates ?? 0),
    log,
  };
}
