#!/usr/bin/env node
// The npm registry mirror this project is developed against serves only the linux-x64 builds of
// packages that ship per-platform binaries (biome, duckdb), so `npm install` writes a lockfile
// without the other platforms' optional packages, and `npm ci` then refuses the lockfile as out of
// sync. This adds the missing optional entries (version only; npm skips them on other platforms).
// Run it after any `npm install` that changes package-lock.json; .ci/run runs it before `npm ci`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pk = lock.packages;
let added = 0;
for (const entry of Object.values(pk)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key]) continue;
    pk[key] = { version: String(range).replace(/^[\^~=]/, ''), optional: true, ...(entry.dev ? { dev: true } : {}) };
    added++;
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(`lock-platforms: ${added} optional platform entries added`);
