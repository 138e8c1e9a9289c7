/**
 * `npm run bench:pipeline`: end-to-end speed of the default pipeline (raw text → contract
 * documents) on one core, in sentences per second (target ≥ 1,000), as users run it:
 *   - one document at a time: `toOutput(pipeline.run(doc))` (dyad serve, dyad explain);
 *   - in batches of 64, stage by stage (dyad code, the dyad ingest workers), the same outputs.
 * Nothing else is timed in those rounds; the garbage collector's pauses are counted. Then, in
 * separate passes, the time each stage takes inside a one-document-at-a-time run (its share of
 * the run's wall clock, read around every call, times the run's CPU time: the CPU clock of short
 * calls undercounts), the same inside a batched run, and each stage alone over the documents it
 * receives (CPU time). Texts: the reference article and, when the corpora are present, the PLOVER GSR
 * sentences. CPU time is reported beside wall-clock time because the machine may be shared: pin
 * to one core (`taskset -c 0 npm run bench:pipeline`); the best round's CPU time is the figure
 * least inflated by other processes sharing the caches. BENCH_ROUNDS (default 5), BENCH_BATCH
 * (default 64), BENCH_WARMUP (default 8): rounds of each way run before the clocks start. V8 keeps
 * optimising the coder's code for the first few thousand sentences (about 8 rounds: a cold
 * process coded 860–920 sentences/s batched over its first 2,000 sentences, 1,020–1,170 after), so
 * the default figures are those of a long job (dyad code over a corpus, a running dyad serve):
 * both ways are warmed up before either is timed (timing one right after its own warm-up and the
 * other after both credited the second with the first's warm-up). `BENCH_ONLY=single` (or
 * `batched`) warms up and times that way alone and skips the per-stage passes (quicker, e.g. to
 * compare two trees process against process); with `BENCH_WARMUP=1` it is that way's cold start,
 * no rounds of the other way before it. Each phase also says how much of its CPU time went to V8's
 * helper threads (Linux): mostly the optimising compiler, compiling the coder's functions again
 * and again while they warm up (a cold process spends about a third of its CPU time there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { helpIfAsked } from '../scripts/help.js';
import { codeBatch } from '../src/cli/batch.js';
import { createDocument, type Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
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
const docOf = (i: number): Document => {
  const t = texts[i]!;
  return createDocument(`b${i}`, t.text, t.published ? { published: t.published } : {});
};

const t0 = performance.now();
const ctx = await loadContext();
const loadMs = performance.now() - t0;
const pipe = defaultPipeline();
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const warmup = Math.max(1, Number(process.env.BENCH_WARMUP ?? 8));
const batchSize = Number(process.env.BENCH_BATCH ?? 64);

// garbage collections (count and pause time) while a phase runs
let gcCount = 0;
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcCount++;
    gcMs += e.duration;
  }
}).observe({ entryTypes: ['gc'] });

interface Phase {
  sentences: number;
  wallSec: number;
  cpuSec: number;
  /** CPU time of the fastest round (on a shared machine, the one least slowed by others). */
  bestCpuSec: number;
  gcCount: number;
  gcMs: number;
  /** CPU time of the process's other threads (V8's optimising compiler, GC helpers), null off Linux. */
  helperSec: number | null;
}

/**
 * CPU seconds of this process's threads other than the main one, from /proc (Linux; null
 * elsewhere): mostly V8's optimising compiler, whose work counts in the process's CPU time
 * (on one core it competes with the coder itself) and is what a cold process spends most on.
 */
