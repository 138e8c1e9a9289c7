/**
 * Tagger experiments on UD English EWT (not part of the build): trains left-to-right and
 * right-to-left taggers and prints joint/UPOS/XPOS accuracy, split by known and unknown words,
 * of each direction alone and of their summed scores.
 *
 *   tsx scripts/exp-tagger.ts [-- --eval dev|heldout|test --fwd 2 --bwd 2 --epochs 6 --seed 1
 *        --limit N --prune 300[,500,…]]
 *
 * --eval heldout trains on training sentences i % 4 ≠ 0 and scores fold 0 (the lexicon from the
 * training part only, as in jackknifing); dev and test train on all training sentences.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyLexicon, type Lexical } from '../src/pipeline/syntax/lexical.js';
import {
  type Direction,
  type Scorer,
  TAGGER_MAX_FEATS,
  taggerFeatures,
  tagSentence,
  tagSentenceBi,
} from '../src/pipeline/syntax/tagger.js';
import { learnClusters } from '../src/pipeline/syntax/train/clusters.js';
import { emptyInventory, readTreebank, type TrainSentence } from '../src/pipeline/syntax/train/data.js';
import { ambiguityClasses, combineLexicon } from '../src/pipeline/syntax/train/lexicon.js';
import { trainTagger } from '../src/pipeline/syntax/train/tagger.js';
import { averagePacked, type PackedWeights, prunePacked, Weights } from '../src/pipeline/syntax/weights.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const { values: a } = parseArgs({
  options: {
    eval: { type: 'string', default: 'dev' },
    fwd: { type: 'string', default: '2' },
    bwd: { type: 'string', default: '2' },
    epochs: { type: 'string', default: '6' },
    seed: { type: 'string', default: '1' },
    limit: { type: 'string' },
    prune: { type: 'string', default: '300' },
  },
});
const t0 = Date.now();
const say = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${s}`);
const corpora = resolve(process.env.DYAD_CORPORA ?? join(process.cwd(), '..', 'shared', 'corpora'));
const dir = join(corpora, 'ud-en-ewt');
if (!existsSync(dir)) {
  console.error(`E001 ${dir} not found (set DYAD_CORPORA)`);
  process.exit(1);
}
const seed = Number(a.seed);
const inv = emptyInventory();
let all = readTreebank(join(dir, 'en_ewt-ud-train.conllu'), inv, true);
if (a.limit) all = all.slice(0, Number(a.limit));
const mode = a.eval!;
const train = mode === 'heldout' ? all.filter((_, i) => i % 4 !== 0) : all;
const evalSet: TrainSentence[] =
  mode === 'heldout'
    ? all.filter((_, i) => i % 4 === 0)
    : readTreebank(join(dir, `en_ewt-ud-${mode === 'test' ? 'test' : 'dev'}.conllu`), inv, false);
const C = inv.tags.length;
const upos = inv.tags.map((t) => t.split('\t')[0]!);
const xpos = inv.tags.map((t) => t.split('\t')[1]!);

// clusters from all training text (as train-syntax does for every fold), ambiguity classes from the training part
const clusters = learnClusters(
  all.map((s) => s.lx.lower),
  { minCount: 2, contexts: 400, k: 128, coarse: 16, iters: 8, seed },
);
const lexicon = combineLexicon(clusters, ambiguityClasses(train, 2));
for (const s of [...all, ...evalSet]) applyLexicon(s.lx, lexicon, true); // with the rare-word features
const known = new Set<number>();
for (const s of train) for (let i = 0; i < s.lx.n; i++) known.add(s.lx.lower[i]! >>> 0);
say(`${train.length} training, ${evalSet.length} ${mode} sentences; ${C} tags`);

const trainSide = (d: Direction, k: number) =>
  Array.from({ length: Math.max(0, k) }, (_, j) => {
    const t = Date.now();
    const r = trainTagger(train, C, { epochs: Number(a.epochs), seed: seed + j, dir: d });
    say(`${d > 0 ? 'left-to-right' : 'right-to-left'} seed ${seed + j}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
    return r.packed;
  });
const fParts = trainSide(1, Number(a.fwd));
const bParts = trainSide(-1, Number(a.bwd));
const pruned = (parts: PackedWeights[], q: number): Weights | null => {
  if (parts.length === 0) return null;
  const p = prunePacked(parts.length > 1 ? averagePacked(parts) : parts[0]!, q);
  say(`  ${parts.length} averaged, pruned at ${q}: ${p.keys.length} features, ${p.entryWeight.length} weights`);
  return new Weights(p);
};
/** Bidirectional with the summed tags as the left-to-right pass's history (instead of its own). */
function biSumHistory(f: Scorer, b: Scorer, lx: Lexical, feats: Uint32Array, scores: Float64Array): Int32Array {
  const n = lx.n;
  const buf = new Float64Array(n * C);
  tagSentence(b, lx, feats, scores, null, -1, buf);
  const out = new Int32Array(n);
  let p1 = 0x7fff0002;
  let p2 = 0x7fff0002;
  for (let i = 0; i < n; i++) {
    const nf = taggerFeatures(lx, i, p1, p2, feats, null, 1);
    f.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < C; c++) if (scores[c]! + buf[i * C + c]! > scores[best]! + buf[i * C + best]!) best = c;
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

const feats = new Uint32Array(TAGGER_MAX_FEATS);
const scores = new Float64Array(C);
const report = (name: string, tag: (lx: Lexical) => Int32Array) => {
  const c = { j: 0, u: 0, x: 0, n: 0, ju: 0, uu: 0, nu: 0 };
  const t = process.cpuUsage();
  const preds = evalSet.map((s) => tag(s.lx));
  const cpu = process.cpuUsage(t);
  evalSet.forEach((s, si) => {
    const p = preds[si]!;
    for (let i = 0; i < s.lx.n; i++) {
      const g = s.tags[i]!;
      const oov = !known.has(s.lx.lower[i]! >>> 0);
      c.n++;
      if (p[i] === g) c.j++;
      if (upos[p[i]!] === upos[g]) c.u++;
      if (xpos[p[i]!] === xpos[g]) c.x++;
      if (oov) {
        c.nu++;
        if (p[i] === g) c.ju++;
        if (upos[p[i]!] === upos[g]) c.uu++;
      }
    }
  });
  const pc = (x: number, n: number) => ((100 * x) / n).toFixed(2);
  const kn = c.n - c.nu;
  const wps = (c.n / ((cpu.user + cpu.system) / 1e6)).toFixed(0);
  say(
    `${name.padEnd(24)} joint ${pc(c.j, c.n)} UPOS ${pc(c.u, c.n)} XPOS ${pc(c.x, c.n)} | known UPOS ${pc(c.u - c.uu, kn)} (${kn}) unknown UPOS ${pc(c.uu, c.nu)} (${c.nu} words) | ${wps} words/CPU-s`,
  );
};
for (const q of a.prune!.split(',').map(Number)) {
  say(`--- pruned at ${q}`);
  const fwd = pruned(fParts, q);
  const bwd = pruned(bParts, q);
  const several = fParts.length > 1 || bParts.length > 1;
  const f1 = several && fParts.length > 0 ? pruned(fParts.slice(0, 1), q) : null;
  const b1 = several && bParts.length > 0 ? pruned(bParts.slice(0, 1), q) : null;
  if (f1 && fParts.length > 1) report('left-to-right, one seed', (lx) => tagSentence(f1, lx, feats, scores));
  if (fwd) report('left-to-right', (lx) => tagSentence(fwd, lx, feats, scores));
  if (bwd) report('right-to-left', (lx) => tagSentence(bwd, lx, feats, scores, null, -1));
  if (fwd && bwd) {
    report('sum, own history', (lx) => tagSentenceBi(fwd, bwd, lx, feats, scores));
    report('sum, summed history', (lx) => biSumHistory(fwd, bwd, lx, feats, scores));
  }
  if (f1 && b1) report('one seed each, summed', (lx) => tagSentenceBi(f1, b1, lx, feats, scores));
}
