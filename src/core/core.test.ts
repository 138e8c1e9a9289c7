import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addLayer, createDocument, hasLayer, layer } from './document.js';
import { DyadError, toDyadError } from './errors.js';
import { emptyContext, pipeline, type Stage } from './pipeline.js';
import { isValidSpan, overlaps, trimSpan } from './span.js';

declare module './document.js' {
  interface Layers {
    testA: readonly number[];
    testB: string;
  }
}

const stageA: Stage = { name: 'a', requires: [], provides: ['testA'], run: (d) => addLayer(d, 'testA', [1, 2]) };
const stageB: Stage = {
  name: 'b',
  requires: ['testA'],
  provides: ['testB'],
  run: (d) => addLayer(d, 'testB', String(layer(d, 'testA').length)),
};

describe('Document', () => {
  it('adds layers without changing the original document', () => {
    const d0 = createDocument('d', 'Some text.');
    const d1 = addLayer(d0, 'testA', [1]);
    assert.equal(hasLayer(d0, 'testA'), false);
    assert.deepEqual(layer(d1, 'testA'), [1]);
    assert.ok(Object.isFrozen(d1) && Object.isFrozen(d1.layers));
  });
  it('refuses to replace a layer that is already present', () => {
    const d = addLayer(createDocument('d', 'x'), 'testA', [1]);
    assert.throws(
      () => addLayer(d, 'testA', [2]),
      (e: unknown) => e instanceof DyadError && e.code === 'E011',
    );
  });
  it('reports a missing layer as a pipeline error', () => {
    assert.throws(() => layer(createDocument('d', 'x'), 'testB'), /layer "testB" is missing/);
  });
});

describe('pipeline', () => {
  it('runs stages in order and each sees the layers of the ones before', () => {
    const out = pipeline([stageA, stageB]).run(createDocument('d', 'x'), emptyContext());
    assert.equal(layer(out, 'testB'), '2');
  });
  it('refuses, when built, a stage whose required layer no earlier stage provides', () => {
    assert.throws(() => pipeline([stageB, stageA]), /stage "b" requires layer "testA"/);
  });
  it('refuses two stages that provide the same layer', () => {
    assert.throws(() => pipeline([stageA, { ...stageA, name: 'a2' }]), /provided twice/);
  });
  it('fails when a stage does not provide what it declared', () => {
    const liar: Stage = { name: 'liar', requires: [], provides: ['testA'], run: (d) => d };
    assert.throws(() => pipeline([liar]).run(createDocument('d', 'x'), emptyContext()), /did not provide/);
    assert.throws(() => pipeline([liar]).runBatch([createDocument('d', 'x')], emptyContext()), /did not provide/);
  });
  it('runs a batch stage by stage and gives each document what run gives it', () => {
    const order: string[] = [];
    const log = (s: Stage): Stage => ({
      ...s,
      run: (d, c) => {
        order.push(`${s.name}:${d.id}`);
        return s.run(d, c);
      },
    });
    const p = pipeline([log(stageA), log(stageB)]);
    const docs = [createDocument('d1', 'x'), createDocument('d2', 'yy')];
    const out = p.runBatch(docs, emptyContext());
    assert.deepEqual(order, ['a:d1', 'a:d2', 'b:d1', 'b:d2']);
    assert.deepEqual(
      out,
      docs.map((d) => p.run(d, emptyContext())),
    );
    assert.equal(hasLayer(docs[0]!, 'testA'), false);
  });
  it("hands a whole batch to a stage's own runBatch when it has one", () => {
    const batches: number[] = [];
    const batchA: Stage = {
      ...stageA,
      runBatch: (ds, c) => {
        batches.push(ds.length);
        return ds.map((d) => stageA.run(d, c));
      },
    };
    const out = pipeline([batchA, stageB]).runBatch(
      [createDocument('d1', 'x'), createDocument('d2', 'y')],
      emptyContext(),
    );
    assert.deepEqual(batches, [2]);
    assert.deepEqual(
      out.map((d) => layer(d, 'testB')),
      ['2', '2'],
    );
  });
});

describe('errors', () => {
  it('formats a coded error with its file and line', () => {
    const e = new DyadError('E006', 'line is not JSON', { file: 'a.jsonl', line: 3 });
    assert.equal(e.format(), 'a.jsonl:3: E006 invalid JSON: line is not JSON');
    assert.equal(e.httpStatus, 400);
  });
  it('wraps unknown failures as internal errors', () => {
    assert.equal(toDyadError(new Error('boom')).code, 'E099');
  });
});

describe('spans', () => {
  it('trims white space off both ends of a span', () => {
    assert.deepEqual(trimSpan('  ab  ', { start: 0, end: 6 }), { start: 2, end: 4 });
  });
  it('tells overlapping from adjacent spans', () => {
    assert.equal(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 }), false);
    assert.equal(overlaps({ start: 0, end: 4 }, { start: 3, end: 5 }), true);
  });
  it('rejects inverted or out-of-range spans', () => {
    assert.equal(isValidSpan({ start: 3, end: 2 }, 10), false);
    assert.equal(isValidSpan({ start: 0, end: 11 }, 10), false);
  });
});