function helperCpuSec(): number | null {
  try {
    let ticks = 0;
    for (const t of readdirSync('/proc/self/task')) {
      if (Number(t) === process.pid) continue;
      const st = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

/** Lets the observer report the garbage collections so far (it does so a few event-loop turns later). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

/** Runs `round` `warm` times, then `rounds` times under the clocks. */
async function timed(round: () => number, warm = warmup): Promise<Phase> {
  for (let w = 0; w < warm; w++) round();
  await settle(); // the warm-up's collections are not counted
  const g0 = gcCount;
  const gm0 = gcMs;
  const h0 = helperCpuSec();
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let sentences = 0;
  let bestCpuSec = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const r0 = process.cpuUsage();
    sentences += round();
    const u = process.cpuUsage(r0);
    bestCpuSec = Math.min(bestCpuSec, (u.user + u.system) / 1e6);
  }
  const wallSec = (performance.now() - w0) / 1000;
  const c = process.cpuUsage(c0);
  const h1 = helperCpuSec();
  const helperSec = h0 === null || h1 === null ? null : h1 - h0;
  await settle(); // the timed rounds' collections are reported
  return {
    sentences,
    wallSec,
    cpuSec: (c.user + c.system) / 1e6,
    bestCpuSec,
    gcCount: gcCount - g0,
    gcMs: gcMs - gm0,
    helperSec,
  };
}

const only = process.env.BENCH_ONLY ?? '';
const skipped: Phase = { sentences: 0, wallSec: 0, cpuSec: 0, bestCpuSec: 0, gcCount: 0, gcMs: 0, helperSec: null };
let events = 0;
const singleRound = (): number => {
  let n = 0;
  events = 0;
  for (let i = 0; i < texts.length; i++) {
    const out = toOutput(pipe.run(docOf(i), ctx));
    n += out.sentences.length;
    events += out.events.length;
  }
  return n;
};
const batchedRound = (): number => {
  let n = 0;
  for (let i = 0; i < texts.length; i += batchSize) {
    const docs: Document[] = [];
    for (let j = i; j < Math.min(i + batchSize, texts.length); j++) docs.push(docOf(j));
    for (const r of codeBatch(pipe, ctx, docs)) if ('output' in r) n += r.output.sentences.length;
  }
  return n;
};
// both ways are warmed up before either is timed: V8 is still optimising the coder's functions
// after the first few thousand sentences, and timing one way right after its own warm-up and the
// other after both would credit the second with the first's warm-up
if (!only) {
  for (let w = 0; w < warmup; w++) singleRound();
  for (let w = 0; w < warmup; w++) batchedRound();
}
const single = only === 'batched' ? skipped : await timed(singleRound, only ? warmup : 0);
const batched = only === 'single' ? skipped : await timed(batchedRound, only ? warmup : 0);

const perRound = (x: number): string => (x / rounds).toFixed(0).padStart(4);
const line = (name: string, p: Phase): string =>
  `${name}: ${(p.sentences / p.cpuSec).toFixed(0)} sentences/s of CPU time on one core (${perRound(p.cpuSec * 1000).trim()} ms/round CPU; best round ${(p.bestCpuSec * 1000).toFixed(0)} ms, ${(p.sentences / rounds / p.bestCpuSec).toFixed(0)} sentences/s), ${(p.sentences / p.wallSec).toFixed(0)} sentences/s wall clock; GC ${(p.gcCount / rounds).toFixed(0)} pauses, ${perRound(p.gcMs).trim()} ms a round${p.helperSec === null ? '' : `; of the CPU time ${perRound(p.helperSec * 1000).trim()} ms a round in V8's helper threads (mostly the optimising compiler)`} (target ≥ 1000 sentences/s)\n`;
if (only) {
  process.stdout.write(
    `resources loaded in ${loadMs.toFixed(0)} ms; ${rounds} rounds after ${warmup} warm-up rounds\n`,
  );
  if (only !== 'batched') process.stdout.write(line('one document at a time', single));
  if (only !== 'single')
    process.stdout.write(line(`batched (${batchSize} documents a batch, stage by stage)`, batched));
  process.exit(0);
}

// each stage inside a one-document-at-a-time run (wall clock), then each stage alone (CPU)
const stageMs = new Map<string, number>(pipe.stages.map((s) => [s.name, 0]));
const inputs = pipe.stages.map(() => [] as Document[]);
const ic0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < texts.length; i++) {
    let d = docOf(i);
    pipe.stages.forEach((s, k) => {
      if (r === 0) inputs[k]?.push(d);
      const a = performance.now();
      d = s.run(d, ctx);
      stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - a);
    });
  }
}
const ic = process.cpuUsage(ic0);
const instrumentedCpuMs = (ic.user + ic.system) / 1000;
// each stage inside a batched run (the same batches as above, stage by stage), timed the same way
const batchStageMs = new Map<string, number>(pipe.stages.map((s) => [s.name, 0]));
const bc0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < texts.length; i += batchSize) {
    let docs: Document[] = [];
    for (let j = i; j < Math.min(i + batchSize, texts.length); j++) docs.push(docOf(j));
    for (const s of pipe.stages) {
      const a = performance.now();
      docs = s.runBatch ? s.runBatch(docs, ctx) : docs.map((d) => s.run(d, ctx));
      batchStageMs.set(s.name, (batchStageMs.get(s.name) ?? 0) + performance.now() - a);
    }
    for (const d of docs) toOutput(d);
  }
}
const bc = process.cpuUsage(bc0);
const batchInstrumentedCpuMs = (bc.user + bc.system) / 1000;
const stageCpu = new Map<string, number>();
pipe.stages.forEach((s, k) => {
  for (const d of inputs[k] ?? []) s.run(d, ctx);
  const c = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of inputs[k] ?? []) s.run(d, ctx);
  const u = process.cpuUsage(c);
  stageCpu.set(s.name, (u.user + u.system) / 1000);
});

