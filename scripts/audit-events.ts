/**
 * A precision audit of event coding on news that was never used to tune events: the GeoWebNews
 * articles (geo/GWN.xml), TimeBank/AQUAINT (tempeval3) and MEANTIME (meantime; text rebuilt from
 * its tokens). Codes them with the default pipeline, samples events with a fixed seed and prints
 * each one explained (type, CAMEO, status, actor → recipient, trigger, rules, sentence), for a
 * reader to judge by hand against the PLOVER manual.
 *
 *   npx tsx scripts/audit-events.ts [--n 150] [--seed 8] [--docs 400] [--type ASSAULT] [--tally]
 *     --n      events to sample (default 150)
 *     --seed   sampling seed (default 8); the same seed and tree give the same sample
 *     --docs   documents per corpus at most (default 400)
 *     --type   sample only events of this PLOVER type
 *     --word   sample only events whose trigger text contains this word (lower case)
 *     --status sample only events of this status (asserted, historical, intended, hypothetical, negated, …)
 *     --tally  print counts by type and by trigger word instead of the sample
 *     --check FILE  read an earlier sample's output and say, per sampled event, whether the same
 *              trigger is still coded with the same type (same), another type (changed) or not at all (gone)
 *
 * Reads $DYAD_CORPORA (default ../shared/corpora) through the referee's `input` command for geo
 * and timex; MEANTIME directly.
 */
import { readFileSync } from 'node:fs';
import type { Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';
import { explainEvent } from '../src/pipeline/events/explain.js';
import { readBytes } from '../src/pipeline/ingest/index.js';
import type { Event } from '../src/schema/output.js';
import { auditInputs, opt, rng } from './audit-corpus.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

async function main(): Promise<void> {
  const n = Number(opt('n', '150'));
  const seed = Number(opt('seed', '8'));
  const type = opt('type', '');
  const pipe = defaultPipeline();
  const ctx = await loadContext();
  const events: { doc: string; e: Event }[] = [];
  let docs = 0;
  let batch: Document[] = [];
  const flush = (): void => {
    for (const d of pipe.runBatch(batch, ctx)) {
      const o = toOutput(d);
      for (const e of o.events ?? []) events.push({ doc: o.id, e });
    }
    docs += batch.length;
    batch = [];
  };
  for (const item of readBytes(auditInputs(Number(opt('docs', '400'))), 'audit.jsonl', 'jsonl', {
    maxBytes: 1 << 30,
  })) {
    if ('error' in item) continue;
    batch.push(item.doc);
    if (batch.length >= 64) flush();
  }
  flush();
  const word = opt('word', '');
  const status = opt('status', '');
  const pool = events.filter(
    (x) =>
      (!type || x.e.event === type) &&
      (!word || x.e.eventText.toLowerCase().includes(word)) &&
      (!status || x.e.status === status),
  );
  const only = [type, status].filter(Boolean).join(' ');
  process.stdout.write(`${docs} documents, ${events.length} events${only ? `, ${pool.length} ${only}` : ''}\n`);
  if (process.argv.includes('--tally')) {
    const count = (f: (e: Event) => string): string =>
      [...pool.reduce((m, { e }) => m.set(f(e), (m.get(f(e)) ?? 0) + 1), new Map<string, number>())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 60)
        .map(([k, v]) => `${v}\t${k}`)
        .join('\n');
    process.stdout.write(
      `\nby type\n${count((e) => e.event)}\n\nby trigger\n${count((e) => `${e.event} ${e.eventText.toLowerCase()}`)}\n`,
    );
    return;
  }
  const check = opt('check', '');
  if (check) {
    const key = (doc: string, start: number) => `${doc}@${start}`;
    const now = new Map<string, string[]>();
    for (const { doc, e } of events)
      now.set(key(doc, e.trigger.start), [...(now.get(key(doc, e.trigger.start)) ?? []), e.event]);
    const old = readFileSync(check, 'utf8').split('\n#').slice(1);
    for (const block of old) {
      const num = /^(\d+) (\S+)/.exec(block);
      const head = /\n\S+\s+([A-Z]+)/.exec(block);
      const at = /at (\d+)-\d+, sentence/.exec(block);
      if (!num || !head || !at) continue;
      const types = now.get(key(num[2] ?? '', Number(at[1]))) ?? [];
      const verdict = types.includes(head[1] ?? '') ? 'same' : types.length ? `changed ${types.join('/')}` : 'gone';
      process.stdout.write(`#${num[1]} ${head[1]} ${verdict}\n`);
    }
    return;
  }
  const r = rng(seed);
  const idx = pool.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
  }
  idx.slice(0, n).forEach((i, k) => {
    const x = pool[i];
    if (x) process.stdout.write(`\n#${k + 1} ${x.doc}\n${explainEvent(x.e)}\n`);
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`audit-events: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
