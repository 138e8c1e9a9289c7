/** Synthetic data for the store benchmark: one million events built inside DuckDB. */
import { PLOVER_TYPES } from '../src/schema/output.js';
import type { Store } from '../src/store/index.js';
import { rebuildRollups } from '../src/store/rollup.js';

export {
  type CoderPool,
  ingest,
  inlineCoder,
  openStore,
  type PlainDocument,
  type StoreItem,
  storeBatch,
  workerPool,
} from '../src/store/index.js';
export const PLOVER_TYPES_FOR_BENCH = PLOVER_TYPES;

const CODES = [
  'USA',
  'RUS',
  'CHN',
  'PAK',
  'IRN',
  'AFG',
  'FRA',
  'DEU',
  'IND',
  'TUR',
  'GBR',
  'ISR',
  'SYR',
  'IRQ',
  'UKR',
  'SAU',
  'EGY',
  'NGA',
  'BRA',
  'MEX',
  'JPN',
  'KOR',
  'PRK',
  'VEN',
  'COL',
  'ETH',
  'SDN',
  'YEM',
  'LBY',
  'MLI',
];

/** Fills the store with `n` events over 2016–2020 in 1 000-event documents (sorted by date, like a real feed). */
export async function fillSynthetic(store: Store, n: number): Promise<void> {
  const docs = Math.max(1, Math.ceil(n / 20));
  const codes = `[${CODES.map((c) => `'${c}'`).join(',')}]`;
  const types = `[${PLOVER_TYPES.map((c) => `'${c}'`).join(',')}]`;
  await store.run(`INSERT INTO documents (uid, hash, id, title, published, outlet, text, n_events, ingested_at, output)
    SELECT 'd' || i, 'h' || i, 'syn-' || i, 'Synthetic ' || i, DATE '2016-01-01' + CAST(floor(i * 1826 / ${docs}) AS INTEGER),
           'Outlet ' || (i % 40), 'Synthetic text ' || i, 20, current_timestamp, '{}'
    FROM range(${docs}) t(i)`);
  await store.run(`INSERT INTO events (key, uid, id, event, cameo, goldstein, quad_class, status, actor_code, actor_name, actor_country,
      recipient_code, recipient_name, recipient_country, event_text, trigger_start, trigger_end, sentence, text, date,
      place_name, place_country, lat, lon, confidence, dup, actor_key, recipient_key, pair)
    SELECT 'd' || (i // 20) || '/e' || (i % 20), 'd' || (i // 20), 'e' || (i % 20), ${types}[1 + CAST(hash(i) % 16 AS BIGINT)],
      '0' || CAST(10 + hash(i) % 16 AS BIGINT), round((CAST(hash(i * 7) % 200 AS BIGINT) - 100) / 10.0, 1), CAST(1 + hash(i * 3) % 4 AS INTEGER),
      CASE WHEN hash(i * 5) % 10 = 0 THEN 'claimed' ELSE 'asserted' END,
      a, 'Actor ' || a, a, r, 'Recipient ' || r, r,
      'verb', 0, 4, i % 20, 'A synthetic sentence number ' || i || ' about events.',
      DATE '2016-01-01' + CAST(floor(i * 1826 / ${n}) AS INTEGER),
      'Place ' || CAST(hash(i) % 500 AS BIGINT), ${codes}[1 + CAST(hash(i * 17) % ${CODES.length} AS BIGINT)],
      CAST(hash(i) % 120 AS BIGINT) - 60.0, CAST(hash(i * 19) % 340 AS BIGINT) - 170.0, 0.8, hash(i * 23) % 50 = 0, a, r, 0
    FROM (SELECT i, ${codes}[1 + CAST(hash(i * 11) % ${CODES.length} AS BIGINT)] AS a,
                 ${codes}[1 + CAST(hash(i * 13) % ${CODES.length} AS BIGINT)] AS r FROM range(${n}) t(i))`);
  // bulk SQL bypasses storeBatch, so the pre-aggregated dyad tables are rebuilt once
  await store.transaction((conn) => rebuildRollups(conn));
  await store.run('CHECKPOINT');
}
