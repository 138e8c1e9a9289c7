/** Worker thread training one parser (see parser-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { applyLexicon } from '../lexical.js';
import { uposIds } from '../model.js';
import { tagInfo } from '../parser-features.js';
import { emptyInventory, readTreebank, reverseSentence } from './data.js';
import { trainParser } from './parser.js';
import type { ParserJob } from './parser-pool.js';
import { evalItems, labelSetOf, parseItems, splitTags } from './parser-setup.js';

const job = workerData as ParserJob;
const inv = emptyInventory();
let train = readTreebank(job.trainPath, inv, true);
if (job.limit > 0) train = train.slice(0, job.limit);
let dev = readTreebank(job.devPath, inv, false);
// a right-to-left parser reads every sentence backwards (the tags are reversed below)
const flipTags = (tags: Int32Array[]) => (job.reverse ? tags.map((t) => t.slice().reverse()) : tags);
if (job.reverse) {
  train = train.map(reverseSentence);
  dev = dev.map(reverseSentence);
}
const lexicon = new Map<number, number>();
job.lexiconKeys.forEach((k, i) => {
  lexicon.set(k, job.lexiconValues[i]!);
});
for (const s of train) applyLexicon(s.lx, lexicon);
for (const s of dev) applyLexicon(s.lx, lexicon);
const info = tagInfo(inv.tags, uposIds(inv.tags));
const done = trainParser(parseItems(train, flipTags(splitTags(job.trainTags, train)), info), labelSetOf(train, inv), {
  epochs: job.epochs,
  seed: job.seed,
  explore: job.explore,
  dev: evalItems(dev, flipTags(splitTags(job.devTags, dev)), info),
  log: (line) => parentPort?.postMessage({ log: line }),
  minUpdates: job.minUpdates,
  ...(job.deadline ? { deadline: job.deadline } : {}),
  ...(job.beam ? { beam: job.beam } : {}),
  ...(job.beamFrom !== undefined ? { beamFrom: job.beamFrom } : {}),
  ...(job.beamUpdate ? { beamUpdate: job.beamUpdate } : {}),
});
parentPort?.postMessage({ done });
