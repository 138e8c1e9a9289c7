import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { emptyContext, pipeline, type Stage } from '../core/pipeline.js';
import { segmentStage } from '../pipeline/segment/index.js';
import { codeMany, codeOne, toPlain } from './coder.js';

const refuseBad: Stage = {
  name: 'refuse-bad',
  requires: ['sentences'],
  provides: [],
  run(doc) {
    if (doc.text.includes('BAD')) throw new DyadError('E011', 'this document is refused');
    return doc;
  },
};
const pipe = pipeline([segmentStage, refuseBad]);
const ctx = emptyContext();
const plain = (id: string, text: string) => toPlain(createDocument(id, text, {}));

describe('coding documents in batches', () => {
  it('gives the same outputs as coding each document alone', () => {
    const docs = [plain('a', 'Freedonia met Sylvania. They talked.'), plain('b', 'Ruritania protested.')];
    assert.deepEqual(
      codeMany(docs, pipe, ctx),
      docs.map((d) => codeOne(d, pipe, ctx)),
    );
  });
  it('codes the good documents of a batch in which one fails, and reports the bad one', () => {
    const r = codeMany(
      [plain('a', 'Freedonia met Sylvania.'), plain('b', 'A BAD one.'), plain('c', 'Fine.')],
      pipe,
      ctx,
    );
    assert.deepEqual(
      r.map((x) => ('error' in x ? 'error' : x.output.id)),
      ['a', 'error', 'c'],
    );
  });
});
