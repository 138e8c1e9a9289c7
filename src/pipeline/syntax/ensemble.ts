/**
 * Reparsing ensemble (Sagae & Lavie 2006): several greedy parsers — left-to-right ones and
 * right-to-left ones (the same parser over the reversed sentence) — each propose a tree; every
 * proposed arc gets its voters' weights, raised by the voter's confidence in it (the score margin
 * of the move that made the arc, over the voter's typical margin), and Eisner's decoder picks
 * the projective single-rooted tree of maximum total vote among the proposed arcs (one always
 * exists: each voter's own tree). Each chosen arc keeps the label of its strongest proposer.
 */
import { eisner } from './eisner.js';
import type { Lexical } from './lexical.js';
import { bestValid, chooseLabel, forcedMove, type LabelSet, type ParserScratch } from './parser.js';
import { parserFeatures, type SentenceView, sentenceView, type TagInfo } from './parser-features.js';
import { flip, reverseLabelSet, reverseLexical } from './reverse.js';
import type { Scorer } from './tagger.js';
import { Config, LEFT, SHIFT } from './transition.js';

export interface Voter {
  readonly mover: Scorer;
  readonly labeler: Scorer;
  /** Parses the reversed sentence (right to left). */
  readonly reverse: boolean;
}

/** How votes are combined (tuned on dev by train:syntax; stored in the model header). */
export interface EnsembleParams {
  /** Weight of each voter's arcs. */
  readonly weights: readonly number[];
  /** Confidence bonus: an arc's vote is weight × (1 + gamma × min(1, margin / scale)). */
  readonly gamma: number;
  /** Each voter's typical move margin (mean over dev). */
  readonly scales: readonly number[];
}

/** One voter's tree in the sentence's own word order (root = n) with labels and arc margins. */
export interface VoterTree {
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly margin: Float64Array;
}

/** Greedy parse that also records, per dependent, the score margin of the move attaching it. */
export function parseWithMargins(
  v: SentenceView,
  mover: Scorer,
  labeler: Scorer,
  ls: LabelSet,
  sc: ParserScratch,
): VoterTree {
  const n = v.lx.n;
  const c = new Config(n);
  const margin = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  while (!c.terminal) {
    let m = forcedMove(c);
    let gap = Number.POSITIVE_INFINITY;
    if (m === null) {
      const nf = parserFeatures(c, v, sc.feats);
      mover.score(sc.feats, nf, sc.scores);
      m = bestValid(c, sc.scores);
      for (let k = 0; k < sc.scores.length; k++) {
        if (k !== m && c.canDo(k)) gap = Math.min(gap, sc.scores[m]! - sc.scores[k]!);
      }
    }
    if (m === SHIFT) {
      c.apply(SHIFT, -1);
      continue;
    }
    const d = c.s(0);
    const h = m === LEFT ? c.b : c.s(1);
    margin[d] = gap;
    c.apply(m, chooseLabel(c, v, h, d, labeler, ls, sc));
  }
  return { head: c.head.slice(0, n), label: c.label.slice(0, n), margin };
}

/** A voter's tree over the words in their own order (reversed voters parse the reversal). */
export function voterTree(
  voter: Voter,
  lx: Lexical,
  tags: Int32Array,
  info: TagInfo,
  ls: LabelSet,
  sc: ParserScratch,
): VoterTree {
  if (!voter.reverse) return parseWithMargins(sentenceView(lx, tags, info), voter.mover, voter.labeler, ls, sc);
  const n = lx.n;
  const rt = tags.slice().reverse();
  const r = parseWithMargins(
    sentenceView(reverseLexical(lx), rt, info),
    voter.mover,
    voter.labeler,
    reverseLabelSet(ls),
    sc,
  );
  const head = new Int32Array(n);
  const label = new Int32Array(n);
  const margin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = flip(i, n);
    const h = r.head[j]!;
    head[i] = h >= n || h < 0 ? n : flip(h, n);
    label[i] = r.label[j]!;
    margin[i] = r.margin[j]!;
  }
  return { head, label, margin };
}

/** Combines the voters' trees into one (heads with root = n, labels). */
export function combineTrees(trees: readonly VoterTree[], p: EnsembleParams): { head: Int32Array; label: Int32Array } {
  const first = trees[0]!;
  const n = first.head.length;
  let agree = true;
  for (let v = 1; v < trees.length && agree; v++) {
    const h = trees[v]!.head;
    for (let i = 0; i < n; i++) {
      if (h[i] !== first.head[i]) {
        agree = false;
        break;
      }
    }
  }
  if (agree) return { head: first.head, label: first.label };
  const score = new Float64Array((n + 1) * n).fill(Number.NEGATIVE_INFINITY);
  // per arc (h*n + d): the best single vote and the voter that gave it, for the label
  const bestVote = new Float64Array((n + 1) * n);
  const bestVoter = new Int32Array((n + 1) * n).fill(-1);
  trees.forEach((t, v) => {
    const w = p.weights[v] ?? 1;
    const scale = p.scales[v] ?? 1;
    for (let d = 0; d < n; d++) {
      const k = t.head[d]! * n + d;
      const conf = Math.min(1, t.margin[d]! / (scale > 0 ? scale : 1));
      const vote = w * (1 + p.gamma * conf);
      score[k] = (score[k] === Number.NEGATIVE_INFINITY ? 0 : score[k]!) + vote;
      if (bestVoter[k]! < 0 || vote > bestVote[k]!) {
        bestVote[k] = vote;
        bestVoter[k] = v;
      }
    }
  });
  const { heads } = eisner(n, score);
  const label = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const v = bestVoter[heads[d]! * n + d]!;
    label[d] = trees[Math.max(v, 0)]!.label[d]!;
  }
  return { head: heads, label };
}
