/**
 * Trains dyad's tagger, lemmatiser and dependency parser on UD English EWT and writes the model.
 *
 *   npm run train:syntax [-- --out models/syntax/en-ewt.dyadsyn --seed 1 --tagger-epochs 6
 *        --parser-epochs 12 --folds 4 --threads 2 --explore 0.9 --clusters 128 --min-amb 2
 *        --cluster-text none|polnear|DIR --cluster-min 2 --cluster-contexts 400 --cluster-coarse 16
 *        --min-updates 3 --prune 300,700,500 --two-pass no --keep-second-pass no --taggers 2
 *        --r2l-taggers 0 --tagger-rare no
 *        --parsers 2 --beam 1 --beam-from 0 --beam-update max-violation --decode-beam W
 *        --prune-scan Q,Q,… --budget-s N --limit N --r2l-parsers 0 --voters avg|separate
 *        --ensemble-on yes --voter-prune M,L --raw-out PATH]
 *
 * Reads $DYAD_CORPORA/ud-en-ewt/en_ewt-ud-{train,dev}.conllu (default ../shared/corpora).
 * Steps: lemmatiser rules; word clusters from the training text (with --cluster-text polnear also
 * from the unlabelled news of $DYAD_CORPORA/polnear/train/text, or every .txt file of DIR, split by
 * dyad's own segmenter; recorded with its word count and SHA-256 in the model's meta.clusterText);
 * jackknifed tags (folds on
 * worker threads); the tagger, the mean of `--taggers` taggers trained from successive seeds,
 * and with --r2l-taggers K > 0 the mean of K right-to-left taggers whose class scores are added
 * to its own (bidirectional tagging, src/pipeline/syntax/tagger.ts; the jackknife folds then tag
 * bidirectionally too); --tagger-rare yes adds the tagger's rare-word features (recorded as the
 * model's `meta.taggerRare`; the committed model has neither these nor a right-to-left tagger);
 * optionally (--two-pass yes) a second tagging pass that also sees the first pass's tags to the
 * right, used only to tag dev unless kept (it gained little for twice the tagging time);
 * `--parsers` parsers from successive seeds (on worker threads) on the jackknifed tags with the
 * dynamic oracle, their weights averaged into one model (an ensemble at no cost in parsing
 * speed); with --beam W > 1 the parsers' move classifier is trained globally with a beam of W
 * from epoch --beam-from on (structured perceptron, max-violation or early update; see
 * src/pipeline/syntax/train/beam.ts), and the model records W (or --decode-beam) as its
 * decoding beam width;
 * with --r2l-parsers K > 0, K right-to-left parsers too (the same parser over reversed
 * sentences) and a reparsing ensemble (src/pipeline/syntax/ensemble.ts): the file carries the
 * left-to-right mean as its main parser and the right-to-left mean as a second voter
 * (--voters avg), every parser as its own voter (separate), the left-to-right mean with each
 * right-to-left parser (mixed) or the mean with every parser (all); extra voters pruned at
 * --voter-prune (mover,labeler); vote weights are tuned on dev, and --ensemble-on says whether
 * the model parses with the ensemble by default; --raw-out also writes every parser unpruned
 * (for scripts/syntax-ensemble.ts);
 * pruning of small weights. Each part keeps the epoch best on dev. Everything is
 * seeded: the same options give the same model (a --budget-s time limit makes it depend on speed).
 *
 * --parser-from FILE retrains only the tagger: the parser (mover and labeller), the lexicon (word
 * clusters and ambiguity classes) and the lemmatiser's inventories come unchanged from the model
 * FILE (which must have been trained on the same treebank: its tag and label inventories are
 * checked), so no jackknife and no parser training run; the new file records FILE's SHA-256 and
 * its parser's training log in `meta.parserFrom`; run again on its own output, it writes the same weights.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EnsembleParams } from '../src/pipeline/syntax/ensemble.js';
import { lemmatize, trainLemmatizer } from '../src/pipeline/syntax/lemma.js';
import { applyLexicon } from '../src/pipeline/syntax/lexical.js';
import {
  readModelData,
  type SyntaxModelData,
  saveModel,
  uposIds,
  type VoterData,
} from '../src/pipeline/syntax/model.js';
import { tagInfo } from '../src/pipeline/syntax/parser-features.js';
import { reverseLabelSet } from '../src/pipeline/syntax/reverse.js';
import { TAGGER_MAX_FEATS, tagSentence, tagSentenceBi } from '../src/pipeline/syntax/tagger.js';
import type { BeamUpdate } from '../src/pipeline/syntax/train/beam.js';
import { learnClusters } from '../src/pipeline/syntax/train/clusters.js';
import {
  emptyInventory,
  readTreebank,
  reverseSentence,
  type TrainSentence,
} from '../src/pipeline/syntax/train/data.js';
import {
  type GoldSentence,
  type PoolPart,
  tuneVoters,
  voterSet,
  withMeans,
} from '../src/pipeline/syntax/train/ensemble.js';
import { type FoldSpec, runFold, runFolds } from '../src/pipeline/syntax/train/jackknife.js';
import { ambiguityClasses, combineLexicon } from '../src/pipeline/syntax/train/lexicon.js';
import { readTextFolder, sentenceHashes } from '../src/pipeline/syntax/train/news-text.js';
import { attachmentScores, trainParser } from '../src/pipeline/syntax/train/parser.js';
import { runParserJobs } from '../src/pipeline/syntax/train/parser-pool.js';
import { concatTags, evalItems, labelSetOf, parseItems } from '../src/pipeline/syntax/train/parser-setup.js';
import { tagAccuracy, trainTagger } from '../src/pipeline/syntax/train/tagger.js';
import { averagePacked, type PackedWeights, prunePacked, Weights } from '../src/pipeline/syntax/weights.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const { values: a } = parseArgs({
  options: {
    out: { type: 'string', default: 'models/syntax/en-ewt.dyadsyn' },
    seed: { type: 'string', default: '1' },
    'tagger-epochs': { type: 'string', default: '6' },
    'parser-epochs': { type: 'string', default: '12' },
    folds: { type: 'string', default: '4' },
    explore: { type: 'string', default: '0.9' },
    limit: { type: 'string' },
    'budget-s': { type: 'string' },
    'min-amb': { type: 'string', default: '2' },
    clusters: { type: 'string', default: '128' },
    'cluster-text': { type: 'string', default: 'none' },
    'cluster-min': { type: 'string', default: '2' },
    'cluster-contexts': { type: 'string', default: '400' },
    'cluster-coarse': { type: 'string', default: '16' },
    'two-pass': { type: 'string', default: 'no' },
    'keep-second-pass': { type: 'string', default: 'no' },
    threads: { type: 'string', default: '2' },
    prune: { type: 'string', default: '300,700,500' },
    'min-updates': { type: 'string', default: '3' },
    parsers: { type: 'string', default: '2' },
    taggers: { type: 'string', default: '2' },
    'r2l-taggers': { type: 'string', default: '0' },
    'tagger-rare': { type: 'string', default: 'no' },
    beam: { type: 'string', default: '1' },
    'beam-from': { type: 'string', default: '0' },
    'beam-update': { type: 'string', default: 'max-violation' },
    'decode-beam': { type: 'string' },
    'prune-scan': { type: 'string' },
    'r2l-parsers': { type: 'string', default: '0' },
    voters: { type: 'string', default: 'avg' },
    'ensemble-on': { type: 'string', default: 'yes' },
    'voter-prune': { type: 'string' },
    'raw-out': { type: 'string' },
    'parser-from': { type: 'string' },
  },
});

const t0 = Date.now();
const say = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${s}`);
const corpora = resolve(process.env.DYAD_CORPORA ?? join(process.cwd(), '..', 'shared', 'corpora'));
const dir = join(corpora, 'ud-en-ewt');
const trainPath = join(dir, 'en_ewt-ud-train.conllu');
const devPath = join(dir, 'en_ewt-ud-dev.conllu');
if (!existsSync(trainPath)) {
  console.error(`E001 file not found: ${trainPath} (set DYAD_CORPORA)`);
  process.exit(1);
}
const seed = Number(a.seed);
const inv = emptyInventory();
let train = readTreebank(trainPath, inv, true);
if (a.limit) train = train.slice(0, Number(a.limit));
const dev = readTreebank(devPath, inv, false);
say(
  `read ${train.length} training and ${dev.length} dev sentences; ${inv.tags.length} tags, ${inv.labels.length} labels`,
);
// --parser-from: the parser and lexicon of an existing model (only the tagger is retrained)
const parserFrom: { path: string; data: SyntaxModelData; sha256: string } | null = a['parser-from']
  ? {
      path: a['parser-from'],
      data: readModelData(resolve(a['parser-from'])),
      sha256: createHash('sha256')
        .update(readFileSync(resolve(a['parser-from'])))
        .digest('hex'),
    }
  : null;
if (parserFrom) {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((t, i) => t === y[i]);
  if (!same(parserFrom.data.tags, inv.tags) || !same(parserFrom.data.labels, inv.labels)) {
    console.error(`E012 ${parserFrom.path}: its tag or label inventory differs from this treebank's`);
    process.exit(1);
  }
  if (Number(a['r2l-parsers']) > 0) {
    console.error('E012 --parser-from keeps one parser: it cannot be combined with --r2l-parsers');
    process.exit(1);
  }
  say(`parser and lexicon from ${parserFrom.path} (sha256 ${parserFrom.sha256.slice(0, 12)}…)`);
}

// lemmatiser
const lemma = trainLemmatizer(
  train.flatMap((s) => s.words.map((form, i) => ({ form, xpos: s.xpos[i]!, lemma: s.lemmas[i]! }))),
);
let lok = 0;
let lall = 0;
for (const s of dev) {
  for (let i = 0; i < s.words.length; i++) {
    if (lemmatize(lemma, s.words[i]!, s.xpos[i]!) === s.lemmas[i]) lok++;
    lall++;
  }
}
say(
  `lemmatiser: ${Object.keys(lemma.exceptions).length} exceptions, dev accuracy (gold tags) ${((100 * lok) / lall).toFixed(2)}%`,
);

// jackknifed tags for the parser's training data
const C = inv.tags.length;
const tEpochs = Number(a['tagger-epochs']);
const folds = Number(a.folds);
const predicted: Int32Array[] = new Array(train.length);
const nBack = Math.max(0, Number(a['r2l-taggers']));
const minAmb = Number(a['min-amb']);
// unlabelled text added to the cluster text (--cluster-text polnear: $DYAD_CORPORA/polnear/train/text)
const extraText =
  a['cluster-text'] === 'none'
    ? null
    : readTextFolder(
        a['cluster-text'] === 'polnear' ? join(corpora, 'polnear', 'train', 'text') : resolve(a['cluster-text']!),
      );
if (extraText)
  say(
    `cluster text ${a['cluster-text']}: ${extraText.files} files, ${extraText.sentences.length} sentences, ${extraText.words} words`,
  );
const clusterOpts = {
  minCount: Number(a['cluster-min']),
  contexts: Number(a['cluster-contexts']),
  k: Number(a.clusters),
  coarse: Number(a['cluster-coarse']),
  iters: 8,
  seed,
};
const clusters =
  Number(a.clusters) > 0 && !parserFrom
    ? learnClusters(
        [...train.map((s) => s.lx.lower), ...(extraText ? sentenceHashes(extraText.sentences) : [])],
        clusterOpts,
      )
    : new Map<number, number>();
if (!parserFrom) say(`clusters: ${clusters.size} words in ${a.clusters} clusters`);
const rare = a['tagger-rare'] === 'yes';
const setLexicon = (lexicon: Map<number, number>) => {
  for (const s of train) applyLexicon(s.lx, lexicon, rare);
  for (const s of dev) applyLexicon(s.lx, lexicon, rare);
};
const specs: FoldSpec[] = Array.from({ length: folds }, (_, fold) => ({
  fold,
  folds,
  classes: C,
  epochs: tEpochs,
  seed,
  minAmb,
  bidirectional: nBack > 0,
  rare,
  clusterKeys: Uint32Array.from(clusters.keys()),
  clusterValues: Int32Array.from(clusters.values()),
}));
const foldResults = parserFrom
  ? []
  : Number(a.threads) > 1
    ? await runFolds({ path: trainPath, limit: Number(a.limit ?? 0) }, specs, Number(a.threads), (r) =>
        say(`jackknife fold ${r.fold + 1}/${folds}: held-out tag accuracy ${(100 * r.accuracy).toFixed(2)}%`),
      )
    : specs.map((spec) => {
        const r = runFold(train, spec);
        say(`jackknife fold ${r.fold + 1}/${folds}: held-out tag accuracy ${(100 * r.accuracy).toFixed(2)}%`);
        return r;
      });
for (const r of foldResults) {
  let o = 0;
  train.forEach((s, i) => {
    if (i % folds !== r.fold) return;
    predicted[i] = r.tags.slice(o, o + s.words.length);
    o += s.words.length;
  });
}

const lexicon = parserFrom
  ? new Map([...parserFrom.data.lexiconKeys].map((k, i) => [k, parserFrom.data.lexiconValues[i]!]))
  : combineLexicon(clusters, ambiguityClasses(train, minAmb));
setLexicon(lexicon);
// the tagger: the mean of --taggers taggers trained from seeds seed, seed+1, …
const nTaggers = Math.max(1, Number(a.taggers));
const taggers = Array.from({ length: nTaggers }, (_, k) =>
  trainTagger(train, C, { epochs: tEpochs, seed: seed + k, dev, log: (m) => say(`tagger ${k + 1}: ${m}`) }),
);
const tagger = {
  packed: nTaggers > 1 ? averagePacked(taggers.map((t) => t.packed)) : taggers[0]!.packed,
  log: taggers.flatMap((t, k) => t.log.map((m) => `tagger ${k + 1}: ${m}`)),
};
const taggerW = new Weights(tagger.packed);
if (nTaggers > 1) {
  const msg = `mean of ${nTaggers} taggers: dev ${(100 * tagAccuracy(taggerW, dev)).toFixed(2)}%`;
  tagger.log.push(msg);
  say(msg);
}
// right-to-left taggers (seeds seed, seed+1, …), their mean's class scores added to the tagger's
const backs = Array.from({ length: nBack }, (_, k) =>
  trainTagger(train, C, {
    epochs: tEpochs,
    seed: seed + k,
    dir: -1,
    dev,
    log: (m) => say(`r2l tagger ${k + 1}: ${m}`),
  }),
);
const taggerBack = backs.length
  ? backs.length > 1
    ? averagePacked(backs.map((t) => t.packed))
    : backs[0]!.packed
  : null;
tagger.log.push(...backs.flatMap((t, k) => t.log.map((m) => `r2l tagger ${k + 1}: ${m}`)));
const taggerBackW = taggerBack ? new Weights(taggerBack) : null;
const tagWith = (w: Weights, s: TrainSentence, first: Int32Array | null = null) => {
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  const scores = new Float64Array(C);
  return taggerBackW && w === taggerW
    ? tagSentenceBi(w, taggerBackW, s.lx, feats, scores)
    : tagSentence(w, s.lx, feats, scores, first);
};
if (taggerBackW) {
  let ok = 0;
  let all = 0;
  for (const s of dev) {
    const p = tagWith(taggerW, s);
    for (let i = 0; i < p.length; i++) if (p[i] === s.tags[i]) ok++;
    all += p.length;
  }
  const msg = `bidirectional tagger: dev ${((100 * ok) / all).toFixed(2)}%`;
  tagger.log.push(msg);
  say(msg);
}
// second pass: sees the first pass's tags on both sides (trained on the jackknifed first-pass tags)
const devFirst = dev.map((s) => tagWith(taggerW, s));
const tagger2 =
  a['two-pass'] === 'yes'
    ? trainTagger(
        train.map((s, i) => ({ lx: s.lx, tags: s.tags, first: predicted[i] ?? s.tags })),
        C,
        {
          epochs: tEpochs,
          seed: seed + 100,
          dev: dev.map((s, i) => ({ lx: s.lx, tags: s.tags, first: devFirst[i]! })),
          log: (m) => say(`pass 2: ${m}`),
        },
      )
    : null;
const tagger2W = tagger2 ? new Weights(tagger2.packed) : null;
const devTags = dev.map((s, i) => (tagger2W ? tagWith(tagger2W, s, devFirst[i]!) : devFirst[i]!));
const info = tagInfo(inv.tags, uposIds(inv.tags));

// parsers: one per seed (seed, seed+1, …), trained on worker threads when there are several
// threads, their weights then averaged into one model
const ls = labelSetOf(train, inv);
/** What every model file written below shares: inventories, lemmatiser, lexicon. */
const modelBase = () => ({
  tags: inv.tags,
  labels: inv.labels,
  allowedLeft: [...ls.allowed[1].keys()].filter((i) => ls.allowed[1][i]),
  allowedRight: [...ls.allowed[2].keys()].filter((i) => ls.allowed[2][i]),
  lemma,
  lexiconKeys: Uint32Array.from(lexicon.keys()),
  lexiconValues: Int32Array.from(lexicon.values()),
});
const nParsers = Math.max(1, Number(a.parsers));
const parserName = (j: number) => (j < nParsers ? `parser ${j + 1}` : `r2l parser ${j - nParsers + 1}`);
const parserOpts = {
  epochs: Number(a['parser-epochs']),
  explore: Number(a.explore),
  minUpdates: Number(a['min-updates']),
  beam: Number(a.beam),
  beamFrom: Number(a['beam-from']),
  beamUpdate: (a['beam-update'] === 'early' ? 'early' : 'max-violation') as BeamUpdate,
  ...(a['budget-s'] ? { deadline: t0 + Number(a['budget-s']) * 1000 } : {}),
};
// the beam width the model is used with (recorded in the file): the training width unless given
const decodeBeam = Number(a['decode-beam'] ?? a.beam);
const trainTags = train.map((s, i) => predicted[i] ?? s.tags);
// right-to-left parsers (seeds seed, seed+1, …) after the left-to-right ones
const nR2L = Math.max(0, Number(a['r2l-parsers']));
const jobDirs = [
  ...Array.from({ length: nParsers }, (_, k) => ({ k, reverse: false })),
  ...Array.from({ length: nR2L }, (_, k) => ({ k, reverse: true })),
];
const reverseItems = (sents: readonly TrainSentence[], tags: readonly Int32Array[]) => {
  const rs = sents.map(reverseSentence);
  for (const s of rs) applyLexicon(s.lx, lexicon, rare);
  return { sents: rs, tags: tags.map((t) => t.slice().reverse()) };
};
const allParsers = parserFrom
  ? [
      {
        mover: parserFrom.data.mover,
        labeler: parserFrom.data.labeler,
        log: [] as string[],
      },
    ]
  : Number(a.threads) > 1
    ? await runParserJobs(
        jobDirs.map(({ k, reverse }) => ({
          trainPath,
          devPath,
          limit: Number(a.limit ?? 0),
          trainTags: concatTags(trainTags),
          devTags: concatTags(devTags),
          lexiconKeys: Uint32Array.from(lexicon.keys()),
          lexiconValues: Int32Array.from(lexicon.values()),
          seed: seed + k,
          reverse,
          ...parserOpts,
        })),
        Number(a.threads),
        (j, line) => say(`${parserName(j)}: ${line}`),
      )
    : jobDirs.map(({ k, reverse }, j) => {
        const tr = reverse ? reverseItems(train, trainTags) : { sents: train, tags: trainTags };
        const dv = reverse ? reverseItems(dev, devTags) : { sents: dev, tags: devTags };
        return trainParser(parseItems(tr.sents, tr.tags, info), reverse ? reverseLabelSet(ls) : ls, {
          ...parserOpts,
          seed: seed + k,
          dev: evalItems(dv.sents, dv.tags, info),
          log: (line) => say(`${parserName(j)}: ${line}`),
        });
      });
