/**
 * CLI start-up benchmark (npm run bench:cli): what one `dyad code <article>` call costs a user,
 * start-up included. Each run is a fresh process (bin/dyad.mjs, through tsx) coding the reference
 * article to /dev/null, started from bash so that bash's `times` reports the process's CPU.
 * Prints wall-clock and user+system CPU seconds per run, then the medians.
 * Options (env): BENCH_RUNS (default 5), BENCH_INPUT (default examples/voa-russia-is-afghanistan.txt).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { helpIfAsked } from '../scripts/help.js';

helpIfAsked(import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const input = process.env.BENCH_INPUT ?? 'examples/voa-russia-is-afghanistan.txt';

/** Seconds in bash's `times` notation ("0m1.234s"). */
const seconds = (t: string): number => {
  const m = t.match(/(\d+)m([\d.]+)s/);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

/** One `dyad code` process: wall-clock seconds and the CPU seconds bash's `times` gives its children. */
function once(): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    'bash',
    ['-c', `"${process.execPath}" bin/dyad.mjs code "$1" --out /dev/null && times`, 'bench', input],
    { cwd: root, encoding: 'utf8' },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`dyad code ${input} failed (exit ${r.status}): ${r.stderr}`);
  // `times` prints the shell's own user/system times, then its children's
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const [user = '', sys = ''] = children.split(/\s+/);
  return { wall, cpu: seconds(user) + seconds(sys) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

console.log(`dyad code ${input}: ${runs} fresh processes`);
const walls: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < runs; i++) {
  const { wall, cpu } = once();
  walls.push(wall);
  cpus.push(cpu);
  console.log(`  run ${i + 1}: ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} CPU-s`);
}
console.log(`median: ${median(walls).toFixed(2)} s wall, ${median(cpus).toFixed(2)} CPU-s per call`);
