/**
 * Builds the generated part of the event lexicon (knowledge/events/) from the reference files:
 *   - the CAMEO→PLOVER 2021 table (type, mode, contexts of each CAMEO code),
 *   - the CAMEO Goldstein scale (goldstein.tsv),
 *   - Phoenix's CAMEO.2.0 verb dictionary (verbs, their codes and phrase patterns; synsets).
 * Usage: npm run build:events [-- <shared dir>]   (default ../shared next to the repo)
 * Outputs are marked generated; edit knowledge/events/core.yaml for hand-curated entries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PatternItem, VerbEntry, VerbPattern } from '../src/knowledge/events/records.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
const out = join(root, 'knowledge', 'events');

const TABLE = 'corpora/plover-gsr/CAMEO2PLOVER-2021.txt';
const GOLDSTEIN = 'reference/cameo/goldstein.tsv';
const PHOENIX = 'reference/phoenix-dictionaries/CAMEO.2.0.txt';

/** CAMEO root → QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
export function quadOf(code: string): 1 | 2 | 3 | 4 {
  const r = Number(code.slice(0, 2));
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

export interface CameoRow {
  code: string;
  label: string;
  plover: string | null;
  mode: string | null;
  context: string[];
  goldstein: number | null;
  quadClass: 1 | 2 | 3 | 4;
  provenance: string;
}

export function parseTable(
  text: string,
): Map<string, { plover: string; mode: string | null; context: string[]; label: string }> {
  const m = new Map<string, { plover: string; mode: string | null; context: string[]; label: string }>();
  for (const line of text.split('\n')) {
    const mm = line.match(/^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*),?([^#]*))?#?\s*(.*)$/);
    if (!mm) continue;
    const [, code = '', plover = '', mode = '', ctx = '', label = ''] = mm;
    const context = ctx
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!m.has(code)) m.set(code, { plover, mode: mode.trim() || null, context, label: label.trim() });
  }
  return m;
}

export function parseGoldstein(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const [c, g] = line.split('\t');
    if (c && g && /^\d+$/.test(c)) m.set(c, Number(g));
  }
  return m;
}

/** CAMEO appeals (02x) fold into PLOVER REQUEST; public statements (01x) are not events. */
function ploverOf(code: string, table: Map<string, { plover: string }>): string | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const t = table.get(c);
    if (t) return t.plover;
  }
  if (code.startsWith('02')) return 'REQUEST';
  return null;
}

const codeOf = (s: string | undefined): string | null => {
  const c = s?.match(/\[(\d{2,4})(?::\d+)?\]/)?.[1];
  return c ?? null;
};

function parsePatternBody(body: string): { pre: string[][]; post: PatternItem[] } | null {
  const clean = body
    .replace(/[$+%^]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const star = clean.indexOf('*');
  if (star < 0) return null;
  const items = (s: string): PatternItem[] => {
    const res: PatternItem[] = [];
    const re = /\{([^}]*)\}|\(([^)]*)\)|([^\s{}()]+)/g;
    for (const m of s.matchAll(re)) {
      if (m[1] !== undefined) {
        const w = m[1].split(/\s+/).filter(Boolean);
        if (w.length) res.push({ words: w });
      } else if (m[2] !== undefined) {
        const w = m[2].replace(/[{}]/g, ' ').split(/\s+/).filter(Boolean);
        if (w.length) res.push({ words: w, prep: true });
      } else if (m[3]) res.push({ words: [m[3]] });
    }
    return res;
  };
  return { pre: items(clean.slice(0, star)).map((i) => i.words), post: items(clean.slice(star + 1)) };
}

