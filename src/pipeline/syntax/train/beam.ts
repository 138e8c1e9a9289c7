/**
 * Global training of the move classifier with a beam (structured perceptron, Collins & Roark
 * 2004; Zhang & Clark 2008; Huang, Fayong & Guo 2012): the gold move sequence is scored along
 * with the beam, and when the beam's best sequence beats the gold prefix, the gold prefix's
 * features are promoted and the best sequence's demoted, from the first move where they part.
 *
 *   early update        stops the search at the step where the gold prefix falls off the beam;
 *   max-violation       searches to the end and updates at the step where the best sequence
 *                       leads the gold prefix by most.
 *
 * The labeller is trained along the gold sequence (on gold arcs, as in greedy training).
 */
import { type BeamStep, beamSearch, movesOf } from '../beam.js';
import type { LabelSet, ParserScratch } from '../parser.js';
import { labelFeatures, parserFeatures, type SentenceView } from '../parser-features.js';
import { Config, type GoldTree, LEFT, moveCost, SHIFT } from '../transition.js';
import type { TrainWeights } from '../weights.js';

export type BeamUpdate = 'early' | 'max-violation';

/** The canonical gold sequence: the first zero-cost move in the order LEFT, RIGHT, SHIFT. */
export function goldMoves(g: GoldTree, n: number): number[] {
  const c = new Config(n);
  const out: number[] = [];
  const order = [1, 2, 0];
  while (!c.terminal) {
    let move = SHIFT;
    for (const m of order) {
      if (c.canDo(m) && moveCost(c, g, m) === 0) {
        move = m;
        break;
      }
    }
    out.push(move);
    c.apply(move, 0);
  }
  return out;
}

export interface GlobalStepResult {
  /** Step (0-based) at which the update was made, -1 when none was needed. */
  readonly updateAt: number;
  /** Number of search steps run (early update stops at the fall-off). */
  readonly stepsRun: number;
  /** First step where the updated sequences part (the updates cover it … updateAt). */
  readonly from: number;
}

/**
 * Trains on one sentence: beam search against the gold sequence `gold` (with gold labels
 * `labels` for the labeller), then one perceptron update of `mover` at `time`.
 */
export function globalStep(
  v: SentenceView,
  gold: readonly number[],
  labels: readonly number[],
  mover: TrainWeights,
  labeler: TrainWeights,
  ls: LabelSet,
  sc: ParserScratch,
  width: number,
  update: BeamUpdate,
  time: number,
): GlobalStepResult {
  const n = v.lx.n;
  // the gold path: its features, cumulative scores, and labeller training on its arcs
  const gc = new Config(n);
  const goldFeats: Uint32Array[] = [];
  const goldScore: number[] = [];
  let acc = 0;
  for (const m of gold) {
    const nf = parserFeatures(gc, v, sc.feats);
    mover.score(sc.feats, nf, sc.scores);
    acc += sc.scores[m]!;
    goldFeats.push(sc.feats.slice(0, nf));
    goldScore.push(acc);
    if (m === SHIFT) {
      gc.apply(SHIFT, -1);
      continue;
    }
    const d = gc.s(0);
    const h = m === LEFT ? gc.b : gc.s(1);
    let lab = ls.root;
    if (h !== n) {
      lab = labels[d]!;
      const nl = labelFeatures(gc, v, h, d, sc.lfeats);
      labeler.score(sc.lfeats, nl, sc.lscores);
      const ok = ls.allowed[d < h ? 1 : 2];
      let pl = -1;
      for (let l = 0; l < ls.labels.length; l++) {
        if (l === ls.root || !ok[l]) continue;
        if (pl < 0 || sc.lscores[l]! > sc.lscores[pl]!) pl = l;
      }
      if (pl !== lab) {
        labeler.update(sc.lfeats, nl, lab, 1, time);
        if (pl >= 0) labeler.update(sc.lfeats, nl, pl, -1, time);
      }
    }
    gc.apply(m, lab);
  }
  // the beam, tracking which of its sequences is the gold prefix
  let goldAt = 0; // index of the gold prefix in the beam, -1 once it has fallen off
  let bestT = -1;
  let bestV = Number.NEGATIVE_INFINITY;
  let stepsRun = 0;
  const { trace } = beamSearch(v, mover, labeler, ls, sc, {
    width,
    keepFeats: true,
    onStep: (t: number, beam: readonly BeamStep[]) => {
      stepsRun = t + 1;
      let at = -1;
      if (goldAt >= 0) {
        for (let i = 0; i < beam.length; i++) {
          if (beam[i]!.parent === goldAt && beam[i]!.move === gold[t]) {
            at = i;
            break;
          }
        }
      }
      goldAt = at;
      if (at !== 0) {
        const viol = beam[0]!.score - goldScore[t]!;
        if (viol > bestV) {
          bestV = viol;
          bestT = t;
        }
      }
      return !(update === 'early' && at < 0);
    },
  });
  const last = trace.steps.length - 1;
  // early update: at the fall-off, or at the end when the best final sequence is not gold
  const t = update === 'early' ? (goldAt !== 0 ? last : -1) : bestT;
  if (t < 0) return { updateAt: -1, stepsRun, from: -1 };
  const pred = movesOf(trace, t, 0);
  let from = 0;
  while (from <= t && pred[from] === gold[from]) from++;
  if (from > t) return { updateAt: -1, stepsRun, from: -1 };
  // the predicted sequence's steps, last first
  const predSteps: BeamStep[] = [];
  let i = 0;
  for (let s = t; s >= 0; s--) {
    const st = trace.steps[s]![i]!;
    predSteps.push(st);
    i = st.parent;
  }
  predSteps.reverse();
  for (let s = from; s <= t; s++) {
    const gf = goldFeats[s]!;
    mover.update(gf, gf.length, gold[s]!, 1, time);
    const pf = predSteps[s]!.feats!;
    mover.update(pf, pf.length, predSteps[s]!.move, -1, time);
  }
  return { updateAt: t, stepsRun, from };
}
