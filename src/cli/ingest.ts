import cliProgress from 'cli-progress';
import { DyadError } from '../core/errors.js';
import { isoDate } from '../pipeline/ingest/index.js';
import { type IngestProgress, ingest, openStore } from '../store/index.js';
import { parse } from './args.js';
import { type Io, reportError } from './io.js';
import { dbOf } from './store-args.js';

export const INGEST_HELP = `Usage: dyad ingest <inputs…> [options]

Codes articles and stores their events, claims, actors, places and times in the
embedded database. Safe to repeat: an article already stored is skipped (content
hash); a run killed half-way is completed by running it again (each batch is one
transaction). Near-duplicate articles (the same wire story in several outlets)
are stored and flagged so that their events are not counted twice.

Inputs: .txt, .html/.htm, .jsonl files, RSS/Atom feed files (.rss, .atom, .xml),
directories (searched recursively for those), or - for standard input.

Options:
  --db FILE            database file (default ./dyad.duckdb, or DYAD_DB)
  --workers N          worker threads coding in parallel (default: cores; 0 = this
                       thread, the default for 16 documents or fewer)
  --batch-size N       documents per transaction (default 64)
  --published DATE     publication date for documents that do not give one
  --outlet NAME        outlet for documents that do not name one
  --max-bytes N        refuse inputs larger than N bytes (default 10485760)
  --quiet              no progress output
  -h, --help           show this help

Exit status: 0 when every input was stored, 1 when any failed (each failure is
reported with its code, file and line; the others are still stored).
`;

const positiveInt = (v: unknown, name: string, min = 1): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new DyadError('E010', `--${name} "${String(v)}" must be a whole number ≥ ${min}`);
  return n;
};

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    workers: { type: 'string' },
    'batch-size': { type: 'string' },
    published: { type: 'string' },
    outlet: { type: 'string' },
    'max-bytes': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (values.help) {
    io.out(INGEST_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new DyadError('E010', 'no input given (try: dyad ingest examples/)');
  const workers = positiveInt(values.workers, 'workers', 0);
  const batchSize = positiveInt(values['batch-size'], 'batch-size');
  const maxBytes = positiveInt(values['max-bytes'] ?? process.env.DYAD_MAX_BYTES, 'max-bytes');
  let published: string | undefined;
  if (values.published !== undefined) {
    published = isoDate(values.published) ?? undefined;
    if (!published) throw new DyadError('E010', `--published "${values.published}" is not a date (use YYYY-MM-DD)`);
  }
  const defaults = { ...(published ? { published } : {}), ...(values.outlet ? { outlet: values.outlet } : {}) };
  const store = await openStore(dbOf(values));
  const started = Date.now();
  const rate = (p: IngestProgress) => (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  const useBar = !values.quiet && Boolean(process.stderr.isTTY) && io.isTTY;
  const bar = useBar
    ? new cliProgress.SingleBar(
        {
          format:
            'ingest [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {stored} stored, {dups} near-dup, {failed} failed',
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let failed = 0;
  try {
    const result = await ingest(store, positionals, {
      ...(workers !== undefined ? { workers } : {}),
      ...(batchSize ? { batchSize } : {}),
      read: { defaults, ...(maxBytes ? { maxBytes } : {}) },
      ...(io.stdin ? { stdin: io.stdin } : {}),
      onError: (e) => {
        failed++;
        if (bar) bar.stop();
        reportError(io, e);
      },
      onProgress: (p) => {
        if (!bar) return;
        if (!bar.isActive)
          bar.start(Math.max(p.estimated, p.done), p.done, { rate: '0', stored: 0, dups: 0, failed: 0 });
        bar.setTotal(Math.max(p.estimated, p.done));
        bar.update(p.done, { rate: rate(p), stored: p.stored, dups: p.duplicates, failed: p.failed });
      },
      onBatch: (r, p) => {
        if (bar || values.quiet) return;
        io.err(
          `dyad: batch ${p.batches}: ${r.stored} stored, ${r.unchanged} unchanged, ${r.duplicates} near-duplicate; ${p.done}/${p.estimated} docs, ${rate(p)} docs/s\n`,
        );
      },
    });
    bar?.stop();
    const secs = (Date.now() - started) / 1000;
    if (!values.quiet) {
      io.out(
        `ingested ${result.done} documents into ${store.path}: ${result.stored} stored, ${result.unchanged} unchanged, ` +
          `${result.duplicates} near-duplicate, ${result.failed} failed; ${result.events} events; ` +
          `${secs.toFixed(1)} s, ${(result.done / Math.max(0.001, secs)).toFixed(1)} docs/s with ${result.workers} worker${result.workers === 1 ? '' : 's'}\n`,
      );
    }
    return failed > 0 || result.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    store.close();
  }
}
