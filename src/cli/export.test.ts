import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore, storeBatch } from '../store/index.js';
import { fixtureDocument } from '../store/test-fixtures.js';
import type { Io } from './io.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-cli-'));
const db = join(dir, 'x.duckdb');
before(async () => {
  const s = await openStore(db);
  await storeBatch(s, [{ doc: fixtureDocument() }]);
  s.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

function capture(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
  };
  return io;
}

describe('dyad export, dyads and query', () => {
  it('exports filtered events in each format', async () => {
    const io = capture();
    assert.equal(await main(['export', '--format', 'plover-jsonl', '--db', db, '--type', 'REJECT'], io), 0, io.stderr);
    assert.equal(JSON.parse(io.stdout.trim()).event, 'REJECT');
    const g = capture();
    assert.equal(await main(['export', '--format', 'gdelt', '--db', db, '--actor', 'FRD'], g), 0);
    assert.equal(g.stdout.trim().split('\n').length, 2);
    const out = join(dir, 'e.parquet');
    assert.equal(await main(['export', '--format', 'parquet', '--db', db, '--out', out], capture()), 0);
    const s = await openStore(db, { readOnly: true });
    const [n] = await s.all(`SELECT count(*) AS n FROM read_parquet('${out}')`);
    s.close();
    assert.equal(n?.n, 4);
    const csv = join(dir, 'e.csv');
    assert.equal(
      await main(['export', '--format', 'csv', '--db', db, '--out', csv, '--from', '2020-03-03'], capture()),
      0,
    );
    assert.equal(readFileSync(csv, 'utf8').trim().split('\n').length, 4);
  });

  it('refuses a bad format, a bad filter and a missing database with coded usage errors', async () => {
    const io = capture();
    assert.equal(await main(['export', '--format', 'xml', '--db', db], io), 2);
    assert.match(io.stderr, /E010/);
    const f = capture();
    assert.equal(await main(['export', '--format', 'csv', '--db', db, '--type', 'HUG'], f), 2);
    assert.match(f.stderr, /E010.*--type/);
    const d = capture();
    assert.equal(await main(['dyads', '--db', join(dir, 'none.duckdb')], d), 1);
    assert.match(d.stderr, /E001/);
  });

  it('prints dyadic counts per period', async () => {
    const io = capture();
    assert.equal(await main(['dyads', '--db', db, '--interval', 'week', '--format', 'jsonl'], io), 0, io.stderr);
    const rows = io.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const frd = rows.find((r) => r.actor === 'FRD' && r.recipient === 'SYL');
    assert.equal(frd.period, '2020-03-02');
    assert.equal(frd.ACCUSE, 1);
    const csv = capture();
    assert.equal(await main(['dyads', '--db', db], csv), 0);
    assert.match(csv.stdout, /^actor,recipient,period,events,AGREE/);
  });
});
