import { DyadError } from '../core/errors.js';
import { csvCell } from '../store/export.js';
import { openStore } from '../store/index.js';
import { parse } from './args.js';
import { blockingStdio } from './blocking.js';
import type { Io } from './io.js';
import { dbOf } from './store-args.js';

export const QUERY_HELP = `Usage: dyad query "<SQL>" [--db FILE] [--format table|csv|jsonl]

Runs one read-only SQL query (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE,
EXPLAIN) on the database, opened read-only. Tables: documents, sentences,
mentions, entities, events, event_actors, claims, responses, quotes, places,
times; views: unique_events, actors. Every row carries its document uid and
span offsets into documents.text.

Options:
  --format F     table (default on a terminal), csv or jsonl
  --db FILE      database file (default ./dyad.duckdb, or DYAD_DB)
  -h, --help     show this help
`;

const READ_ONLY = /^\s*(select|with|from|describe|show|summarize|explain|values|table)\b/i;

/**
 * Refuses anything but one read-only statement (E017): COPY, ATTACH, INSTALL, SET and DDL/DML are
 * statements of their own, so the first keyword decides. The database is also opened read-only.
 */
export function checkReadOnly(sql: string): string {
  const s = sql.trim().replace(/;\s*$/, '');
  if (!READ_ONLY.test(s))
    throw new DyadError('E017', 'only SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN queries run here');
  const body = s.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, "''");
  if (body.includes(';')) throw new DyadError('E017', 'one statement at a time');
  return s;
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const cols = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
  };
  const w = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(w[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${line(cols)}\n${line(w.map((n) => '-'.repeat(n)))}\n${rows.map((r) => line(cols.map((c) => cell(r[c])))).join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}

export async function queryCommand(argv: string[], io: Io): Promise<number> {
  blockingStdio();
  const { values, positionals } = parse(argv, { db: { type: 'string' }, format: { type: 'string' } });
  if (values.help) {
    io.out(QUERY_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new DyadError(
      'E010',
      'give one SQL query in quotes (try: dyad query "SELECT event, count(*) FROM events GROUP BY 1")',
    );
  const format = values.format ?? (io.isTTY ? 'table' : 'jsonl');
  if (!['table', 'csv', 'jsonl'].includes(format)) throw new DyadError('E010', '--format must be table, csv or jsonl');
  const sql = checkReadOnly(positionals[0] ?? '');
  const store = await openStore(dbOf(values), { readOnly: true });
  try {
    const rows = await store.all(sql);
    if (format === 'table') io.out(table(rows));
    else if (format === 'jsonl') io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else {
      const cols = rows[0] ? Object.keys(rows[0]) : [];
      io.out(`${cols.join(',')}\n${rows.map((r) => `${cols.map((c) => csvCell(r[c])).join(',')}\n`).join('')}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
