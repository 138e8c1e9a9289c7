/**
 * Jackknifing: the tagger trained on all folds but one tags the held-out fold, so the parser
 * learns from tags as noisy as those it will see. Folds can run in worker threads
 * (jackknife-worker.ts); each is seeded, so the result does not depend on the threading.
 */
import { Worker } from 'node:worker_threads';
import { applyLexicon } from '../lexical.js';
import { TAGGER_MAX_FEATS, tagSentence, tagSentenceBi } from '../tagger.js';
import { Weights } from '../weights.js';
import type { TrainSentence } from './data.js';
import { ambiguityClasses, combineLexicon } from './lexicon.js';
import { trainTagger } from './tagger.js';

export interface FoldSpec {
  readonly fold: number;
  readonly folds: number;
  readonly classes: number;
  readonly epochs: number;
  readonly seed: number;
  readonly minAmb: number;
  /** Also train a right-to-left tagger and tag with the sum of both directions' scores. */
  readonly bidirectional?: boolean;
  /** Tagger rare-word features (model `meta.taggerRare`). */
  readonly rare?: boolean;
  readonly clusterKeys: Uint32Array;
  readonly clusterValues: Int32Array;
}

export interface FoldResult {
  readonly fold: number;
  /** Predicted tags of the held-out sentences (i % folds === fold), concatenated in order. */
  readonly tags: Int32Array;
  readonly accuracy: number;
}

/** Trains on the other folds and tags fold `spec.fold`; re-applies the lexicon of those folds to `train`. */
export function runFold(train: readonly TrainSentence[], spec: FoldSpec): FoldResult {
  const clusters = new Map<number, number>();
  spec.clusterKeys.forEach((k, i) => {
    clusters.set(k, spec.clusterValues[i]!);
  });
  const part = train.filter((_, i) => i % spec.folds !== spec.fold);
  const lexicon = combineLexicon(clusters, ambiguityClasses(part, spec.minAmb));
  for (const s of train) applyLexicon(s.lx, lexicon, spec.rare === true);
  const { packed } = trainTagger(part, spec.classes, { epochs: spec.epochs, seed: spec.seed + spec.fold + 1 });
  const w = new Weights(packed);
  const back = spec.bidirectional
    ? new Weights(
        trainTagger(part, spec.classes, { epochs: spec.epochs, seed: spec.seed + spec.fold + 1, dir: -1 }).packed,
      )
    : null;
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  const scores = new Float64Array(spec.classes);
  const out: number[] = [];
  let ok = 0;
  train.forEach((s, i) => {
    if (i % spec.folds !== spec.fold) return;
    const p = back ? tagSentenceBi(w, back, s.lx, feats, scores) : tagSentence(w, s.lx, feats, scores);
    for (let k = 0; k < p.length; k++) {
      out.push(p[k]!);
      if (p[k] === s.tags[k]) ok++;
    }
  });
  return { fold: spec.fold, tags: Int32Array.from(out), accuracy: out.length ? ok / out.length : 0 };
}

/** Runs all folds on up to `threads` worker threads (each reads the treebank itself). */
export async function runFolds(
  treebank: { path: string; limit: number },
  specs: readonly FoldSpec[],
  threads: number,
  onDone: (r: FoldResult) => void,
): Promise<FoldResult[]> {
  const results: FoldResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      const r = await new Promise<FoldResult>((resolve, reject) => {
        // the worker is TypeScript too: register tsx in it, then import it
        const entry = new URL('./jackknife-worker.ts', import.meta.url).href;
        const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
        const w = new Worker(boot, { eval: true, workerData: { treebank, spec } });
        w.once('message', resolve);
        w.once('error', reject);
      });
      results.push(r);
      onDone(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, threads) }, worker));
  return results.sort((a, b) => a.fold - b.fold);
}
