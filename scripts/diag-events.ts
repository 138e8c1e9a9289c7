/**
 * Event diagnostics: after `npm run eval -- plover-gsr` or `npm run eval -- petr2-gsr`, lists what
 * dyad coded beside the gold coding, so a wrong type or a false event can be traced to its word.
 *
 *   npx tsx scripts/diag-events.ts plover-gsr [filter]   one block per GSR record:
 *       [OK] hit, no other type; [HIT+FP] hit plus events of other types; [MISS+FP] other types only;
 *       [MISS] nothing coded. Lines: "+" an event of the gold type, "-" an event of another type.
 *       filter: a tag (MISS, FP, …) or a PLOVER type, to list only those records.
 *   npx tsx scripts/diag-events.ts args [cause]          one block per GSR record whose type dyad hit but whose
 *       actor/recipient it missed (type hit, full miss): gold codes and words beside each event of the gold type,
 *       tagged by cause — ACTOR/RECIP (wrong code), ACTOR-NONE/RECIP-NONE (we coded none); a closing tally.
 *       cause: list only records with that tag.
 *   npx tsx scripts/diag-events.ts petr2-gsr [fn]        one line per unmatched event (FP), marked TYPE
 *       when no gold coding of the sentence has its PLOVER type, ARGS when one has (actor or recipient
 *       missed); with "fn", the gold codings no event matched instead.
 *
 * Reads the gold sets under $DYAD_CORPORA (default ../shared/corpora) and dyad's output in .eval/.
 * Matching follows the referee's rules (negated events do not count; petr2: nor denied or hypothetical).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

interface Ref {
  readonly code?: string | null;
  readonly sector?: string | null;
  readonly actorText?: string | null;
}
interface Ev {
  readonly event: string;
  readonly cameo?: string | null;
  readonly status?: string;
  readonly eventText?: string;
  readonly actor: Ref[];
  readonly recipient: Ref[];
  readonly confidence?: number;
}
interface Doc {
  readonly id: string;
  readonly events?: Ev[];
}

/** Gold types of PLOVER 0.5 that the referee maps to the 2021 types. */
const OLD: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};
/** CAMEO country codes that differ from ISO 3166-1 alpha-3. */
const ISO: Record<string, string> = {
  JAP: 'JPN',
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  BUR: 'MMR',
  SER: 'SRB',
  YUG: 'SRB',
  GER: 'DEU',
  UK: 'GBR',
};
const iso = (c: unknown): string => {
  const u = String(c ?? '').toUpperCase();
  return ISO[u] ?? u;
};
const who = (refs: readonly Ref[]): string => refs.map((a) => `${a.code ?? ''}/${a.sector ?? ''}`).join(',');
const line = (e: Ev): string =>
  `${e.event} ${e.cameo ?? ''} ${e.status ?? ''} "${e.eventText ?? ''}" ${who(e.actor)} -> ${who(e.recipient)}`;

function output(kind: string): Map<string, Doc> {
  const path = resolve('.eval', `${kind}.out.jsonl`);
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
  return new Map(docs.map((d) => [String(d.id), d]));
}

function plover(filter: string | undefined): void {
  const raw = JSON.parse(readFileSync(join(corporaDir(), 'plover-gsr', 'PLOVER_GSR_CAMEO.txt'), 'utf8')) as {
    id: string;
    event: string;
    text?: string;
    source?: unknown;
    target?: unknown;
  }[];
  const gold = raw.filter((r) => r.event !== 'DOCUMENT' && r.text);
  const pred = output('plover-gsr');
  const codes = (x: unknown) => (Array.isArray(x) ? x.map((a: { code?: string }) => iso(a.code)) : []);
  gold.forEach((r, i) => {
    const id = gold.findIndex((x) => x.id === r.id) < i ? `${r.id}#${i}` : r.id;
    const type = OLD[r.event] ?? r.event;
    const evs = (pred.get(id)?.events ?? []).filter((e) => e.status !== 'negated');
    const hit = evs.some((e) => e.event === type);
    const other = evs.filter((e) => e.event !== type);
    const tag = hit ? (other.length ? 'HIT+FP' : 'OK') : evs.length ? 'MISS+FP' : 'MISS';
    if (filter && !tag.includes(filter) && type !== filter && !other.some((e) => e.event === filter)) return;
    process.stdout.write(
      `\n[${tag}] ${id} gold=${type} ${codes(r.source).join(',')} -> ${codes(r.target).join(',')}\n  ${r.text}\n`,
    );
    for (const e of evs) process.stdout.write(`  ${e.event === type ? '+' : '-'} ${line(e)}\n`);
  });
}

