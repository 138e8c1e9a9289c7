/**
 * `npm run bench:pipeline`: end-to-end speed of the default pipeline (raw text → events) on one
 * core, in sentences per second (target ≥ 1,000), plus the time each stage takes. Texts: the
 * reference article and, when the corpora are present, the PLOVER GSR sentences. CPU time is
 * reported beside wall-clock time because the machine may be shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { helpIfAsked } from '../scripts/help.js';
import { createDocument, type Document } from '../src/core/document.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';

helpIfAsked(import.meta.url);

const root = resolve(new URL('..', import.meta.url).pathname);
const corpora = resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora'));
const texts: { text: string; published: string | null }[] = [];
const article = readFileSync(join(root, 'examples', 'voa-russia-is-afghanistan.txt'), 'utf8');
texts.push({ text: article, published: '2018-02-09' });
const gsr = join(corpora, 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
if (existsSync(gsr)) {
  const rows = JSON.parse(readFileSync(gsr, 'utf8')) as { text?: string; date?: string }[];
  for (const r of rows) if (r.text) texts.push({ text: r.text, published: r.date ?? null });
} else process.stdout.write(`(corpora not found at ${corpora}: benchmarking the reference article only)\n`);

const t0 = performance.now();
const ctx = await loadContext();
const loadMs = performance.now() - t0;
const pipe = defaultPipeline();
const stageMs = new Map<string, number>(pipe.stages.map((s) => [s.name, 0]));
// process CPU (all threads: includes GC helpers and the optimising compiler) of each stage inside
// the end-to-end run, where stages evict each other's data from the caches
const stageRunCpu = new Map<string, number>(pipe.stages.map((s) => [s.name, 0]));
// CPU time per stage too (on a shared machine wall-clock figures include time spent waiting for
// a core): measured after the timed rounds, one stage at a time over the documents it receives,
// so the clock is read twice per stage rather than around every call
const stageCpu = new Map<string, number>(pipe.stages.map((s) => [s.name, 0]));
function measureStageCpu(rounds: number): void {
  const inputs = pipe.stages.map(() => [] as Document[]);
  texts.forEach((t, i) => {
    let d = createDocument(`b${i}`, t.text, t.published ? { published: t.published } : {});
    pipe.stages.forEach((s, k) => {
      inputs[k]?.push(d);
      d = s.run(d, ctx);
    });
  });
  pipe.stages.forEach((s, k) => {
    const c = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const d of inputs[k] ?? []) s.run(d, ctx);
    const u = process.cpuUsage(c);
    stageCpu.set(s.name, (u.user + u.system) / 1000);
  });
}

const runOnce = (timed: boolean): { sentences: number; events: number; chars: number } => {
  let sentences = 0;
  let events = 0;
  let chars = 0;
  texts.forEach((t, i) => {
    let d = createDocument(`b${i}`, t.text, t.published ? { published: t.published } : {});
    for (const s of pipe.stages) {
      const a = performance.now();
      const c = timed ? process.cpuUsage() : null;
      d = s.run(d, ctx);
      if (c) {
        const u = process.cpuUsage(c);
        stageRunCpu.set(s.name, (stageRunCpu.get(s.name) ?? 0) + (u.user + u.system) / 1000);
        stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - a);
      }
    }
    sentences += d.layers.sentences?.length ?? 0;
    events += d.layers.events?.length ?? 0;
    chars += t.text.length;
  });
  return { sentences, events, chars };
};

runOnce(false); // warm-up
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
let sentences = 0;
let events = 0;
let chars = 0;
const t1 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  const x = runOnce(true);
  sentences += x.sentences;
  events += x.events;
  chars += x.chars;
}
const sec = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSec = (cpu.user + cpu.system) / 1e6;

// the same documents in batches, stage by stage (Pipeline.runBatch), measured right after
const batchSize = Number(process.env.BENCH_BATCH ?? 64);
const runBatched = (): number => {
  let n = 0;
  for (let i = 0; i < texts.length; i += batchSize) {
    const docs = texts
      .slice(i, i + batchSize)
      .map((t, j) => createDocument(`b${i + j}`, t.text, t.published ? { published: t.published } : {}));
    for (const d of pipe.runBatch(docs, ctx)) n += d.layers.sentences?.length ?? 0;
  }
  return n;
};
runBatched(); // warm-up
let batchSentences = 0;
const t2 = performance.now();
const cpu2 = process.cpuUsage();
for (let r = 0; r < rounds; r++) batchSentences += runBatched();
const batchSec = (performance.now() - t2) / 1000;
const bcpu = process.cpuUsage(cpu2);
const batchCpuSec = (bcpu.user + bcpu.system) / 1e6;
process.stdout.write(`resources loaded in ${loadMs.toFixed(0)} ms\n`);
process.stdout.write(
  `pipeline (${pipe.stages.map((s) => s.name).join(' → ')}): ${texts.length} documents × ${rounds} rounds, ${sentences} sentences, ${events} events in ${sec.toFixed(2)} s\n`,
);
measureStageCpu(rounds);
const cpuTotal = [...stageCpu.values()].reduce((a, b) => a + b, 0);
const runCpuTotal = [...stageRunCpu.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of stageMs) {
  const cpuMs = stageCpu.get(name) ?? 0;
  const runMs = stageRunCpu.get(name) ?? 0;
  process.stdout.write(
    `  ${name.padEnd(12)} ${((ms / sec / 1000) * 100).toFixed(1).padStart(5)}%  ${(ms / rounds).toFixed(0).padStart(4)} ms/round wall, ${(runMs / rounds).toFixed(0).padStart(4)} ms/round CPU in the run, ${(cpuMs / rounds).toFixed(0).padStart(4)} ms/round CPU alone (${((cpuMs / cpuTotal) * 100).toFixed(1)}%)\n`,
  );
}
process.stdout.write(
  `  stages sum: ${(runCpuTotal / rounds).toFixed(0)} ms/round CPU in the run, ${(cpuTotal / rounds).toFixed(0)} ms/round CPU each stage alone; whole run ${((cpuSec * 1000) / rounds).toFixed(0)} ms/round CPU\n`,
);
process.stdout.write(
  `end to end: ${(sentences / sec).toFixed(0)} sentences/s wall clock; ${(sentences / cpuSec).toFixed(0)} sentences/s of CPU time on one core, ${(chars / cpuSec / 1e6).toFixed(2)} MB/s (target ≥ 1000 sentences/s)\n`,
);
process.stdout.write(
  `batched (${batchSize} documents a batch, stage by stage): ${(batchSentences / batchSec).toFixed(0)} sentences/s wall clock; ${(batchSentences / batchCpuSec).toFixed(0)} sentences/s of CPU time (target ≥ 1000 sentences/s)\n`,
);
const ev = stageMs.get('events') ?? 0;
process.stdout.write(`events stage alone: ${((sentences / ev) * 1000).toFixed(0)} sentences/s wall clock\n`);
