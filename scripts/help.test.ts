import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { docComment } from './help.js';

describe('script help', () => {
  it('takes the opening doc comment of a script as its help text', () => {
    assert.equal(
      docComment('/**\n * Trains the model.\n *\n *   npm run x\n */\nconst a = 1;'),
      'Trains the model.\n\n  npm run x',
    );
  });
  it('prints a benchmark’s help and exits without running it', () => {
    const bench = fileURLToPath(new URL('../bench/pipeline.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', bench, '--help'], { encoding: 'utf8', timeout: 20000 });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /bench:pipeline/);
    assert.doesNotMatch(r.stdout, /sentences\/s wall clock/);
  });
});
