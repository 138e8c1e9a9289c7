/**
 * Toponym diagnostics for GeoWebNews: after `npm run eval -- geo`, lists the gold toponyms dyad
 * missed (FN), the places it reported that match no gold toponym (FP) and the matched literal
 * toponyms it placed more than 161 km away (FAR), each with its context, then counts by cause.
 *
 *   npx tsx scripts/diag-places.ts [fn|fp|far|all] [text-filter]
 *   npx tsx scripts/diag-places.ts events [text-filter] [out.jsonl]
 *
 * `events` lists every coded event of an eval output (default .eval/geo.out.jsonl, the unseen
 * GeoWebNews articles) with its eventLoc — the place's words and name and country, or '(no span)'
 * when it is a country taken from the document or the actor — and its sentence, then counts.
 *
 * FN causes: lower-case, all-caps, abbreviation (has a dot), street/building (a head word such as
 * Street, Road, Hospital), demonym-like (ends -an/-ese/-ish/-i), gold type (Literal_Modifier,
 * Embedded_Literal, Metonymic, Demonym, Homonym …). FAR lines show gold and predicted coordinates,
 * the predicted name, country and feature.
 *
 * Reads geo/GWN.xml under $DYAD_CORPORA (default ../shared/corpora) and .eval/geo.out.jsonl.
 * Matching follows the referee (referee-more.mjs): Non_Toponym, Literal_Expression and
 * Non_Lit_Expression are not toponyms (predictions overlapping them are ignored); gold offsets that
 * miss the name move to its nearest copy within 30 characters; spans pair one to one, exact first,
 * then overlap; coordinates are judged on Literal and Literal_Modifier toponyms only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir } from './eval.js';
import { helpIfAsked } from './help.js';
import { decodeXmlEntities } from './xml-entities.js';

helpIfAsked(import.meta.url);

const SKIP = ['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression'];
const COORD = ['Literal', 'Literal_Modifier'];
interface Gold {
  start: number;
  end: number;
  readonly name: string;
  readonly type: string;
  readonly lat: number | null;
  readonly lon: number | null;
}
interface Pred {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name?: string;
  readonly country?: string;
  readonly feature?: string;
  readonly lat?: number;
  readonly lon?: number;
}
interface Out {
  readonly id: string;
  readonly text: string;
  readonly places?: Pred[];
}

const tag = (s: string, t: string): string | null => new RegExp(`<${t}>([\\s\\S]*?)</${t}>`).exec(s)?.[1] ?? null;
const num = (s: string | null): number | null =>
  s !== null && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null;
const decode = decodeXmlEntities;

function goldDocs(path: string): Map<string, Gold[]> {
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out = new Map<string, Gold[]>();
  for (const m of xml.matchAll(/<article(\s[^>]*)?>([\s\S]*?)<\/article>/g)) {
    const file = /file="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '';
    const body = m[2] ?? '';
    const list: Gold[] = [];
    for (const t of body.slice(body.indexOf('</text>')).split('</toponym>').slice(0, -1)) {
      const start = num(tag(t, 'start'));
      const end = num(tag(t, 'end'));
      if (start === null || end === null || start < 0) continue;
      list.push({
        start,
        end,
        name: decode(tag(t, 'extractedName') ?? ''),
        type: tag(t, 'type') ?? '',
        lat: num(tag(t, 'latitude')),
        lon: num(tag(t, 'longitude')),
      });
    }
    out.set(`GWN-${file}`, list);
  }
  return out;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const HEADS =
  /\b(Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Way|Highway|Bridge|Park|Square|Hospital|Church|School|College|University|Center|Centre|Hall|Library|Building|Tower|Station|Airport|Stadium|Arena|Mall|Market|Hotel|Museum|Plaza|Place|Court|House|Cathedral|Mosque|Temple|Beach|River|Lake|Mountain|Mount|Island|Bay|Valley|County|Parish|District|Province|State|City)\b/;

function cause(g: Gold): string {
  if (g.type !== 'Literal') return `type:${g.type}`;
  if (/^[a-z]/.test(g.name)) return 'lower-case';
  if (/\./.test(g.name)) return 'abbreviation';
  if (/^[A-Z\s-]{3,}$/.test(g.name)) return 'all-caps';
  if (HEADS.test(g.name)) return 'street/building/head';
  if (/(an|ese|ish|i)$/.test(g.name)) return 'demonym-like';
  return g.name.includes(' ') ? 'multi-word' : 'one-word';
}

const [mode = 'all', filter = ''] = process.argv.slice(2);

interface EventOut {
  readonly event: string;
  readonly eventText: string;
  readonly sentence: number;
  readonly eventLoc: { text: string; start: number; end: number; name: string; country: string | null } | null;
}

/** Every event of an output file with its eventLoc and sentence; counts of located, spanned and null. */
function listEventPlaces(path: string): void {
  const n = { events: 0, spanned: 0, unspanned: 0, none: 0 };
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l) as {
      id: string;
      text: string;
      sentences?: { start: number; end: number }[];
      events?: EventOut[];
    };
    for (const e of o.events ?? []) {
      const s = o.sentences?.[e.sentence];
      const sent = s ? o.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
      const p = e.eventLoc;
      const where = !p ? 'null' : `${p.end > p.start ? `'${p.text}'` : '(no span)'} ${p.name} ${p.country ?? '-'}`;
      n.events++;
      if (!p) n.none++;
      else if (p.end > p.start) n.spanned++;
      else n.unspanned++;
      const line = `${o.id} ${e.event} [${e.eventText}] → ${where}\n    ${sent.slice(0, 300)}`;
      if (line.includes(filter)) console.log(line);
    }
  }
  console.log(
    `\n${n.events} events: ${n.spanned} placed at a toponym of the text, ${n.unspanned} at a country only, ${n.none} none`,
  );
}

