import type { DuckDBConnection } from '@duckdb/node-api';
import { PLOVER_TYPES } from '../schema/vocab.js';

/**
 * Pre-aggregated dyad tables: events counted per dyad (actor key, recipient key, actor code,
 * recipient code), status, duplicate flag and day (`dyad_days`) or month (`dyad_months`, its
 * `day` the first of the month). Each row holds the total count, the count per PLOVER type and
 * per QuadClass, the count per type × QuadClass (so a type filter still yields exact QuadClass
 * counts) and the Goldstein sums and numbers of scored events, in total and per type.
 * `/dyads` rolls these up by week, month or year with small scans instead of reading every
 * event. They are derived data: rebuilt from `events` by `rebuildRollups`, and refreshed for
 * the dyad-days a batch touched, inside its transaction, by `refreshRollups`.
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
}

/**
 * Recomputes, from `events`, the rows of every (actor key, recipient key, day) that the given
 * documents' events fall on, then the months of those days. Run it in the transaction that
 * stored the documents, after their events.
 */
export async function refreshRollups(conn: DuckDBConnection, uids: readonly string[]): Promise<void> {
  if (uids.length === 0) return;
  const ph = uids.map((_, i) => `$${i + 1}`).join(',');
  const touched = `SELECT DISTINCT e.actor_key, e.recipient_key, e.date AS day FROM events e WHERE ${DYADIC} AND e.uid IN (${ph})`;
  await conn.run('CREATE OR REPLACE TEMP TABLE dyad_touched AS ' + touched, [...uids]);
  const [range] = (
    await conn.runAndReadAll(
      'SELECT CAST(min(day) AS VARCHAR) AS lo, CAST(max(day) AS VARCHAR) AS hi FROM dyad_touched',
    )
  ).getRowObjectsJson();
  if (!range?.lo || !range.hi) return;
  const lo = String(range.lo);
  const hi = String(range.hi);
  const sameDay = (a: string) =>
    `${a}.actor_key = k.actor_key AND ${a}.recipient_key = k.recipient_key AND ${a}.day = k.day`;
  await conn.run(`DELETE FROM dyad_days d USING dyad_touched k WHERE ${sameDay('d')}`);
  await conn.run(
    `INSERT INTO dyad_days (${KEY_LIST}, ${MEASURE_LIST}) ${daysFromEvents(
      'e.date BETWEEN CAST($1 AS DATE) AND CAST($2 AS DATE)',
      'events e SEMI JOIN dyad_touched k ON e.actor_key = k.actor_key AND e.recipient_key = k.recipient_key AND e.date = k.day',
    )}`,
    [lo, hi],
  );
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE dyad_touched_months AS
     SELECT DISTINCT actor_key, recipient_key, CAST(date_trunc('month', day) AS DATE) AS day FROM dyad_touched`,
  );
  await conn.run(`DELETE FROM dyad_months d USING dyad_touched_months k WHERE ${sameDay('d')}`);
  await conn.run(
    `INSERT INTO dyad_months (${KEY_LIST}, ${MEASURE_LIST}) ${monthsFromDays(
      `d.day BETWEEN CAST(date_trunc('month', CAST($1 AS DATE)) AS DATE) AND CAST($2 AS DATE)`,
      `dyad_days d SEMI JOIN dyad_touched_months k ON d.actor_key = k.actor_key AND d.recipient_key = k.recipient_key
         AND CAST(date_trunc('month', d.day) AS DATE) = k.day`,
    )}`,
    [lo, hi],
  );
  await conn.run('DROP TABLE dyad_touched');
  await conn.run('DROP TABLE dyad_touched_months');
}
