import type { DuckDBConnection } from '@duckdb/node-api';
import { PLOVER_TYPES } from '../schema/vocab.js';
import { appendRows } from './append.js';
import type { Cell } from './rows.js';
import { type ColumnType, TABLES, type TableSpec } from './schema.js';

/**
 * Pre-aggregated dyad tables: events counted per dyad (actor key, recipient key, actor code,
 * recipient code), status, duplicate flag and day (`dyad_days`) or month (`dyad_months`, its
 * `day` the first of the month). Each row holds the total count, the count per PLOVER type and
 * per QuadClass, the count per type × QuadClass (so a type filter still yields exact QuadClass
 * counts) and the Goldstein sums and numbers of scored events, in total and per type.
 * `/dyads` rolls these up by week, month or year with small scans instead of reading every
 * event. They are derived data: rebuilt from `events` by `rebuildRollups` (one row per key),
 * and added to by `appendRollups` inside the transaction that stores a batch (a key may then
 * have several rows, whose sums are the counts: readers always sum; `maybeCompactRollups`
 * merges them when they have doubled the table).
 */
export const ROLLUP_TABLES = ['dyad_days', 'dyad_months'] as const;

const QUADS = [1, 2, 3, 4] as const;
const KEYS = ['actor_key', 'recipient_key', 'actor_code', 'recipient_code', 'day', 'status', 'dup'] as const;

/** Column names: by position in PLOVER_TYPES, so the schema does not depend on spelling. */
export const col = {
  type: (i: number) => `t${i}`,
  quad: (q: number) => `q${q}`,
  cell: (i: number, q: number) => `t${i}q${q}`,
  gsum: (i: number) => `g${i}`,
  gn: (i: number) => `gn${i}`,
};

const types = PLOVER_TYPES.map((t, i) => [t, i] as const);

/** [column, DDL type, aggregate over events e] for every measure column. */
function measures(): [string, string, string][] {
  const cnt = (cond: string) => `CAST(sum(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS INTEGER)`;
  const lit = (t: string) => `'${t.replace(/'/g, "''")}'`;
  const out: [string, string, string][] = [
    ['n', 'INTEGER', 'CAST(count(*) AS INTEGER)'],
    ['gs', 'DOUBLE', 'coalesce(sum(e.goldstein), 0)'],
    ['gn', 'INTEGER', 'CAST(count(e.goldstein) AS INTEGER)'],
  ];
  for (const [t, i] of types) out.push([col.type(i), 'INTEGER', cnt(`e.event = ${lit(t)}`)]);
  for (const q of QUADS) out.push([col.quad(q), 'INTEGER', cnt(`e.quad_class = ${q}`)]);
  for (const [t, i] of types) {
    for (const q of QUADS) out.push([col.cell(i, q), 'INTEGER', cnt(`e.event = ${lit(t)} AND e.quad_class = ${q}`)]);
    out.push([col.gsum(i), 'DOUBLE', `coalesce(sum(CASE WHEN e.event = ${lit(t)} THEN e.goldstein END), 0)`]);
    out.push([col.gn(i), 'INTEGER', cnt(`e.event = ${lit(t)} AND e.goldstein IS NOT NULL`)]);
  }
  return out;
}

const MEASURES = measures();

/** DDL of both tables (migration 5). */
export function createRollupSql(): string[] {
  const keys =
    'actor_key VARCHAR, recipient_key VARCHAR, actor_code VARCHAR, recipient_code VARCHAR, day DATE, status VARCHAR, dup BOOLEAN';
  const m = MEASURES.map(([c, t]) => `${c} ${t}`).join(', ');
  return ROLLUP_TABLES.map((t) => `CREATE TABLE IF NOT EXISTS ${t} (${keys}, ${m})`);
}

const KEY_LIST = KEYS.join(', ');
const MEASURE_LIST = MEASURES.map(([c]) => c).join(', ');
/** Events that count in a dyad: dated, with both sides. */
const DYADIC = 'e.date IS NOT NULL AND e.actor_key IS NOT NULL AND e.recipient_key IS NOT NULL';

/** Aggregates of events rows (alias e, extra condition `where`) by dyad and day. */
function daysFromEvents(where: string, from = 'events e'): string {
  return `SELECT e.actor_key, e.recipient_key, e.actor_code, e.recipient_code, e.date AS day, e.status, e.dup,
    ${MEASURES.map(([c, , agg]) => `${agg} AS ${c}`).join(', ')}
    FROM ${from} WHERE ${DYADIC}${where ? ` AND ${where}` : ''} GROUP BY ALL`;
}

