import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError, toDyadError } from '../core/errors.js';
import {
  decodeBytes,
  expandInputs,
  type IngestItem,
  type IngestOptions,
  kindOfPath,
  readFile,
} from '../pipeline/ingest/index.js';
import { isFeedPath, readFeed } from './feeds.js';

/** Feed files under a directory (the shared ingest walks text, HTML and JSONL; feeds are ours). */
function feedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...feedFiles(p));
    else if (isFeedPath(p) && !kindOfPath(p)) out.push(p);
  }
  return out;
}

/** Files to ingest: what `dyad code` accepts, plus RSS/Atom feed files (also inside directories). */
export function expandSources(inputs: readonly string[]): { files: string[]; errors: DyadError[] } {
  const { files, errors } = expandInputs(inputs);
  for (const p of inputs) {
    try {
      if (p !== '-' && statSync(p).isDirectory()) files.push(...feedFiles(p));
    } catch {
      // reported by expandInputs
    }
  }
  return { files, errors };
}

/** An estimate of how many documents a file holds (for the progress bar's ETA). */
export function estimateDocuments(file: string): number {
  if (file === '-') return 1;
  try {
    if (isFeedPath(file)) return Math.max(1, (readFileSync(file, 'utf8').match(/<(item|entry)[\s>]/g) ?? []).length);
    if (kindOfPath(file) === 'jsonl') {
      const buf = readFileSync(file);
      let n = 0;
      let nonBlank = false;
      for (const b of buf) {
        if (b === 10) {
          if (nonBlank) n++;
          nonBlank = false;
        } else if (b !== 32 && b !== 13 && b !== 9) nonBlank = true;
      }
      return n + (nonBlank ? 1 : 0);
    }
  } catch {
    return 1;
  }
  return 1;
}

/** Reads one input file into documents (or located errors); feeds go through feedsmith. */
export function* readSource(file: string, opts: IngestOptions = {}, stdin?: () => Buffer): Generator<IngestItem> {
  if (file !== '-' && isFeedPath(file) && !kindOfPath(file)) {
    let text: string;
    try {
      text = decodeBytes(readFileSync(file), { file }).text;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { error: code === 'ENOENT' ? new DyadError('E001', 'no such file', { file }) : toDyadError(e, { file }) };
      return;
    }
    yield* readFeed(text, file, opts);
    return;
  }
  yield* readFile(file, opts, stdin);
}
