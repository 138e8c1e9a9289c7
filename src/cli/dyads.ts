import { DyadError } from '../core/errors.js';
import { csvCell } from '../store/export.js';
import { dyads, INTERVALS, type Interval, openStore } from '../store/index.js';
import { parse } from './args.js';
import { blockingStdio } from './blocking.js';
import type { Io } from './io.js';
import { dbOf, FILTER_HELP, FILTER_OPTIONS, filterOf } from './store-args.js';

export const DYADS_HELP = `Usage: dyad dyads [--interval day|week|month|year] [filters] [--format csv|jsonl]

Per actor pair and period: event counts by PLOVER type and QuadClass, the
Goldstein sum and mean — the dyadic time series forecasting models consume.
Events of near-duplicate articles are counted once.

Options:
  --interval I    day, week (ISO, Monday), month (default) or year
  --format F      csv (default) or jsonl
  --db FILE       database file (default ./dyad.duckdb, or DYAD_DB)
${FILTER_HELP}
  -h, --help      show this help
`;

export async function dyadsCommand(argv: string[], io: Io): Promise<number> {
  blockingStdio();
  const { values, positionals } = parse(argv, {
    ...FILTER_OPTIONS,
    interval: { type: 'string', default: 'month' },
    format: { type: 'string', default: 'csv' },
  });
  if (values.help) {
    io.out(DYADS_HELP);
    return 0;
  }
  if (positionals.length) throw new DyadError('E010', `unexpected argument "${positionals[0]}"`);
  const interval = values.interval as Interval;
  if (!INTERVALS.includes(interval)) throw new DyadError('E010', `--interval must be one of ${INTERVALS.join(', ')}`);
  if (!['csv', 'jsonl'].includes(String(values.format))) throw new DyadError('E010', '--format must be csv or jsonl');
  const filter = filterOf(values);
  const store = await openStore(dbOf(values), { readOnly: true });
  try {
    const rows = await dyads(store, filter, interval, 10_000_000);
    if (values.format === 'jsonl') io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else {
      const cols = rows[0] ? Object.keys(rows[0]) : ['actor', 'recipient', 'period', 'events'];
      io.out(`${cols.join(',')}\n${rows.map((r) => `${cols.map((c) => csvCell(r[c])).join(',')}\n`).join('')}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
