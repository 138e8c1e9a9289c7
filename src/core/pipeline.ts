import type { Document, LayerName } from './document.js';
import { hasLayer } from './document.js';
import { DyadError } from './errors.js';

/**
 * Everything a stage may read besides the document: knowledge bases, models and options.
 * Stages receive it as an argument; nothing is kept in module-level state.
 */
export interface Context {
  readonly options: Readonly<Record<string, unknown>>;
  /** Loaded resources by name (models, dictionaries, gazetteer), added by whoever builds the pipeline. */
  readonly resources: ReadonlyMap<string, unknown>;
}

export const emptyContext = (options: Record<string, unknown> = {}): Context => ({
  options,
  resources: new Map(),
});

/** Gets a resource a stage needs; its absence is a configuration error. */
export function resource<T>(ctx: Context, name: string): T {
  const r = ctx.resources.get(name);
  if (r === undefined) throw new DyadError('E011', `resource "${name}" is not loaded`);
  return r as T;
}

export function withResources(ctx: Context, add: Record<string, unknown>): Context {
  const m = new Map(ctx.resources);
  for (const [k, v] of Object.entries(add)) m.set(k, v);
  return { ...ctx, resources: m };
}

/** A small pure function from document to document that declares the layers it reads and adds. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: Document, ctx: Context): Document;
  /**
   * Optional: the same as `run` on each document, for a batch at once (a stage that is faster
   * on many documents together, e.g. one that keeps one model at a time in the caches).
   */
  runBatch?(docs: readonly Document[], ctx: Context): Document[];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly provides: readonly LayerName[];
  run(doc: Document, ctx: Context): Document;
  /**
   * Runs several documents stage by stage (every document through a stage before the next
   * stage starts): the same documents as `run` on each, faster on many documents because one
   * stage's models and code stay in the processor's caches while it works through the batch.
   */
  runBatch(docs: readonly Document[], ctx: Context): Document[];
}

function runStage(s: Stage, doc: Document, ctx: Context): Document {
  return checked(s, s.run(doc, ctx));
}

function checked(s: Stage, d: Document): Document {
  for (const p of s.provides) {
    if (!hasLayer(d, p)) throw new DyadError('E011', `stage "${s.name}" did not provide layer "${p}"`);
  }
  return d;
}

/**
 * Composes stages, refusing at build time an order in which a stage requires a layer that no
 * earlier stage provides (or that the input documents are declared to bring), and two stages
 * that provide the same layer.
 */
export function pipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  const have = new Set<string>(given);
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) {
        throw new DyadError('E011', `stage "${s.name}" requires layer "${r}", which no earlier stage provides`);
      }
    }
    for (const p of s.provides) {
      if (have.has(p)) throw new DyadError('E011', `layer "${p}" is provided twice (again by "${s.name}")`);
      have.add(p);
    }
  }
  const provides = [...have] as LayerName[];
  return {
    stages,
    provides,
    run(doc, ctx) {
      let d = doc;
      for (const s of stages) d = runStage(s, d, ctx);
      return d;
    },
    runBatch(docs, ctx) {
      const out = docs.slice();
      for (const s of stages) {
        if (s.runBatch) {
          const next = s.runBatch(out, ctx);
          if (next.length !== out.length)
            throw new DyadError('E011', `stage "${s.name}" returned a batch of another size`);
          for (let i = 0; i < out.length; i++) out[i] = checked(s, next[i]!);
        } else for (let i = 0; i < out.length; i++) out[i] = checked(s, s.run(out[i]!, ctx));
      }
      return out;
    },
  };
}
