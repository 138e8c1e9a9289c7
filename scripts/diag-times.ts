/**
 * Time-expression diagnostics: after `npm run eval -- timex`, lists the TIMEX3 values dyad got wrong and
 * the gold expressions whose span it found only in part (strict misses), so each can be traced to a cause
 * (anchor, tense, granularity, duration, SET, span edge).
 *
 *   npx tsx scripts/diag-times.ts [values|spans|missed|false|all|matches] [doc-filter] [--gold dir] [--pred file.jsonl]
 *                                 [--match regex]
 *       values  gold vs predicted value on every overlap match whose value differs (default)
 *       matches every overlap match, right or wrong ("ok"/"WRONG"), with the sentence before it;
 *               with --match, only those whose gold text or either value matches the regex (case-insensitive)
 *       spans   overlap matches whose edges differ (strict misses), with the words added or lost
 *       missed  gold expressions no predicted span overlaps
 *       false   predicted expressions overlapping no gold one
 *       then a tally of the wrong values by a rough cause and of span differences by edge word.
 *
 * Reads tempeval3/TBAQ-cleaned under $DYAD_CORPORA (default ../shared/corpora) and the predictions
 * (default .eval/timex.out.jsonl). Matching follows the referee (referee-more.mjs, timex): first exact
 * spans one to one, then overlapping ones; values compared trimmed, upper-cased, week numbers padded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

interface Span {
  start: number;
  end: number;
}
interface GoldTime extends Span {
  value: string;
  type: string;
}
interface PredTime extends Span {
  value?: string;
  type?: string;
}
interface GoldDoc {
  id: string;
  text: string;
  dct: string;
  times: GoldTime[];
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, x: string) =>
    x[0] !== '#'
      ? (ENT[x] ?? m)
      : String.fromCodePoint(x[1] === 'x' || x[1] === 'X' ? Number.parseInt(x.slice(2), 16) : Number(x.slice(1))),
  );
const attrsOf = (s: string): Record<string, string> =>
  Object.fromEntries([...s.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', decode(a[2] ?? '')]));

/** The text without tags, and the TIMEX3 elements' offsets in it (as the referee strips them). */
function stripTimex(s: string): { text: string; found: GoldTime[] } {
  let text = '';
  let last = 0;
  const found: GoldTime[] = [];
  const open: { start: number; attrs: Record<string, string> }[] = [];
  for (const m of s.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>/g)) {
    text += decode(s.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1]) {
      const o = open.pop();
      if (o) found.push({ start: o.start, end: text.length, value: o.attrs.value ?? '', type: o.attrs.type ?? '' });
    } else if (!m[4]) open.push({ start: text.length, attrs: attrsOf(m[3] ?? '') });
  }
  text += decode(s.slice(last));
  return { text, found: found.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start) };
}

function goldDocs(dir: string): GoldDoc[] {
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.tml') ? [join(d, f)] : []));
  return walk(dir).map((f) => {
    const x = readFileSync(f, 'utf8');
    const dct = (/<DCT>[\s\S]*?value="([^"]+)"/.exec(x) ?? [])[1] ?? '';
    const { text, found } = stripTimex((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(x) ?? [])[1] ?? '');
    return { id: basename(f, '.tml'), text, dct, times: found };
  });
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
const tval = (v: string | undefined): string =>
  String(v ?? '')
    .trim()
    .toUpperCase()
    .replace(/-W(\d)(?!\d)/, '-W0$1');

/** One-to-one pairs, each test in turn over the golds still unpaired (the referee's pairUp). */
function pairUp(golds: Span[], preds: Span[], ...tests: ((g: Span, p: Span) => boolean)[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const t of tests)
    golds.forEach((g, i) => {
      if (pairs.has(i)) return;
      const j = preds.findIndex((p, k) => !used.has(k) && t(g, p));
      if (j >= 0) {
        pairs.set(i, j);
        used.add(j);
      }
    });
  return pairs;
}

/** A rough cause of a wrong value, from the shapes of the two values. */
function valueCause(gold: string, pred: string): string {
  const g = tval(gold);
  const p = tval(pred);
  if (!p) return 'no value';
  const shape = (v: string): string =>
    /^P/.test(v)
      ? 'duration'
      : /^R|^XXXX-XX-XXT|^XXXX-WXX/.test(v)
        ? 'set'
        : /_REF$/.test(v)
          ? 'ref'
          : /^\d{4}-W\d\d/.test(v)
            ? 'week'
            : /^\d{4}-Q\d/.test(v)
              ? 'quarter'
              : /^\d{4}-\d\d-\d\dT/.test(v)
                ? 'time'
                : /^\d{4}-\d\d-\d\d$/.test(v)
                  ? 'day'
                  : /^\d{4}-\d\d$/.test(v)
                    ? 'month'
                    : /^\d{4}$/.test(v)
                      ? 'year'
                      : /^\d{3}$/.test(v)
                        ? 'decade'
                        : /^\d{4}-(SP|SU|FA|WI|H\d)/.test(v)
                          ? 'season/half'
                          : /^FY/.test(v)
                            ? 'fiscal'
                            : 'other';
  const gs = shape(g);
  const ps = shape(p);
  if (gs !== ps) return `granularity ${gs} vs ${ps}`;
  if (gs === 'duration') return 'duration amount/unit';
  if (gs === 'day' || gs === 'month' || gs === 'year' || gs === 'week' || gs === 'quarter') {
    const dy = Number(g.slice(0, 4)) - Number(p.slice(0, 4));
    if (dy !== 0 && g.slice(4) === p.slice(4)) return `${gs}: year off by ${dy}`;
    return `${gs}: anchor/offset`;
  }
  return `${gs}: differs`;
}