const parsers = allParsers.slice(0, nParsers);
const parser = {
  mover: nParsers > 1 && !parserFrom ? averagePacked(parsers.map((p) => p.mover)) : parsers[0]!.mover,
  labeler: nParsers > 1 && !parserFrom ? averagePacked(parsers.map((p) => p.labeler)) : parsers[0]!.labeler,
  log: parserFrom
    ? [
        `parser: from ${parserFrom.path} (sha256 ${parserFrom.sha256})`,
        ...((parserFrom.data.meta.log as string[] | undefined) ?? []).filter((l) =>
          /^(parser|r2l parser|mean of \d+ parsers|ensemble|mover pruned)/.test(l),
        ),
      ]
    : allParsers.flatMap((p, j) => p.log.map((line) => `${parserName(j)}: ${line}`)),
};
if (nParsers > 1 || parserFrom) {
  const s = attachmentScores(
    new Weights(parser.mover),
    new Weights(parser.labeler),
    ls,
    evalItems(dev, devTags, info),
    decodeBeam,
  );
  const msg = `${parserFrom ? 'parser' : `mean of ${nParsers} parsers`}: dev UAS ${(100 * s.uas).toFixed(2)} LAS ${(100 * s.las).toFixed(2)}`;
  parser.log.push(msg);
  say(msg);
}

