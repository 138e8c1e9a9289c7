import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  dayOf,
  dyads,
  getDocument,
  graph,
  listClaims,
  listEvents,
  MIGRATIONS,
  openStore,
  storeBatch,
} from './index.js';
import { documentRows } from './rows.js';
import { TABLES } from './schema.js';
import { fixtureDocument } from './test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const count = async (s: Awaited<ReturnType<typeof openStore>>, t: string) =>
  Number((await s.all(`SELECT count(*) AS n FROM ${t}`))[0]?.n);

describe('store', () => {
  it('applies every migration once and records it', async () => {
    const path = join(dir, 'mig.duckdb');
    (await openStore(path)).close();
    const s = await openStore(path);
    const rows = await s.all('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      rows.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    s.close();
  });

  it('upgrades a database written by an older dyad when a reader opens it', async () => {
    const path = join(dir, 'old.duckdb');
    const w = await openStore(path);
    await storeBatch(w, [{ doc: fixtureDocument() }]);
    await w.run('DELETE FROM schema_migrations WHERE version = 4');
    await w.run('CREATE OR REPLACE VIEW unique_events AS SELECT * FROM events WHERE NOT dup');
    await w.run('ALTER TABLE events DROP COLUMN pair');
    w.close();
    const r = await openStore(path, { readOnly: true });
    assert.equal((await listEvents(r, {}, { limit: 10, offset: 0 })).total, 4);
    r.close();
  });

  it('re-ingesting the same article changes nothing', async () => {
    const s = await openStore(join(dir, 'idem.duckdb'));
    const doc = fixtureDocument();
    const first = await storeBatch(s, [{ doc, source: 'a.txt' }]);
    assert.equal(first.stored, 1);
    const before = await Promise.all(
      ['documents', 'events', 'claims', 'responses', 'mentions'].map((t) => count(s, t)),
    );
    const again = await storeBatch(s, [
      { doc, source: 'a.txt' },
      { doc: { ...doc, text: `  ${doc.text}\n` }, source: 'b.txt' },
    ]);
    assert.equal(again.stored, 0);
    assert.equal(again.unchanged, 2);
    const afterCounts = await Promise.all(
      ['documents', 'events', 'claims', 'responses', 'mentions'].map((t) => count(s, t)),
    );
    assert.deepEqual(afterCounts, before);
    assert.deepEqual(before, [1, 4, 1, 1, 3]);
    s.close();
  });

  it('stores a batch in one transaction: a failing batch leaves nothing behind', async () => {
    const s = await openStore(join(dir, 'tx.duckdb'));
    const good = fixtureDocument({ id: 'good' });
    const bad = fixtureDocument({
      id: 'bad',
      text: 'Freedonia accuses Sylvania of massing troops near its ports. Sylvania rejects the charges again. Officials from Freedonia and Osterlich met in Vienna on Monday to sign.',
    });
    // an event whose trigger is not an integer makes the appender fail half-way through the batch
    const broken = { ...bad, events: bad.events.map((e) => ({ ...e, trigger: { start: Number.NaN, end: 1 } })) };
    await assert.rejects(storeBatch(s, [{ doc: good }, { doc: broken }]), (e: { code?: string }) => e.code === 'E016');
    assert.equal(await count(s, 'documents'), 0);
    assert.equal(await count(s, 'events'), 0);
    s.close();
  });

  it('flags a near-duplicate article (same wire story, another outlet) and does not count its events twice', async () => {
    const s = await openStore(join(dir, 'dup.duckdb'));
    const original = fixtureDocument({ id: 'wire-a', outlet: 'Outlet A' });
    const copy = fixtureDocument({ id: 'wire-b', outlet: 'Outlet B', extra: 'Reporting by staff.' });
    const r = await storeBatch(s, [{ doc: original }]);
    const r2 = await storeBatch(s, [{ doc: copy }]);
    assert.equal(r2.duplicates, 1);
    assert.equal(r2.documents[0]?.duplicateOf, r.documents[0]?.uid);
    const page = await listEvents(s, {}, { limit: 50, offset: 0 });
    assert.equal(page.total, 4);
    const all = await listEvents(s, { includeDuplicates: true }, { limit: 50, offset: 0 });
    assert.equal(all.total, 8);
    const other = fixtureDocument({
      id: 'other',
      text: 'Radio Osterlich says Freedonia accuses Sylvania of massing troops in secret. Sylvania rejects it flatly in a long letter. On Monday in Vienna Freedonia and Osterlich did sign a pact on rivers.',
    });
    assert.equal((await storeBatch(s, [{ doc: other }])).duplicates, 0);
    s.close();
  });

  it('flags a near-duplicate within the same batch', async () => {
    const s = await openStore(':memory:');
    const a = fixtureDocument({ id: 'same-a', outlet: 'Outlet A' });
    const b = fixtureDocument({ id: 'same-b', outlet: 'Outlet B', extra: 'Copyright the agency.' });
    const r = await storeBatch(s, [{ doc: a }, { doc: b }]);
    assert.equal(r.stored, 2);
    assert.equal(r.duplicates, 1);
    assert.equal(r.documents[1]?.duplicateOf, r.documents[0]?.uid);
    s.close();
  });

  it('answers dyads, graph, claims and document queries from stored rows', async () => {
    const s = await openStore(':memory:');
    await storeBatch(s, [{ doc: fixtureDocument() }]);
    const d = await dyads(s, {}, 'month');
    const frdSyl = d.find((r) => r.actor === 'FRD' && r.recipient === 'SYL');
    assert.equal(frdSyl?.ACCUSE, 1);
    assert.equal(frdSyl?.quad3, 1);
    assert.equal(frdSyl?.goldsteinSum, -2);
    assert.equal(frdSyl?.period, '2020-03-01');
    const g = await graph(s, {});
    assert.deepEqual(g.edges.map((e) => `${e.source}-${e.target}`).sort(), ['FRD-OST', 'FRD-SYL', 'SYL-FRD']);
    assert.equal(g.nodes.find((n) => n.id === 'FRD')?.name, 'Freedonia');
    const claims = await listClaims(s, { limit: 10, offset: 0 });
    const reply = ((claims[0]?.responses ?? []) as { stance: string; evidence: { text: string } }[])[0];
    assert.equal(reply?.stance, 'reject');
    assert.match(reply?.evidence.text ?? '', /rejects the charges/);
    const doc = await getDocument(s, 'fixture-1');
    assert.equal((doc.events as unknown[]).length, 4);
    const ev = await listEvents(s, { type: ['AGREE'], place: 'Vienna' }, { limit: 10, offset: 0 });
    assert.equal(ev.items[0]?.date, '2020-03-02');
    assert.equal((await listEvents(s, { text: 'propaganda' }, { limit: 10, offset: 0 })).total, 1);
    assert.equal((await listEvents(s, { from: '2020-03-03' }, { limit: 10, offset: 0 })).total, 3);
    s.close();
  });

  it("builds every row with exactly its table's columns", () => {
    const info = {
      uid: 'd1',
      hash: 'h',
      minhash: '',
      duplicateOf: null,
      similarity: null,
      source: null,
      ingestedAt: '2020-01-01T00:00:00Z',
    };
    for (const [table, rows] of Object.entries(documentRows(fixtureDocument(), info))) {
      for (const row of rows) assert.equal(row.length, TABLES[table as keyof typeof TABLES].columns.length, table);
    }
  });

  it('counts every actor–recipient pair of a compound event in dyads and graph, and lists the event once', async () => {
    const s = await openStore(':memory:');
    const base = fixtureDocument({ id: 'compound' });
    const ost = base.actors.find((a) => a.code === 'OST');
    assert.ok(ost);
    // "Freedonia and Osterlich accuse Sylvania": two actors, one recipient
    const doc = {
      ...base,
      events: base.events.map((e) => (e.event === 'ACCUSE' ? { ...e, actor: [...e.actor, ost] } : e)),
    };
    await storeBatch(s, [{ doc }]);
    const g = await graph(s, { type: ['ACCUSE'] });
    assert.deepEqual(g.edges.map((e) => `${e.source}-${e.target}`).sort(), ['FRD-SYL', 'OST-SYL']);
    const d = await dyads(s, { actor: 'OST', type: ['ACCUSE'] }, 'year');
    assert.equal(d.length, 1);
    assert.equal(d[0]?.ACCUSE, 1);
    assert.equal((await listEvents(s, { type: ['ACCUSE'] }, { limit: 10, offset: 0 })).total, 1);
    const byOst = await listEvents(s, { actor: 'OST' }, { limit: 10, offset: 0 });
    assert.equal(byOst.total, 1);
    assert.equal(byOst.items[0]?.actorCode, 'OST');
    s.close();
  });

  it('turns TIMEX values into days, falling back to the publication date', () => {
    assert.equal(dayOf('2018-W06', null), '2018-02-05');
    assert.equal(dayOf('2018-02', '2018-02-09'), '2018-02-01');
    assert.equal(dayOf('PAST_REF', '2018-02-09'), '2018-02-09');
    assert.equal(dayOf('2018', '2018-02-09'), '2018-02-09');
    assert.equal(dayOf('2018-02-30', null), null);
  });
});
