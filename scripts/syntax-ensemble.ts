/**
 * Assembles a parsing ensemble from the parsers train:syntax kept (--raw-out) without training
 * again: choose a voter set and the pruning of the extra voters, tune the vote weights on dev,
 * write a model that is the base model with those parsers.
 *
 *   npx tsx scripts/syntax-ensemble.ts -- --base models/syntax/en-ewt.dyadsyn --raw RAW.dyadsyn
 *        --voters avg|mixed|separate|all|main --voter-prune 700,500 --on yes --out OUT.dyadsyn
 *
 * The main (left-to-right mean) parser keeps the base model's own weights unless --main-prune
 * M,L re-prunes the mean of the unpruned left-to-right parsers. Reads
 * $DYAD_CORPORA/ud-en-ewt/en_ewt-ud-dev.conllu (default ../shared/corpora).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scratchFor, tagWords } from '../src/pipeline/syntax/analyze.js';
import { loadModel, readModelData, saveModel } from '../src/pipeline/syntax/model.js';
import { emptyInventory, readTreebank } from '../src/pipeline/syntax/train/data.js';
import {
  type GoldSentence,
  type PoolPart,
  tuneVoters,
  voterSet,
  withMeans,
} from '../src/pipeline/syntax/train/ensemble.js';
import { prunePacked } from '../src/pipeline/syntax/weights.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);
const { values: a } = parseArgs({
  options: {
    base: { type: 'string' },
    raw: { type: 'string' },
    voters: { type: 'string', default: 'avg' },
    'voter-prune': { type: 'string', default: '700,500' },
    'main-prune': { type: 'string' },
    on: { type: 'string', default: 'yes' },
    out: { type: 'string' },
  },
});
if (!a.base || !a.raw || !a.out) {
  console.error('E002 --base, --raw and --out are required');
  process.exit(1);
}
const corpora = resolve(process.env.DYAD_CORPORA ?? join(process.cwd(), '..', 'shared', 'corpora'));
const devPath = join(corpora, 'ud-en-ewt', 'en_ewt-ud-dev.conllu');
if (!existsSync(devPath)) {
  console.error(`E001 file not found: ${devPath} (set DYAD_CORPORA)`);
  process.exit(1);
}
const base = readModelData(a.base);
const model = loadModel(a.base);
const raw = readModelData(a.raw);
const names = (raw.meta.rawPool ?? []) as string[];
const [vm = 700, vl = 500] = a['voter-prune']!.split(',').map(Number);
const pool: PoolPart[] = withMeans(
  (raw.voters ?? []).map((v, i) => ({
    name: names[i] ?? `P${i}`,
    reverse: v.reverse,
    mover: v.mover,
    labeler: v.labeler,
  })),
).map((p) =>
  p.name === 'Lm'
    ? a['main-prune']
      ? {
          ...p,
          mover: prunePacked(p.mover, Number(a['main-prune'].split(',')[0])),
          labeler: prunePacked(p.labeler, Number(a['main-prune'].split(',')[1] ?? 500)),
        }
      : { ...p, mover: base.mover, labeler: base.labeler }
    : { ...p, mover: prunePacked(p.mover, vm), labeler: prunePacked(p.labeler, vl) },
);
const inv = emptyInventory();
model.tags.forEach((t, i) => {
  inv.tags.push(t);
  inv.tagIndex.set(t, i);
});
model.labelSet.labels.forEach((l, i) => {
  inv.labels.push(l);
  inv.labelIndex.set(l, i);
});
const sc = scratchFor(model);
const gold: GoldSentence[] = readTreebank(devPath, inv, false).map((s) => {
  const t = tagWords(model, s.words, sc);
  return { lx: t.lx, tags: t.tags, heads: s.heads, labels: s.labels };
});
const voters = voterSet(a.voters!, pool);
const r = tuneVoters(voters, gold, model.tagInfo, model.labelSet);
const msg = `ensemble ${a.voters} (${voters.map((v) => v.name).join('+')}), voters pruned at ${vm},${vl}: dev UAS ${(100 * r.uas).toFixed(2)} LAS ${(100 * r.las).toFixed(2)}, weights ${r.params.weights.map((w) => w.toFixed(2)).join('/')}, gamma ${r.params.gamma}, parser parts ${(r.bytes / 1e6).toFixed(1)} MB`;
console.log(msg);
const log = Array.isArray(base.meta.log) ? (base.meta.log as string[]) : [];
const bytes = saveModel(a.out, {
  ...base,
  meta: {
    ...base.meta,
    ...(voters.length > 1
      ? {
          ensemble: {
            ...r.params,
            on: a.on === 'yes',
            voters: `${a.voters} (${voters.map((v) => v.name).join('+')})`,
            voterPrune: `${vm},${vl}`,
          },
        }
      : { ensemble: undefined }),
    log: [...log, msg],
  },
  mover: voters[0]!.mover,
  labeler: voters[0]!.labeler,
  voters: voters.slice(1),
});
console.log(`wrote ${a.out} (${(bytes / 1e6).toFixed(2)} MB)`);
