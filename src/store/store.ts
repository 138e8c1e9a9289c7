import { existsSync } from 'node:fs';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { DyadError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';

export const DEFAULT_DB = './dyad.duckdb';

export type Param = string | number | boolean | null;
export type Row = Record<string, unknown>;

export interface StoreOptions {
  /** Open read-only (queries, `dyad query`); the file must exist. */
  readonly readOnly?: boolean;
}

/** An open dyad database: one DuckDB file (or ":memory:") with the schema brought up to date. */
export interface Store {
  readonly path: string;
  readonly readOnly: boolean;
  /** Rows as plain JSON-friendly objects (BIGINT → number, DATE → "YYYY-MM-DD"). */
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  run(sql: string, params?: readonly Param[]): Promise<void>;
  /** Streams a query's rows in chunks (big exports), without holding them all in memory. */
  each(sql: string, params: readonly Param[], onRows: (rows: Row[]) => void): Promise<number>;
  /** Runs `fn` in one transaction: everything it wrote is kept, or nothing is. */
  transaction<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
  readonly connection: DuckDBConnection;
  close(): void;
}

function storageError(e: unknown, path: string): DyadError {
  return new DyadError('E016', e instanceof Error ? e.message : String(e), { file: path });
}

/** Converts DuckDB's JSON-ready values: big integers (returned as strings) become numbers. */
function plain(rows: Record<string, unknown>[], bigCols: ReadonlySet<string>): Row[] {
  if (bigCols.size === 0) return rows;
  for (const r of rows) for (const c of bigCols) if (typeof r[c] === 'string') r[c] = Number(r[c]);
  return rows;
}

export async function openStore(path: string = DEFAULT_DB, opts: StoreOptions = {}): Promise<Store> {
  const readOnly = opts.readOnly === true;
  if (readOnly && path !== ':memory:' && !existsSync(path)) {
    throw new DyadError('E001', 'no database here (create one with: dyad ingest <files> --db FILE)', { file: path });
  }
  let instance: DuckDBInstance;
  let conn: DuckDBConnection;
  try {
    instance = await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    conn = await instance.connect();
  } catch (e) {
    throw storageError(e, path);
  }
  // one connection serves every caller (CLI, API requests): calls take turns, and a
  // transaction keeps its turn until it commits, so nobody's statement lands inside it
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const mine = turn.then(fn, fn);
    turn = mine.catch(() => undefined);
    return mine;
  };
  const all = (sql: string, params: readonly Param[] = []): Promise<Row[]> => exclusive(() => allNow(sql, params));
  const allNow = async (sql: string, params: readonly Param[]): Promise<Row[]> => {
    try {
      const r = await conn.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
      const big = new Set<string>();
      r.columnNames().forEach((n, i) => {
        const t = r.columnTypes()[i]?.typeId;
        // BIGINT, HUGEINT, UBIGINT and DECIMAL come back as strings in JSON form
        if (t !== undefined && [5, 9, 19, 16, 32].includes(t)) big.add(n);
      });
      // column-wise conversion is several times faster than row-wise for wide results
      const names = r.columnNames();
      const cols = r.getColumnsJson() as unknown[][];
      const rows: Record<string, unknown>[] = new Array(r.currentRowCount);
      for (let i = 0; i < rows.length; i++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < names.length; c++) row[names[c] as string] = cols[c]?.[i];
        rows[i] = row;
      }
      return plain(rows, big);
    } catch (e) {
      throw storageError(e, path);
    }
  };
  const runNow = async (sql: string, params: readonly Param[] = []): Promise<void> => {
    try {
      await conn.run(sql, params.length ? (params as DuckDBValue[]) : undefined);
    } catch (e) {
      throw storageError(e, path);
    }
  };
  const run = (sql: string, params: readonly Param[] = []): Promise<void> => exclusive(() => runNow(sql, params));
  const each = (sql: string, params: readonly Param[], onRows: (rows: Row[]) => void): Promise<number> =>
    exclusive(async () => {
      let n = 0;
      try {
        const result = await conn.stream(sql, params.length ? (params as DuckDBValue[]) : undefined);
        for await (const rows of result.yieldRowObjectJson()) {
          n += rows.length;
          onRows(rows as Row[]);
        }
      } catch (e) {
        throw storageError(e, path);
      }
      return n;
    });
  const store: Store = {
    path,
    readOnly,
    all,
    run,
    each,
    connection: conn,
    transaction(fn) {
      return exclusive(async () => {
        await runNow('BEGIN TRANSACTION');
        try {
          const out = await fn(conn);
          await runNow('COMMIT');
          return out;
        } catch (e) {
          await conn.run('ROLLBACK').catch(() => undefined);
          throw e instanceof DyadError ? e : storageError(e, path);
        }
      });
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
  if (!readOnly) {
    await migrate(store);
    return store;
  }
  // a read-only reader of a database written by an older dyad upgrades it first (briefly
  // opening it for writing), so queries always see the current schema
  // (any migration not yet recorded, not only a lower maximum, means it needs upgrading)
  const [v] = await all(
    `SELECT count(DISTINCT version) AS v FROM schema_migrations WHERE version IN (${MIGRATIONS.map((m) => m.version).join(',')})`,
  ).catch(() => [{ v: 0 }]);
  if (Number(v?.v ?? 0) < MIGRATIONS.length && path !== ':memory:') {
    store.close();
    try {
      (await openStore(path)).close();
    } catch (e) {
      throw new DyadError(
        'E016',
        `the database has an older schema and cannot be upgraded now (${(e as Error).message})`,
        { file: path },
      );
    }
    return openStore(path, opts);
  }
  return store;
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export async function migrate(store: Store): Promise<number> {
  await store.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)',
  );
  const done = new Set((await store.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  let applied = 0;
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await store.transaction(async (c) => {
      for (const s of m.sql) await c.run(s);
      await c.run('INSERT INTO schema_migrations VALUES ($1, $2, current_timestamp)', [m.version, m.name]);
    });
    applied++;
  }
  return applied;
}
