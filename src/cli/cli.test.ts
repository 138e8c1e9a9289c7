import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { OutputDocument } from '../schema/output.js';
import type { Io } from './io.js';
import { COMMANDS, main } from './main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = join(root, 'examples', 'voa-russia-is-afghanistan.txt');

function capture(stdin?: string): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out(s: string) {
      io.stdout += s;
    },
    err(s: string) {
      io.stderr += s;
    },
    ...(stdin !== undefined ? { stdin: () => Buffer.from(stdin) } : {}),
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('dyad code', () => {
  it('codes the reference article into a contract document', async () => {
    const io = capture();
    const status = await main(['code', example, '--format', 'json', '--published', '2018-02-09'], io);
    assert.equal(status, 0, io.stderr);
    const doc = OutputDocument.parse(JSON.parse(io.stdout));
    assert.equal(doc.title, 'Russia Says IS Turning Afghanistan Into ‘Resting Base’ for Regional Terrorism');
    assert.equal(doc.outlet, 'Voice of America');
    assert.equal(doc.published, '2018-02-09');
    assert.ok(doc.sentences.length >= 34);
    for (const s of doc.sentences) assert.equal(doc.text.slice(s.start, s.end).trim(), doc.text.slice(s.start, s.end));
    assert.ok(doc.sentences.every((s) => !doc.text.slice(s.start, s.end).endsWith('U.S.')));
  });
  it('writes one JSON document per line with --format jsonl and to a file with --out', async () => {
    const out = join(dir, 'out.jsonl');
    const input = file('two.jsonl', '{"id":"a","text":"Troops moved in."}\n{"id":"b","text":"Talks resumed."}\n');
    const status = await main(['code', input, '--format', 'jsonl', '--out', out], capture());
    assert.equal(status, 0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.deepEqual(
      lines.map((l) => OutputDocument.parse(JSON.parse(l)).id),
      ['a', 'b'],
    );
  });
  it('prints a table for people with one row per event', async () => {
    const io = capture();
    assert.equal(await main(['code', example, '--format', 'table'], io), 0);
    assert.match(io.stdout, /^voa-russia-is-afghanistan — Russia Says IS/);
    assert.doesNotMatch(io.stdout, /\u001b\[/); // no colour when not a terminal
  });
  it('reads standard input with -', async () => {
    const io = capture('Rebels attacked a convoy near the border on Sunday.');
    assert.equal(await main(['code', '-', '--format', 'jsonl'], io), 0);
    assert.equal(JSON.parse(io.stdout).id, 'stdin');
  });
  it('codes the good lines of a JSONL file, reports the bad one by line, and exits 1', async () => {
    const io = capture();
    const input = file('mixed.jsonl', '{"id":"ok1","text":"One."}\n{broken\n{"id":"ok2","text":"Two."}\n');
    assert.equal(await main(['code', input, '--format', 'jsonl'], io), 1);
    assert.equal(io.stdout.trim().split('\n').length, 2);
    assert.match(io.stderr, /mixed\.jsonl:2: E006 invalid JSON/);
  });
  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: E001/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: E002/],
    [
      'a PNG file',
      () => file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])),
      /image\.txt: E003/,
    ],
    ['HTML with no text', () => file('broken.html', '<html><body><div><script>1</script>'), /broken\.html: E008/],
  ];
  for (const [what, make, message] of bad) {
    it(`reports ${what} with a code and the file name, without a stack trace, and exits 1`, async () => {
      const io = capture();
      assert.equal(await main(['code', make()], io), 1);
      assert.match(io.stderr, message);
      assert.doesNotMatch(io.stderr, /\n\s+at /);
    });
  }
  it('refuses a 50 MB text file above the configurable limit with E004', async () => {
    const big = file('big.txt', Buffer.alloc(50 * 1024 * 1024, 'word '));
    const io = capture();
    assert.equal(await main(['code', big], io), 1);
    assert.match(io.stderr, /big\.txt: E004 input too large: 52428800 bytes is over the limit/);
  });
  it('processes a large file when the limit is raised', async () => {
    const text = 'Troops moved into the city on Monday. '.repeat(3000);
    const io = capture();
    assert.equal(await main(['code', file('large.txt', text), '--max-bytes', '200000', '--format', 'jsonl'], io), 0);
    assert.ok(JSON.parse(io.stdout).sentences.length >= 3000);
  });
  it('answers a bad flag with a usage error (exit 2)', async () => {
    const io = capture();
    assert.equal(await main(['code', example, '--format', 'xml'], io), 2);
    assert.match(io.stderr, /E010/);
  });
});

describe('help', () => {
  it('prints help for every command', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const io = capture();
      assert.equal(await main([name, '--help'], io), 0);
      assert.match(io.stdout, /Usage: dyad /);
    }
  });
  it('lists the commands with no arguments', async () => {
    const io = capture();
    await main([], io);
    assert.match(io.stdout, /Commands:\n\s+code/);
  });
});

describe('the dyad executable', () => {
  it('runs from bin/ and reports errors without a stack trace', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'dyad.mjs'), 'code', join(dir, 'nowhere.txt')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), `dyad: ${join(dir, 'nowhere.txt')}: E001 file not found: no such file or directory`);
  });
});
