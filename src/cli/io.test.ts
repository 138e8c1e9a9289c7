import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeAll } from './io.js';

describe('writeAll', () => {
  it('keeps writing after a partial write and a busy pipe until every byte is out', () => {
    const got: Buffer[] = [];
    let calls = 0;
    const fake = ((_fd: number, buf: Buffer, off: number, len: number) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error('busy'), { code: 'EAGAIN' });
      const n = Math.min(len, 3);
      got.push(Buffer.from(buf.subarray(off, off + n)));
      return n;
    }) as unknown as typeof import('node:fs').writeSync;
    writeAll(1, 'Kabul → Doha', fake);
    assert.equal(Buffer.concat(got).toString('utf8'), 'Kabul → Doha');
  });
  it('delivers more than a pipe buffer of output through a pipe intact', () => {
    const io = fileURLToPath(new URL('./io.ts', import.meta.url));
    const code = `import { writeAll } from ${JSON.stringify(io)}; writeAll(1, 'x'.repeat(1 << 20) + 'END');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      maxBuffer: 1 << 22,
    });
    assert.equal(r.stdout.length, (1 << 20) + 3);
  });
});
