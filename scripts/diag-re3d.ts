/**
 * Actor-mention diagnostics for re3d: after `npm run eval -- re3d`, lists the actor mentions dyad
 * reported that match no gold Person/Organisation/Nationality (FP) and the gold ones it missed (FN),
 * each with its context and a class, so a false-positive family can be traced to a rule.
 *
 *   npx tsx scripts/diag-re3d.ts [fp|fn|all] [class-filter] [doc-filter]
 *       per document: "FP[class kind]" predicted spans matching no gold actor, "FN[type]" gold actors
 *       with no predicted span; then counts of FP by class and by kind, FN by type, and the most
 *       frequent FP and FN texts.
 *
 * FP classes: pronoun; split (overlaps a gold actor another prediction took); low-confidence (overlaps
 * an actor annotated below 0.5); place (overlaps a Location); inside-<Type> (overlaps another entity
 * type: Weapon, MilitaryPlatform, DocumentReference …); elsewhere (the same words are a gold actor in
 * another place of the document); then by kind: nominal, name, title, demonym, metonym.
 *
 * Reads re3d under $DYAD_CORPORA (default ../shared/corpora) and .eval/re3d.out.jsonl. Matching follows
 * the referee: gold in order, each to the first unused overlapping prediction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const ACTOR = ['Person', 'Organisation', 'Nationality'];
interface Ent {
  readonly begin: number;
  readonly end: number;
  readonly type: string;
  readonly confidence?: number;
  readonly documentId: string;
  readonly value: string;
}
interface Pred {
  readonly start: number;
  readonly end: number;
  readonly kind?: string;
  readonly actorText?: string;
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function gold(dir: string) {
  const texts = new Map<string, string>();
  const ents = new Map<string, Ent[]>();
  for (const sub of readdirSync(dir)) {
    const d = join(dir, sub);
    if (!existsSync(join(d, 'documents.json'))) continue;
    for (const x of jsonl<{ _id: string; text: string }>(join(d, 'documents.json')))
      if (!texts.has(x._id)) texts.set(x._id, x.text);
    for (const e of jsonl<Ent>(join(d, 'entities.json'))) {
      const l = ents.get(e.documentId) ?? [];
      if (!l.some((y) => y.begin === e.begin && y.end === e.end && y.type === e.type)) l.push(e);
      ents.set(e.documentId, l);
    }
  }
  return { texts, ents };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function main(argv: string[]): void {
  const what = argv[0] ?? 'all';
  const classFilter = argv[1] ?? '';
  const docFilter = argv[2] ?? '';
  const root = resolve(import.meta.dirname, '..');
  const pred = new Map(
    jsonl<{ id: string; actors?: Pred[] }>(join(root, '.eval', 're3d.out.jsonl')).map((d) => [String(d.id), d]),
  );
  const { texts, ents } = gold(join(corporaDir(), 're3d'));
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const fpText = new Map<string, number>();
  const fnText = new Map<string, number>();
  const bumpIn = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const [id, text] of texts) {
    if (docFilter && !id.includes(docFilter)) continue;
    const all = (ents.get(id) ?? []).map((e) => ({ ...e, start: e.begin }));
    const seen = new Set<string>();
    const g = all.filter((e) => {
      const k = `${e.begin}:${e.end}`;
      if (!ACTOR.includes(e.type) || (e.confidence ?? 1) < 0.5 || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const p = (pred.get(id)?.actors ?? []).filter((x) => x.end > x.start);
    const used = new Map<number, number>();
    const lines: string[] = [];
    const ctx = (s: number, e: number) =>
      `${text.slice(Math.max(0, s - 50), s)}[${text.slice(s, e)}]${text.slice(e, e + 50)}`.replace(/\s+/g, ' ');
    g.forEach((x, gi) => {
      const i = p.findIndex((y, k) => !used.has(k) && overlap(x, y));
      if (i >= 0) used.set(i, gi);
      else {
        bump(`FN ${x.type}`);
        bumpIn(fnText, text.slice(x.begin, x.end).toLowerCase());
        if (what !== 'fp' && (!classFilter || x.type.includes(classFilter)))
          lines.push(`  FN[${x.type}] ${ctx(x.begin, x.end)}`);
      }
    });
    p.forEach((y, k) => {
      if (used.has(k)) return;
      const words = text.slice(y.start, y.end).toLowerCase();
      const cls =
        y.kind === 'pronoun'
          ? 'pronoun'
          : g.some((x) => overlap(x, y))
            ? 'split'
            : all.some((x) => ACTOR.includes(x.type) && overlap(x, y))
              ? 'low-confidence'
              : all.some((x) => x.type === 'Location' && overlap(x, y))
                ? 'place'
                : all.some((x) => overlap(x, y))
                  ? `inside-${all.find((x) => overlap(x, y))?.type}`
                  : g.some((x) => text.slice(x.begin, x.end).toLowerCase() === words)
                    ? 'elsewhere'
                    : (y.kind ?? 'unknown');
      bump(`FP ${cls}`);
      bump(`FP kind ${y.kind}`);
      bumpIn(fpText, words);
      if (what !== 'fn' && (!classFilter || cls.includes(classFilter)))
        lines.push(`  FP[${cls} ${y.kind}] ${ctx(y.start, y.end)}`);
    });
    if (lines.length) process.stdout.write(`\n=== ${id}\n${lines.join('\n')}\n`);
  }
  const top = (m: Map<string, number>, n = 40) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, c]) => `${c} ${k}`)
      .join(', ');
  process.stdout.write(
    `\n${[...counts]
      .sort()
      .map(([k, c]) => `${k}: ${c}`)
      .join('\n')}\ntop FP: ${top(fpText)}\ntop FN: ${top(fnText)}\n`,
  );
}

main(process.argv.slice(2));
