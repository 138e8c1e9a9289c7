import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DyadError } from '../../core/errors.js';
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from './load.js';

describe('loading the syntax model', () => {
  it('uses the beam width it is given instead of the model file’s', async () => {
    const own = await loadSyntaxModel(DEFAULT_SYNTAX_MODEL);
    assert.ok(own.beam >= 1);
    const wide = await loadSyntaxModel(DEFAULT_SYNTAX_MODEL, { beam: 4 });
    assert.equal(wide.beam, 4);
  });

  it('refuses a beam width that is not a positive whole number (E011)', async () => {
    await assert.rejects(loadSyntaxModel(DEFAULT_SYNTAX_MODEL, { beam: 0 }), (e: unknown) => {
      return e instanceof DyadError && e.code === 'E011';
    });
  });
});
