/**
 * Greedy arc-hybrid parsing: the move classifier picks SHIFT/LEFT/RIGHT, the label classifier
 * names each arc as it is made, limited to the labels seen in that direction in training.
 */
import {
  LABEL_MAX_FEATS,
  labelFeatures,
  PARSER_MAX_FEATS,
  parserFeatures,
  type SentenceView,
} from './parser-features.js';
import type { Scorer } from './tagger.js';
import { Config, LEFT, MOVES, RIGHT, SHIFT } from './transition.js';

export interface LabelSet {
  readonly labels: readonly string[];
  /** Label id of "root". */
  readonly root: number;
  /** allowed[dir][label]: 1 when the label was seen on arcs whose dependent is left (dir 1) / right (dir 2) of its head. */
  readonly allowed: readonly [Uint8Array, Uint8Array, Uint8Array];
}

export interface ParserScratch {
  readonly feats: Uint32Array;
  readonly lfeats: Uint32Array;
  readonly scores: Float64Array;
  readonly lscores: Float64Array;
}

export function parserScratch(labels: number): ParserScratch {
  return {
    feats: new Uint32Array(PARSER_MAX_FEATS),
    lfeats: new Uint32Array(LABEL_MAX_FEATS),
    scores: new Float64Array(MOVES),
    lscores: new Float64Array(Math.max(labels, 1)),
  };
}

/** Best label id for arc h → d among those allowed in its direction. */
export function chooseLabel(
  c: Config,
  v: SentenceView,
  h: number,
  d: number,
  labeler: Scorer,
  ls: LabelSet,
  sc: ParserScratch,
): number {
  if (h === c.n) return ls.root;
  const nf = labelFeatures(c, v, h, d, sc.lfeats);
  labeler.score(sc.lfeats, nf, sc.lscores);
  const ok = ls.allowed[d < h ? 1 : 2];
  let best = -1;
  for (let l = 0; l < ls.labels.length; l++) {
    if (l === ls.root || !ok[l]) continue;
    if (best < 0 || sc.lscores[l]! > sc.lscores[best]!) best = l;
  }
  return best < 0 ? 0 : best;
}

/** Best valid move by the scores in `sc.scores`. */
export function bestValid(c: Config, scores: Float64Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) {
    if (!c.canDo(m)) continue;
    if (best < 0 || scores[m]! > scores[best]!) best = m;
  }
  return best;
}

/**
 * The only valid move, or null when there is a choice: SHIFT on an empty stack; once the buffer
 * holds only the root, RIGHT while two or more items are stacked, then LEFT onto the root.
 * Greedy parsing skips scoring these (the best valid move could be no other).
 */
export function forcedMove(c: Config): number | null {
  if (c.sp === 0) return SHIFT;
  if (c.b === c.n) return c.sp === 1 ? LEFT : RIGHT;
  return null;
}

function scoredMove(c: Config, v: SentenceView, mover: Scorer, sc: ParserScratch): number {
  const nf = parserFeatures(c, v, sc.feats);
  mover.score(sc.feats, nf, sc.scores);
  return bestValid(c, sc.scores);
}

/** Parses one sentence; returns the final configuration (heads: n = root). */
export function parseSentence(
  v: SentenceView,
  mover: Scorer,
  labeler: Scorer,
  ls: LabelSet,
  sc: ParserScratch,
): Config {
  const n = v.lx.n;
  const c = new Config(n);
  while (!c.terminal) {
    const m = forcedMove(c) ?? scoredMove(c, v, mover, sc);
    if (m === SHIFT) {
      c.apply(SHIFT, -1);
      continue;
    }
    const d = c.s(0);
    const h = m === LEFT ? c.b : c.s(1);
    const lab = chooseLabel(c, v, h, d, labeler, ls, sc);
    c.apply(m === LEFT ? LEFT : RIGHT, lab);
  }
  return c;
}
