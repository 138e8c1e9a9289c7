export { type Coded, codeMany, codeOne, type PlainDocument, toPlain } from './coder.js';
export { countryOf } from './countries.js';
export { dayOf } from './dates.js';
export { EXPORT_FORMATS, type ExportFormat, type ExportSink, exportEvents } from './export.js';
export { htmlToText, isFeedPath, readFeed } from './feeds.js';
export { EventFilter, INTERVALS, Interval, Page, whereOf } from './filters.js';
export { GDELT_COLUMNS } from './gdelt.js';
export { contentHash, normaliseText, uidOf } from './hash.js';
export { type IngestProgress, type IngestRunOptions, ingest } from './ingest.js';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
export { NEAR_DUP_THRESHOLD, signature, similarity } from './minhash.js';
export { type CoderPool, defaultWorkers, inlineCoder, workerPool } from './pool.js';
export {
  dyads,
  getDocument,
  graph,
  listActors,
  listClaims,
  listDocuments,
  listEvents,
  locations,
  timeline,
} from './queries.js';
export { estimateDocuments, expandSources, readSource } from './sources.js';
export { DEFAULT_DB, migrate, openStore, type Param, type Row, type Store, type StoreOptions } from './store.js';
export { type BatchResult, knownHashes, type StoredDocument, type StoreItem, storeBatch } from './write.js';
