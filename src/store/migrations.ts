import { createTableSql, TABLES } from './schema.js';

/**
 * Schema migrations, applied in order and recorded in `schema_migrations`; a database is
 * brought up to date when it is opened for writing. Append new migrations; never edit one
 * that has shipped.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial tables',
    sql: [
      ...Object.values(TABLES).map(createTableSql),
      'CREATE UNIQUE INDEX IF NOT EXISTS documents_hash ON documents (hash)',
      'CREATE INDEX IF NOT EXISTS doc_bands_band ON doc_bands (band)',
    ],
  },
  {
    version: 2,
    name: 'views for analysis',
    sql: [
      // events from articles that are not near-duplicates of one already stored
      'CREATE OR REPLACE VIEW unique_events AS SELECT * FROM events WHERE NOT dup',
      // resolved actors and how often they are mentioned
      `CREATE OR REPLACE VIEW actors AS
         SELECT code, any_value(name) FILTER (WHERE name IS NOT NULL) AS name, any_value(sector) AS sector,
                count(*) AS mentions, count(DISTINCT uid) AS documents
         FROM mentions WHERE code IS NOT NULL GROUP BY code`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
