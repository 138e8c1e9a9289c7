/**
 * A recall audit of event coding on unseen news: the same corpora as audit-events.ts (GeoWebNews,
 * TimeBank/AQUAINT, MEANTIME), but it samples SENTENCES, not events. Each sampled sentence is
 * printed with the actor mentions dyad found in it and the events it coded (type, status,
 * actor → recipient, trigger), so a reader can write down the events a careful analyst would code
 * and see which ones dyad missed, and why (no mention for a party, no trigger, wrong code …).
 *
 *   npx tsx scripts/audit-recall.ts [--n 60] [--seed 2718] [--docs 400] [--min 40]
 *     --n      sentences to sample (default 60)
 *     --seed   sampling seed (default 2718); the same seed and tree give the same sample
 *     --docs   documents per corpus at most (default 400)
 *     --min    shortest sentence, in characters, that may be sampled (default 40)
 *
 * Reads $DYAD_CORPORA (default ../shared/corpora) through the referee's `input` command for geo
 * and timex; MEANTIME directly.
 */
import { existsSync } from 'node:fs';
import type { Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';
import { readBytes } from '../src/pipeline/ingest/index.js';
import type { ActorRef } from '../src/schema/output.js';
import { auditInputs, opt, rng } from './audit-corpus.js';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

type Out = ReturnType<typeof toOutput>;

const party = (a: readonly ActorRef[]): string =>
  a.map((x) => `'${x.actorText}'${x.code ? ` ${x.code}` : ''}${x.sector ? ` ${x.sector}` : ''}`).join(' + ') || '-';

async function main(): Promise<void> {
  const n = Number(opt('n', '60'));
  const seed = Number(opt('seed', '2718'));
  const min = Number(opt('min', '40'));
  if (!existsSync(corporaDir())) throw new Error(`no corpora at ${corporaDir()} (set DYAD_CORPORA)`);
  const pipe = defaultPipeline();
  const ctx = await loadContext();
  const outs: Out[] = [];
  let batch: Document[] = [];
  const flush = (): void => {
    for (const d of pipe.runBatch(batch, ctx)) outs.push(toOutput(d));
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
  const pool: { o: Out; s: number }[] = [];
  for (const o of outs)
    (o.sentences ?? []).forEach((sp, s) => {
      if (sp.end - sp.start >= min) pool.push({ o, s });
    });
  const events = outs.reduce((k, o) => k + (o.events ?? []).length, 0);
  process.stdout.write(`${outs.length} documents, ${pool.length} sentences, ${events} events\n`);
  const r = rng(seed);
  const idx = pool.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
  }
  idx.slice(0, n).forEach((i, k) => {
    const x = pool[i];
    if (!x) return;
    const { o, s } = x;
    const sp = o.sentences?.[s];
    if (!sp) return;
    const inside = (a: { start: number }): boolean => a.start >= sp.start && a.start < sp.end;
    const mentions = (o.actors ?? []).filter(inside).map((a) => party([a]));
    const lines = [`\n#${k + 1} ${o.id} sentence ${s}`, o.text.slice(sp.start, sp.end).replace(/\s+/g, ' ')];
    lines.push(`  mentions: ${mentions.join(', ') || '-'}`);
    for (const e of (o.events ?? []).filter((e) => e.sentence === s))
      lines.push(`  ${e.event} [${e.status}] ${party(e.actor)} → ${party(e.recipient)}  ('${e.eventText}')`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`audit-recall: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
