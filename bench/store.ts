/**
 * Store benchmark (npm run bench:store):
 *  1. ingest throughput (docs/s) of synthetic articles with 1 and 2 worker threads;
 *  2. p50/p99 latency of GET /events, GET /dyads and GET /graph over HTTP on a database of one
 *     million synthetic events (target: p99 ≤ 100 ms).
 *  0. the write path alone: coded documents stored batch by batch (no coding), docs/s and CPU
 *     ms/doc of every thread (the cost that keeps ingest from scaling with workers); and the
 *     worker pool alone: the same articles coded by 1 and 2 workers without storing them;
 * Options (env): BENCH_DOCS (articles to ingest, default 400), BENCH_REPEAT (1- and 2-worker runs
 * back to back, default 2), BENCH_EVENTS (default 1000000; 0 skips the latency part),
 * BENCH_REQUESTS (per endpoint, default 200).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpIfAsked } from '../scripts/help.js';
import { startServer } from '../src/api/index.js';
import {
  type CoderPool,
  ingest,
  inlineCoder,
  openStore,
  PLOVER_TYPES_FOR_BENCH,
  type PlainDocument,
  type StoreItem,
  storeBatch,
  workerPool,
} from './store-data.js';

helpIfAsked(import.meta.url);

const DOCS = Number(process.env.BENCH_DOCS ?? 400);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));

const COUNTRIES = ['Norland', 'Westmark', 'Ostravia', 'Kessel', 'Lumbria', 'Varnia', 'Tarsus', 'Elbonia'];
const VERBS = [
  'met with',
  'accused',
  'signed an agreement with',
  'threatened',
  'sent aid to',
  'criticised',
  'held talks with',
  'attacked positions of',
];

/** A synthetic article: five sentences of invented actors and actions (no corpus text). */
function article(i: number): string {
  const pick = (k: number) => COUNTRIES[(i * 7 + k * 3) % COUNTRIES.length];
  const verb = (k: number) => VERBS[(i * 5 + k) % VERBS.length];
  const lines = [`Report ${i}: ${pick(0)} and ${pick(1)} in the news`, ''];
  for (let k = 0; k < 5; k++)
    lines.push(`Officials of ${pick(k)} ${verb(k)} ${pick(k + 1)} on Monday in the capital, item ${i}-${k} said.`);
  return lines.join('\n');
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** Docs/s once the workers have loaded the pipeline, and how long loading took. */
async function ingestBench(
  workers: number,
  src: string,
  rep: number,
): Promise<{ rate: number; startup: number; cpuMs: number; busy: number }> {
  const store = await openStore(join(dir, `ingest-${workers}-${rep}.duckdb`));
  const t0 = performance.now();
  const pool = await workerPool(workers);
  // each worker loads the pipeline and codes a few articles (first use fills lazy caches)
  const warm = (i: number): PlainDocument => ({
    id: `warm${i}`,
    text: article(100_000 + i),
    meta: { title: null, published: null, outlet: null, url: null, section: null, source: null },
    diagnostics: [],
  });
  // 16 articles per worker, so each thread's JIT is warm before timing (each isolate compiles alone)
  await Promise.all(
    Array.from({ length: workers }, (_, i) => pool.code(Array.from({ length: 16 }, (_, k) => warm(i * 16 + k)))),
  );
  const startup = (performance.now() - t0) / 1000;
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await ingest(store, [src], { pool, batchSize: 64 });
  const secs = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await pool.close();
  store.close();
  return {
    rate: r.stored / secs,
    startup,
    cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, r.stored),
    busy: (cpu.user + cpu.system) / 1e6 / secs,
  };
}

/**
 * The worker pool alone: the articles coded by 1 and 2 workers (batches of 64 sent at once, no
 * store), docs/s and the ceiling the machine allows (its cores over the CPU ms one document takes).
 */
async function codingBench(workers: number): Promise<void> {
  const meta = { title: null, published: '2020-01-01', outlet: null, url: null, section: null, source: null };
  const docs = Array.from(
    { length: DOCS },
    (_, i): PlainDocument => ({ id: `c${i}`, text: article(i), meta, diagnostics: [] }),
  );
  const pool = await workerPool(workers);
  await Promise.all(Array.from({ length: workers }, (_, w) => pool.code(docs.slice(w * 16, w * 16 + 16))));
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const batches: PlainDocument[][] = [];
  for (let i = 0; i < docs.length; i += 64) batches.push(docs.slice(i, i + 64));
  await Promise.all(batches.map((b) => pool.code(b)));
  const secs = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await pool.close();
  const cpuMs = (cpu.user + cpu.system) / 1000 / docs.length;
  console.log(
    `code    ${docs.length} synthetic articles, ${workers} worker${workers === 1 ? ' ' : 's'} (no store): ${(docs.length / secs).toFixed(1)} docs/s; CPU ${cpuMs.toFixed(1)} ms/doc, ${((cpu.user + cpu.system) / 1e6 / secs).toFixed(2)} cores busy`,
  );
}

/** The write path alone: the articles coded first, then stored in batches of 64 into a new database. */
async function writeBench(): Promise<void> {
  const coder = await inlineCoder();
  const meta = { title: null, published: '2020-01-01', outlet: null, url: null, section: null, source: null };
  const docs = Array.from(
    { length: DOCS },
    (_, i): PlainDocument => ({ id: `w${i}`, text: article(i), meta, diagnostics: [] }),
  );
  const items: StoreItem[] = (await coder.code(docs)).flatMap((c) => ('output' in c ? [{ doc: c.output }] : []));
  for (let rep = 0; rep < REPEAT; rep++) {
    const store = await openStore(join(dir, `write-${rep}.duckdb`));
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < items.length; i += 64) await storeBatch(store, items.slice(i, i + 64));
    const secs = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    store.close();
    console.log(
      `store   ${items.length} coded articles in batches of 64 (no coding): ${(items.length / secs).toFixed(0)} docs/s; CPU ${((cpu.user + cpu.system) / 1000 / items.length).toFixed(2)} ms/doc (all threads)`,
    );
  }
}