/**
 * Rows shaped like the roll-up tables (day NULL) for the events the tables leave out because
 * they have no date, so a query over all time can add them.
 */
export function undatedRowsSql(): string {
  return `SELECT e.actor_key, e.recipient_key, e.actor_code, e.recipient_code, CAST(NULL AS DATE) AS day, e.status, e.dup,
    ${MEASURES.map(([c, , agg]) => `${agg} AS ${c}`).join(', ')}
    FROM events e WHERE e.date IS NULL AND e.actor_key IS NOT NULL AND e.recipient_key IS NOT NULL GROUP BY ALL`;
}

/** Month rows from day rows (alias d, extra condition `where`). */
function monthsFromDays(where: string, from = 'dyad_days d'): string {
  const sums = MEASURES.map(([c, t]) =>
    t === 'DOUBLE' ? `sum(d.${c}) AS ${c}` : `CAST(sum(d.${c}) AS INTEGER) AS ${c}`,
  );
  return `SELECT d.actor_key, d.recipient_key, d.actor_code, d.recipient_code, CAST(date_trunc('month', d.day) AS DATE) AS day,
    d.status, d.dup, ${sums.join(', ')} FROM ${from}${where ? ` WHERE ${where}` : ''} GROUP BY ALL`;
}

/** Rebuilds both tables from every stored event (after a bulk load or a migration). */
export function rebuildRollupSql(): string[] {
  return [
    'DELETE FROM dyad_months',
    'DELETE FROM dyad_days',
    `INSERT INTO dyad_days (${KEY_LIST}, ${MEASURE_LIST}) SELECT * FROM (${daysFromEvents('')}) ORDER BY day`,
    `INSERT INTO dyad_months (${KEY_LIST}, ${MEASURE_LIST}) SELECT * FROM (${monthsFromDays('')}) ORDER BY day`,
  ];
}

export async function rebuildRollups(conn: DuckDBConnection): Promise<void> {
  for (const s of rebuildRollupSql()) await conn.run(s);
  await recordCompacted(conn);
}

/** DDL of the table that remembers how many day rows the last compaction left (migration 6). */
export const ROLLUP_META_SQL =
  'CREATE TABLE IF NOT EXISTS rollup_meta (name VARCHAR PRIMARY KEY, compacted_rows BIGINT)';

async function recordCompacted(conn: DuckDBConnection): Promise<void> {
  const [r] = (await conn.runAndReadAll('SELECT count(*) AS n FROM dyad_days')).getRowObjectsJson();
  await conn.run(`INSERT OR REPLACE INTO rollup_meta VALUES ('dyad_days', CAST($1 AS BIGINT))`, [String(r?.n ?? 0)]);
}

/** A roll-up table's rows summed per key (alias r). */
function compactedSql(table: string): string {
  const sums = MEASURES.map(([c, t]) =>
    t === 'DOUBLE' ? `sum(r.${c}) AS ${c}` : `CAST(sum(r.${c}) AS INTEGER) AS ${c}`,
  );
  return `SELECT ${KEYS.map((k) => `r.${k}`).join(', ')}, ${sums.join(', ')} FROM ${table} r GROUP BY ALL`;
}

/**
 * Merges the partial rows of both tables into one row per key (sums unchanged). Reads only the
 * roll-up tables, not the events.
 */
export async function compactRollups(conn: DuckDBConnection): Promise<void> {
  for (const t of ROLLUP_TABLES) {
    await conn.run(`CREATE OR REPLACE TEMP TABLE rollup_compact AS ${compactedSql(t)}`);
    await conn.run(`DELETE FROM ${t}`);
    await conn.run(`INSERT INTO ${t} (${KEY_LIST}, ${MEASURE_LIST}) SELECT * FROM rollup_compact ORDER BY day`);
    await conn.run('DROP TABLE rollup_compact');
  }
  await recordCompacted(conn);
}

/**
 * Compacts the tables once the day table has at least `minRows` rows and twice as many as the
 * last compaction left, so partial rows never more than double the tables and the cost of
 * compacting, spread over the batches in between, stays constant per batch.
 */
