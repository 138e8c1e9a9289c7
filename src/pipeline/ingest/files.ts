import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DyadError, toDyadError } from '../../core/errors.js';
import { decodeBytes } from './decode.js';
import { baseName, type IngestItem, type ReadOptions, readHtml, readJsonl, readText } from './readers.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface IngestOptions extends ReadOptions {
  /** Inputs larger than this are refused with E004 (default 10 MiB; `--max-bytes`, DYAD_MAX_BYTES). */
  readonly maxBytes?: number;
}

export type InputKind = 'txt' | 'html' | 'jsonl';

const KINDS: Record<string, InputKind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function kindOfPath(path: string): InputKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

/** Sniffs the kind of a text without a telling file name (stdin). */
export function sniffKind(text: string): InputKind {
  const t = text.trimStart();
  if (t.startsWith('{')) return 'jsonl';
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(t)) return 'html';
  return 'txt';
}

/** Reads bytes of a known kind into documents (or error items, which name the file and line). */
export function* readBytes(
  buf: Uint8Array,
  file: string,
  kind: InputKind | null,
  opts: IngestOptions = {},
): Generator<IngestItem> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = { file };
  try {
    if (buf.length > max) {
      throw new DyadError(
        'E004',
        `${buf.length} bytes is over the limit of ${max} bytes (raise it with --max-bytes)`,
        where,
      );
    }
    const { text, diagnostics } = decodeBytes(buf, where);
    const k = kind ?? sniffKind(text);
    if (k === 'jsonl') {
      yield* readJsonl(text, file, opts);
      return;
    }
    const id = baseName(file);
    const doc = k === 'html' ? readHtml(text, id, file, opts) : readText(text, id, file, opts, [...diagnostics]);
    yield { doc };
  } catch (e) {
    yield { error: toDyadError(e, where) };
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (kindOfPath(p)) out.push(p);
  }
  return out;
}

/** Expands command-line inputs: files, directories (recursive, known extensions) and `-` for stdin. */
export function expandInputs(inputs: readonly string[]): { files: string[]; errors: DyadError[] } {
  const files: string[] = [];
  const errors: DyadError[] = [];
  for (const p of inputs) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      errors.push(new DyadError('E001', 'no such file or directory', { file: p }));
      continue;
    }
    if (st.isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return { files, errors };
}

export function* readFile(path: string, opts: IngestOptions = {}, stdin?: () => Buffer): Generator<IngestItem> {
  if (path === '-') {
    const buf = stdin ? stdin() : readFileSync(0);
    yield* readBytes(buf, 'stdin', null, opts);
    return;
  }
  let buf: Buffer;
  try {
    const st = statSync(path);
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (st.size > max) {
      yield {
        error: new DyadError('E004', `${st.size} bytes is over the limit of ${max} bytes (raise it with --max-bytes)`, {
          file: path,
        }),
      };
      return;
    }
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield {
      error: new DyadError(code === 'ENOENT' ? 'E001' : 'E099', code === 'ENOENT' ? 'no such file' : String(e), {
        file: path,
      }),
    };
    return;
  }
  const kind = kindOfPath(path);
  yield* readBytes(buf, path, kind, opts);
}
