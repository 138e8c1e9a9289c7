/**
 * Quote diagnostics: after `npm run eval -- polnear`, lists the PolNeAR attributions dyad missed and the
 * quotes it found that match none, so a missing cue, a wrong speaker or a bad content boundary can be
 * traced to its sentence.
 *
 *   npx tsx scripts/diag-quotes.ts [source|content] [doc-filter] [--set train|dev] [--pred file.jsonl] [--context]
 *       per document: "MISS" gold attributions (source, cue, content) with no matching predicted span,
 *       "FP" predicted spans matching no gold one (from quotes, claims or events with attributedTo);
 *       then counts of missed attributions by cue word and of false quotes by cue word; --context adds
 *       the text around each (its spans in [[…]]).
 *
 * Reads polnear/<set> (default dev) under $DYAD_CORPORA (default ../shared/corpora) and the predictions
 * (default .eval/polnear.out.jsonl; for train, first `npm run eval -- polnear $DYAD_CORPORA/polnear/train`).
 * Matching follows the referee: word tokens shared are at least half of the shorter span, one to one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

type Span = { start: number; end: number };
interface Unit {
  readonly kind: string;
  readonly src: (Span | null)[];
  readonly content: (Span | null)[];
  readonly cue: Span | null;
}
const list = <T>(x: T | T[] | null | undefined): T[] => (Array.isArray(x) ? x : x ? [x] : []);
const spanOf = (x: unknown): Span | null => {
  const s = x as Partial<Span> | null;
  return s && typeof s.start === 'number' && typeof s.end === 'number' && s.end > s.start
    ? { start: s.start, end: s.end }
    : null;
};

function goldDocs(dir: string) {
  const ann = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      const a = ann.find((x) => x.replace(/_[0-9a-f]{4}\.ann$/, '') === id);
      const T = new Map<string, Span[]>();
      const E: Record<string, string>[] = [];
      for (const line of a ? readFileSync(join(dir, 'attributions', a), 'utf8').split('\n') : []) {
        const [tid = '', body] = line.split('\t');
        if (!body) continue;
        if (tid.startsWith('T'))
          T.set(
            tid,
            body
              .split(' ')
              .slice(1)
              .join(' ')
              .split(';')
              .map((p) => {
                const [s = 0, e = 0] = p.split(' ').map(Number);
                return { start: s, end: e };
              }),
          );
        if (tid.startsWith('E'))
          E.push(
            Object.fromEntries(
              body
                .trim()
                .split(' ')
                .map((x) => x.split(':')),
            ),
          );
      }
      const atts = E.map((r) => ({
        source: T.get(r.Source ?? '') ?? [],
        cue: T.get(r.Cue ?? '') ?? [],
        content: Object.keys(r)
          .filter((k) => k.startsWith('Content'))
          .flatMap((k) => T.get(r[k] ?? '') ?? []),
      }));
      return { id, text, atts };
    });
}

/** The referee's predicted attributions: quotes, claims, and events with attributedTo. */
function predUnits(d: Record<string, unknown>): Unit[] {
  const text = String(d.text ?? '');
  const find = (s: unknown, near = 0): Span | null => {
    if (typeof s !== 'string' || !s) return null;
    let best = -1;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
      if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    return best < 0 ? null : { start: best, end: best + s.length };
  };
  type Ref = { actorText?: string; name?: string } | null;
  const refSpan = (r: Ref, near = 0) => spanOf(r) ?? find(r?.actorText ?? r?.name, near);
  const sentences = list(d.sentences as unknown[]);
  const sentOf = (e: { sentence?: number; text?: string } | undefined) =>
    e ? (spanOf(sentences[e.sentence ?? -1]) ?? find(e.text)) : null;
  const units: Unit[] = [];
  for (const q of list(d.quotes as Record<string, unknown>[])) {
    const content = spanOf(q.content);
    units.push({
      kind: 'quote',
      src: [refSpan(q.speaker as Ref, content?.start)],
      content: [content],
      cue: spanOf(q.cue),
    });
  }
  const events = list(d.events as Record<string, unknown>[]);
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const k of list(d.claims as Record<string, unknown>[])) {
    const claimant = list(k.claimant as Ref[]);
    const content =
      find(k.proposition, refSpan(claimant[0] ?? null)?.start) ??
      sentOf(list(k.events as string[]).map((i) => byId.get(i))[0] as { sentence?: number } | undefined);
    units.push({ kind: 'claim', src: claimant.map((r) => refSpan(r, content?.start)), content: [content], cue: null });
  }
  for (const e of events.filter((x) => x.attributedTo)) {
    const content = sentOf(e as { sentence?: number; text?: string });
    units.push({ kind: 'event', src: [refSpan(e.attributedTo as Ref, content?.start)], content: [content], cue: null });
  }
  return units;
}

