import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { misspeltStates, peopleIndexes } from './misspelt.js';
import { emptyIndex, indexSetJoined } from './trie.js';
import type { ActorKb, ActorKind, AgentInfo, KbActor, KbRole, NameHit } from './types.js';

/**
 * The actor knowledge base precompiled into one JSON file (knowledge/actors/index.generated.json,
 * built by `npm run build:actors`): the tries' keys already tokenised and normalised, each actor
 * once, so loading is one parse and a few map insertions instead of reading and tokenising every
 * alias of the source files. The source files stay the knowledge; the index is derived from them
 * and is used only while they are as it was built from: the same byte sizes, and the same content
 * digest for the small (curated) files, which can be edited by hand without changing size; the
 * large generated files change only through the build, which rewrites the index (a test checks the
 * index is in sync with what the sources give).
 */
export const INDEX_FILE = 'index.generated.json';

/** [id, kind, name, code, sector, country, priority, roles?] */
type ActorRow = [string, ActorKind, string, string | null, string | null, string | null, number, KbRole[]?];
/** [actor row, form (0 name, 1 adjective), caps, anyCase, weak] with flags as 0/1 */
type HitRow = [number, 0 | 1, 0 | 1, 0 | 1, 0 | 1];
/** [key, term, sector, person, plural, priority] */
type AgentRow = [string, string, string, 0 | 1, 0 | 1, number];

export interface CompiledKb {
  readonly $generated: { readonly by: string; readonly from: readonly string[]; readonly note: string };
  /** Stamps of the source files the index was built from (see sourceStamps). */
  readonly sources: Readonly<Record<string, string>>;
  readonly actors: readonly ActorRow[];
  /** byId in insertion order: the actor rows (each keyed by its own id). */
  readonly byId: readonly number[];
  readonly names: readonly [string, HitRow[]][];
  readonly aliases: number;
  readonly agents: readonly AgentRow[];
  readonly givenNames: readonly string[];
}

/** Files up to this size are stamped with a digest of their content as well as their size. */
const DIGEST_MAX_BYTES = 512 * 1024;

/**
 * A stamp per source file: its byte size, with a digest of the content for small files
 * ("41723:9f86d081884c7d65"); "missing" for an absent file.
 */
export function sourceStamps(dir: string, files: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) {
    const p = join(dir, f);
    if (!existsSync(p)) {
      out[f] = 'missing';
      continue;
    }
    const size = statSync(p).size;
    out[f] =
      size <= DIGEST_MAX_BYTES
        ? `${size}:${createHash('sha1').update(readFileSync(p)).digest('hex').slice(0, 16)}`
        : String(size);
  }
  return out;
}

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

/** The compiled form of a loaded knowledge base. */
export function compileKb(kb: ActorKb, sources: Record<string, string>): CompiledKb {
  const rows: ActorRow[] = [];
  const rowOf = new Map<KbActor, number>();
  const row = (a: KbActor): number => {
    let n = rowOf.get(a);
    if (n === undefined) {
      n = rows.length;
      rowOf.set(a, n);
      const r: ActorRow = [a.id, a.kind, a.name, a.code, a.sector, a.country, a.priority];
      if (a.roles) r.push([...a.roles]);
      rows.push(r);
    }
    return n;
  };
  const byId: number[] = [...kb.byId.values()].map(row);
  const names: [string, HitRow[]][] = [...kb.names.map].map(([key, hits]) => [
    key,
    hits.map((h) => [row(h.actor), h.form === 'adjective' ? 1 : 0, bit(h.caps), bit(h.anyCase), bit(h.weak)]),
  ]);
  const agents: AgentRow[] = [...kb.agents.map].map(([key, a]) => [
    key,
    a.term,
    a.sector,
    bit(a.person),
    bit(a.plural),
    a.priority,
  ]);
  return {
    $generated: {
      by: 'scripts/build-actors.ts',
      from: Object.keys(sources).map((f) => `knowledge/actors/${f}`),
      note: 'generated file: do not edit; run npm run build:actors after changing knowledge/actors',
    },
    sources,
    actors: rows,
    byId,
    names,
    aliases: kb.stats.aliases,
    agents,
    givenNames: [...kb.givenNames],
  };
}

/** The knowledge base a compiled index holds. */
export function kbFromCompiled(c: CompiledKb, t0 = performance.now()): ActorKb {
  const actors: KbActor[] = c.actors.map(([id, kind, name, code, sector, country, priority, roles]) =>
    roles
      ? { id, kind, name, code, sector, country, roles, priority }
      : { id, kind, name, code, sector, country, priority },
  );
  const at = (n: number): KbActor => {
    const a = actors[n];
    if (!a) throw new Error(`compiled actor index: no actor row ${n}`);
    return a;
  };
  const names = emptyIndex<NameHit[]>();
  for (const [key, hits] of c.names) {
    const value: NameHit[] = hits.map(([n, form, caps, anyCase, weak]) => ({
      actor: at(n),
      form: form === 1 ? 'adjective' : 'name',
      caps: caps === 1,
      anyCase: anyCase === 1,
      weak: weak === 1,
    }));
    indexSetJoined(names, key, value);
  }
  const agents = emptyIndex<AgentInfo>();
  for (const [key, term, sector, person, plural, priority] of c.agents)
    indexSetJoined(agents, key, { term, sector, person: person === 1, plural: plural === 1, priority });
  const byId = new Map<string, KbActor>();
  for (const n of c.byId) {
    const a = at(n);
    byId.set(a.id, a);
  }
  return {
    names,
    agents,
    byId,
    givenNames: new Set(c.givenNames),
    misspelt: misspeltStates(byId),
    ...peopleIndexes(byId),
    stats: { actors: byId.size, aliases: c.aliases, agents: agents.map.size, ms: performance.now() - t0 },
  };
}

/**
 * The knowledge base from `dir`'s compiled index when there is one built from the sources as they
 * are now (same stamps); otherwise null (the caller builds from the sources).
 */
export function loadCompiled(dir: string, files: readonly string[], t0 = performance.now()): ActorKb | null {
  const p = join(dir, INDEX_FILE);
  if (!existsSync(p)) return null;
  let c: CompiledKb;
  try {
    c = JSON.parse(readFileSync(p, 'utf8')) as CompiledKb;
  } catch {
    return null;
  }
  const now = sourceStamps(dir, files);
  const built = c.sources ?? {};
  if (Object.keys(now).length !== Object.keys(built).length) return null;
  for (const [f, n] of Object.entries(now)) if (built[f] !== n) return null;
  return kbFromCompiled(c, t0);
}
