/**
 * Worker-thread entry for `dyad ingest --workers N`: loads the pipeline once, then codes the
 * documents it is sent and posts the contract documents back. Run through tsx
 * (`execArgv: ['--import', 'tsx']`), so it needs no build step.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPipeline, loadContext } from '../pipeline/default.js';
import { codeMany, type PlainDocument } from './coder.js';

const port = parentPort;
if (port) {
  const pipe = defaultPipeline();
  const ready = loadContext();
  port.on('message', async (msg: { id: number; docs: PlainDocument[] }) => {
    const ctx = await ready;
    port.postMessage({ id: msg.id, results: codeMany(msg.docs, pipe, ctx) });
  });
}
