/**
 * `npm run bench:times`: speed of the times stage (segment excluded) in sentences and time
 * expressions per second on one core. Texts: the reference article and, when the corpora are
 * present, the TempEval-3 TimeBank/AQUAINT documents (read through the referee's input step).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corporaDir, refereePath } from '../scripts/eval.js';
import { helpIfAsked } from '../scripts/help.js';
import { createDocument, type Document } from '../src/core/document.js';
import { emptyContext } from '../src/core/pipeline.js';
import { segmentStage } from '../src/pipeline/segment/index.js';
import { timesStage } from '../src/pipeline/times/index.js';

helpIfAsked(import.meta.url);

const root = resolve(new URL('..', import.meta.url).pathname);
const corpora = corporaDir();
const texts: { text: string; published: string | null }[] = [];
texts.push({
  text: readFileSync(join(root, 'examples', 'voa-russia-is-afghanistan.txt'), 'utf8'),
  published: '2018-02-09',
});
const tbaq = join(corpora, 'tempeval3', 'TBAQ-cleaned');
const referee = refereePath();
if (existsSync(tbaq) && existsSync(referee)) {
  const out = execFileSync(process.execPath, [referee, 'input', 'timex', tbaq], { maxBuffer: 1 << 30 }).toString();
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { text: string; published?: string | null };
    texts.push({ text: d.text, published: d.published ?? null });
  }
} else process.stdout.write(`(corpora not found at ${corpora}: benchmarking the reference article only)\n`);

const ctx = emptyContext();
const segmented: Document[] = texts.map((t, i) =>
  segmentStage.run(createDocument(`b${i}`, t.text, t.published ? { published: t.published } : {}), ctx),
);
const sentences = segmented.reduce((n, d) => n + (d.layers.sentences?.length ?? 0), 0);
const chars = texts.reduce((n, t) => n + t.text.length, 0);

let found = 0;
for (const d of segmented) found += timesStage.run(d, ctx).layers.times?.length ?? 0; // warm-up
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const d of segmented) timesStage.run(d, ctx);
const ms = (performance.now() - t0) / rounds;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
process.stdout.write(
  `times stage: ${texts.length} documents, ${fmt(sentences)} sentences, ${fmt(chars)} characters, ${fmt(found)} time expressions\n` +
    `  ${ms.toFixed(1)} ms per pass (mean of ${rounds}); ${fmt((sentences / ms) * 1000)} sentences/s; ` +
    `${fmt((chars / ms) * 1000)} characters/s; ${(ms / sentences).toFixed(3)} ms per sentence\n`,
);