if (mode === 'events') {
  listEventPlaces(process.argv[4] ?? '.eval/geo.out.jsonl');
  process.exit(0);
}
const gold = goldDocs(join(corporaDir(), 'geo', 'GWN.xml'));
const outs = readFileSync('.eval/geo.out.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Out);
const counts = { fn: new Map<string, number>(), fp: new Map<string, number>(), far: new Map<string, number>() };
const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};
const ctx = (text: string, s: { start: number; end: number }): string =>
  `${text.slice(Math.max(0, s.start - 50), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 40)}`.replace(
    /\s+/g,
    ' ',
  );
const show = (kind: string, line: string): void => {
  if ((mode === 'all' || mode === kind) && line.includes(filter)) console.log(line);
};

for (const o of outs) {
  const all = gold.get(o.id) ?? [];
  for (const g of all) {
    if (g.name && o.text.slice(g.start, g.end) !== g.name) {
      let best = -1;
      for (
        let i = o.text.indexOf(g.name, Math.max(0, g.start - 30));
        i >= 0 && i <= g.start + 30;
        i = o.text.indexOf(g.name, i + 1)
      )
        if (best < 0 || Math.abs(i - g.start) < Math.abs(best - g.start)) best = i;
      if (best >= 0) {
        g.end = best + g.name.length;
        g.start = best;
      }
    }
  }
  const G = all.filter((g) => !SKIP.includes(g.type));
  const skip = all.filter((g) => SKIP.includes(g.type));
  const P = (o.places ?? []).filter((p) => Number.isInteger(p.start));
  const used = new Set<number>();
  const pair = new Map<number, number>();
  for (const same of [true, false])
    G.forEach((g, i) => {
      if (pair.has(i)) return;
      const j = P.findIndex((p, k) => !used.has(k) && (same ? p.start === g.start && p.end === g.end : overlap(p, g)));
      if (j >= 0) {
        pair.set(i, j);
        used.add(j);
      }
    });
  G.forEach((g, i) => {
    const j = pair.get(i);
    if (j === undefined) {
      const c = cause(g);
      bump(counts.fn, c);
      show('fn', `FN[${c}] ${o.id} ${ctx(o.text, g)}`);
      return;
    }
    const p = P[j];
    if (!p || !COORD.includes(g.type) || g.lat === null || g.lon === null) return;
    const d =
      p.lat !== undefined && p.lon !== undefined ? km({ lat: g.lat, lon: g.lon }, { lat: p.lat, lon: p.lon }) : 20039;
    if (d <= 161) return;
    const c = p.lat === undefined ? 'no-coords' : (p.feature ?? '?');
    bump(counts.far, c);
    show(
      'far',
      `FAR[${Math.round(d)} km] ${o.id} ${ctx(o.text, g)} gold ${g.lat},${g.lon} pred ${p.name ?? '-'} ${p.country ?? '-'} ${p.feature ?? '-'} ${p.lat ?? '-'},${p.lon ?? '-'}`,
    );
  });
  P.forEach((p, k) => {
    if (used.has(k) || skip.some((s) => overlap(s, p))) return;
    const c = p.feature ?? '?';
    bump(counts.fp, c);
    show('fp', `FP[${c}] ${o.id} ${ctx(o.text, p)} -> ${p.name ?? '-'} ${p.country ?? '-'}`);
  });
}
for (const [k, m] of Object.entries(counts)) {
  const total = [...m.values()].reduce((s, x) => s + x, 0);
  console.log(
    `${k.toUpperCase()} ${total}: ${[...m]
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
  );
}
