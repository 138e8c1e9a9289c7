/**
 * The unseen-news corpora the hand audits read (audit-events.ts samples events, audit-recall.ts
 * sentences): GeoWebNews and TimeBank/AQUAINT through the referee's `input` command, MEANTIME
 * directly (its text rebuilt from tokens). Also the small seeded generator and option reader
 * both audits use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, refereePath } from './eval.js';
import { decodeXmlEntities } from './xml-entities.js';

/** The value after `--name` on the command line, else `dflt`. */
export const opt = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
export function rng(seed: number): () => number {
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
export function meantimeLine(path: string): string {
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

/** The audit's input: at most `maxDocs` documents per corpus, one JSON line each. */
export function auditInputs(maxDocs: number): Buffer {
  const dir = corporaDir();
  const parts: string[] = [];
  const referee = refereePath();
  for (const [kind, gold] of [
    ['geo', 'geo/GWN.xml'],
    ['timex', 'tempeval3/TBAQ-cleaned'],
  ] as const) {
    const p = join(dir, gold);
    if (!existsSync(p)) continue;
    const out = execFileSync(process.execPath, [referee, 'input', kind, p], { maxBuffer: 1 << 30 }).toString();
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
