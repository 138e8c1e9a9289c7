import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type CompiledKb, compileKb, INDEX_FILE, kbFromCompiled, sourceStamps } from './compiled.js';
import { buildActorKb, defaultActorsDir, loadActorKb, SOURCE_FILES } from './load.js';
import { indexGet } from './trie.js';
import type { ActorKb } from './types.js';

/** A knowledge base as plain data, for comparing two of them. */
function shape(kb: ActorKb) {
  const seq = <T>(ix: ActorKb['names'] | ActorKb['agents'], f: (v: never) => T) => ({
    map: [...ix.map].map(([k, v]) => [k, f(v as never)]),
    maxLen: [...ix.maxLen].sort(),
    prefixes: [...ix.prefixes].sort(),
  });
  return {
    names: seq(kb.names, (hits: ActorKb['names']['map'] extends Map<string, infer H> ? H : never) =>
      hits.map((h) => ({ ...h, actor: { ...h.actor } })),
    ),
    agents: seq(kb.agents, (a: object) => ({ ...a })),
    byId: [...kb.byId].map(([id, a]) => [id, { ...a }]),
    givenNames: [...kb.givenNames].sort(),
    actors: kb.stats.actors,
    aliases: kb.stats.aliases,
    agentCount: kb.stats.agents,
  };
}

const actor = (id: string, name: string, extra: object = {}) =>
  JSON.stringify({ id, kind: 'person', name, aliases: [], code: 'CHL', sector: 'GOV', ...extra });

/** A small invented knowledge directory with every source file. */
function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-compiled-'));
  const files: Record<string, string[]> = {
    'officeholders.jsonl': [
      actor('kb:person/ana-torres', 'Ana Torres', {
        aliases: ['Torres', 'President Ana Maria Torres'],
        roles: [{ code: 'CHL', sector: 'GOV', role: 'president', from: '2020-01-01' }],
      }),
    ],
    'groups.jsonl': [
      JSON.stringify({
        id: 'kb:group/andes-front',
        kind: 'group',
        name: 'Andes Liberation Front',
        aliases: ['ALF', 'the Andes Front'],
        code: 'ALF',
        sector: 'REB',
      }),
    ],
    'states.generated.jsonl': [
      '{"$generated":{"by":"test"}}',
      JSON.stringify({
        id: 'kb:state/chl',
        kind: 'state',
        name: 'Chile',
        aliases: ['Republic of Chile'],
        adjectives: ['Chilean'],
        code: 'CHL',
        sector: null,
      }),
    ],
    'phoenix-actors.generated.jsonl': [
      '{"$generated":{"by":"test"}}',
      actor('kb:person/ana-torres', 'Ana Torres', { aliases: ['A. Torres'] }),
      actor('kb:person/luis-pena', 'Luis Pena', { sector: 'MIL' }),
    ],
    'agents.jsonl': [JSON.stringify({ term: 'border guard', sector: 'MIL', person: true })],
    'phoenix-agents.generated.jsonl': [
      '{"$generated":{"by":"test"}}',
      JSON.stringify({ term: 'militia', sector: 'REB', plural: 'militias' }),
    ],
  };
  for (const [f, lines] of Object.entries(files)) writeFileSync(join(dir, f), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'given-names.json'), JSON.stringify({ names: ['Mateo'] }));
  return dir;
}

describe('compiled actor index', () => {
  it('is in sync with the knowledge files it was built from (run npm run build:actors -- --index-only)', () => {
    const dir = defaultActorsDir();
    const onDisk = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as CompiledKb;
    const fresh = compileKb(buildActorKb(dir), sourceStamps(dir, SOURCE_FILES));
    assert.deepEqual(onDisk.sources, fresh.sources, 'a source file changed since the index was built');
    assert.ok(JSON.stringify(onDisk) === JSON.stringify(fresh), 'the index differs from what the sources give');
  });

  it('loads the same knowledge base as the source files', () => {
    const dir = fixtureDir();
    try {
      const fromSources = buildActorKb(dir);
      const round = kbFromCompiled(
        JSON.parse(JSON.stringify(compileKb(fromSources, sourceStamps(dir, SOURCE_FILES)))) as CompiledKb,
      );
      assert.deepEqual(shape(round), shape(fromSources));
      // hits share one actor object, as when built from the sources
      const a = indexGet(round.names, ['ana', 'torres'])?.[0]?.actor;
      assert.ok(a && a === round.byId.get('kb:person/ana-torres'));
      assert.deepEqual(indexGet(round.names, ['torres'])?.[0]?.weak, true);
      assert.ok(round.names.prefixes.has('president ana'));
      assert.equal(round.names.maxLen.get('president'), 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read when present and falls back to the sources once a source file has changed', () => {
    const dir = fixtureDir();
    try {
      const compiled = compileKb(buildActorKb(dir), sourceStamps(dir, SOURCE_FILES));
      // an index marked by its content, to see which path loaded
      const marked = { ...compiled, givenNames: [...compiled.givenNames, 'fromindex'] };
      writeFileSync(join(dir, INDEX_FILE), JSON.stringify(marked));
      assert.ok(loadActorKb({ dir }).givenNames.has('fromindex'));
      assert.ok(!loadActorKb({ dir, compiled: false }).givenNames.has('fromindex'));
      // an edit that keeps the file's size is seen too (a curated file is stamped with its digest)
      const agents = join(dir, 'agents.jsonl');
      writeFileSync(agents, readFileSync(agents, 'utf8').replace('"MIL"', '"GOV"'));
      assert.ok(!loadActorKb({ dir }).givenNames.has('fromindex'));
      assert.equal(indexGet(loadActorKb({ dir }).agents, ['border', 'guard'])?.sector, 'GOV');
      writeFileSync(join(dir, INDEX_FILE), JSON.stringify({ ...marked, sources: sourceStamps(dir, SOURCE_FILES) }));
      assert.ok(loadActorKb({ dir }).givenNames.has('fromindex'));
      appendFileSync(join(dir, 'agents.jsonl'), `${JSON.stringify({ term: 'park ranger', sector: 'GOV' })}\n`);
      const kb = loadActorKb({ dir });
      assert.ok(!kb.givenNames.has('fromindex'));
      assert.equal(indexGet(kb.agents, ['park', 'rangers'])?.sector, 'GOV');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
