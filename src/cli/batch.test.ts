import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument, type Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { emptyContext, pipeline, type Stage } from '../core/pipeline.js';
import { codeBatch } from './batch.js';

// a one-stage pipeline that fails on documents saying "boom" (no events: contract outputs are empty)
const failing: Stage = {
  name: 'fussy',
  requires: [],
  provides: [],
  run: (d: Document) => {
    if (d.text.includes('boom')) throw new DyadError('E099', 'cannot code this one');
    return d;
  },
};
const pipe = pipeline([failing]);
const ctx = emptyContext();
const docs = ['Talks resumed.', 'boom', 'Troops moved in.'].map((t, i) => createDocument(`d${i}`, t));

describe('codeBatch', () => {
  it('codes a batch into contract documents in input order', () => {
    const r = codeBatch(pipe, ctx, [docs[0]!, docs[2]!]);
    assert.deepEqual(
      r.map((x) => ('output' in x ? x.output.id : null)),
      ['d0', 'd2'],
    );
    assert.deepEqual(
      r.map((x) => x.index),
      [0, 1],
    );
  });
  it('reports a failing document in its place and still codes the others', () => {
    const r = codeBatch(pipe, ctx, docs);
    assert.equal(r.length, 3);
    assert.ok('output' in r[0]! && r[0].output.text === 'Talks resumed.');
    assert.ok('error' in r[1]! && r[1].error instanceof DyadError && r[1].error.code === 'E099');
    assert.ok('output' in r[2]! && r[2].output.id === 'd2');
  });
});
