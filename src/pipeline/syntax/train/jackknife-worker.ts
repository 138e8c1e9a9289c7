/** Worker thread for one jackknife fold (see jackknife.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { emptyInventory, readTreebank } from './data.js';
import { type FoldSpec, runFold } from './jackknife.js';

const { treebank, spec } = workerData as { treebank: { path: string; limit: number }; spec: FoldSpec };
let train = readTreebank(treebank.path, emptyInventory(), true);
if (treebank.limit > 0) train = train.slice(0, treebank.limit);
parentPort?.postMessage(runFold(train, spec));
