/**
 * `npm run bench:places`: how long the gazetteer takes to load and how much memory it holds
 * (targets: ≤ 500 ms, ≤ 150 MB), and how fast the places stage codes the reference article.
 */
import { readFileSync } from 'node:fs';
import { helpIfAsked } from '../scripts/help.js';
import { createDocument } from '../src/core/document.js';
import { emptyContext, pipeline, withResources } from '../src/core/pipeline.js';
import { loadGazetteer, loadPlacesLexicon } from '../src/knowledge/places/index.js';
import { placesStage } from '../src/pipeline/places/index.js';
import { segmentStage } from '../src/pipeline/segment/index.js';

helpIfAsked(import.meta.url);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
process.stdout.write(
  `gazetteer: ${gazetteer.size} places loaded in ${loadMs.toFixed(0)} ms; heap +${heapMb.toFixed(0)} MB, rss +${rssMb.toFixed(0)} MB${gc ? '' : ' (run with node --expose-gc for exact heap)'}\n`,
);

const text = readFileSync(new URL('../examples/voa-russia-is-afghanistan.txt', import.meta.url), 'utf8');
const ctx = withResources(emptyContext(), { gazetteer, placesLexicon: loadPlacesLexicon() });
const pipe = pipeline([segmentStage, placesStage]);
const n = 50;
let places = 0;
const t1 = performance.now();
for (let i = 0; i < n; i++) places = pipe.run(createDocument(`b${i}`, text), ctx).layers.places?.length ?? 0;
const ms = (performance.now() - t1) / n;
process.stdout.write(
  `places stage (with segmentation): ${ms.toFixed(1)} ms per ${text.length}-character article, ${places} toponyms; ${(((text.length / ms) * 1000) / 1e6).toFixed(2)} MB/s\n`,
);
