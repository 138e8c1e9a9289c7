import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportEvents, GDELT_COLUMNS, openStore, type Store, storeBatch } from './index.js';
import { fixtureDocument } from './test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
let store: Store;
before(async () => {
  store = await openStore(join(dir, 'x.duckdb'));
  await storeBatch(store, [{ doc: fixtureDocument(), source: 'fixture.txt' }]);
});
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const collect = async (format: 'plover-jsonl' | 'gdelt' | 'csv', filter = {}) => {
  let s = '';
  const n = await exportEvents(store, format, filter, { write: (c) => (s += c) });
  return { n, s };
};

describe('export', () => {
  it('writes one PLOVER event per JSON line with its document', async () => {
    const { n, s } = await collect('plover-jsonl');
    const lines = s
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(n, 4);
    assert.equal(lines.length, 4);
    const accuse = lines.find((l) => l.event === 'ACCUSE');
    assert.equal(accuse.actor[0].code, 'FRD');
    assert.equal(accuse.document.id, 'fixture-1');
    assert.equal(accuse.document.text, undefined);
  });

  it('writes the 61 GDELT 2.0 event columns, tab-separated, without a header', async () => {
    const { s } = await collect('gdelt', { type: ['AGREE'] });
    const cells = s.trimEnd().split('\n')[0]?.split('\t') ?? [];
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(cells.length, 61);
    const col = (name: string) => cells[GDELT_COLUMNS.findIndex(([n]) => n === name)];
    assert.equal(col('SQLDATE'), '20200302');
    assert.equal(col('Actor1Code'), 'FRDGOV');
    assert.equal(col('Actor2Code'), 'OSTGOV');
    assert.equal(col('EventCode'), '057');
    assert.equal(col('EventRootCode'), '05');
    assert.equal(col('QuadClass'), '1');
    assert.equal(Number(col('GoldsteinScale')), 8);
    // FIPS 10-4, as GDELT writes it: Austria is AU (ISO's AT)
    assert.equal(col('ActionGeo_CountryCode'), 'AU');
    // FIPS country + FIPS division: Vienna (the state) is AU09
    assert.equal(col('ActionGeo_ADM1Code'), 'AU09');
    assert.equal(col('AvgTone'), '0');
    assert.equal(col('ActionGeo_Type'), '4');
    assert.equal(col('NumArticles'), '1');
    assert.equal(col('SOURCEURL'), 'https://example.org/fixture-1');
  });

  it('writes GDELT to a file through DuckDB with the same columns', async () => {
    const path = join(dir, 'events.tsv');
    await exportEvents(store, 'gdelt', {}, { path });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.ok(lines.every((l) => l.split('\t').length === 61));
  });

  it('writes CSV with a header and quoted sentences', async () => {
    const { s } = await collect('csv', { actor: 'SYL' });
    const [header, ...rows] = s.trimEnd().split('\n');
    assert.match(header ?? '', /^key,pair,uid,doc_id,event_id,date,event/);
    assert.equal(rows.length, 2);
    const path = join(dir, 'events.csv');
    assert.equal(await exportEvents(store, 'csv', {}, { path }), 4);
    assert.match(readFileSync(path, 'utf8'), /^key,pair,uid,doc_id/);
  });

  it('writes Parquet that DuckDB reads back', async () => {
    const path = join(dir, "events'1.parquet");
    assert.equal(await exportEvents(store, 'parquet', {}, { path }), 4);
    const rows = await store.all(
      `SELECT event, actor_code, goldstein FROM read_parquet('${path.replace(/'/g, "''")}') ORDER BY event`,
    );
    assert.deepEqual(
      rows.map((r) => r.event),
      ['ACCUSE', 'AGREE', 'MOBILIZE', 'REJECT'],
    );
    assert.equal(rows[1]?.goldstein, 8);
  });

  it('refuses Parquet to standard output', async () => {
    await assert.rejects(
      exportEvents(store, 'parquet', {}, { write: () => undefined }),
      (e: { code?: string }) => e.code === 'E010',
    );
  });
});
