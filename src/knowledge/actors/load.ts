import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { loadCompiled } from './compiled.js';
import { misspeltStates, peopleIndexes } from './misspelt.js';
import { aliasTokens, isAllCaps, normToken } from './normalize.js';
import { emptyIndex, indexGet, indexSet } from './trie.js';
import type { ActorKb, ActorKind, AgentInfo, KbActor, KbRole, NameHit } from './types.js';

/** knowledge/actors in the repository. */
export const defaultActorsDir = (): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'knowledge', 'actors');

/** Actor files, most trusted first; an alias keeps every actor it names, ranked by priority. */
export const ACTOR_FILES: readonly { file: string; priority: number }[] = [
  { file: 'officeholders.jsonl', priority: 3 },
  { file: 'groups.jsonl', priority: 3 },
  { file: 'states.generated.jsonl', priority: 2 },
  { file: 'phoenix-actors.generated.jsonl', priority: 1 },
];
export const AGENT_FILES: readonly { file: string; priority: number }[] = [
  { file: 'agents.jsonl', priority: 3 },
  { file: 'phoenix-agents.generated.jsonl', priority: 1 },
];

interface RawActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  adjectives?: string[];
  code: string | null;
  sector: string | null;
  country?: string | null;
  roles?: KbRole[];
}
interface RawAgent {
  term: string;
  sector: string;
  person?: boolean;
  plural?: string;
}

/** Reads a JSONL file, skipping a generated-file header; a bad line is E012 with its location. */
export function readKnowledgeJsonl<T>(path: string): T[] {
  if (!existsSync(path)) throw new DyadError('E012', `knowledge file is missing: ${path}`, { file: path });
  const text = readFileSync(path, 'utf8');
  let rows: unknown[];
  try {
    // one parse for the whole file is much cheaper than one per line; runs of line breaks
    // (and the white space of blank lines) become one comma between records
    const body = text.trim().replace(/\s*\n\s*/g, ',');
    rows = JSON.parse(`[${body}]`) as unknown[];
  } catch {
    // find the bad line to report it
    rows = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line));
      } catch (e) {
        throw new DyadError('E012', `invalid JSON: ${(e as Error).message}`, { file: path, line: i + 1 });
      }
    });
  }
  return rows.filter((v) => !(v && typeof v === 'object' && '$generated' in v)) as T[];
}

/**
 * The records of a JSONL file one at a time, parsed line by line, so each dies young instead of
 * the whole file's records living (and being copied by the collector) until the last is read.
 * Same errors and header skipping as readKnowledgeJsonl.
 */
export function* eachKnowledgeJsonl<T>(path: string): Generator<T> {
  if (!existsSync(path)) throw new DyadError('E012', `knowledge file is missing: ${path}`, { file: path });
  const text = readFileSync(path, 'utf8');
  let line = 0;
  for (let i = 0; i <= text.length; ) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    line++;
    const l = text.slice(i, j);
    i = j + 1;
    if (!l.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch (e) {
      throw new DyadError('E012', `invalid JSON: ${(e as Error).message}`, { file: path, line });
    }
    if (!(v && typeof v === 'object' && '$generated' in v)) yield v as T;
  }
}

const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'abd',
  'de',
  'van',
  'von',
  'der',
  'le',
  'la',
  'mr',
  'dr',
  'the',
]);

/** A plural for the last word of a role noun ("militant" → "militants", "ally" → "allies"). */
export function pluralOf(term: string): string {
  const words = term.split(' ');
  const last = words.pop() ?? '';
  let p: string;
  if (/man$/.test(last)) p = last.replace(/man$/, 'men');
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/(s|sh|ch|x|z)$/.test(last)) p = `${last}es`;
  else p = `${last}s`;
  return [...words, p].join(' ');
}

export interface LoadActorKbOptions {
  readonly dir?: string;
  /** Read the precompiled index when it is in step with the sources (default true). */
  readonly compiled?: boolean;
}

/** Every file the knowledge base is built from (the compiled index records their stamps). */
export const SOURCE_FILES: readonly string[] = [
  ...ACTOR_FILES.map((f) => f.file),
  ...AGENT_FILES.map((f) => f.file),
  'given-names.json',
];

