/**
 * `npm run bench:pipeline-ab -- <other-tree>`: paired comparison of the pipeline's speed in this
 * tree and in another copy of the repository (e.g. the tree before a change: `git worktree add
 * ../before HEAD~1`, or a copy with your files reverted). Both pipelines are loaded in one
 * process and code the same documents one at a time, alternating which goes first per document,
 * and the CPU time of each stage is summed per side. On a shared machine this is far steadier
 * than two benchmark runs one after the other: both sides meet the same load at the same moment
 * (two runs of identical trees agree within about 3% per stage). Prints each stage's CPU time
 * per round in the other tree and in this one, and their ratio (this / other).
 * Texts: the reference article and, when the corpora are present, the PLOVER GSR sentences.
 * BENCH_ROUNDS (default 10), BENCH_WARMUP (default 8). Pin to one core: `taskset -c 0 npm run …`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { helpIfAsked } from '../scripts/help.js';

helpIfAsked(import.meta.url);

const root = resolve(new URL('..', import.meta.url).pathname);
const otherArg = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!otherArg) {
  process.stderr.write('usage: npm run bench:pipeline-ab -- <other-tree>\n');
  process.exit(2);
}
const other = resolve(otherArg);
if (!existsSync(join(other, 'src', 'pipeline', 'default.ts'))) {
  process.stderr.write(`bench:pipeline-ab: no dyad sources under ${other}\n`);
  process.exit(2);
}
const corpora = resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora'));
const texts: { text: string; published: string | null }[] = [];
texts.push({
  text: readFileSync(join(root, 'examples', 'voa-russia-is-afghanistan.txt'), 'utf8'),
  published: '2018-02-09',
});
const gsr = join(corpora, 'plover-gsr', 'PLOVER_GSR_CAMEO.txt');
if (existsSync(gsr)) {
  const rows = JSON.parse(readFileSync(gsr, 'utf8')) as { text?: string; date?: string }[];
  for (const r of rows) if (r.text) texts.push({ text: r.text, published: r.date ?? null });
} else process.stdout.write(`(corpora not found at ${corpora}: the reference article only)\n`);
const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 8);

interface Side {
  readonly names: readonly string[];
  /** CPU microseconds per stage (and toOutput last). */
  readonly cpu: Float64Array;
  one(i: number, timed: boolean): number;
}

interface DocumentLike {
  readonly layers: object;
}
interface StageLike {
  readonly name: string;
  run(d: DocumentLike, ctx: unknown): DocumentLike;
}

/** Loads a tree's default pipeline and returns a function coding text i through it, stage by stage. */
async function load(tree: string): Promise<Side> {
  const docMod = (await import(join(tree, 'src', 'core', 'document.ts'))) as {
    createDocument(id: string, text: string, meta: object): DocumentLike;
  };
  const asm = (await import(join(tree, 'src', 'pipeline', 'assemble', 'index.ts'))) as {
    toOutput(d: DocumentLike): { sentences: unknown[] };
  };
  const def = (await import(join(tree, 'src', 'pipeline', 'default.ts'))) as {
    loadContext(): Promise<unknown>;
    defaultPipeline(): { stages: readonly StageLike[] };
  };
  const ctx = await def.loadContext();
  const stages = def.defaultPipeline().stages;
  const names = [...stages.map((s) => s.name), 'toOutput'];
  const cpu = new Float64Array(names.length);
  const one = (i: number, timed: boolean): number => {
    const t = texts[i]!;
    let d = docMod.createDocument(`b${i}`, t.text, t.published ? { published: t.published } : {});
    let c = process.cpuUsage();
    for (let k = 0; k < stages.length; k++) {
      d = stages[k]!.run(d, ctx);
      if (timed) {
        const u = process.cpuUsage(c);
        cpu[k]! += u.user + u.system;
        c = process.cpuUsage();
      }
    }
    const n = asm.toOutput(d).sentences.length;
    if (timed) {
      const u = process.cpuUsage(c);
      cpu[names.length - 1]! += u.user + u.system;
    }
    return n;
  };
  return { names, cpu, one };
}

const a = await load(other);
const b = await load(root);
let sentences = 0;
for (let r = 0; r < warmup + rounds; r++) {
  const timed = r >= warmup;
  for (let i = 0; i < texts.length; i++) {
    const [first, second] = (i + r) % 2 === 0 ? [a, b] : [b, a];
    const n = first.one(i, timed);
    second.one(i, timed);
    if (timed) sentences += n;
  }
}
const ms = (us: number): string => (us / 1000 / rounds).toFixed(1).padStart(8);
process.stdout.write(
  `${texts.length} documents, ${sentences / rounds} sentences a round, one document at a time, ${rounds} rounds after ${warmup} warm-up rounds\n`,
);
process.stdout.write(`${'stage'.padEnd(12)} ${'other'.padStart(8)} ${'this'.padStart(8)}  this/other (ms/round CPU)\n`);
let ta = 0;
let tb = 0;
b.names.forEach((name, k) => {
  const k2 = a.names.indexOf(name);
  const x = k2 < 0 ? 0 : a.cpu[k2]!;
  const y = b.cpu[k]!;
  ta += x;
  tb += y;
  process.stdout.write(`${name.padEnd(12)} ${ms(x)} ${ms(y)}  ${x > 0 ? (y / x).toFixed(3) : '-'}\n`);
});
const rate = (us: number): string => ((sentences / us) * 1e6).toFixed(0);
process.stdout.write(
  `${'total'.padEnd(12)} ${ms(ta)} ${ms(tb)}  ${(tb / ta).toFixed(3)}; sentences per CPU-second: other ${rate(ta)}, this ${rate(tb)}\n`,
);
