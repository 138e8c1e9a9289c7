import { closeSync, openSync, writeSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { EXPORT_FORMATS, type ExportFormat, exportEvents, openStore } from '../store/index.js';
import { parse } from './args.js';
import { blockingStdio } from './blocking.js';
import type { Io } from './io.js';
import { dbOf, FILTER_HELP, FILTER_OPTIONS, filterOf } from './store-args.js';

export const EXPORT_HELP = `Usage: dyad export --format plover-jsonl|gdelt|csv|parquet [filters] [--out FILE]

Writes the stored events. Events of near-duplicate articles are left out unless
--include-duplicates is given.

Formats:
  plover-jsonl   one event per line in dyad's contract (PLOVER fields) with its document
  gdelt          the 61 GDELT 2.0 event-table columns, tab-separated, no header
  csv            one row per event with its document, with a header
  parquet        the csv columns as a Parquet file (needs --out)

Options:
  --format F     output format (required)
  --out FILE     write to FILE instead of standard output
  --db FILE      database file (default ./dyad.duckdb, or DYAD_DB)
${FILTER_HELP}
  -h, --help     show this help
`;

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  blockingStdio();
  const { values, positionals } = parse(argv, {
    ...FILTER_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  if (positionals.length)
    throw new DyadError('E010', `unexpected argument "${positionals[0]}" (filters are flags: see dyad export --help)`);
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new DyadError('E010', `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const filter = filterOf(values);
  const store = await openStore(dbOf(values), { readOnly: true });
  try {
    if (values.out && format !== 'plover-jsonl') {
      const n = await exportEvents(store, format, filter, { path: values.out });
      io.err(`dyad: exported ${n} events to ${values.out}\n`);
      return 0;
    }
    if (values.out) {
      const fd = openSync(values.out, 'w');
      try {
        const n = await exportEvents(store, format, filter, { write: (s) => writeSync(fd, s) });
        io.err(`dyad: exported ${n} events to ${values.out}\n`);
      } finally {
        closeSync(fd);
      }
      return 0;
    }
    await exportEvents(store, format, filter, { write: (s) => io.out(s) });
    return 0;
  } finally {
    store.close();
  }
}
