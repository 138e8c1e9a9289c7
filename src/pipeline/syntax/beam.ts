/**
 * Beam-search arc-hybrid parsing: the `width` best move sequences by summed move score are kept
 * at each step (every sequence has 2n moves, so they all end together). Each arc is labelled when
 * it is made, as in greedy parsing; labels do not enter the sequence score. Width 1 is greedy
 * parsing (parseSentence), which is also what `parseWithBeam` runs for it.
 */
import { chooseLabel, type LabelSet, type ParserScratch, parseSentence } from './parser.js';
import { parserFeatures, type SentenceView } from './parser-features.js';
import type { Scorer } from './tagger.js';
import { Config, LEFT, MOVES, SHIFT } from './transition.js';

/** One step of one kept sequence: where it came from and what it did (for training updates). */
export interface BeamStep {
  readonly parent: number;
  readonly move: number;
  readonly score: number;
  /** Features of the parent configuration the move was scored with (only when kept). */
  readonly feats: Uint32Array | null;
}

export interface BeamTrace {
  /** steps[t][i]: the i-th best sequence after t+1 moves (best first). */
  readonly steps: BeamStep[][];
}

export interface BeamOptions {
  readonly width: number;
  /** Keep each step's features (training). */
  readonly keepFeats?: boolean;
  /** Called after each step with the new beam (best first); returning false stops the search. */
  readonly onStep?: (t: number, beam: readonly BeamStep[]) => boolean;
}

/**
 * Runs the beam and returns the best final configuration (or the best one where `onStep`
 * stopped) and the trace of kept steps.
 */
export function beamSearch(
  v: SentenceView,
  mover: Scorer,
  labeler: Scorer,
  ls: LabelSet,
  sc: ParserScratch,
  opts: BeamOptions,
): { config: Config; trace: BeamTrace } {
  const n = v.lx.n;
  const width = Math.max(1, opts.width);
  let cur: Config[] = [new Config(n)];
  let next: Config[] = [];
  let curScore: number[] = [0];
  const steps: BeamStep[][] = [];
  // the best `width` candidates (item, move, score), best first; ties keep the order in which
  // they were made (item, then move), as greedy parsing keeps the first best move
  const cItem = new Int32Array(width);
  const cMove = new Int32Array(width);
  const cScore = new Float64Array(width);
  const feats: (Uint32Array | null)[] = [];
  for (let t = 0; !cur[0]!.terminal; t++) {
    let k = 0;
    feats.length = 0;
    for (let i = 0; i < cur.length; i++) {
      const c = cur[i]!;
      const nf = parserFeatures(c, v, sc.feats);
      mover.score(sc.feats, nf, sc.scores);
      feats.push(opts.keepFeats ? sc.feats.slice(0, nf) : null);
      for (let m = 0; m < MOVES; m++) {
        if (!c.canDo(m)) continue;
        const score = curScore[i]! + sc.scores[m]!;
        if (k === width && score <= cScore[k - 1]!) continue;
        let p = k < width ? k++ : k - 1;
        while (p > 0 && cScore[p - 1]! < score) {
          cItem[p] = cItem[p - 1]!;
          cMove[p] = cMove[p - 1]!;
          cScore[p] = cScore[p - 1]!;
          p--;
        }
        cItem[p] = i;
        cMove[p] = m;
        cScore[p] = score;
      }
    }
    const step: BeamStep[] = [];
    const scores: number[] = [];
    for (let j = 0; j < k; j++) {
      const item = cItem[j]!;
      const move = cMove[j]!;
      let c = next[j];
      if (!c) {
        c = new Config(n);
        next[j] = c;
      }
      c.copyFrom(cur[item]!);
      if (move === SHIFT) c.apply(SHIFT, -1);
      else {
        const d = c.s(0);
        const h = move === LEFT ? c.b : c.s(1);
        c.apply(move, chooseLabel(c, v, h, d, labeler, ls, sc));
      }
      step.push({ parent: item, move, score: cScore[j]!, feats: feats[item] ?? null });
      scores.push(cScore[j]!);
    }
    steps.push(step);
    const swap = cur;
    cur = next.slice(0, k);
    next = swap.concat(next.slice(k));
    curScore = scores;
    if (opts.onStep && !opts.onStep(t, step)) break;
  }
  return { config: cur[0]!, trace: { steps } };
}

/** Parses one sentence with a beam of `width` (greedy for width ≤ 1). */
export function parseWithBeam(
  v: SentenceView,
  mover: Scorer,
  labeler: Scorer,
  ls: LabelSet,
  sc: ParserScratch,
  width: number,
): Config {
  if (width <= 1) return parseSentence(v, mover, labeler, ls, sc);
  return beamSearch(v, mover, labeler, ls, sc, { width }).config;
}

/** The moves of the i-th sequence of the beam after step t, first move first. */
export function movesOf(trace: BeamTrace, t: number, i: number): number[] {
  const out: number[] = [];
  let at = i;
  for (let s = t; s >= 0; s--) {
    const st = trace.steps[s]![at]!;
    out.push(st.move);
    at = st.parent;
  }
  return out.reverse();
}
