/**
 * The store's tables. Each table is described once here (column name → DuckDB type); the DDL
 * and the bulk appender both read this description, so a column cannot be added to one and
 * forgotten in the other. Every row that comes from the text keeps its span (start, end) and
 * its document uid, so it leads back to the words.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, ColumnType])[];
  readonly primaryKey?: readonly string[];
}

const span = [
  ['start', 'INTEGER'],
  ['end', 'INTEGER'],
] as const;

export const TABLES = {
  documents: {
    name: 'documents',
    primaryKey: ['uid'],
    columns: [
      ['uid', 'VARCHAR'], // content-derived id: "d" + 16 hex of the content hash
      ['hash', 'VARCHAR'], // sha256 of the normalised text: the idempotency key
      ['id', 'VARCHAR'], // the document's own id (file name, JSONL id)
      ['title', 'VARCHAR'],
      ['published', 'DATE'],
      ['outlet', 'VARCHAR'],
      ['url', 'VARCHAR'],
      ['section', 'VARCHAR'],
      ['source', 'VARCHAR'],
      ['text', 'VARCHAR'],
      ['duplicate_of', 'VARCHAR'], // uid of the earlier near-duplicate (same wire story), if any
      ['similarity', 'DOUBLE'],
      ['minhash', 'VARCHAR'],
      ['n_events', 'INTEGER'],
      ['ingested_at', 'TIMESTAMP'],
      ['output', 'VARCHAR'], // the full contract document (JSON)
    ],
  },
  doc_bands: {
    name: 'doc_bands',
    columns: [
      ['band', 'VARCHAR'],
      ['uid', 'VARCHAR'],
    ],
  },
  sentences: {
    name: 'sentences',
    columns: [['uid', 'VARCHAR'], ['idx', 'INTEGER'], ...span],
  },
  mentions: {
    name: 'mentions',
    columns: [
      ['uid', 'VARCHAR'],
      ['idx', 'INTEGER'],
      ['actor_text', 'VARCHAR'],
      ['name', 'VARCHAR'],
      ['code', 'VARCHAR'],
      ['sector', 'VARCHAR'],
      ['role', 'VARCHAR'],
      ['entity_id', 'VARCHAR'],
      ['kind', 'VARCHAR'],
      ['resolved', 'BOOLEAN'],
      ...span,
    ],
  },
  entities: {
    name: 'entities',
    primaryKey: ['code'],
    columns: [
      ['code', 'VARCHAR'],
      ['name', 'VARCHAR'],
      ['sector', 'VARCHAR'],
    ],
  },
  /** One row per actor–recipient pair of an event (`pair` 0 is the event itself). */
  events: {
    name: 'events',
    columns: [
      ['key', 'VARCHAR'], // uid + "/" + event id: unique in the store
      ['uid', 'VARCHAR'],
      ['id', 'VARCHAR'],
      ['event', 'VARCHAR'],
      ['mode', 'VARCHAR'],
      ['context', 'VARCHAR'], // JSON array
      ['cameo', 'VARCHAR'],
      ['goldstein', 'DOUBLE'],
      ['quad_class', 'INTEGER'],
      ['status', 'VARCHAR'],
      ['actor_code', 'VARCHAR'],
      ['actor_name', 'VARCHAR'],
      ['actor_country', 'VARCHAR'],
      ['actor_sector', 'VARCHAR'],
      ['recipient_code', 'VARCHAR'],
      ['recipient_name', 'VARCHAR'],
      ['recipient_country', 'VARCHAR'],
      ['recipient_sector', 'VARCHAR'],
      ['attributed_code', 'VARCHAR'],
      ['attributed_name', 'VARCHAR'],
      ['event_text', 'VARCHAR'],
      ['trigger_start', 'INTEGER'],
      ['trigger_end', 'INTEGER'],
      ['sentence', 'INTEGER'],
      ['text', 'VARCHAR'],
      ['date_text', 'VARCHAR'],
      ['date', 'DATE'], // the event date, or the publication date when the event has none
      ['place_name', 'VARCHAR'],
      ['place_country', 'VARCHAR'],
      ['place_admin1', 'VARCHAR'],
      ['lat', 'DOUBLE'],
      ['lon', 'DOUBLE'],
      ['geonameid', 'BIGINT'],
      ['place_feature', 'VARCHAR'],
      ['place_start', 'INTEGER'],
      ['place_end', 'INTEGER'],
      ['confidence', 'DOUBLE'],
      ['dup', 'BOOLEAN'], // from a near-duplicate article: not counted twice
      ['explain', 'VARCHAR'], // JSON array
      // added by migration 3: the dyad sides (code, or the upper-cased name when uncoded)
      ['actor_key', 'VARCHAR'],
      ['recipient_key', 'VARCHAR'],
      // added by migration 4: which actor–recipient pair of the event this row is (0: the first)
      ['pair', 'INTEGER'],
    ],
  },
  event_actors: {
    name: 'event_actors',
    columns: [
      ['key', 'VARCHAR'],
      ['uid', 'VARCHAR'],
      ['part', 'VARCHAR'], // actor | recipient | attributedTo
      ['idx', 'INTEGER'],
      ['actor_text', 'VARCHAR'],
      ['name', 'VARCHAR'],
      ['code', 'VARCHAR'],
      ['sector', 'VARCHAR'],
      ['role', 'VARCHAR'],
      ['entity_id', 'VARCHAR'],
      ...span,
    ],
  },
  claims: {
    name: 'claims',
    columns: [
      ['key', 'VARCHAR'],
      ['uid', 'VARCHAR'],
      ['id', 'VARCHAR'],
      ['claim_key', 'VARCHAR'],
      ['proposition', 'VARCHAR'],
      ['claimant_codes', 'VARCHAR'], // space-separated codes, for filtering
      ['accused_codes', 'VARCHAR'],
      ['claimant', 'VARCHAR'], // JSON ActorRef[]
      ['accused', 'VARCHAR'],
      ['events', 'VARCHAR'], // JSON string[] (event ids in the document)
      ['dup', 'BOOLEAN'],
    ],
  },
  responses: {
    name: 'responses',
    columns: [
      ['claim', 'VARCHAR'], // claims.key
      ['uid', 'VARCHAR'],
      ['idx', 'INTEGER'],
      ['stance', 'VARCHAR'],
      ['event', 'VARCHAR'], // event id in the document
      ['by_codes', 'VARCHAR'],
      ['by', 'VARCHAR'], // JSON ActorRef[]
    ],
  },
  quotes: {
    name: 'quotes',
    columns: [
      ['uid', 'VARCHAR'],
      ['idx', 'INTEGER'],
      ['speaker_code', 'VARCHAR'],
      ['speaker', 'VARCHAR'], // JSON ActorRef | null
      ['cue_start', 'INTEGER'],
      ['cue_end', 'INTEGER'],
      ['content_start', 'INTEGER'],
      ['content_end', 'INTEGER'],
      ['direct', 'BOOLEAN'],
    ],
  },
  places: {
    name: 'places',
    columns: [
      ['uid', 'VARCHAR'],
      ['idx', 'INTEGER'],
      ['text', 'VARCHAR'],
      ['name', 'VARCHAR'],
      ['country', 'VARCHAR'],
      ['admin1', 'VARCHAR'],
      ['lat', 'DOUBLE'],
      ['lon', 'DOUBLE'],
      ['geonameid', 'BIGINT'],
      ['feature', 'VARCHAR'],
      ...span,
    ],
  },
  times: {
    name: 'times',
    columns: [
      ['uid', 'VARCHAR'],
      ['idx', 'INTEGER'],
      ['text', 'VARCHAR'],
      ['value', 'VARCHAR'],
      ['type', 'VARCHAR'],
      ...span,
    ],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** Tables that hold one document's annotations (deleted with it, keyed by `uid`). */
export const DOCUMENT_TABLES: readonly TableName[] = [
  'doc_bands',
  'sentences',
  'mentions',
  'events',
  'event_actors',
  'claims',
  'responses',
  'quotes',
  'places',
  'times',
];

const q = (name: string) => `"${name}"`;

export function createTableSql(t: TableSpec): string {
  const cols = t.columns.map(([n, ty]) => `${q(n)} ${ty}`);
  if (t.primaryKey) cols.push(`PRIMARY KEY (${t.primaryKey.map(q).join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${t.name} (${cols.join(', ')})`;
}
