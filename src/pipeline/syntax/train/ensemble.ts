/**
 * Tuning the reparsing ensemble on dev (see ../ensemble.ts): each voter parses dev once, then
 * voter weights (one factor for the right-to-left voters) and the confidence bonus are chosen by
 * grid search on dev LAS of the combined trees.
 */
import { combineTrees, type EnsembleParams, type Voter, type VoterTree, voterTree } from '../ensemble.js';
import type { Lexical } from '../lexical.js';
import { type LabelSet, parserScratch } from '../parser.js';
import type { TagInfo } from '../parser-features.js';

export interface GoldSentence {
  readonly lx: Lexical;
  readonly tags: Int32Array;
  /** Gold heads (-1 = root) and label ids. */
  readonly heads: readonly number[];
  readonly labels: readonly number[];
}

/** Every voter's tree of every sentence: trees[voter][sentence]. */
export function voterTrees(
  voters: readonly Voter[],
  sents: readonly GoldSentence[],
  info: TagInfo,
  ls: LabelSet,
): VoterTree[][] {
  const sc = parserScratch(ls.labels.length);
  return voters.map((v) => sents.map((s) => voterTree(v, s.lx, s.tags, info, ls, sc)));
}

/** Mean finite move margin of each voter (its confidence scale). */
export function marginScales(trees: readonly VoterTree[][]): number[] {
  return trees.map((ts) => {
    let sum = 0;
    let k = 0;
    for (const t of ts) {
      for (const m of t.margin) {
        if (Number.isFinite(m)) {
          sum += m;
          k++;
        }
      }
    }
    return k > 0 && sum > 0 ? sum / k : 1;
  });
}

export function scoreTrees(
  trees: readonly VoterTree[][],
  sents: readonly GoldSentence[],
  p: EnsembleParams,
): { uas: number; las: number } {
  let u = 0;
  let l = 0;
  let all = 0;
  sents.forEach((s, j) => {
    const c = combineTrees(
      trees.map((ts) => ts[j]!),
      p,
    );
    const n = s.heads.length;
    for (let i = 0; i < n; i++) {
      const gh = s.heads[i]! < 0 ? n : s.heads[i]!;
      if (c.head[i] === gh) {
        u++;
        if (c.label[i] === s.labels[i]) l++;
      }
      all++;
    }
  });
  return { uas: all ? u / all : 0, las: all ? l / all : 0 };
}

/** Grid search of the right-to-left weight factor and the confidence bonus on dev LAS (then UAS). */
export function tuneEnsemble(
  trees: readonly VoterTree[][],
  reverse: readonly boolean[],
  sents: readonly GoldSentence[],
  grid: { factors: readonly number[]; gammas: readonly number[] } = {
    factors: [0.8, 0.9, 1, 1.1, 1.25],
    gammas: [0, 0.25, 0.5, 1, 2],
  },
): { params: EnsembleParams; uas: number; las: number } {
  const scales = marginScales(trees);
  let best: { params: EnsembleParams; uas: number; las: number } | undefined;
  for (const f of grid.factors) {
    for (const gamma of grid.gammas) {
      // a tiny decreasing offset makes earlier voters win exact ties, deterministically
      const weights = reverse.map((r, v) => (r ? f : 1) * (1 - 1e-6 * v));
      const params = { weights, gamma, scales };
      const s = scoreTrees(trees, sents, params);
      if (!best || s.las > best.las || (s.las === best.las && s.uas > best.uas)) best = { params, ...s };
    }
  }
  return best!;
}
