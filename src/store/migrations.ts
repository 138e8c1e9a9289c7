import { createRollupSql, ROLLUP_META_SQL, rebuildRollupSql } from './rollup.js';
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

// Migration 1 creates each table from its current description (schema.ts); later migrations
// add columns with IF NOT EXISTS, so a new database and an upgraded one end up the same.
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
  {
    version: 3,
    name: 'dyad side keys on events',
    sql: [
      'ALTER TABLE events ADD COLUMN IF NOT EXISTS actor_key VARCHAR',
      'ALTER TABLE events ADD COLUMN IF NOT EXISTS recipient_key VARCHAR',
      `UPDATE events SET actor_key = coalesce(actor_code, upper(actor_name)), recipient_key = coalesce(recipient_code, upper(recipient_name))
       WHERE actor_key IS NULL AND recipient_key IS NULL`,
      'CREATE OR REPLACE VIEW unique_events AS SELECT * FROM events WHERE NOT dup',
    ],
  },
  {
    version: 4,
    name: 'one events row per actor-recipient pair',
    sql: [
      'ALTER TABLE events ADD COLUMN IF NOT EXISTS pair INTEGER',
      'UPDATE events SET pair = 0 WHERE pair IS NULL',
      // views list events once
      'CREATE OR REPLACE VIEW unique_events AS SELECT * FROM events WHERE NOT dup AND pair = 0',
    ],
  },
  {
    version: 5,
    name: 'pre-aggregated dyad tables (per dyad and day, per dyad and month)',
    sql: [...createRollupSql(), ...rebuildRollupSql()],
  },
  {
    version: 6,
    name: 'roll-up compaction state (ingest appends partial roll-up rows and compacts them)',
    sql: [ROLLUP_META_SQL],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