const sentencesPerRound = single.sentences / rounds;
const v8flags = process.execArgv.filter((a) => a.startsWith('--max-semi') || a.startsWith('--min-semi'));
process.stdout.write(`resources loaded in ${loadMs.toFixed(0)} ms; V8 flags: ${v8flags.join(' ') || '(none)'}\n`);
process.stdout.write(
  `pipeline (${pipe.stages.map((s) => s.name).join(' → ')}): ${texts.length} documents, ${sentencesPerRound} sentences, ${events} events a round, ${rounds} rounds after ${warmup} warm-up rounds\n`,
);
process.stdout.write(line('one document at a time', single));
process.stdout.write(line(`batched (${batchSize} documents a batch, stage by stage)`, batched));
const inRunTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
const aloneTotal = [...stageCpu.values()].reduce((a, b) => a + b, 0);
process.stdout.write('stages (CPU per round: in a one-document-at-a-time run, in batches, alone):\n');
// a stage's CPU in the run: its share of the run's wall clock times the run's CPU time (on a
// shared machine waiting for the core falls on every stage alike)
const cpuInRun = (ms: number): number => (ms / inRunTotal) * instrumentedCpuMs;
const batchWallTotal = [...batchStageMs.values()].reduce((a, b) => a + b, 0);
// (in batches, the run's CPU includes building the documents and toOutput: the stages get their wall-clock share of it)
const cpuInBatches = (ms: number): number => (ms / batchWallTotal) * batchInstrumentedCpuMs;
for (const [name, ms] of stageMs) {
  const alone = stageCpu.get(name) ?? 0;
  process.stdout.write(
    `  ${name.padEnd(12)} ${perRound(cpuInRun(ms))} ms/round CPU in the run (${((ms / inRunTotal) * 100).toFixed(1).padStart(4)}%), ${perRound(cpuInBatches(batchStageMs.get(name) ?? 0))} in batches, ${perRound(alone)} alone\n`,
  );
}
process.stdout.write(
  `  stages sum: ${perRound(instrumentedCpuMs).trim()} ms/round CPU in the run, ${perRound(batchInstrumentedCpuMs).trim()} in batches, ${perRound(aloneTotal).trim()} each stage alone\n`,
);
const ev = stageMs.get('events') ?? 0;
process.stdout.write(`events stage alone: ${((single.sentences / ev) * 1000).toFixed(0)} sentences/s wall clock\n`);
