/**
 * `npx tsx scripts/snapshot-outputs.ts <out-dir> [--single] [kinds…]`: codes the development
 * sets' inputs (the referee's `input` of each kind, plus the reference article) with the default
 * pipeline and writes one JSONL file of contract documents per set into <out-dir>, so that a
 * change meant to keep outputs identical (a speed-up) can be checked byte for byte:
 *   npx tsx scripts/snapshot-outputs.ts tmp/before   # on the tree before the change
 *   npx tsx scripts/snapshot-outputs.ts tmp/after    # after it
 *   diff -r tmp/before tmp/after
 * Batches of 64 (as `dyad code` and the eval harness); `--single` codes one document at a time
 * (as `dyad serve`), whose outputs must be the same. The referee's inputs are cached in
 * .eval/inputs/. Corpora are found through DYAD_CORPORA (default ../shared/corpora).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';
import { readBytes } from '../src/pipeline/ingest/index.js';
import { corporaDir, DEFAULT_GOLD, refereePath } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--') && !(a in DEFAULT_GOLD));
if (!outDir) {
  process.stderr.write('usage: npx tsx scripts/snapshot-outputs.ts <out-dir> [--single] [kinds…]\n');
  process.exit(2);
}
const single = args.includes('--single');
const asked = args.filter((a) => a in DEFAULT_GOLD);
const kinds = asked.length > 0 ? asked : Object.keys(DEFAULT_GOLD);

/** The referee's input for a development set, cached (it depends only on the gold file). */
function input(kind: string): Buffer | null {
  const gold = join(corporaDir(), DEFAULT_GOLD[kind]!);
  if (!existsSync(gold) || !existsSync(refereePath())) return null;
  const cacheDir = join(root, '.eval', 'inputs');
  const cached = join(cacheDir, `${kind}.jsonl`);
  if (existsSync(cached)) return readFileSync(cached);
  const buf = execFileSync(process.execPath, [refereePath(), 'input', kind, gold], { maxBuffer: 1 << 30 });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, buf);
  return buf;
}

const pipe = defaultPipeline();
const ctx = await loadContext();
mkdirSync(resolve(outDir), { recursive: true });
const sets: [string, Buffer | null][] = kinds.map((k) => [k, input(k)]);
sets.push(['voa', readFileSync(join(root, 'examples', 'voa-russia-is-afghanistan.jsonl'))]);
for (const [kind, buf] of sets) {
  if (!buf) {
    process.stdout.write(`${kind}: corpus not found, skipped\n`);
    continue;
  }
  const t0 = performance.now();
  const lines: string[] = [];
  let batch: Document[] = [];
  const flush = (): void => {
    const docs = single ? batch.map((d) => pipe.run(d, ctx)) : pipe.runBatch(batch, ctx);
    for (const d of docs) lines.push(JSON.stringify(toOutput(d)));
    batch = [];
  };
  for (const item of readBytes(buf, `${kind}.jsonl`, 'jsonl', { maxBytes: 1 << 30 })) {
    if ('error' in item) continue;
    batch.push(item.doc);
    if (batch.length >= 64) flush();
  }
  flush();
  writeFileSync(join(resolve(outDir), `${kind}.jsonl`), `${lines.join('\n')}\n`);
  process.stdout.write(`${kind}: ${lines.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
