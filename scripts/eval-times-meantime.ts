/**
 * A second, held-out check of the times stage: the MEANTIME corpus (English Wikinews, NAF/CAT
 * XML with TIMEX3 markables over tokens), scored like the referee's timex kind (relaxed
 * overlap matching, value accuracy on matches). The text is rebuilt from the tokens with
 * ordinary spacing; the document creation time is the reference date. MEANTIME annotates only
 * the title and first sentences of each article, so only that part is scored. Strict F1 counts
 * predicted spans identical to a gold one (one to one), as the referee's strict score does.
 *
 *   npx tsx scripts/eval-times-meantime.ts [dir]   (default $DYAD_CORPORA/meantime)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../src/core/document.js';
import { emptyContext, pipeline } from '../src/core/pipeline.js';
import { segmentStage } from '../src/pipeline/segment/index.js';
import { timesStage } from '../src/pipeline/times/index.js';
import { helpIfAsked } from './help.js';
import { decodeXmlEntities } from './xml-entities.js';

helpIfAsked(import.meta.url);

interface GoldTime {
  start: number;
  end: number;
  value: string;
  type: string;
  text: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const decode = decodeXmlEntities;
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** One file writes its dates day first ("03-02-2009" for 3 February 2009): to ISO 8601. */
const isoDay = (v: string): string => v.replace(/^(\d\d)-(\d\d)-(\d{4})$/, '$3-$2-$1');

/** Text, token offsets, gold times and creation date of one MEANTIME file. */
function readDoc(path: string): { text: string; published: string | null; times: GoldTime[]; annotatedEnd: number } {
  const xml = readFileSync(path, 'utf8');
  const offsets = new Map<string, { start: number; end: number }>();
  const sentenceOf = new Map<string, number>();
  let text = '';
  let sentence = '';
  let prev = '';
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([\s\S]*?)<\/token>/g)) {
    const word = decode(m[3] ?? '');
    if (text && m[1] !== sentence) text += '\n';
    else if (text && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev)) text += ' ';
    sentence = m[1] ?? '';
    offsets.set(m[2] ?? '', { start: text.length, end: text.length + word.length });
    sentenceOf.set(m[2] ?? '', Number(m[1]));
    text += word;
    prev = word;
  }
  // the annotated part: up to the last sentence any markable touches
  const markables = xml.slice(xml.indexOf('<Markables'));
  let lastAnnotated = -1;
  for (const a of markables.matchAll(/t_id="(\d+)"/g))
    lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(a[1] ?? '') ?? -1);
  const annotatedEnd = [...offsets.entries()]
    .filter(([id]) => (sentenceOf.get(id) ?? 0) <= lastAnnotated)
    .reduce((e, [, o]) => Math.max(e, o.end), 0);
  let published: string | null = null;
  const times: GoldTime[] = [];
  for (const m of xml.matchAll(/<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
    const attrs = m[1] ?? '';
    const value = isoDay(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const type = /type="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (/CREATION_TIME/.test(attrs)) published = value.slice(0, 10);
    const spans = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)]
      .map((a) => offsets.get(a[1] ?? ''))
      .filter((x) => x !== undefined);
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!first || !last) continue;
    times.push({ start: first.start, end: last.end, value, type, text: text.slice(first.start, last.end) });
  }
  return { text, published, times, annotatedEnd };
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : f.endsWith('.xml') ? [p] : [];
    });
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

export function evalMeantime(dir: string, verbose = false): string {
  const pipe = pipeline([segmentStage, timesStage]);
  const ctx = emptyContext();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let value = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const path of files(dir)) {
    const gold = readDoc(path);
    const doc = pipe.run(createDocument(path, gold.text, gold.published ? { published: gold.published } : {}), ctx);
    const pred = (doc.layers.times ?? []).filter((t) => t.start < gold.annotatedEnd);
    // strict: the same span, one to one (as the referee's strict F1)
    const same = new Set<number>();
    for (const g of gold.times) {
      const j = pred.findIndex((p, k) => !same.has(k) && p.start === g.start && p.end === g.end);
      if (j >= 0) same.add(j);
    }
    exact += same.size;
    const used = new Set<number>();
    for (const g of gold.times) {
      const j = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
      if (j < 0) {
        fn++;
        if (verbose) misses.push(`MISS  ${g.text}  ${g.value}`);
        continue;
      }
      used.add(j);
      tp++;
      const p = pred[j];
      if (verbose && p && (p.start !== g.start || p.end !== g.end))
        misses.push(`SPAN  gold "${g.text}"  dyad "${p.text}"`);
      if (p && p.value.toUpperCase() === g.value.toUpperCase()) value++;
      else if (verbose && p) misses.push(`VALUE ${g.text}  gold ${g.value}  dyad ${p.value} (${gold.published})`);
    }
    fp += pred.length - used.size;
    if (verbose) {
      pred.forEach((p, k) => {
        if (!used.has(k)) misses.push(`EXTRA ${p.text}  ${p.value}`);
      });
    }
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const goldN = tp + fn;
  const predN = tp + fp;
  const strict = exact ? (2 * exact) / (goldN + predN) : 0;
  const lines = verbose ? [...misses, ''] : [];
  lines.push(
    `meantime timex: relaxed F1 ${pct(F)} (P ${pct(P)} R ${pct(R)}); value accuracy ${pct(value / Math.max(1, tp))} on ${tp} matches; ${goldN} gold; strict F1 ${pct(strict)}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpora = resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora'));
  const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? join(corpora, 'meantime');
  process.stdout.write(`${evalMeantime(dir, process.argv.includes('--verbose'))}\n`);
}
