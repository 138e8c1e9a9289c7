import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DyadError } from '../../core/errors.js';
import { PLOVER_TYPES, type PloverType } from '../../schema/output.js';
import { nounForms, verbForms } from './forms.js';
import type { VerbEntry, VerbPattern } from './records.js';
import type { CameoInfo, CompiledPattern, Cues, EventLexicon, LexEntry, PatternSlot, TriggerRole } from './types.js';

/** knowledge/events/ of this checkout. */
export const eventKnowledgeDir = (): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'knowledge', 'events');

interface RawCore {
  lemma: string;
  pos: 'verb' | 'noun';
  cameo: string;
  plover?: string;
  mode?: string;
  context?: string[];
  role?: TriggerRole;
  particle?: string;
  clause?: boolean;
  converse?: boolean;
  recipient?: 'none' | string[];
  actorPreps?: string[];
  requiresCue?: string[];
  cueAfter?: boolean;
  unlessCue?: string[];
  provenance: string;
}
function readText(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch (e) {
    throw new DyadError('E012', `cannot read ${name}: ${(e as Error).message}`, { file: join(dir, name) });
  }
}

/** Reads a generated JSONL file, skipping its `generated` header line. */
export function readJsonl<T>(dir: string, name: string): T[] {
  const out: T[] = [];
  readText(dir, name)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch (e) {
        throw new DyadError('E012', `not JSON: ${(e as Error).message}`, { file: join(dir, name), line: i + 1 });
      }
      if (v && typeof v === 'object' && 'generated' in v) return;
      out.push(v as T);
    });
  return out;
}

export function readYaml<T>(dir: string, name: string): T {
  try {
    return parseYaml(readText(dir, name)) as T;
  } catch (e) {
    if (e instanceof DyadError) throw e;
    throw new DyadError('E012', `invalid YAML: ${(e as Error).message}`, { file: join(dir, name) });
  }
}

const asPlover = (s: string | null | undefined): PloverType | null =>
  s && (PLOVER_TYPES as readonly string[]).includes(s) ? (s as PloverType) : null;

function compileWord(w: string, synsets: ReadonlyMap<string, PatternSlot>): PatternSlot {
  if (w.startsWith('&')) return synsets.get(w.slice(1).replace(/_$/, '')) ?? [[w.toLowerCase()]];
  return [[w.toLowerCase()]];
}

function compilePattern(p: VerbPattern, synsets: ReadonlyMap<string, PatternSlot>): CompiledPattern {
  const words = (ws: string[]) => ws.map((w) => compileWord(w, synsets));
  const literal = [...p.pre.flat(), ...p.post.flatMap((i) => i.words)].filter((w) => !w.startsWith('&')).length;
  const syn = [...p.pre.flat(), ...p.post.flatMap((i) => i.words)].length - literal;
  const key = [...p.post.flatMap((i) => i.words), ...p.pre.flat()].find((w) => !w.startsWith('&'));
  return {
    key: key ? key.toLowerCase().replace(/_$/, '') : null,
    pre: p.pre.map(words),
    post: p.post.map((i) => ({ slots: words(i.words), prep: i.prep === true })),
    code: p.code,
    weight: literal * 2 + syn,
    provenance: p.provenance,
    onlyFor:
      p.verb && !p.pre.length && p.post.length === 1 && BARE.has(p.post[0]?.words.join(' ') ?? '') ? p.verb : null,
  };
}

/** Prepositions and particles that make a pattern by themselves: too vague to lend to a block's other verbs. */
const BARE = new Set(
  'TO FOR WITH IN ON AT FROM INTO ONTO OVER AGAINST BY ABOUT OF BACK UP DOWN OUT OFF AWAY THROUGH TOWARD TOWARDS'.split(
    ' ',
  ),
);

/** The patterns of a block that code this verb. */
const forVerb = (ps: readonly CompiledPattern[], lemma: string): CompiledPattern[] =>
  ps.filter((p) => p.onlyFor === null || p.onlyFor === lemma);

function setOf(xs: unknown): Set<string> {
  return new Set((Array.isArray(xs) ? xs : []).map((x) => String(x).toLowerCase()));
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) {
    if (!a.includes(v)) a.push(v);
  } else m.set(k, [v]);
}