function main(argv: string[]): void {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const mode = positional[0] ?? 'values';
  const filter = positional[1];
  const matchRe = opt('--match') ? new RegExp(opt('--match') ?? '', 'i') : null;
  const gold = goldDocs(resolve(opt('--gold') ?? join(corporaDir(), 'tempeval3', 'TBAQ-cleaned')));
  const predPath = resolve(opt('--pred') ?? '.eval/timex.out.jsonl');
  const pred = new Map<string, { times?: PredTime[] }>();
  for (const line of readFileSync(predPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; times?: PredTime[] };
    pred.set(String(d.id), d);
  }
  const causes = new Map<string, number>();
  const edges = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  const show = (m: string): boolean => mode === 'all' || mode === m;
  for (const g of gold) {
    if (filter && !g.id.includes(filter)) continue;
    const P = (pred.get(g.id)?.times ?? []).filter((t) => typeof t.start === 'number' && t.end > t.start);
    const pairs = pairUp(g.times, P, same, overlap);
    const ctx = (s: Span): string =>
      `${g.text.slice(Math.max(0, s.start - 50), s.start)}[${g.text.slice(s.start, s.end)}]${g.text.slice(s.end, s.end + 30)}`.replace(
        /\s+/g,
        ' ',
      );
    const out: string[] = [];
    g.times.forEach((t, i) => {
      const j = pairs.get(i);
      const p = j === undefined ? undefined : P[j];
      if (!p) {
        bump(edges, 'missed');
        if (show('missed')) out.push(`MISS ${t.type} ${t.value}  ${ctx(t)}`);
        return;
      }
      if (mode === 'matches') {
        const gt = g.text.slice(t.start, t.end);
        if (!matchRe || matchRe.test(gt) || matchRe.test(t.value) || matchRe.test(p.value ?? '')) {
          const sentence =
            g.text
              .slice(Math.max(0, t.start - 160), t.start)
              .split(/(?<=[.!?])\s+(?=[A-Z])/)
              .pop() ?? '';
          const ok = tval(t.value) === tval(p.value) ? 'ok   ' : 'WRONG';
          out.push(
            `${ok} gold ${t.value} pred ${p.value}  ${`${sentence}[${gt}]${g.text.slice(t.end, t.end + 40)}`.replace(/\s+/g, ' ')}`,
          );
        }
      }
      if (tval(t.value) !== tval(p.value)) {
        const c = valueCause(t.value, p.value ?? '');
        bump(causes, c);
        if (show('values')) out.push(`VALUE gold ${t.value} pred ${p.value} (${c})  ${ctx(t)}`);
      }
      if (!same(t, p)) {
        const g0 = g.text.slice(t.start, t.end);
        const p0 = g.text.slice(p.start, p.end);
        const edge =
          p.start < t.start
            ? `+${g.text.slice(p.start, t.start).trim().split(/\s+/)[0]?.toLowerCase()} before`
            : p.start > t.start
              ? `-${g.text.slice(t.start, p.start).trim().split(/\s+/)[0]?.toLowerCase()} before`
              : p.end > t.end
                ? `+${g.text.slice(t.end, p.end).trim().split(/\s+/).pop()?.toLowerCase()} after`
                : `-${g.text.slice(p.end, t.end).trim().split(/\s+/).pop()?.toLowerCase()} after`;
        bump(edges, edge);
        if (show('spans')) out.push(`SPAN gold "${g0}" pred "${p0}" (${edge})  ${ctx(t)}`);
      }
    });
    const paired = new Set(pairs.values());
    P.forEach((p, j) => {
      if (paired.has(j)) return;
      bump(edges, 'false');
      if (show('false')) out.push(`FALSE ${p.type} ${p.value}  ${ctx(p)}`);
    });
    if (out.length) process.stdout.write(`# ${g.id} (DCT ${g.dct})\n${out.join('\n')}\n`);
  }
  const tally = (title: string, m: Map<string, number>): void => {
    process.stdout.write(`\n${title}\n`);
    for (const [k, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 40))
      process.stdout.write(`${String(n).padStart(5)}  ${k}\n`);
  };
  tally('wrong values by cause', causes);
  tally('span differences by edge word (and missed/false counts)', edges);
}

main(process.argv.slice(2));
