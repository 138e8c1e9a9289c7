import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.js';
import type { Io } from './io.js';
import { main } from './main.js';
import { checkReadOnly } from './query.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const BIN = fileURLToPath(new URL('../../bin/dyad.mjs', import.meta.url));

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

const article = (i: number) =>
  `Harbour talks resume in Port Emberly number ${i}\n\nDelegates from Norland and Westmark met on Tuesday in Port Emberly for round ${i} of talks on fishing rights. ` +
  `The Norland minister said the round ${i} agreement would be signed in ${2000 + i}. Observers in item ${i} called it progress.`;

async function count(db: string, sql = 'SELECT count(*) AS n FROM documents'): Promise<number> {
  const s = await openStore(db, { readOnly: true });
  try {
    return Number((await s.all(sql))[0]?.n);
  } finally {
    s.close();
  }
}

describe('dyad ingest', () => {
  it('stores text, HTML, JSONL and RSS inputs once, however often it is run', async () => {
    const src = join(dir, 'mixed');
    mkdirSync(src);
    writeFileSync(join(src, 'a.txt'), article(1));
    writeFileSync(
      join(src, 'b.html'),
      `<html><head><title>Talks</title><meta property="article:published_time" content="2021-05-04"></head><body><article><p>${article(2).replace(/\n\n/, '</p><p>')}</p></article></body></html>`,
    );
    writeFileSync(
      join(src, 'c.jsonl'),
      `${JSON.stringify({ id: 'j1', text: article(3), published: '2021-05-05' })}\n${JSON.stringify({ id: 'j2', text: article(4) })}\n`,
    );
    writeFileSync(
      join(src, 'd.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Feed</title>
       <item><title>Round five</title><link>https://example.org/5</link><pubDate>Wed, 05 May 2021 08:00:00 GMT</pubDate>
       <description>&lt;p&gt;${article(5).replace(/\n/g, ' ')}&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>`,
    );
    const db = join(dir, 'mixed.duckdb');
    const io = capture();
    assert.equal(await main(['ingest', src, '--db', db, '--workers', '0'], io), 0, io.stderr);
    assert.match(io.stdout, /5 stored, 0 unchanged/);
    const again = capture();
    assert.equal(await main(['ingest', src, '--db', db, '--workers', '0'], again), 0);
    assert.match(again.stdout, /0 stored, 5 unchanged/);
    assert.equal(await count(db), 5);
    const s = await openStore(db, { readOnly: true });
    const feed = (
      await s.all(
        "SELECT outlet, url, CAST(published AS VARCHAR) AS p, text FROM documents WHERE source LIKE '%d.rss%'",
      )
    )[0];
    s.close();
    assert.equal(feed?.outlet, 'Wire Feed');
    assert.equal(feed?.url, 'https://example.org/5');
    assert.equal(feed?.p, '2021-05-05');
    assert.doesNotMatch(String(feed?.text), /alert|<p>/);
  });

  it('codes in worker threads', async () => {
    const src = join(dir, 'workers');
    mkdirSync(src);
    for (let i = 10; i < 14; i++) writeFileSync(join(src, `w${i}.txt`), article(i));
    const db = join(dir, 'workers.duckdb');
    const io = capture();
    assert.equal(await main(['ingest', src, '--db', db, '--workers', '2', '--batch-size', '2'], io), 0, io.stderr);
    assert.equal(await count(db), 4);
  });

  it('completes a run killed with SIGKILL in the middle of a batch: nothing lost, nothing doubled', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => JSON.stringify({ id: `k${i}`, text: article(100 + i) })).join(
      '\n',
    );
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, lines);
    const db = join(dir, 'killed.duckdb');
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--workers', '0', '--batch-size', '3'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      let seen = 0;
      child.stderr.on('data', (b: Buffer) => {
        seen += (b.toString().match(/batch \d+/g) ?? []).length;
        if (seen >= 3) child.kill('SIGKILL');
      });
      child.on('exit', (_code, sig) => resolve(sig));
    });
    assert.equal(signal, 'SIGKILL', 'the first run was not interrupted');
    const partial = await count(db);
    assert.ok(partial >= 9 && partial < 80, `after the kill ${partial} documents were stored`);
    const io = capture();
    assert.equal(await main(['ingest', file, '--db', db, '--workers', '0', '--batch-size', '50'], io), 0, io.stderr);
    assert.equal(await count(db), 80);
    assert.equal(await count(db, 'SELECT count(DISTINCT hash) AS n FROM documents'), 80);
    assert.equal(
      await count(db, 'SELECT count(*) AS n FROM (SELECT uid, idx FROM sentences GROUP BY ALL HAVING count(*) > 1)'),
      0,
    );
  });

  it('reports a missing input with its code and goes on with the rest', async () => {
    const ok = join(dir, 'one.txt');
    writeFileSync(ok, article(900));
    const io = capture();
    assert.equal(
      await main(['ingest', ok, join(dir, 'nope.txt'), '--db', join(dir, 'err.duckdb'), '--workers', '0'], io),
      1,
    );
    assert.match(io.stderr, /E001/);
    assert.match(io.stdout, /1 stored/);
  });

  it('runs read-only queries and refuses anything else', async () => {
    assert.throws(() => checkReadOnly('DROP TABLE events'), { code: 'E017' });
    assert.throws(() => checkReadOnly("COPY events TO '/tmp/x.csv'"), { code: 'E017' });
    assert.throws(() => checkReadOnly('SELECT 1; DELETE FROM events'), { code: 'E017' });
    assert.equal(checkReadOnly("SELECT ';' AS x;"), "SELECT ';' AS x");
    const io = capture();
    assert.equal(
      await main(
        ['query', 'SELECT count(*) AS n FROM documents', '--db', join(dir, 'mixed.duckdb'), '--format', 'jsonl'],
        io,
      ),
      0,
      io.stderr,
    );
    assert.equal(JSON.parse(io.stdout).n, 5);
  });
});