/** Loads knowledge/events/ and indexes it by lemma and surface form. */
export function loadEventLexicon(dir: string = eventKnowledgeDir()): EventLexicon {
  const cameo = new Map<string, CameoInfo>();
  for (const r of readJsonl<CameoInfo & { plover: string | null }>(dir, 'cameo.jsonl')) {
    cameo.set(r.code, { ...r, plover: asPlover(r.plover) });
  }
  const synRaw = JSON.parse(readText(dir, 'phoenix-synsets.json')) as { synsets: Record<string, string[]> };
  const synsets = new Map<string, PatternSlot>();
  for (const [k, v] of Object.entries(synRaw.synsets)) {
    synsets.set(
      k,
      v.map((phrase) =>
        phrase
          .toLowerCase()
          .split(/_(?=.)/)
          .filter(Boolean),
      ),
    );
  }
  const patternsByBlock = new Map<string, CompiledPattern[]>();
  for (const p of readJsonl<VerbPattern>(dir, 'phoenix-patterns.jsonl'))
    pushTo(patternsByBlock, p.block, compilePattern(p, synsets));

  const verbs = new Map<string, LexEntry[]>();
  const nouns = new Map<string, LexEntry[]>();
  const verbFormsIdx = new Map<string, string[]>();
  const nounFormsIdx = new Map<string, string[]>();
  const phoenixPatterns = new Map<string, CompiledPattern[]>();

  const core = readYaml<{ entries: RawCore[] }>(dir, 'core.yaml');
  if (!Array.isArray(core?.entries))
    throw new DyadError('E012', 'core.yaml has no entries', { file: join(dir, 'core.yaml') });

  const phoenix = readJsonl<VerbEntry>(dir, 'phoenix-verbs.jsonl');
  // a block's patterns code its verbs as filed: a lemma filed only with a particle ("bring out" under
  // DESPATCH) does not lend that block's patterns to the bare verb ("bring suspects to trial")
  for (const v of phoenix) {
    if (v.particle) continue;
    for (const p of forVerb(patternsByBlock.get(v.block) ?? [], v.lemma)) pushTo(phoenixPatterns, v.lemma, p);
  }
  for (const e of core.entries) {
    const info = cameo.get(e.cameo);
    const entry: LexEntry = {
      id: `core:${e.pos}:${e.lemma}${e.particle ? `_${e.particle}` : ''}`,
      lemma: e.lemma,
      pos: e.pos,
      particle: e.particle ?? null,
      cameo: e.cameo,
      plover: asPlover(e.plover) ?? info?.plover ?? null,
      mode: e.mode ?? info?.mode ?? null,
      context: e.context ?? info?.context ?? [],
      role: e.role ?? 'event',
      recipient: e.recipient ?? ['obj'],
      actorPreps: e.actorPreps ?? (e.pos === 'noun' ? ['by'] : []),
      requiresCue: e.requiresCue ?? null,
      ...(e.cueAfter ? { cueAfter: true } : {}),
      ...(e.unlessCue ? { unlessCue: e.unlessCue } : {}),
      clause: e.clause === true,
      converse: e.converse === true,
      patterns: e.pos === 'verb' ? (phoenixPatterns.get(e.lemma) ?? []) : [],
      provenance: e.provenance,
    };
    if (e.pos === 'verb') {
      pushTo(verbs, e.lemma, entry);
      for (const f of verbForms(e.lemma)) pushTo(verbFormsIdx, f, e.lemma);
    } else {
      pushTo(nouns, e.lemma, entry);
      for (const f of nounForms(e.lemma)) pushTo(nounFormsIdx, f, e.lemma);
    }
  }
  const cueFile = readYaml<Record<string, unknown>>(dir, 'cues.yaml');
  const notEvents = setOf(cueFile.notEvents);
  const patternOnly = setOf(cueFile.patternOnly);
  for (const v of phoenix) {
    if (notEvents.has(v.lemma)) continue;
    // a verb's code inherited from its block counts only for the block's head verb ("attack" in ATTACK);
    // a pattern-only verb has no code of its own (only its block's patterns code it)
    const code = (v.inherited && v.family !== v.lemma) || patternOnly.has(v.lemma) ? null : v.code;
    const info = code ? cameo.get(code) : undefined;
    const entry: LexEntry = {
      id: `phoenix:${v.block}:${v.lemma}${v.particle ? `_${v.particle}` : ''}`,
      lemma: v.lemma,
      pos: 'verb',
      particle: v.particle,
      cameo: code,
      plover: info?.plover ?? null,
      mode: info?.mode ?? null,
      context: info?.context ?? [],
      role: 'event',
      recipient: ['obj'],
      actorPreps: [],
      requiresCue: null,
      clause: false,
      converse: false,
      patterns: forVerb(patternsByBlock.get(v.block) ?? [], v.lemma),
      provenance: v.provenance,
    };
    pushTo(verbs, v.lemma, entry);
    for (const f of [...verbForms(v.lemma), ...v.forms]) pushTo(verbFormsIdx, f, v.lemma);
  }
  const c = cueFile;
  const contexts = new Map<string, string[]>();
  for (const [ctx, words] of Object.entries((c.contexts ?? {}) as Record<string, string[]>)) {
    for (const w of words) pushTo(contexts, w.toLowerCase(), ctx);
  }
  const cues: Cues = {
    speech: setOf(c.speech),
    attitude: setOf(c.attitude),
    light: setOf(c.light),
    aspectual: setOf(c.aspectual),
    adjectival: setOf(c.adjectival),
    intent: setOf(c.intent),
    intentAux: setOf(c.intentAux),
    intentAdj: setOf(c.intentAdj),
    proposal: setOf(c.proposal),
    negation: setOf(c.negation),
    hypothetical: setOf(c.hypothetical),
    hypotheticalAux: setOf(c.hypotheticalAux),
    mishaps: setOf(c.mishaps),
    ills: setOf(c.ills),
    weapons: setOf(c.weapons),
    contexts,
  };
  const patterns = new Map<string, CompiledPattern[]>();
  for (const [lemma, list] of verbs) {
    const plain = list.filter((e) => !e.particle);
    const all = [...new Set(plain.flatMap((e) => e.patterns))].sort((a, b) => b.weight - a.weight);
    if (all.length) patterns.set(lemma, all);
  }
  return { cameo, verbs, nouns, patterns, verbForms: verbFormsIdx, nounForms: nounFormsIdx, cues };
}
