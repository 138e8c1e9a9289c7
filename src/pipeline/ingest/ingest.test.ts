import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { decodeBytes } from './decode.js';
import { expandInputs, readBytes, readFile } from './files.js';
import type { IngestItem } from './readers.js';

const docs = (items: Iterable<IngestItem>): Document[] => [...items].flatMap((i) => ('doc' in i ? [i.doc] : []));
const errors = (items: Iterable<IngestItem>): DyadError[] => [...items].flatMap((i) => ('error' in i ? [i.error] : []));
const bytes = (s: string) => new TextEncoder().encode(s);

describe('decoding', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Kabul')]));
    assert.equal(d.text, 'Kabul');
    assert.ok(d.diagnostics.some((x) => x.code === 'W006'));
  });
  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kabul’s', 'utf16le')]);
    assert.equal(decodeBytes(le).text, 'Kabul’s');
    const be = Buffer.from(le.subarray(2)).swap16();
    assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, 'Kabul’s');
  });
  it('recognises UTF-16 LE without a byte-order mark', () => {
    assert.equal(decodeBytes(Buffer.from('Talks resumed in Doha.', 'utf16le')).text, 'Talks resumed in Doha.');
  });
  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    const d = decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    assert.equal(d.text, '“Hi” café');
    assert.ok(d.diagnostics.some((x) => x.code === 'W001'));
  });
  it('refuses a PNG as binary input (E003)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.throws(
      () => decodeBytes(png, { file: 'x.png' }),
      (e: unknown) => e instanceof DyadError && e.code === 'E003',
    );
  });
  it('refuses empty and blank input (E002)', () => {
    assert.throws(
      () => decodeBytes(new Uint8Array()),
      (e: unknown) => e instanceof DyadError && e.code === 'E002',
    );
    assert.throws(
      () => decodeBytes(bytes(' \n\t ')),
      (e: unknown) => e instanceof DyadError && e.code === 'E002',
    );
  });
});

describe('plain text', () => {
  it('takes the headline, section line and "Source:" trailer as metadata', () => {
    const text = 'Rebels Seize Town in North\n\nWorld\n\nRebels seized the town on Monday.\n\nSource: Example Wire\n';
    const [d] = docs(readBytes(bytes(text), 'story.txt', 'txt', { defaults: { published: '2020-01-02' } }));
    assert.ok(d);
    assert.equal(d.id, 'story');
    assert.equal(d.meta.title, 'Rebels Seize Town in North');
    assert.equal(d.meta.section, 'World');
    assert.equal(d.meta.outlet, 'Example Wire');
    assert.equal(d.meta.published, '2020-01-02');
    assert.equal(d.text, text);
  });
});

describe('JSON Lines', () => {
  it('reports a line that is not JSON with its line number and still reads the others', () => {
    const text =
      '{"id":"a","text":"One."}\n{"id":"b", text: oops}\n\n{"id":"c","text":"Three.","published":"2018-02-09T10:00:00Z"}\n';
    const items = [...readBytes(bytes(text), 'in.jsonl', 'jsonl')];
    assert.deepEqual(
      docs(items).map((d) => d.id),
      ['a', 'c'],
    );
    assert.equal(docs(items)[1]?.meta.published, '2018-02-09');
    const [e] = errors(items);
    assert.equal(e?.code, 'E006');
    assert.equal(e?.location.line, 2);
    assert.match(e?.format() ?? '', /^in\.jsonl:2: E006/);
  });
  it('rejects a line without text (E007) and names an id from the file and line when none is given', () => {
    const items = [...readBytes(bytes('{"title":"x"}\n{"text":"Body."}\n'), 'feed.jsonl', 'jsonl')];
    assert.equal(errors(items)[0]?.code, 'E007');
    assert.equal(docs(items)[0]?.id, 'feed:2');
  });
  it('warns about a published date it cannot read', () => {
    const [d] = docs(readBytes(bytes('{"text":"Body.","published":"someday"}'), 'f.jsonl', 'jsonl'));
    assert.equal(d?.meta.published, null);
    assert.ok(d?.diagnostics.some((x) => x.code === 'W005'));
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Site | Talks</title>
    <meta property="og:title" content="Envoys Meet in Doha">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2019-03-04T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Envoys Meet in Doha</h1>
    <p>Envoys from both sides met in Doha on Monday to discuss a ceasefire, officials said.</p>
    <p>The talks will resume next week, according to a statement released by the mediators.</p>
    <p>Both delegations described the meeting as constructive and said progress had been made.</p></article>
    <footer>Copyright</footer></body></html>`;
  it('extracts the main text, title, published date and outlet', () => {
    const [d] = docs(readBytes(bytes(page), 'page.html', 'html'));
    assert.ok(d);
    assert.equal(d.meta.title, 'Envoys Meet in Doha');
    assert.equal(d.meta.outlet, 'Example News');
    assert.equal(d.meta.published, '2019-03-04');
    assert.match(d.text, /Envoys from both sides met in Doha/);
    assert.doesNotMatch(d.text, /Copyright/);
  });
  it('reads text out of malformed HTML with unclosed tags', () => {
    const [d] = docs(
      readBytes(bytes('<html><body><p>Troops left the city on <b>Friday.<p>Residents returned'), 'bad.html', 'html'),
    );
    assert.match(d?.text ?? '', /Troops left the city on Friday/);
  });
  it('refuses HTML that holds no text (E008)', () => {
    const [e] = errors(readBytes(bytes('<html><body><script>x()</script></body></html>'), 'empty.html', 'html'));
    assert.equal(e?.code, 'E008');
    assert.equal(e?.location.file, 'empty.html');
  });
});

describe('files and directories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Troops moved in on Monday.');
  writeFileSync(join(dir, 'sub', 'b.jsonl'), '{"id":"b1","text":"Talks resumed."}\n');
  writeFileSync(join(dir, 'sub', 'ignore.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'empty.txt'), '');
  it('walks directories recursively for known file types', () => {
    const { files } = expandInputs([dir]);
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ['a.txt', 'empty.txt', 'sub/b.jsonl'],
    );
  });
  it('reports a missing file as E001 naming the file', () => {
    const { errors: errs } = expandInputs([join(dir, 'nope.txt')]);
    assert.equal(errs[0]?.code, 'E001');
    assert.equal(errs[0]?.location.file, join(dir, 'nope.txt'));
  });
  it('reports an empty file as E002', () => {
    assert.equal(errors(readFile(join(dir, 'empty.txt')))[0]?.code, 'E002');
  });
  it('refuses a file over the size limit with E004 before reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(2000));
    const [e] = errors(readFile(big, { maxBytes: 1000 }));
    assert.equal(e?.code, 'E004');
    assert.match(e?.message ?? '', /--max-bytes/);
  });
  it('sniffs the format of standard input', () => {
    const got = docs(readFile('-', {}, () => Buffer.from('{"id":"s","text":"From stdin."}\n')));
    assert.equal(got[0]?.id, 's');
  });
});
