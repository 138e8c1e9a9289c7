/**
 * Several parsers trained at once from different seeds, on worker threads (parser-worker.ts),
 * their weights then averaged into one model (see averagePacked). Each worker reads the treebank
 * itself and gets the predicted tags and the lexicon from the main thread; each parser is
 * seeded, so the result does not depend on the threading.
 */
import { Worker } from 'node:worker_threads';
import type { BeamUpdate } from './beam.js';
import type { ParserTraining } from './parser.js';

export interface ParserJob {
  readonly trainPath: string;
  readonly devPath: string;
  /** Use only the first `limit` training sentences (0 = all). */
  readonly limit: number;
  /** Predicted tags of the training and dev sentences, concatenated in order. */
  readonly trainTags: Int32Array;
  readonly devTags: Int32Array;
  readonly lexiconKeys: Uint32Array;
  readonly lexiconValues: Int32Array;
  readonly epochs: number;
  readonly seed: number;
  readonly explore: number;
  readonly minUpdates: number;
  readonly deadline?: number;
  readonly beam?: number;
  readonly beamFrom?: number;
  readonly beamUpdate?: BeamUpdate;
  /** Train a right-to-left parser: sentences (and their tags) are read backwards. */
  readonly reverse?: boolean;
}

/** Runs the jobs on up to `threads` workers; results in job order. */
export async function runParserJobs(
  jobs: readonly ParserJob[],
  threads: number,
  onLog: (job: number, line: string) => void,
): Promise<ParserTraining[]> {
  const results: ParserTraining[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const j = next++;
      results[j] = await new Promise<ParserTraining>((resolve, reject) => {
        // the worker is TypeScript too: register tsx in it, then import it
        const entry = new URL('./parser-worker.ts', import.meta.url).href;
        const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
        const w = new Worker(boot, { eval: true, workerData: jobs[j] });
        w.on('message', (m: { log?: string; done?: ParserTraining }) => {
          if (m.log !== undefined) onLog(j, m.log);
          if (m.done) resolve(m.done);
        });
        w.once('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, worker));
  return results;
}
