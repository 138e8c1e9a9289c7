import type { Document } from '../core/document.js';
import type { Context, Pipeline } from '../core/pipeline.js';
import { toOutput } from '../pipeline/assemble/index.js';
import type { OutputDocument } from '../schema/output.js';

/**
 * Documents coded together by `dyad code`: enough for each stage's models to stay in the
 * processor's caches while it works through the batch, few enough to keep memory small.
 */
export const CODE_BATCH = 64;

export type BatchResult =
  | { readonly index: number; readonly output: OutputDocument }
  | { readonly index: number; readonly error: unknown };

/**
 * Codes documents stage by stage (`Pipeline.runBatch`); the results are in input order and are
 * those of coding each document on its own. When the batch fails, each document is coded alone,
 * so a bad document costs only itself and its error is reported for it.
 */
export function codeBatch(pipe: Pipeline, ctx: Context, docs: readonly Document[]): BatchResult[] {
  if (docs.length > 1) {
    try {
      return pipe.runBatch(docs, ctx).map((d, index) => ({ index, output: toOutput(d) }));
    } catch {
      // fall through: one document at a time
    }
  }
  return docs.map((doc, index) => {
    try {
      return { index, output: toOutput(pipe.run(doc, ctx)) };
    } catch (error) {
      return { index, error };
    }
  });
}