export function parsePhoenix(text: string): {
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  synsets: Record<string, string[]>;
} {
  const lines = text.split('\n');
  const synsets: Record<string, string[]> = {};
  const verbs: VerbEntry[] = [];
  const patterns: VerbPattern[] = [];
  let i = 0;
  let set: string | null = null;
  for (; i < lines.length; i++) {
    const l = (lines[i] ?? '').replace(/#.*/, '').trim();
    if ((lines[i] ?? '').includes('VERB PATTERNS')) break;
    if (l.startsWith('&')) {
      set = l.slice(1).replace(/_$/, '');
      synsets[set] = [];
    } else if (l.startsWith('+') && set) synsets[set]?.push(l.slice(1));
    else if (!l) set = null;
  }
  let family = '';
  let familyCode: string | null = null;
  let block = '';
  let blocks = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const head = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]\s+---/);
    if (head) {
      family = head[1] ?? '';
      familyCode = codeOf(`[${head[2]}]`);
      block = `b${++blocks}`;
      continue;
    }
    if (line.startsWith('- ')) {
      const body = line.slice(2).replace(/#.*/, '');
      const code = codeOf(body);
      const p = parsePatternBody(body.replace(/\[[^\]]*\]/g, ''));
      if (!code || !p) continue;
      const note = (line.split('#')[1] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      patterns.push({
        block,
        ...p,
        code,
        provenance: `phoenix:CAMEO.2.0.txt#${family}:${i + 1}`,
        ...(/^[a-z]+$/.test(note) ? { verb: note } : {}),
      });
      continue;
    }
    if (line.startsWith('---')) continue;
    const body = line.replace(/#.*/, '');
    const m = body.match(/^\+?([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/);
    if (!m) continue;
    const word = (m[1] ?? '').toLowerCase();
    const [lemma = word, ...rest] = word.split('_').filter(Boolean);
    const forms = (m[2] ?? '')
      .replace(/[{}+]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((f) => f.toLowerCase().split('_')[0] ?? '');
    const entry: VerbEntry = {
      lemma,
      particle: rest.length ? rest.join(' ') : null,
      forms: [...new Set(forms.filter((f) => f && f !== lemma))],
      code: codeOf(m[3]) ?? familyCode,
      inherited: !codeOf(m[3]) && familyCode !== null,
      family: family.toLowerCase(),
      block,
      provenance: `phoenix:CAMEO.2.0.txt#${family}:${i + 1}`,
    };
    verbs.push(entry);
  }
  // a pattern's comment names the verb it was written for only when that verb is filed in its block
  const filed = new Set(verbs.filter((v) => !v.particle).map((v) => `${v.block} ${v.lemma}`));
  for (const p of patterns) if (p.verb && !filed.has(`${p.block} ${p.verb}`)) delete p.verb;
  return { verbs, patterns, synsets };
}

function main(): void {
  const table = parseTable(readFileSync(join(shared, TABLE), 'utf8'));
  const gold = parseGoldstein(readFileSync(join(shared, GOLDSTEIN), 'utf8'));
  const codes = new Set([...gold.keys(), ...table.keys()]);
  const rows: CameoRow[] = [...codes].sort().map((code) => {
    const t = table.get(code);
    let g = gold.get(code) ?? null;
    for (let c = code; g === null && c.length > 2; c = c.slice(0, -1)) g = gold.get(c.slice(0, -1)) ?? null;
    let inherit = t;
    for (let c = code; !inherit && c.length > 3; c = c.slice(0, -1)) inherit = table.get(c.slice(0, -1));
    return {
      code,
      label: t?.label ?? '',
      plover: ploverOf(code, table),
      mode: inherit?.mode ?? null,
      context: inherit?.context ?? [],
      goldstein: g,
      quadClass: quadOf(code),
      provenance: `${t ? TABLE : GOLDSTEIN}#${code}`,
    };
  });
  const { verbs, patterns, synsets } = parsePhoenix(readFileSync(join(shared, PHOENIX), 'utf8'));
  const header = (what: string) =>
    JSON.stringify({ generated: `by scripts/build-event-lexicon.ts from ${what}; do not edit` });
  writeFileSync(
    join(out, 'cameo.jsonl'),
    `${[header(`${TABLE} and ${GOLDSTEIN}`), ...rows.map((r) => JSON.stringify(r))].join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'phoenix-verbs.jsonl'),
    `${[header(PHOENIX), ...verbs.map((v) => JSON.stringify(v))].join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'phoenix-patterns.jsonl'),
    `${[header(PHOENIX), ...patterns.map((v) => JSON.stringify(v))].join('\n')}\n`,
  );
  writeFileSync(
    join(out, 'phoenix-synsets.json'),
    `${JSON.stringify({ generated: `by scripts/build-event-lexicon.ts from ${PHOENIX}; do not edit`, provenance: PHOENIX, synsets }, null, 1)}\n`,
  );
  process.stdout.write(
    `cameo codes ${rows.length}, phoenix verbs ${verbs.length}, patterns ${patterns.length}, synsets ${Object.keys(synsets).length}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