// drop small weights (quantised magnitudes below these, for tagger, mover, labeler): smaller,
// faster, and on dev no worse (it acts as regularisation)
const [qt = 0, qm = 0, ql = 0] = a.prune!.split(',').map(Number);
// --prune-scan 0,300,700: dev scores with other mover thresholds, logged to choose one
for (const q of (a['prune-scan'] ?? '').split(',').filter(Boolean).map(Number)) {
  const mv = prunePacked(parser.mover, q);
  const lb = prunePacked(parser.labeler, ql);
  const s = attachmentScores(new Weights(mv), new Weights(lb), ls, evalItems(dev, devTags, info), decodeBeam);
  const msg = `mover pruned below ${q}: ${mv.entryWeight.length} weights, dev UAS ${(100 * s.uas).toFixed(2)} LAS ${(100 * s.las).toFixed(2)} (beam ${decodeBeam})`;
  parser.log.push(msg);
  say(msg);
}
const final: {
  tagger: PackedWeights;
  tagger2: PackedWeights | undefined;
  taggerBack: PackedWeights | undefined;
  mover: PackedWeights;
  labeler: PackedWeights;
} = {
  tagger: prunePacked(tagger.packed, qt),
  taggerBack: taggerBack ? prunePacked(taggerBack, qt) : undefined,
  tagger2: tagger2 && a['keep-second-pass'] === 'yes' ? prunePacked(tagger2.packed, qt) : undefined,
  mover: prunePacked(parser.mover, qm),
  labeler: prunePacked(parser.labeler, ql),
};
// the reparsing ensemble: every parser (L1…, R1…) and each direction's mean (Lm, Rm); the
// voter set --voters, its extra voters pruned at --voter-prune, vote weights tuned on dev
let extraVoters: VoterData[] = [];
let ensembleMeta: Record<string, unknown> | undefined;
if (nR2L > 0) {
  const raw: PoolPart[] = allParsers.map((p, j) => ({
    name: j < nParsers ? `L${j + 1}` : `R${j - nParsers + 1}`,
    reverse: j >= nParsers,
    mover: p.mover,
    labeler: p.labeler,
  }));
  const gold: GoldSentence[] = dev.map((s, i) => ({ lx: s.lx, tags: devTags[i]!, heads: s.heads, labels: s.labels }));
  const [vm = qm, vl = ql] = (a['voter-prune'] ?? a.prune!).split(',').slice(-2).map(Number);
  const pool = withMeans(raw).map((p) => ({
    ...p,
    mover: prunePacked(p.mover, p.name === 'Lm' ? qm : vm),
    labeler: prunePacked(p.labeler, p.name === 'Lm' ? ql : vl),
  }));
  const kinds = [...new Set(['main', 'avg', 'mixed', 'separate', 'all', a.voters!])];
  let chosen: { params: EnsembleParams; voters: PoolPart[] } | undefined;
  for (const kind of kinds) {
    const voters = voterSet(kind, pool);
    if (kind !== a.voters && voters.length === 0) continue;
    const r = tuneVoters(voters, gold, info, ls);
    const msg = `ensemble ${kind} (${voters.map((v) => v.name).join('+')}): dev UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}, weights ${r.params.weights.map((w) => w.toFixed(2)).join('/')}, gamma ${r.params.gamma}, parser parts ${(r.bytes / 1e6).toFixed(1)} MB`;
    parser.log.push(msg);
    say(msg);
    if (kind === a.voters) chosen = { params: r.params, voters };
  }
  if (a['raw-out']) {
    // every parser unpruned, for scripts/syntax-ensemble.ts to assemble other voter sets from
    const lm = pool.find((p) => p.name === 'Lm')!;
    saveModel(a['raw-out'], {
      meta: { rawPool: raw.map((p) => p.name), log: parser.log },
      ...modelBase(),
      tagger: final.tagger,
      taggerBack: final.taggerBack,
      mover: lm.mover,
      labeler: lm.labeler,
      voters: raw,
    });
    say(`wrote the unpruned parsers to ${a['raw-out']}`);
  }
  const picked = chosen?.voters ?? [];
  if (picked.length > 1) {
    final.mover = picked[0]!.mover;
    final.labeler = picked[0]!.labeler;
    extraVoters = picked.slice(1);
    ensembleMeta = {
      ...chosen!.params,
      on: a['ensemble-on'] === 'yes',
      voters: `${a.voters} (${picked.map((v) => v.name).join('+')})`,
      voterPrune: `${vm},${vl}`,
    };
  }
}
const bytes = saveModel(a.out!, {
  meta: {
    format: 1,
    data: 'UniversalDependencies/UD_English-EWT @15d613d8 (train; dev for early stopping)',
    licence: 'CC BY-SA 4.0',
    seed,
    taggerEpochs: tEpochs,
    folds,
    explore: Number(a.explore),
    clusters: Number(a.clusters),
    ...(clusterOpts.minCount !== 2 || clusterOpts.contexts !== 400 || clusterOpts.coarse !== 16
      ? {
          clusterOptions: {
            minCount: clusterOpts.minCount,
            contexts: clusterOpts.contexts,
            coarse: clusterOpts.coarse,
          },
        }
      : {}),
    ...(extraText
      ? {
          clusterText: {
            source:
              a['cluster-text'] === 'polnear' ? 'polnear/train/text (unlabelled political news)' : a['cluster-text'],
            files: extraText.files,
            sentences: extraText.sentences.length,
            words: extraText.words,
            sha256: extraText.sha256,
          },
        }
      : {}),
    taggers: nTaggers,
    r2lTaggers: nBack,
    ...(rare ? { taggerRare: true } : {}),
    parsers: nParsers,
    beam: decodeBeam,
    trainBeam: Number(a.beam),
    secondPass:
      a['two-pass'] === 'yes' ? `trained (dev tags for the parser); kept in file: ${a['keep-second-pass']}` : 'no',
    prune: a.prune,
    ...(ensembleMeta ? { ensemble: ensembleMeta, r2lParsers: nR2L } : {}),
    trainedAt: new Date().toISOString().slice(0, 10),
    ...(parserFrom
      ? {
          parsers: parserFrom.data.meta.parsers,
          folds: parserFrom.data.meta.folds,
          explore: parserFrom.data.meta.explore,
          clusters: parserFrom.data.meta.clusters,
          // the file whose training run made the parser (kept through repeated --parser-from runs)
          parserFrom: parserFrom.data.meta.parserFrom ?? {
            file: parserFrom.path,
            sha256: parserFrom.sha256,
            trainedAt: parserFrom.data.meta.trainedAt,
          },
        }
      : {}),
    log: [...tagger.log, ...(tagger2?.log ?? []), ...parser.log],
  },
  ...modelBase(),
  tagger: final.tagger,
  tagger2: final.tagger2,
  taggerBack: final.taggerBack,
  mover: final.mover,
  labeler: final.labeler,
  voters: extraVoters,
});
const partSize = (p: { keys: Uint32Array; entryWeight: Int16Array }) =>
  `${p.keys.length} features/${p.entryWeight.length} weights`;
say(
  `tagger ${partSize(final.tagger)}${final.taggerBack ? `; r2l tagger ${partSize(final.taggerBack)}` : ''}; mover ${partSize(final.mover)}; labeler ${partSize(final.labeler)}`,
);
for (const v of extraVoters)
  say(
    `voter (${v.reverse ? 'right-to-left' : 'left-to-right'}): mover ${partSize(v.mover)}; labeler ${partSize(v.labeler)}`,
  );
say(`wrote ${a.out} (${(bytes / 1e6).toFixed(2)} MB)`);
