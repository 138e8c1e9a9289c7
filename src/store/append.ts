import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from './rows.js';
import type { ColumnType, TableSpec } from './schema.js';

function appendCell(a: DuckDBAppender, type: ColumnType, v: Cell): void {
  if (v === null || v === undefined) {
    a.appendNull();
    return;
  }
  switch (type) {
    case 'INTEGER':
      a.appendInteger(Math.trunc(Number(v)));
      return;
    case 'BIGINT':
      a.appendBigInt(BigInt(Math.trunc(Number(v))));
      return;
    case 'DOUBLE':
      a.appendDouble(Number(v));
      return;
    case 'BOOLEAN':
      a.appendBoolean(Boolean(v));
      return;
    default: // VARCHAR, and DATE/TIMESTAMP as ISO text (DuckDB casts it)
      a.appendVarchar(String(v));
  }
}

/** Bulk-appends rows (in the table's column order) through DuckDB's appender, in the connection's transaction. */
export async function appendRows(
  conn: DuckDBConnection,
  table: TableSpec,
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const a = await conn.createAppender(table.name);
  try {
    for (const row of rows) {
      for (const [i, [, type]] of table.columns.entries()) appendCell(a, type, row[i] ?? null);
      a.endRow();
    }
    a.flushSync();
  } finally {
    a.closeSync();
  }
}