/**
 * Loads knowledge/actors into tries keyed by normalised token sequences: from the precompiled
 * index (compiled.ts) when it was built from the sources as they are, else from the sources.
 */
export function loadActorKb(opts: LoadActorKbOptions = {}): ActorKb {
  const t0 = performance.now();
  const dir = opts.dir ?? defaultActorsDir();
  if (opts.compiled !== false) {
    const kb = loadCompiled(dir, SOURCE_FILES, t0);
    if (kb) return kb;
  }
  return buildActorKb(dir, t0);
}

/** Builds the knowledge base from the source files of `dir`. */
export function buildActorKb(dir: string, t0 = performance.now()): ActorKb {
  const names = emptyIndex<NameHit[]>();
  const agents = emptyIndex<AgentInfo>();
  const byId = new Map<string, KbActor>();
  const givenNames = new Set<string>();
  let aliasCount = 0;

  const addName = (alias: string, actor: KbActor, form: NameHit['form']) => {
    const toks = aliasTokens(alias);
    if (toks.length === 0) return;
    const keys = toks.map(normToken);
    const joined = keys.join(' ');
    let hits = names.map.get(joined);
    if (!hits) {
      hits = [];
      indexSet(names, keys, hits, joined);
    }
    for (const h of hits) if (h.actor.id === actor.id) return;
    const caps = alias.length <= 12 && isAllCaps(alias) && alias.replace(/[^\p{L}]/gu, '').length <= 6;
    hits.push({
      actor,
      form,
      caps,
      anyCase: alias === alias.toLowerCase(),
      weak: actor.kind === 'person' && toks.length === 1,
    });
    aliasCount++;
  };

  for (const { file, priority } of ACTOR_FILES) {
    for (const r of eachKnowledgeJsonl<RawActor>(join(dir, file))) {
      if (byId.has(r.id) && priority < (byId.get(r.id)?.priority ?? 0)) {
        // a less trusted duplicate of a known actor only adds its aliases
        const known = byId.get(r.id);
        if (known) {
          addName(r.name, known, 'name');
          for (const a of r.aliases) addName(a, known, 'name');
        }
        continue;
      }
      const actor: KbActor = {
        id: r.id,
        kind: r.kind,
        name: r.name,
        code: r.code,
        sector: r.sector,
        country: r.country ?? null,
        ...(r.roles ? { roles: r.roles } : {}),
        priority,
      };
      byId.set(r.id, actor);
      addName(r.name, actor, 'name');
      for (const a of r.aliases) addName(a, actor, 'name');
      for (const a of r.adjectives ?? []) addName(a, actor, 'adjective');
      if (r.kind === 'person' && priority >= 3) {
        const first = r.name.split(/\s+/)[0] ?? '';
        if (first.length > 2 && !PARTICLES.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(first))
          givenNames.add(normToken(first));
      }
    }
  }
  // ranks each alias's actors: most trusted first
  for (const hits of names.map.values()) if (hits.length > 1) hits.sort((a, b) => b.actor.priority - a.actor.priority);

  let agentCount = 0;
  for (const { file, priority } of AGENT_FILES) {
    for (const r of eachKnowledgeJsonl<RawAgent>(join(dir, file))) {
      const forms: [string, boolean][] = [[r.term, false]];
      forms.push([r.plural ?? pluralOf(r.term), true]);
      for (const [form, plural] of forms) {
        const keys = aliasTokens(form).map(normToken);
        if (indexGet(agents, keys)) continue;
        indexSet(agents, keys, { term: r.term, sector: r.sector, person: r.person ?? false, plural, priority });
        agentCount++;
      }
    }
  }

  const given = JSON.parse(readFileSync(join(dir, 'given-names.json'), 'utf8')) as { names: string[] };
  for (const n of given.names) givenNames.add(normToken(n));

  return {
    names,
    agents,
    byId,
    givenNames,
    misspelt: misspeltStates(byId),
    ...peopleIndexes(byId),
    stats: { actors: byId.size, aliases: aliasCount, agents: agentCount, ms: performance.now() - t0 },
  };
}
