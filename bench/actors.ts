/**
 * Actors benchmark (npm run bench:actors): how long the actor knowledge base takes to load
 * (from the compiled index, and from the source files for comparison) and how many sentences
 * per second the pipeline codes with and without the actors stage (per second of CPU time,
 * steadier than wall time on a shared machine; wall time shown too).
 * Texts: the re3d development set when $DYAD_CORPORA has it, plus the reference article in
 * examples/. Options (env): BENCH_SECONDS (minimum time per measurement, default 3).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpIfAsked } from '../scripts/help.js';
import { createDocument, type Document } from '../src/core/document.js';
import { emptyContext, pipeline, type Stage, withResources } from '../src/core/pipeline.js';
import { loadActorKb } from '../src/knowledge/index.js';
import { ACTOR_KB, actorsStage } from '../src/pipeline/actors/index.js';
import { segmentStage } from '../src/pipeline/segment/index.js';
import { loadSyntaxModel, syntaxStage } from '../src/pipeline/syntax/index.js';

helpIfAsked(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function texts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const example = join(root, 'examples', 'voa-russia-is-afghanistan.txt');
  if (existsSync(example)) out.push({ id: 'example', text: readFileSync(example, 'utf8') });
  const re3d = join(resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora')), 're3d');
  if (existsSync(re3d)) {
    for (const sub of readdirSync(re3d)) {
      const f = join(re3d, sub, 'documents.json');
      if (!existsSync(f)) continue;
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const d = JSON.parse(line) as { _id: string; text: string };
        out.push({ id: d._id, text: d.text });
      }
    }
  } else process.stderr.write(`bench:actors: re3d not found under ${re3d}; timing the example article only\n`);
  return out;
}

function timeLoads(n: number, compiled = true): { median: number; first: number; heapMb: number } {
  const ms: number[] = [];
  let heap = 0;
  for (let i = 0; i < n; i++) {
    const before = process.memoryUsage().heapUsed;
    const t0 = process.cpuUsage();
    const kb = loadActorKb({ compiled });
    const t = process.cpuUsage(t0);
    ms.push((t.user + t.system) / 1000);
    heap = Math.max(heap, (process.memoryUsage().heapUsed - before) / 1e6);
    if (kb.stats.actors === 0) throw new Error('empty knowledge base');
  }
  const first = ms[0] ?? 0;
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)] ?? 0, first, heapMb: heap };
}

/** CPU time (user + system) in ms: steadier than wall time on a shared machine. */
const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Sentences per second of CPU time (and of wall time) over at least SECONDS of work. */
function rate(
  stages: Stage[],
  docs: readonly Document[],
  resources: Record<string, unknown>,
): { cpu: number; wall: number } {
  const p = pipeline(stages);
  const ctx = withResources(emptyContext(), resources);
  let sentences = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    for (const d of docs) sentences += p.run(d, ctx).layers.sentences?.length ?? 0;
    elapsed = performance.now() - t0;
  }
  return { cpu: sentences / ((cpuMs() - c0) / 1000), wall: sentences / (elapsed / 1000) };
}

async function main(): Promise<void> {
  const load = timeLoads(5);
  const fromSources = timeLoads(3, false);
  const kb = loadActorKb();
  const syntaxModel = await loadSyntaxModel();
  const docs = texts().map((t) => createDocument(t.id, t.text, { published: null }));
  const sentences = docs.reduce((n, d) => n + (segmentStage.run(d, emptyContext()).layers.sentences?.length ?? 0), 0);
  const base = rate([segmentStage, syntaxStage], docs, { syntaxModel });
  const withActors = rate([segmentStage, syntaxStage, actorsStage], docs, { syntaxModel, [ACTOR_KB]: kb });
  const stageOnly = 1 / (1 / withActors.cpu - 1 / base.cpu);
  process.stdout.write(
    [
      `actor knowledge: ${kb.stats.actors} actors, ${kb.stats.aliases} aliases, ${kb.stats.agents} role nouns`,
      `load (CPU time): first ${load.first.toFixed(0)} ms, median ${load.median.toFixed(0)} ms over 5 loads; heap +${load.heapMb.toFixed(0)} MB`,
      `  from the source files, without the compiled index: median ${fromSources.median.toFixed(0)} ms over 3 loads`,
      `texts: ${docs.length} documents, ${sentences} sentences`,
      `segment + syntax:          ${base.cpu.toFixed(0)} sentences/CPU-s (${base.wall.toFixed(0)}/s wall)`,
      `segment + syntax + actors: ${withActors.cpu.toFixed(0)} sentences/CPU-s (${withActors.wall.toFixed(0)}/s wall)`,
      `actors stage alone:        ${stageOnly.toFixed(0)} sentences/CPU-s`,
    ].join('\n') + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(`bench:actors: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