async function latency(
  base: string,
  paths: readonly string[],
  n: number,
): Promise<{ p50: number; p99: number; max: number; cpu: number }> {
  for (const p of paths.slice(0, 5)) await (await fetch(base + p)).arrayBuffer(); // warm up
  const times: number[] = [];
  // CPU time of this process (server, DuckDB threads and client): a figure the machine's load does not inflate
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const p = paths[i % paths.length] ?? '';
    const t = performance.now();
    const r = await fetch(base + p);
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  return { p50: pct(times, 50), p99: pct(times, 99), max: Math.max(...times), cpu: (cpu.user + cpu.system) / 1000 / n };
}

async function main(): Promise<void> {
  console.log(`dyad store benchmark (${new Date().toISOString()})`);
  const src = join(dir, 'articles');
  mkdirSync(src);
  writeFileSync(
    join(src, 'articles.jsonl'),
    Array.from({ length: DOCS }, (_, i) =>
      JSON.stringify({ id: `b${i}`, text: article(i), published: '2020-01-01' }),
    ).join('\n'),
  );
  await writeBench();
  for (let rep = 0; rep < REPEAT; rep++) for (const w of [1, 2]) await codingBench(w);
  const rates: Record<number, number[]> = { 1: [], 2: [] };
  for (let rep = 0; rep < REPEAT; rep++) {
    for (const w of [1, 2]) {
      const { rate, startup, cpuMs, busy } = await ingestBench(w, src, rep);
      rates[w]?.push(rate);
      console.log(
        `ingest  ${DOCS} synthetic articles, ${w} worker${w === 1 ? ' ' : 's'}: ${rate.toFixed(1)} docs/s (after ${startup.toFixed(1)} s of worker start-up); CPU ${cpuMs.toFixed(1)} ms/doc, ${busy.toFixed(2)} cores busy`,
      );
    }
  }
  const best = (w: number) => Math.max(...(rates[w] ?? [0]));
  console.log(
    `ingest  scaling (best of ${REPEAT}): ${best(1).toFixed(1)} → ${best(2).toFixed(1)} docs/s, ×${(best(2) / best(1)).toFixed(2)} with 2 workers (load average ${(await import('node:os')).loadavg()[0]?.toFixed(2)})`,
  );
  if (EVENTS <= 0) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }

  const db = join(dir, 'million.duckdb');
  const store = await openStore(db);
  const t0 = performance.now();
  const { fillSynthetic } = await import('./store-data.js');
  await fillSynthetic(store, EVENTS);
  console.log(
    `built   ${EVENTS.toLocaleString('en')} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const coder: CoderPool = { size: 0, code: async () => [], close: async () => undefined };
  const server = await startServer({ store, coder, port: 0 });
  const base = server.url.replace(/\/$/, '');
  const types = PLOVER_TYPES_FOR_BENCH;
  const codes = ['USA', 'RUS', 'CHN', 'PAK', 'IRN', 'AFG', 'FRA', 'DEU', 'IND', 'TUR'];
  const eventPaths = [
    '/events',
    ...codes.map((c) => `/events?actor=${c}`),
    ...codes.map((c, i) => `/events?actor=${c}&recipient=${codes[(i + 1) % codes.length]}`),
    ...types.map((t) => `/events?type=${t}&from=2019-01-01&to=2019-12-31`),
    '/events?status=claimed&limit=100',
    '/events?place=AFG&offset=500',
  ];
  const dyadPaths = [
    ...codes.map((c) => `/dyads?actor=${c}&interval=month`),
    ...codes.map((c, i) => `/dyads?actor=${c}&recipient=${codes[(i + 3) % codes.length]}&interval=week`),
    ...types.map((t) => `/dyads?type=${t}&from=2019-01-01&to=2019-12-31&interval=month`),
    '/dyads?from=2020-01-01&to=2020-03-31&interval=day',
  ];
  const graphPaths = [
    '/graph?from=2019-01-01&to=2019-12-31',
    '/graph?from=2018-04-01&to=2018-06-30',
    '/graph?type=ASSAULT&from=2017-01-01&to=2017-12-31',
    '/graph?actor=USA&from=2016-01-01&to=2020-12-31',
    '/graph',
  ];
  const wholePaths = ['/dyads?interval=year', '/dyads?interval=month', '/dyads?type=ASSAULT,COERCE&interval=month'];
  for (const [name, paths, n] of [
    ['/events (filters: none, actor, pair, type+year, status, place; paged)', eventPaths, REQUESTS],
    ['/dyads  (filters: actor, pair, type+year, one quarter by day)', dyadPaths, REQUESTS],
    ['/dyads  (no filter: the whole database by year or month)', wholePaths, Math.min(REQUESTS, 30)],
    ['/graph  (a year, a quarter, a type, an actor, all time)', graphPaths, Math.min(REQUESTS, 60)],
  ] as const) {
    const r = await latency(base, paths, n);
    console.log(
      `GET ${name}: ${n} requests on ${EVENTS.toLocaleString('en')} events: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms, CPU ${r.cpu.toFixed(1)} ms/request (target p99 ≤ 100 ms: ${r.p99 <= 100 ? 'met' : 'NOT met'})`,
    );
  }
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(`(load average during the run: ${load.toFixed(2)} on ${(await import('node:os')).cpus().length} cores)`);
  await server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

await main();