export async function maybeCompactRollups(conn: DuckDBConnection, minRows = 50_000): Promise<boolean> {
  const [r] = (
    await conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM dyad_days) AS n,
              (SELECT max(compacted_rows) FROM rollup_meta WHERE name = 'dyad_days') AS c`,
    )
  ).getRowObjectsJson();
  const n = Number(r?.n ?? 0);
  const c = Number(r?.c ?? 0);
  if (n < minRows || n < 2 * c) return false;
  await compactRollups(conn);
  return true;
}

/** The events columns a roll-up row is computed from. */
const EV = Object.fromEntries(TABLES.events.columns.map(([c], i) => [c, i])) as Record<string, number>;
const MEASURE_AT = new Map(MEASURES.map(([c], i) => [c, i]));
const at = (c: string): number => MEASURE_AT.get(c) ?? -1;
const TYPE_AT = new Map(types.map(([t, i]) => [t as string, i]));

/** The roll-up tables as appender specs: the key columns, then every measure. */
export function rollupSpec(name: (typeof ROLLUP_TABLES)[number]): TableSpec {
  const keys: [string, ColumnType][] = [
    ['actor_key', 'VARCHAR'],
    ['recipient_key', 'VARCHAR'],
    ['actor_code', 'VARCHAR'],
    ['recipient_code', 'VARCHAR'],
    ['day', 'DATE'],
    ['status', 'VARCHAR'],
    ['dup', 'BOOLEAN'],
  ];
  return { name, columns: [...keys, ...MEASURES.map(([c, t]): [string, ColumnType] => [c, t as ColumnType])] };
}

/** Adds one events row to a measure vector, as the SQL aggregates of `measures()` do. */
function addEvent(m: number[], e: readonly Cell[]): void {
  const g = e[EV.goldstein as number];
  const gold = g === null || g === undefined ? null : Number(g);
  const q = e[EV.quad_class as number];
  const quad = q === null || q === undefined ? null : Number(q);
  const t = TYPE_AT.get(String(e[EV.event as number]));
  const inc = (c: string, by = 1) => {
    const k = at(c);
    if (k >= 0) m[k] = (m[k] ?? 0) + by;
  };
  inc('n');
  if (gold !== null) {
    inc('gs', gold);
    inc('gn');
  }
  if (quad !== null) inc(col.quad(quad));
  if (t === undefined) return;
  inc(col.type(t));
  if (quad !== null) inc(col.cell(t, quad));
  if (gold !== null) {
    inc(col.gsum(t), gold);
    inc(col.gn(t));
  }
}

/**
 * The roll-up rows of a batch's events rows (in the events table's column order): one row
 * per dyad, day (or month), status and duplicate flag, aggregated in memory.
 */
export function batchRollups(events: readonly (readonly Cell[])[]): { days: Cell[][]; months: Cell[][] } {
  const days = new Map<string, { keys: Cell[]; m: number[] }>();
  const months = new Map<string, { keys: Cell[]; m: number[] }>();
  const add = (into: typeof days, keys: Cell[], e: readonly Cell[]) => {
    const k = JSON.stringify(keys);
    let r = into.get(k);
    if (!r) {
      r = { keys, m: new Array<number>(MEASURES.length).fill(0) };
      into.set(k, r);
    }
    addEvent(r.m, e);
  };
  for (const e of events) {
    const day = e[EV.date as number];
    const a = e[EV.actor_key as number];
    const r = e[EV.recipient_key as number];
    if (day === null || day === undefined || a === null || a === undefined || r === null || r === undefined) continue;
    const side = [a, r, e[EV.actor_code as number] ?? null, e[EV.recipient_code as number] ?? null];
    const rest = [e[EV.status as number] ?? null, Boolean(e[EV.dup as number])];
    const d = String(day).slice(0, 10);
    add(days, [...side, d, ...rest], e);
    add(months, [...side, `${d.slice(0, 7)}-01`, ...rest], e);
  }
  const rows = (m: typeof days) => [...m.values()].map((r) => [...r.keys, ...r.m]);
  return { days: rows(days), months: rows(months) };
}

/**
 * Adds a batch's events to both tables, in the transaction that stores them. The rows are
 * partial sums: a dyad-day that several batches touch has one row per batch, and every reader
 * sums over rows (`rebuildRollups` compacts them into one row per key). Nothing is read back,
 * so the cost of a batch does not grow with the database.
 */
export async function appendRollups(conn: DuckDBConnection, events: readonly (readonly Cell[])[]): Promise<void> {
  const { days, months } = batchRollups(events);
  await appendRows(conn, rollupSpec('dyad_days'), days);
  await appendRows(conn, rollupSpec('dyad_months'), months);
}
