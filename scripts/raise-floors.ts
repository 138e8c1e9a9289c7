/**
 * npm run floors [-- --dry-run]
 *
 * Raises the quality ratchet (test/floors.json) to the scores measured now: re-scores every
 * development set named there through the referee (as `npm run eval -- <kind>`), then sets each
 * floor to max(floor, score - margin) and each ceiling to min(ceiling, score + margin). Floors
 * only ever go up and ceilings only ever go down; a score already below its floor is reported
 * and leaves that floor alone (fix the regression instead). `--dry-run` prints without writing.
 * Options: --margin N (default 0.5 points).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

interface Floors {
  $comment?: string;
  floors: Record<string, Record<string, number>>;
  ceilings?: Record<string, Record<string, number>>;
}

const at = (obj: unknown, path: string): number => {
  let v: unknown = obj;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : Number.NaN;
};
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The new bound for one score: floors rise to score - margin, ceilings fall to score + margin. */
export function ratchet(kind: 'floor' | 'ceiling', bound: number, score: number, margin: number): number {
  if (!Number.isFinite(score)) return bound;
  return kind === 'floor' ? Math.max(bound, round1(score - margin)) : Math.min(bound, round1(score + margin));
}

async function main(argv: string[]): Promise<void> {
  const file = new URL('../test/floors.json', import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Floors;
  const mi = argv.indexOf('--margin');
  const margin = mi >= 0 ? Number(argv[mi + 1]) : 0.5;
  const ceilings = data.ceilings ?? {};
  const kinds = new Set([...Object.keys(data.floors), ...Object.keys(ceilings)]);
  for (const k of kinds) {
    const r = await runEval(k);
    process.stdout.write(`${r.summary}\n`);
    for (const [side, table] of [
      ['floor', data.floors[k] ?? {}],
      ['ceiling', ceilings[k] ?? {}],
    ] as const) {
      for (const [path, bound] of Object.entries(table)) {
        const got = at(r.result, path);
        const next = ratchet(side, bound, got, margin);
        const broken = side === 'floor' ? got < bound : got > bound;
        const note = broken ? `  ← ${side} broken: fix the regression` : next !== bound ? `  → ${next}` : '';
        process.stdout.write(`  ${k} ${path}: ${side} ${bound}, now ${got}${note}\n`);
        table[path] = next;
      }
    }
  }
  if (argv.includes('--dry-run')) return;
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${file.pathname}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
