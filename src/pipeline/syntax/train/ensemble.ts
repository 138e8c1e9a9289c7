/**
 * Tuning the reparsing ensemble on dev (see ../ensemble.ts): each voter parses dev once, then
 * voter weights (one factor for the right-to-left voters) and the confidence bonus are chosen by
 * grid search on dev LAS of the combined trees.
 */
import { combineTrees, type EnsembleParams, type Voter, type VoterTree, voterTree } from '../ensemble.js';
import type { Lexical } from '../lexical.js';
import { type LabelSet, parserScratch } from '../parser.js';
import type { TagInfo } from '../parser-features.js';
import { averagePacked, type PackedWeights, packedBytes, Weights } from '../weights.js';

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
    factors: [0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 1, 1.1],
    gammas: [0, 0.25, 0.5, 1, 2, 4],
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

/** A trained parser available to the ensemble: L1, L2, … (left to right), R1, … (right to left), Lm/Rm their means. */
export interface PoolPart {
  readonly name: string;
  readonly reverse: boolean;
  readonly mover: PackedWeights;
  readonly labeler: PackedWeights;
}

/** The voter sets `--voters` names, the main (left-to-right) parser first. */
export function voterSet(kind: string, pool: readonly PoolPart[]): PoolPart[] {
  const get = (name: string) => pool.find((p) => p.name === name);
  const singles = (dir: 'L' | 'R') => pool.filter((p) => p.name[0] === dir && p.name !== `${dir}m`);
  const picked =
    kind === 'separate'
      ? [...singles('L'), ...singles('R')]
      : kind === 'mixed'
        ? [get('Lm'), ...singles('R')]
        : kind === 'all'
          ? [get('Lm'), ...singles('L'), ...singles('R')]
          : kind === 'main'
            ? [get('Lm')]
            : [get('Lm'), get('Rm')];
  return picked.filter((p): p is PoolPart => p !== undefined);
}

/** Means of each direction's parsers (the main parser is the left-to-right mean). */
export function withMeans(pool: readonly PoolPart[]): PoolPart[] {
  const out = [...pool];
  for (const dir of ['L', 'R'] as const) {
    const ps = pool.filter((p) => p.name[0] === dir);
    if (ps.length === 0) continue;
    out.push({
      name: `${dir}m`,
      reverse: dir === 'R',
      mover: ps.length > 1 ? averagePacked(ps.map((p) => p.mover)) : ps[0]!.mover,
      labeler: ps.length > 1 ? averagePacked(ps.map((p) => p.labeler)) : ps[0]!.labeler,
    });
  }
  return out;
}

/** Tunes the vote weights of a voter set on dev; returns them with the dev scores and the weights' size. */
export function tuneVoters(
  voters: readonly PoolPart[],
  gold: readonly GoldSentence[],
  info: TagInfo,
  ls: LabelSet,
): { params: EnsembleParams; uas: number; las: number; bytes: number } {
  const trees = voterTrees(
    voters.map((v) => ({ reverse: v.reverse, mover: new Weights(v.mover), labeler: new Weights(v.labeler) })),
    gold,
    info,
    ls,
  );
  const r = tuneEnsemble(
    trees,
    voters.map((v) => v.reverse),
    gold,
  );
  let bytes = 0;
  for (const v of voters) bytes += packedBytes(v.mover) + packedBytes(v.labeler);
  return { ...r, bytes };
}
