#!/usr/bin/env node
// Runs every *.test.ts beside the code (src/, scripts/, bench/, test/) with Node's test runner
// through tsx. Arguments narrow the run to files whose path contains one of them.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src', 'scripts', 'bench', 'test'];
const files = [];
const walk = (d) => {
  let names;
  try {
    names = readdirSync(d);
  } catch {
    return;
  }
  for (const n of names.sort()) {
    if (n === 'node_modules' || n.startsWith('.')) continue;
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.test.ts')) files.push(p);
  }
};
roots.forEach(walk);
const filters = process.argv.slice(2);
const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...chosen], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
