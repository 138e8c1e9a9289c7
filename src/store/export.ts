import { DyadError } from '../core/errors.js';
import type { Event } from '../schema/output.js';
import { type EventFilter, whereOf } from './filters.js';
import { gdeltSelect } from './gdelt.js';
import type { Param, Row, Store } from './store.js';

export const EXPORT_FORMATS = ['plover-jsonl', 'gdelt', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an export goes: a file (DuckDB writes csv/gdelt/parquet itself) or a writer for text. */
export interface ExportSink {
  readonly path?: string;
  readonly write?: (chunk: string) => void;
}

/** The flat event table of `--format csv` and `parquet`: one row per event with its document. */
export function flatSelect(where: string): string {
  return `SELECT e.key, e.pair, e.uid, d.id AS doc_id, e.id AS event_id, CAST(e.date AS VARCHAR) AS date, e.event, e.mode, e.cameo,
    e.goldstein, e.quad_class, e.status, e.actor_code, e.actor_name, e.actor_country, e.actor_sector,
    e.recipient_code, e.recipient_name, e.recipient_country, e.recipient_sector, e.attributed_code, e.attributed_name,
    e.event_text, e.trigger_start, e.trigger_end, e.sentence, e.text, e.place_name, e.place_country, e.lat, e.lon,
    e.geonameid, e.confidence, e.dup, d.title, d.outlet, d.url, CAST(d.published AS VARCHAR) AS published
  FROM events e JOIN documents d ON d.uid = e.uid ${where} ORDER BY e.date NULLS LAST, e.key, e.pair`;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Inlines `$n` parameters as SQL literals (COPY cannot take parameters); values are quoted. */
function inline(sql: string, params: readonly Param[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const v = params[Number(n) - 1];
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return sqlString(v);
  });
}

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const tsvCell = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

async function writeRows(
  store: Store,
  sql: string,
  params: Param[],
  sink: ExportSink,
  line: (r: Row) => string,
  header?: string,
): Promise<number> {
  const write = sink.write;
  if (!write) throw new DyadError('E010', 'an export needs a file or a writer');
  if (header) write(`${header}\n`);
  return store.each(sql, params, (rows) => write(rows.map(line).join('')));
}

/** One PLOVER/contract event per line, with the document it came from. */
async function ploverJsonl(store: Store, where: string, params: Param[], sink: ExportSink): Promise<number> {
  const keys = await store.all(
    `SELECT e.key, e.uid, e.id FROM events e ${where} ORDER BY e.date NULLS LAST, e.key`,
    params,
  );
  const write = sink.write;
  if (!write) throw new DyadError('E010', 'an export needs a writer');
  const cache = new Map<string, { doc: Row; events: Map<string, Event> }>();
  for (let i = 0; i < keys.length; i += 200) {
    const part = keys.slice(i, i + 200);
    const need = [...new Set(part.map((k) => String(k.uid)))].filter((u) => !cache.has(u));
    if (cache.size > 2000) cache.clear();
    if (need.length) {
      const docs = await store.all(
        `SELECT uid, output FROM documents WHERE uid IN (${need.map((_, j) => `$${j + 1}`).join(',')})`,
        need,
      );
      for (const d of docs) {
        const out = JSON.parse(String(d.output)) as Row & { events: Event[] };
        const {
          events,
          text: _text,
          sentences: _s,
          actors: _a,
          places: _p,
          times: _t,
          claims: _c,
          quotes: _q,
          diagnostics: _d,
          ...doc
        } = out;
        cache.set(String(d.uid), { doc: { uid: d.uid, ...doc }, events: new Map(events.map((e) => [e.id, e])) });
      }
    }
    write(
      part
        .map((k) => {
          const c = cache.get(String(k.uid));
          const e = c?.events.get(String(k.id));
          return e && c ? `${JSON.stringify({ ...e, document: c.doc })}\n` : '';
        })
        .join(''),
    );
  }
  return keys.length;
}

/** Exports the events matching a filter in one of EXPORT_FORMATS; returns how many. */
export async function exportEvents(
  store: Store,
  format: ExportFormat,
  filter: EventFilter,
  sink: ExportSink,
): Promise<number> {
  // PLOVER JSONL lists each event once; GDELT, CSV and Parquet have a row per actor–recipient pair
  const w = whereOf(filter, { pairs: format === 'plover-jsonl' ? 'first' : 'all' });
  if (format === 'plover-jsonl') return ploverJsonl(store, w.sql, w.params, sink);
  const select = format === 'gdelt' ? gdeltSelect(w.sql) : flatSelect(w.sql);
  if (sink.path) {
    const [count] = await store.all(`SELECT count(*) AS n FROM events e ${w.sql}`, w.params);
    const opts =
      format === 'parquet'
        ? 'FORMAT parquet'
        : format === 'gdelt'
          ? "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''"
          : 'FORMAT csv, HEADER true';
    await store.run(`COPY (${inline(select, w.params)}) TO ${sqlString(sink.path)} (${opts})`);
    return Number(count?.n ?? 0);
  }
  if (format === 'parquet') throw new DyadError('E010', 'parquet is binary: give a file with --out');
  if (format === 'gdelt')
    return writeRows(store, select, w.params, sink, (r) => `${Object.values(r).map(tsvCell).join('\t')}\n`);
  return writeRows(store, select, w.params, sink, (r) => `${Object.values(r).map(csvCell).join(',')}\n`, FLAT_HEADER);
}

const FLAT_HEADER =
  'key,pair,uid,doc_id,event_id,date,event,mode,cameo,goldstein,quad_class,status,actor_code,actor_name,actor_country,actor_sector,' +
  'recipient_code,recipient_name,recipient_country,recipient_sector,attributed_code,attributed_name,event_text,trigger_start,' +
  'trigger_end,sentence,text,place_name,place_country,lat,lon,geonameid,confidence,dup,title,outlet,url,published';
