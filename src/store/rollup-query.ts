import { PLOVER_TYPES } from '../schema/vocab.js';
import type { EventFilter, Interval } from './filters.js';
import { col, undatedRowsSql } from './rollup.js';
import type { Param } from './store.js';

const CODE_LIKE = /^[A-Z][A-Z0-9]{1,11}$/;

/** Whether the dyad tables can answer this filter (else `/dyads` reads the events). */
export function rollupAnswers(f: EventFilter): boolean {
  if (f.place || f.text || f.document) return false;
  // names are matched on the event's actor name, which the dyad tables do not keep
  return [f.actor, f.recipient].every((v) => v === undefined || CODE_LIKE.test(v));
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
};
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The months wholly inside [from, to] (first-of-month bounds, inclusive; null: open), read
 * from `dyad_months`; the days outside them, read from `dyad_days`.
 */
function wholeMonths(from?: string, to?: string): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  if (from) {
    const [y, m, d] = parts(from);
    first = d === 1 ? from : monthStart(y, m + 1);
  }
  if (to) {
    const [y, m, d] = parts(to);
    last = d === lastDayOf(y, m) ? monthStart(y, m) : monthStart(y, m - 1);
  }
  return { first, last };
}

/**
 * The roll-up rows a filter reads (alias r: whole months from `dyad_months` when the interval
 * is a month or a year, other days from `dyad_days`) and the conditions on them.
 */
function rollupRows(f: EventFilter, interval: Interval, p: (v: Param) => string): { source: string; where: string[] } {
  const where: string[] = [];
  if (!f.includeDuplicates) where.push('NOT r.dup');
  if (f.actor) where.push(`r.actor_code LIKE ${p(`${f.actor}%`)}`);
  if (f.recipient) where.push(`r.recipient_code LIKE ${p(`${f.recipient}%`)}`);
  if (f.status?.length) where.push(`r.status IN (${f.status.map(p).join(', ')})`);
  const days: string[] = [];
  if (f.from) days.push(`r.day >= CAST(${p(f.from)} AS DATE)`);
  if (f.to) days.push(`r.day <= CAST(${p(f.to)} AS DATE)`);
  let source: string;
  const { first, last } = wholeMonths(f.from, f.to);
  if ((interval === 'month' || interval === 'year') && !(first !== null && last !== null && first > last)) {
    // whole months from dyad_months, the days of partial months from dyad_days
    const inMonths: string[] = [];
    if (first) inMonths.push(`r.day >= CAST(${p(first)} AS DATE)`);
    if (last) inMonths.push(`r.day <= CAST(${p(last)} AS DATE)`);
    // a day belongs to a whole month when its month start is within [first, last]
    const dayInMonths = inMonths.join(' AND ').replaceAll('r.day', "date_trunc('month', r.day)");
    source = inMonths.length
      ? `SELECT * FROM dyad_months r WHERE ${inMonths.join(' AND ')}
         UNION ALL SELECT * FROM dyad_days r WHERE ${days.join(' AND ')} AND NOT (${dayInMonths})`
      : 'SELECT * FROM dyad_months';
  } else {
    source = 'SELECT * FROM dyad_days';
  }
  where.push(...days);
  return { source, where };
}

/**
 * `/dyads` from the pre-aggregated tables: the same rows (and order) as grouping the events,
 * for filters `rollupAnswers` accepts.
 */