interface GoldRef {
  readonly code?: string;
  readonly actorText?: string;
}
interface GoldRecord {
  readonly id: string;
  readonly event: string;
  readonly text?: string;
  readonly source?: GoldRef[];
  readonly target?: GoldRef[];
}

/** The referee's rule: no gold code matches anything; else one gold code is among our codes or sectors. */
function codeMatch(gold: readonly string[], refs: readonly Ref[]): boolean {
  if (!gold.length) return true;
  const ours = refs.flatMap((a) => [iso(a.code), String(a.sector ?? '').toUpperCase()]);
  return gold.some((g) => ours.includes(g));
}

/** Why an event of the gold type misses the gold actor or recipient. */
function causeOf(gold: readonly string[], refs: readonly Ref[], role: 'ACTOR' | 'RECIP'): string | null {
  if (codeMatch(gold, refs)) return null;
  return refs.length ? role : `${role}-NONE`;
}

function args(filter: string | undefined): void {
  const raw = JSON.parse(
    readFileSync(join(corporaDir(), 'plover-gsr', 'PLOVER_GSR_CAMEO.txt'), 'utf8'),
  ) as GoldRecord[];
  const gold = raw.filter((r) => r.event !== 'DOCUMENT' && r.text);
  const pred = output('plover-gsr');
  const refsOf = (x: GoldRef[] | undefined) => (Array.isArray(x) ? x : []);
  const goldWho = (x: GoldRef[] | undefined) =>
    refsOf(x)
      .map((a) => `${iso(a.code)}"${a.actorText ?? ''}"`)
      .join(',');
  const ourWho = (refs: readonly Ref[]) =>
    refs.map((a) => `${iso(a.code)}/${a.sector ?? ''}"${a.actorText ?? ''}"`).join(',');
  const tally = new Map<string, number>();
  gold.forEach((r, i) => {
    const id = gold.findIndex((x) => x.id === r.id) < i ? `${r.id}#${i}` : r.id;
    const type = OLD[r.event] ?? r.event;
    const evs = (pred.get(id)?.events ?? []).filter((e) => e.status !== 'negated' && e.event === type);
    if (!evs.length) return;
    const ga = refsOf(r.source)
      .map((a) => iso(a.code))
      .filter(Boolean);
    const gr = refsOf(r.target)
      .map((a) => iso(a.code))
      .filter(Boolean);
    if (evs.some((e) => codeMatch(ga, e.actor) && codeMatch(gr, e.recipient))) return;
    // the cause of the event nearest a full hit: fewest wrong roles
    const causes = evs
      .map((e) => [causeOf(ga, e.actor, 'ACTOR'), causeOf(gr, e.recipient, 'RECIP')].filter((c) => c !== null))
      .sort((a, b) => a.length - b.length)[0] ?? ['?'];
    const tag = causes.join('+');
    tally.set(tag, (tally.get(tag) ?? 0) + 1);
    if (filter && !tag.includes(filter)) return;
    process.stdout.write(`\n[${tag}] ${id} gold=${type} ${goldWho(r.source)} -> ${goldWho(r.target)}\n  ${r.text}\n`);
    for (const e of evs)
      process.stdout.write(`  + "${e.eventText ?? ''}" ${ourWho(e.actor)} -> ${ourWho(e.recipient)}\n`);
  });
  process.stdout.write(`\n${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
}

interface Coding {
  readonly cameo: string;
  readonly source: string;
  readonly target: string;
  readonly sourceSector: string;
  readonly targetSector: string;
}

function ploverOfCameo(): (code: string) => string | null {
  const m = new Map<string, string>();
  const table = readFileSync(join(corporaDir(), 'plover-gsr', 'CAMEO2PLOVER-2021.txt'), 'utf8');
  for (const l of table.split('\n')) {
    const mm = /^(\d{2,4}):\s*([A-Z]+)/.exec(l);
    if (mm?.[1] && mm[2]) m.set(mm[1], mm[2]);
  }
  return (code) => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const t = m.get(c);
      if (t) return t;
    }
    return null;
  };
}

function petr(fn: boolean): void {
  const xml = readFileSync(join(corporaDir(), 'petr2-gsr', 'PETR2_GSR_validation.xml'), 'utf8');
  const pred = output('petr2-gsr');
  const toPlover = ploverOfCameo();
  const attrsOf = (s: string) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
  // "---" is PETRARCH's unknown country: then an actor of the coded sector (any actor if none) matches
  const matches = (refs: readonly Ref[], code: string, sector: string) =>
    code === '---'
      ? refs.some((a) => !sector || String(a.sector ?? '').toUpperCase() === sector)
      : refs.some((a) => iso(a.code) === code);
  for (const m of xml.matchAll(/<Sentence ([^>]*)\/?>([\s\S]*?)(?=<Sentence |<\/Sentences>)/g)) {
    const attrs = attrsOf(m[1] ?? '');
    if (attrs.evaluate === 'false') continue;
    const text = /<Text>([\s\S]*?)<\/Text>/
      .exec(m[2] ?? '')?.[1]
      ?.replace(/\s+/g, ' ')
      .trim();
    if (!text || !attrs.id) continue;
    const codings: Coding[] = [...(m[2] ?? '').matchAll(/<EventCoding ([^>]*)\/>/g)]
      .map((c) => attrsOf(c[1] ?? ''))
      .filter((c) => c.eventcode)
      .map((c) => ({
        cameo: c.eventcode ?? '',
        source: iso((c.sourcecode ?? '').slice(0, 3)),
        target: iso((c.targetcode ?? '').slice(0, 3)),
        sourceSector: (c.sourcecode ?? '').slice(3, 6),
        targetSector: (c.targetcode ?? '').slice(3, 6),
      }));
    const evs = (pred.get(attrs.id)?.events ?? []).filter(
      (e) => !['negated', 'denied', 'hypothetical'].includes(e.status ?? ''),
    );
    const used = new Set<number>();
    const missed: Coding[] = [];
    for (const c of codings) {
      const t = toPlover(c.cameo);
      const k = evs.findIndex(
        (e, j) =>
          !used.has(j) &&
          matches(e.actor, c.source, c.sourceSector) &&
          (!c.target || matches(e.recipient, c.target, c.targetSector)) &&
          (t ? e.event === t : String(e.cameo ?? '').slice(0, 2) === c.cameo.slice(0, 2)),
      );
      if (k >= 0) used.add(k);
      else missed.push(c);
    }
    const gold = codings.map((c) => `${c.cameo} ${c.source}${c.sourceSector}->${c.target}${c.targetSector}`);
    if (fn) {
      for (const c of missed)
        process.stdout.write(
          `FN ${attrs.id} ${c.cameo} ${c.source}${c.sourceSector}->${c.target}${c.targetSector} | ${evs.map((e) => `${e.event}:${e.eventText ?? ''}`).join(',')} | ${text}\n`,
        );
      continue;
    }
    evs.forEach((e, j) => {
      if (used.has(j)) return;
      const typeOk = codings.some((c) => toPlover(c.cameo) === e.event);
      process.stdout.write(
        `${typeOk ? 'ARGS' : 'TYPE'} ${attrs.id} ${line(e)} | gold: ${gold.join('; ') || 'none'} | ${text}\n`,
      );
    });
  }
}

const [kind, arg] = process.argv.slice(2);
if (kind === 'plover-gsr') plover(arg);
else if (kind === 'args') args(arg);
else if (kind === 'petr2-gsr') petr(arg === 'fn');
else {
  process.stderr.write(
    'usage: npx tsx scripts/diag-events.ts plover-gsr [filter] | args [cause] | petr2-gsr [fn]   (--help)\n',
  );
  process.exit(2);
}
