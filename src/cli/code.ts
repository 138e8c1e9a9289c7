import { writeFileSync } from 'node:fs';
import type { Document } from '../core/document.js';
import { DyadError, toDyadError } from '../core/errors.js';
import { defaultPipeline, loadContext } from '../pipeline/default.js';
import { expandInputs, isoDate, readFile } from '../pipeline/ingest/index.js';
import type { OutputDocument } from '../schema/output.js';
import { parse } from './args.js';
import { CODE_BATCH, codeBatch } from './batch.js';
import { type Io, reportError } from './io.js';
import { progress } from './progress.js';
import { renderTable } from './table.js';

export const CODE_HELP = `Usage: dyad code <inputs…> [options]

Codes political events in news text and prints documents in dyad's output
contract (spec/output.md).

Inputs: .txt, .html/.htm and .jsonl files, directories (searched recursively
for those), or - for standard input (format sniffed).

Options:
  --format json|jsonl|table   output format (default json; table is for people)
  --published DATE            publication date for documents that do not give one
  --outlet NAME               outlet for documents that do not name one
  --out FILE                  write to FILE instead of standard output
  --max-bytes N               refuse inputs larger than N bytes (default 10485760,
                              or the DYAD_MAX_BYTES environment variable)
  -h, --help                  show this help

Exit status: 0 when every input was coded, 1 when any input failed (each
failure is reported on standard error with its code, file and line; the other
inputs are still coded).
`;

export async function codeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', default: 'json' },
    published: { type: 'string' },
    outlet: { type: 'string' },
    out: { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  if (values.help) {
    io.out(CODE_HELP);
    return 0;
  }
  const format = String(values.format);
  if (!['json', 'jsonl', 'table'].includes(format))
    throw new DyadError('E010', `--format must be json, jsonl or table, not "${format}"`);
  if (positionals.length === 0)
    throw new DyadError('E010', 'no input given (try: dyad code examples/voa-russia-is-afghanistan.txt)');
  let published: string | null = null;
  if (values.published !== undefined) {
    published = isoDate(values.published);
    if (!published) throw new DyadError('E010', `--published "${values.published}" is not a date (use YYYY-MM-DD)`);
  }
  const maxRaw = values['max-bytes'] ?? process.env.DYAD_MAX_BYTES;
  const maxBytes = maxRaw !== undefined ? Number(maxRaw) : undefined;
  if (maxBytes !== undefined && !(Number.isFinite(maxBytes) && maxBytes > 0))
    throw new DyadError('E010', `--max-bytes "${maxRaw}" is not a positive number`);

  const pipe = defaultPipeline();
  const ctx = await loadContext();
  const { files, errors } = expandInputs(positionals);
  let failed = errors.length;
  for (const e of errors) reportError(io, e);

  const outs: string[] = [];
  const emit = (d: OutputDocument) => {
    if (format === 'jsonl') outs.push(`${JSON.stringify(d)}\n`);
    else if (format === 'table') outs.push(renderTable(d, io.isTTY && values.out === undefined));
    else outs.push(JSON.stringify(d, null, 2));
  };
  const defaults = { ...(published ? { published } : {}), ...(values.outlet ? { outlet: values.outlet } : {}) };
  const bar = progress('coding', files.length, files.length > 1);
  // documents are coded in batches, stage by stage (outputs and their order are those of one
  // document at a time; a read error is reported in its place)
  let batch: { doc: Document; file: string }[] = [];
  const flush = () => {
    const docs = batch.map((b) => b.doc);
    for (const r of codeBatch(pipe, ctx, docs)) {
      const b = batch[r.index]!;
      if ('output' in r) emit(r.output);
      else {
        failed++;
        reportError(io, toDyadError(r.error, { file: b.doc.meta.source ?? b.file }));
      }
    }
    batch = [];
  };
  for (const f of files) {
    bar.tick();
    for (const item of readFile(f, { defaults, ...(maxBytes !== undefined ? { maxBytes } : {}) }, io.stdin)) {
      if ('error' in item) {
        flush();
        failed++;
        reportError(io, item.error);
        continue;
      }
      batch.push({ doc: item.doc, file: f });
      if (batch.length >= CODE_BATCH) flush();
    }
  }
  flush();
  bar.stop();
  let body: string;
  if (format === 'json') body = outs.length === 1 ? `${outs[0]}\n` : outs.length ? `[\n${outs.join(',\n')}\n]\n` : '';
  else body = outs.join(format === 'table' ? '\n' : '');
  if (values.out) writeFileSync(values.out, body);
  else io.out(body);
  return failed > 0 ? 1 : 0;
}