export function rollupDyadsSql(
  f: EventFilter,
  interval: Interval,
  limit: number,
  offset: number,
): { sql: string; params: Param[] } {
  const params: Param[] = [];
  const p = (v: Param) => {
    params.push(v);
    return `$${params.length}`;
  };
  const { source, where } = rollupRows(f, interval, p);
  const selected = f.type?.length
    ? PLOVER_TYPES.map((t, i) => [t, i] as const).filter(([t]) => f.type?.includes(t))
    : null;
  const sum = (cols: string[]) => (cols.length ? `sum(${cols.map((c) => `r.${c}`).join(' + ')})` : '0');
  const typeCols = PLOVER_TYPES.map(
    (t, i) => `CAST(${!selected || selected.some(([, j]) => j === i) ? sum([col.type(i)]) : '0'} AS INTEGER) AS "${t}"`,
  );
  const quadCols = [1, 2, 3, 4].map(
    (q) =>
      `CAST(${selected ? sum(selected.map(([, i]) => col.cell(i, q))) : sum([col.quad(q)])} AS INTEGER) AS "quad${q}"`,
  );
  const total = selected ? sum(selected.map(([, i]) => col.type(i))) : sum(['n']);
  const gs = selected ? sum(selected.map(([, i]) => col.gsum(i))) : sum(['gs']);
  const gn = selected ? sum(selected.map(([, i]) => col.gn(i))) : sum(['gn']);
  // counts are never negative, so a group has events iff one of its rows has: rows without
  // any are dropped before grouping (no HAVING)
  if (selected) where.push(`(${selected.map(([, i]) => `r.${col.type(i)}`).join(' + ')}) > 0`);
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const period = `date_trunc('${interval}', r.day)`;
  const measures = `CAST(${total} AS BIGINT) AS events, ${typeCols.join(', ')}, ${quadCols.join(', ')},
      round(${gs}, 3) AS "goldsteinSum", round(${gs} / nullif(${gn}, 0), 3) AS "goldsteinMean"`;
  const page = `LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
  if (f.actor || f.recipient) {
    // a side filter leaves few groups: one pass (grouped on the date, cast once per group)
    const sql = `SELECT r.actor_key AS actor, r.recipient_key AS recipient, CAST(CAST(${period} AS DATE) AS VARCHAR) AS period,
      ${measures} FROM (${source}) r ${filter}
      GROUP BY r.actor_key, r.recipient_key, ${period} ORDER BY ${period}, actor, recipient ${page}`;
    return { sql, params };
  }
  // else the page's groups are chosen on their keys alone (cheap), then only their rows are
  // aggregated
  const sql = `WITH page AS (SELECT r.actor_key, r.recipient_key, ${period} AS p FROM (${source}) r ${filter}
      GROUP BY ALL ORDER BY p, r.actor_key, r.recipient_key LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)})
    SELECT r.actor_key AS actor, r.recipient_key AS recipient, CAST(CAST(${period} AS DATE) AS VARCHAR) AS period,
      CAST(${total} AS BIGINT) AS events, ${typeCols.join(', ')}, ${quadCols.join(', ')},
      round(${gs}, 3) AS "goldsteinSum", round(${gs} / nullif(${gn}, 0), 3) AS "goldsteinMean"
    FROM (${source}) r SEMI JOIN page g ON r.actor_key = g.actor_key AND r.recipient_key = g.recipient_key AND ${period} = g.p
    ${filter}
    GROUP BY r.actor_key, r.recipient_key, ${period}
    ORDER BY ${period}, actor, recipient`;
  return { sql, params };
}

/**
 * `/graph` from the pre-aggregated tables (whole months from `dyad_months`, other days from
 * `dyad_days`, plus the undated events when no period is given): the same edges as grouping
 * the events, for filters `rollupAnswers` accepts.
 */
export function rollupGraphSql(f: EventFilter, maxEdges: number): { sql: string; params: Param[] } {
  const params: Param[] = [];
  const p = (v: Param) => {
    params.push(v);
    return `$${params.length}`;
  };
  const rows = rollupRows(f, 'month', p);
  const source = f.from || f.to ? rows.source : `${rows.source} UNION ALL ${undatedRowsSql()}`;
  const selected = PLOVER_TYPES.map((t, i) => [t, i] as const).filter(([t]) => !f.type?.length || f.type.includes(t));
  const sum = (cols: string[]) => (cols.length ? `sum(${cols.map((c) => `r.${c}`).join(' + ')})` : '0');
  const all = !f.type?.length;
  const total = all ? sum(['n']) : sum(selected.map(([, i]) => col.type(i)));
  const gs = all ? sum(['gs']) : sum(selected.map(([, i]) => col.gsum(i)));
  const gn = all ? sum(['gn']) : sum(selected.map(([, i]) => col.gn(i)));
  const where = [...rows.where, 'r.actor_key <> r.recipient_key'];
  if (!all) where.push(`(${selected.map(([, i]) => `r.${col.type(i)}`).join(' + ')}) > 0`);
  // the types with events, in alphabetical order (as list(DISTINCT event ORDER BY event) gives)
  const types = [...selected]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, i]) => `CASE WHEN sum(r.${col.type(i)}) > 0 THEN '${t}' END`);
  const sql = `SELECT r.actor_key AS source, r.recipient_key AS target, CAST(${total} AS BIGINT) AS events,
      round(${gs} / nullif(${gn}, 0), 3) AS "goldsteinMean", round(${gs}, 3) AS "goldsteinSum",
      list_filter([${types.join(', ')}], x -> x IS NOT NULL) AS types
    FROM (${source}) r WHERE ${where.join(' AND ')}
    GROUP BY r.actor_key, r.recipient_key ORDER BY events DESC, source, target LIMIT ${Math.trunc(maxEdges)}`;
  return { sql, params };
}
