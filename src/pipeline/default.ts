import type { Context, Pipeline, Stage } from '../core/pipeline.js';
import { emptyContext, pipeline } from '../core/pipeline.js';
import { segmentStage } from './segment/index.js';

/**
 * The stages of `dyad code`, in order. Each stage's own folder holds its code; this list is the
 * one place that says which run. Stages whose knowledge or model is missing are left out by
 * their loader (with a W007 diagnostic), never half-run.
 */
export function defaultStages(): Stage[] {
  return [segmentStage];
}

export function defaultPipeline(): Pipeline {
  return pipeline(defaultStages());
}

/** Loads everything the default stages read (models, knowledge) into a context. */
export async function loadContext(options: Record<string, unknown> = {}): Promise<Context> {
  return emptyContext(options);
}
