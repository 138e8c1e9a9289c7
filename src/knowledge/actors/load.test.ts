import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DyadError } from '../../core/errors.js';
import { eachKnowledgeJsonl, loadActorKb, readKnowledgeJsonl } from './load.js';
import { aliasTokens, normToken } from './normalize.js';
import { roleAt } from './roles.js';
import { indexGet } from './trie.js';
import type { ActorKb } from './types.js';

let kb: ActorKb;
before(() => {
  kb = loadActorKb();
});

const lookup = (alias: string) => indexGet(kb.names, aliasTokens(alias).map(normToken)) ?? [];

describe('actor knowledge base', () => {
  it('resolves aliases of states, seats of power and armed groups', () => {
    assert.equal(lookup('the U.S.')[0]?.actor.code, 'USA');
    assert.equal(lookup('America')[0]?.actor.code, 'USA');
    assert.equal(lookup('Pakistani')[0]?.actor.code, 'PAK');
    assert.equal(lookup('Pakistani')[0]?.form, 'adjective');
    const kremlin = lookup('the Kremlin')[0]?.actor;
    assert.equal(kremlin?.code, 'RUS');
    assert.equal(kremlin?.sector, 'GOV');
    assert.equal(lookup('the Pentagon')[0]?.actor.sector, 'MIL');
    for (const a of ['Daesh', 'ISIL', 'ISIS', 'Islamic State']) assert.equal(lookup(a)[0]?.actor.code, 'ISIS', a);
    assert.equal(lookup('IS-K')[0]?.actor.country, 'AFG');
    assert.equal(lookup('Hezbollah')[0]?.actor.country, 'LBN');
    assert.equal(lookup('NATO')[0]?.actor.code, 'IGO');
  });

  it('gives "American" to the United States only', () => {
    const hits = lookup('American');
    assert.deepEqual(
      hits.map((h) => h.actor.code),
      ['USA'],
    );
  });

  it('gives an office holder the role held on the date ("Donald Trump" in 2018 and 2022)', () => {
    const trump = lookup('Donald Trump')[0]?.actor;
    assert.ok(trump);
    assert.deepEqual([roleAt(trump, '2018-02-09').code, roleAt(trump, '2018-02-09').sector], ['USA', 'GOV']);
    assert.equal(roleAt(trump, '2022-06-01').sector, 'ELI');
    const obama = lookup('Barack Obama')[0]?.actor;
    assert.ok(obama);
    assert.equal(roleAt(obama, '2012-01-01').sector, 'GOV');
    assert.equal(roleAt(obama, '2019-01-01').sector, 'ELI');
  });

  it('marks one-word person aliases as weak and keeps role nouns with plurals', () => {
    assert.ok(lookup('Lavrov').some((h) => h.weak));
    assert.ok(!lookup('Sergei Lavrov').some((h) => h.weak));
    assert.equal(indexGet(kb.agents, ['ambassadors'])?.plural, true);
    assert.equal(indexGet(kb.agents, ['militants'])?.sector, 'INS');
  });
});

describe('actor knowledge files on disk', () => {
  it('reports a malformed line as E012 with its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
    const f = join(dir, 'bad.jsonl');
    writeFileSync(f, '{"id":"kb:state/aaa"}\n{"id": oops}\n');
    try {
      assert.throws(
        () => readKnowledgeJsonl(f),
        (e: unknown) => e instanceof DyadError && e.code === 'E012' && e.location.line === 2,
      );
      assert.throws(
        () => readKnowledgeJsonl(join(dir, 'missing.jsonl')),
        (e: unknown) => e instanceof DyadError && e.code === 'E012',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads records one at a time, skipping the generated header and blank lines, with the same errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
    const good = join(dir, 'good.jsonl');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(good, '{"$generated":{"by":"x"}}\n{"id":"a"}\n\n  \n{"id":"b"}\r\n');
    writeFileSync(bad, '{"id":"a"}\n\n{"id": oops}\n');
    try {
      assert.deepEqual([...eachKnowledgeJsonl(good)], readKnowledgeJsonl(good));
      assert.deepEqual(
        [...eachKnowledgeJsonl<{ id: string }>(good)].map((r) => r.id),
        ['a', 'b'],
      );
      assert.throws(
        () => [...eachKnowledgeJsonl(bad)],
        (e: unknown) => e instanceof DyadError && e.code === 'E012' && e.location.line === 3,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
