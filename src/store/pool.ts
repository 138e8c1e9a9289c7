import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import { defaultPipeline, loadContext } from '../pipeline/default.js';
import { type Coded, codeMany, type PlainDocument } from './coder.js';
import { CODING_WORKER_LIMITS } from './worker-limits.js';

/** Codes batches of documents, in worker threads or (with 0 workers) in this thread. */
export interface CoderPool {
  readonly size: number;
  code(docs: readonly PlainDocument[]): Promise<Coded[]>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => Math.max(1, cpus().length);

/** A coder in this thread: no start-up cost, for small inputs and the API. */
export async function inlineCoder(): Promise<CoderPool> {
  const pipe = defaultPipeline();
  const ctx = await loadContext();
  return {
    size: 0,
    code: async (docs) => codeMany(docs, pipe, ctx),
    close: async () => undefined,
  };
}

interface Slot {
  readonly worker: Worker;
  /** Batches sent and not yet answered. */
  inFlight: number;
}

/**
 * Batches a worker holds at once: while it codes one, the next waits in its queue, so it never
 * idles while this thread is busy (storing a batch blocks it for a while).
 */
const SLOT_DEPTH = 2;

/** N worker threads (each loads the pipeline once); batches go to whichever is free. */
export async function workerPool(n: number): Promise<CoderPool> {
  if (n <= 0) return inlineCoder();
  const url = new URL('./worker-entry.mjs', import.meta.url);
  const slots: Slot[] = [];
  const waiting: ((s: Slot) => void)[] = [];
  const pending = new Map<number, { resolve: (r: Coded[]) => void; reject: (e: Error) => void; slot: Slot }>();
  let next = 0;
  const release = (slot: Slot) => {
    const w = waiting.shift();
    if (w) w(slot);
    else slot.inFlight--;
  };
  for (let i = 0; i < n; i++) {
    const worker = new Worker(url, { resourceLimits: CODING_WORKER_LIMITS });
    const slot: Slot = { worker, inFlight: 0 };
    worker.on('message', (m: { id: number; results: Coded[] }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      release(p.slot);
      p.resolve(m.results);
    });
    worker.on('error', (e) => {
      for (const [id, p] of pending) {
        if (p.slot === slot) {
          pending.delete(id);
          p.reject(new DyadError('E099', `coding worker failed: ${e.message}`));
        }
      }
    });
    slots.push(slot);
  }
  const acquire = (): Promise<Slot> => {
    // the least loaded worker, if it has room
    let free: Slot | undefined;
    for (const s of slots) if (s.inFlight < SLOT_DEPTH && (!free || s.inFlight < free.inFlight)) free = s;
    if (free) {
      free.inFlight++;
      return Promise.resolve(free);
    }
    return new Promise((r) => waiting.push(r));
  };
  return {
    size: n,
    async code(docs) {
      const slot = await acquire();
      const id = next++;
      return new Promise<Coded[]>((resolve, reject) => {
        pending.set(id, { resolve, reject, slot });
        slot.worker.postMessage({ id, docs });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
