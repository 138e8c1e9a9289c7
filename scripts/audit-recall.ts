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
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/core/document.js';
import { toOutput } from '../src/pipeline/assemble/index.js';
import { defaultPipeline, loadContext } from '../src/pipeline/default.js';
import { readBytes } from '../src/pipeline/ingest/index.js';
import type { ActorRef } from '../src/schema/output.js';
import { corporaDir, refereePath } from './eval.js';
import { helpIfAsked } from './help.js';
import { decodeXmlEntities } from './xml-entities.js';

helpIfAsked(import.meta.url);

type Out = ReturnType<typeof toOutput>;

const opt = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One MEANTIME article as a JSON input line: tokens joined with ordinary spacing. */
function meantimeLine(path: string): string {
  const xml = readFileSync(path, 'utf8');
  const toks = [...xml.matchAll(/<token [^>]*>([^<]*)<\/token>/g)].map((m) => decodeXmlEntities(m[1] ?? ''));
  let text = '';
  for (const t of toks) {
    const glue = !text || /^[.,;:!?)'’%]|^n't$|^'s$/.test(t) || /[($]$/.test(text);
    text += glue ? t : ` ${t}`;
  }
  const id = `MT-${path
    .split('/')
    .pop()
    ?.replace(/\.xml$/, '')}`;
  return JSON.stringify({ id, text });
}

function inputs(maxDocs: number): Buffer {
  const dir = corporaDir();
  const parts: string[] = [];
  for (const [kind, gold] of [
    ['geo', 'geo/GWN.xml'],
    ['timex', 'tempeval3/TBAQ-cleaned'],
  ] as const) {
    const p = join(dir, gold);
    if (!existsSync(p)) continue;
    const out = execFileSync(process.execPath, [refereePath(), 'input', kind, p], { maxBuffer: 1 << 30 }).toString();
    parts.push(
      ...out
        .split('\n')
        .filter((l) => l.trim())
        .slice(0, maxDocs),
    );
  }
  const mt = join(dir, 'meantime');
  if (existsSync(mt)) {
    const files = readdirSync(mt)
      .map((d) => join(mt, d))
      .filter((d) => statSync(d).isDirectory())
      .flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.xml'))
          .map((f) => join(d, f)),
      )
      .sort()
      .slice(0, maxDocs);
    parts.push(...files.map(meantimeLine));
  }
  return Buffer.from(`${parts.join('\n')}\n`);
}

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
  for (const item of readBytes(inputs(Number(opt('docs', '400'))), 'audit.jsonl', 'jsonl', { maxBytes: 1 << 30 })) {
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
