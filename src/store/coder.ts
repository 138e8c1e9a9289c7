import { createDocument, type Document, withDiagnostics } from '../core/document.js';
import { toDyadError } from '../core/errors.js';
import type { Context, Pipeline } from '../core/pipeline.js';
import { toOutput } from '../pipeline/assemble/index.js';
import type { OutputDocument } from '../schema/output.js';

/** A document as it crosses to a worker thread (structured clone keeps only data). */
export interface PlainDocument {
  readonly id: string;
  readonly text: string;
  readonly meta: Document['meta'];
  readonly diagnostics: Document['diagnostics'];
}

export type Coded =
  | { readonly output: OutputDocument; readonly source: string | null }
  | { readonly error: ReturnType<ReturnType<typeof toDyadError>['toJSON']> };

export const toPlain = (d: Document): PlainDocument => ({
  id: d.id,
  text: d.text,
  meta: { ...d.meta },
  diagnostics: d.diagnostics.map((x) => ({ ...x })),
});

export const fromPlain = (p: PlainDocument): Document =>
  withDiagnostics(createDocument(p.id, p.text, p.meta), p.diagnostics);

/** Codes one document with the default pipeline; a failure becomes a located error, not an exception. */
export function codeOne(p: PlainDocument, pipe: Pipeline, ctx: Context): Coded {
  try {
    return { output: toOutput(pipe.run(fromPlain(p), ctx)), source: p.meta.source };
  } catch (e) {
    return { error: toDyadError(e, { file: p.meta.source ?? p.id }).toJSON() };
  }
}

/**
 * Codes several documents stage by stage (`Pipeline.runBatch`: the same outputs, faster because
 * each stage's models stay in cache). When the batch fails, each document is coded on its own,
 * so one bad document costs only itself.
 */
export function codeMany(ps: readonly PlainDocument[], pipe: Pipeline, ctx: Context): Coded[] {
  if (ps.length < 2) return ps.map((p) => codeOne(p, pipe, ctx));
  try {
    const docs = pipe.runBatch(ps.map(fromPlain), ctx);
    return docs.map((d, i) => ({ output: toOutput(d), source: ps[i]?.meta.source ?? null }));
  } catch {
    return ps.map((p) => codeOne(p, pipe, ctx));
  }
}
