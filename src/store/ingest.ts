import { DyadError } from '../core/errors.js';
import type { IngestOptions } from '../pipeline/ingest/index.js';
import { type PlainDocument, toPlain } from './coder.js';
import { contentHash } from './hash.js';
import { type CoderPool, defaultWorkers, workerPool } from './pool.js';
import { estimateDocuments, expandSources, readSource } from './sources.js';
import type { Store } from './store.js';
import { type BatchResult, knownHashes, type StoreItem, storeBatch } from './write.js';

export interface IngestProgress {
  readonly estimated: number; // documents expected (JSONL lines, feed items, files)
  readonly done: number; // documents handled: stored, unchanged or failed
  readonly stored: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly events: number;
  readonly batches: number;
  /** Worker threads that coded (0: this thread). */
  readonly workers: number;
}

/** Up to this many documents, ingest codes in this thread unless told how many workers to use. */
export const SMALL_INPUT = 16;

/** Batches being coded at once. */
const PIPELINE_DEPTH = 2;

export interface IngestRunOptions {
  /** Worker threads coding in parallel (default: the number of cores, or 0 — this thread — for a few documents). */
  readonly workers?: number;
  /** An existing coder (the API keeps one); `workers` is then ignored. */
  readonly pool?: CoderPool;
  /** Documents per stored batch: each batch is one transaction (default 64). */
  readonly batchSize?: number;
  readonly read?: IngestOptions;
  readonly stdin?: () => Buffer;
  readonly onError?: (e: DyadError) => void;
  readonly onProgress?: (p: IngestProgress) => void;
  readonly onBatch?: (r: BatchResult, p: IngestProgress) => void;
}

/**
 * Reads, codes and stores inputs batch by batch. Idempotent and resumable: a document whose
 * content is already stored is not coded again, and each batch is committed as a whole, so a
 * run killed half-way loses at most the batch in flight and a second run completes it.
 * Coding of the next batches overlaps with storing the current one.
 */
export async function ingest(
  store: Store,
  inputs: readonly string[],
  opts: IngestRunOptions = {},
): Promise<IngestProgress> {
  const onError = opts.onError ?? (() => undefined);
  const { files, errors } = expandSources(inputs);
  for (const e of errors) onError(e);
  const p = {
    estimated: files.reduce((n, f) => n + estimateDocuments(f), 0),
    done: 0,
    stored: 0,
    unchanged: 0,
    duplicates: 0,
    failed: errors.length,
    events: 0,
    batches: 0,
    workers: 0,
  };
  const snapshot = (): IngestProgress => ({ ...p });
  const size = Math.max(1, opts.batchSize ?? 64);
  // a few documents are coded faster in this thread than worker threads can start
  const workers = opts.workers ?? (p.estimated <= SMALL_INPUT ? 0 : defaultWorkers());
  const pool = opts.pool ?? (await workerPool(workers));
  p.workers = pool.size;
  const chunk = Math.max(1, Math.ceil(size / Math.max(1, pool.size * 2)));

  const unknown = async (batch: PlainDocument[]): Promise<PlainDocument[]> => {
    const known = await knownHashes(
      store,
      batch.map((d) => contentHash(d.text)),
    );
    const todo = batch.filter((d) => !known.has(contentHash(d.text)));
    p.unchanged += batch.length - todo.length;
    p.done += batch.length - todo.length;
    return todo;
  };
  const startCoding = async (todo: PlainDocument[]): Promise<StoreItem[]> => {
    const parts: PlainDocument[][] = [];
    for (let i = 0; i < todo.length; i += chunk) parts.push(todo.slice(i, i + chunk));
    const coded = (await Promise.all(parts.map((c) => pool.code(c)))).flat();
    const items: StoreItem[] = [];
    for (const c of coded) {
      if ('error' in c) {
        p.failed++;
        p.done++;
        const { code, message, file, line } = c.error;
        onError(new DyadError(code, message, { ...(file ? { file } : {}), ...(line ? { line } : {}) }));
      } else items.push({ doc: c.output, source: c.source });
    }
    return items;
  };
  const storeItems = async (items: StoreItem[]) => {
    if (items.length === 0) return;
    const r = await storeBatch(store, items);
    p.batches++;
    p.stored += r.stored;
    p.unchanged += r.unchanged;
    p.duplicates += r.duplicates;
    p.events += r.events;
    p.done += items.length;
    opts.onBatch?.(r, snapshot());
    opts.onProgress?.(snapshot());
  };

  // two batches are coded at once, so workers always have the next one queued while a
  // finished batch is stored; batches are stored in the order they were read
  const inFlight: Promise<StoreItem[]>[] = [];
  const flush = async (batch: PlainDocument[]) => {
    const todo = batch.length ? await unknown(batch) : [];
    if (todo.length) {
      const coding = startCoding(todo);
      coding.catch(() => undefined); // awaited below; marked handled meanwhile
      inFlight.push(coding);
    }
    const keep = batch.length ? PIPELINE_DEPTH - 1 : 0;
    while (inFlight.length > keep) {
      const next = inFlight.shift();
      if (next) await storeItems(await next);
    }
  };
  try {
    let batch: PlainDocument[] = [];
    for (const f of files) {
      for (const item of readSource(f, opts.read ?? {}, opts.stdin)) {
        if ('error' in item) {
          p.failed++;
          p.done++;
          onError(item.error);
          continue;
        }
        batch.push(toPlain(item.doc));
        if (batch.length >= size) {
          await flush(batch);
          batch = [];
        }
      }
    }
    if (batch.length) await flush(batch);
    await flush([]);
  } finally {
    if (!opts.pool) await pool.close();
  }
  opts.onProgress?.(snapshot());
  return snapshot();
}