/** The value after option `name` (removed from argv with it), or undefined. */
function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv.splice(i, 2)[1];
}

function main(argv: string[]): void {
  const set = option(argv, '--set') ?? 'dev';
  const root = resolve(import.meta.dirname, '..');
  const predFile = option(argv, '--pred') ?? join(root, '.eval', 'polnear.out.jsonl');
  const field = argv[0] === 'content' ? 'content' : 'source';
  const context = argv.includes('--context');
  if (context) argv.splice(argv.indexOf('--context'), 1);
  const filter = argv[1] ?? '';
  const pred = new Map(
    readFileSync(predFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((d) => [String(d.id), d]),
  );
  const missByCue = new Map<string, number>();
  const fpByCue = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const g of goldDocs(join(corporaDir(), 'polnear', set))) {
    if (filter && !g.id.includes(filter)) continue;
    const toks = [...g.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const tok = (spans: (Span | null)[]) =>
      new Set(toks.flatMap(([a = 0, b = 0], i) => (spans.some((s) => s && a < s.end && s.start < b) ? [i] : [])));
    const match = (a: Set<number>, b: Set<number>) => {
      let n = 0;
      for (const x of a) n += b.has(x) ? 1 : 0;
      return n > 0 && n >= 0.5 * Math.min(a.size, b.size);
    };
    const show = (spans: (Span | null)[]) =>
      spans
        .filter((s): s is Span => Boolean(s))
        .map((s) => g.text.slice(s.start, s.end))
        .join(' … ')
        .replace(/\s+/g, ' ')
        .slice(0, 140);
    // "--context": the text around the spans, the spans themselves in [[…]]
    const around = (spans: (Span | null)[]): string => {
      const ss = spans.filter((s): s is Span => Boolean(s)).sort((a, b) => a.start - b.start);
      const first = ss[0];
      if (!context || !first) return '';
      const from = Math.max(0, first.start - 120);
      const to = Math.min(g.text.length, Math.max(...ss.map((s) => s.end)) + 120);
      let out = '';
      let at = from;
      for (const s of ss) {
        if (s.start < at) continue;
        out += `${g.text.slice(at, s.start)}[[${g.text.slice(s.start, s.end)}]]`;
        at = s.end;
      }
      return `\n      ctx: …${(out + g.text.slice(at, to)).replace(/\s+/g, ' ')}…`;
    };
    const keyOf = (x: Set<number>) => [...x].sort((a, b) => a - b).join(',');
    // as the referee: a source span counts once however many attributions it has
    const seen = new Set<string>();
    const gold = g.atts
      .map((a) => ({ ...a, set: tok(field === 'source' ? a.source : a.content) }))
      .filter((a) => {
        const k = keyOf(a.set);
        if (!a.set.size || (field === 'source' && seen.has(k))) return false;
        seen.add(k);
        return true;
      });
    const units = predUnits(pred.get(g.id) ?? {}).map((u) => ({
      ...u,
      set: tok(field === 'source' ? u.src : u.content),
    }));
    const used = new Set<number>();
    const lines: string[] = [];
    for (const a of gold) {
      const j = units.findIndex((u, k) => !used.has(k) && u.set.size > 0 && match(a.set, u.set));
      if (j >= 0) used.add(j);
      else {
        bump(missByCue, show(a.cue).toLowerCase());
        // what dyad found at the gold cue, if anything: a wrong span rather than a missed attribution
        const at = units.find(
          (u) => u.cue && a.cue.some((c) => c.start < (u.cue?.end ?? 0) && (u.cue?.start ?? 0) < c.end),
        );
        const found = at ? ` ~ found src«${show(at.src)}» content«${show(at.content)}»` : ' ~ none';
        lines.push(
          `  MISS src«${show(a.source)}» cue«${show(a.cue)}» content«${show(a.content)}»${found}${around([...a.source, ...a.cue, ...a.content])}`,
        );
      }
    }
    units.forEach((u, k) => {
      if (used.has(k) || !u.set.size) return;
      const cue = u.cue ? g.text.slice(u.cue.start, u.cue.end) : '';
      if (u.kind === 'quote') bump(fpByCue, cue.toLowerCase());
      lines.push(
        `  FP[${u.kind}] src«${show(u.src)}» cue«${cue}» content«${show(u.content)}»${around([...u.src, u.cue, ...u.content])}`,
      );
    });
    if (lines.length) process.stdout.write(`\n=== ${g.id}\n${lines.join('\n')}\n`);
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, n]) => `${n} ${k || '(none)'}`)
      .join(', ');
  process.stdout.write(`\nmissed ${field} by cue: ${top(missByCue)}\nfalse quotes by cue: ${top(fpByCue)}\n`);
}

main(process.argv.slice(2));
