import { DyadError } from '../core/errors.js';
import { EventFilter } from '../store/index.js';

/** The event-filter flags shared by `dyad export` and `dyad dyads` (validated by the store's zod schema). */
export const FILTER_OPTIONS = {
  db: { type: 'string' },
  actor: { type: 'string' },
  recipient: { type: 'string' },
  type: { type: 'string' },
  status: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  place: { type: 'string' },
  text: { type: 'string' },
  document: { type: 'string' },
  'include-duplicates': { type: 'boolean' },
} as const;

export const FILTER_HELP = `Filters:
  --actor CODE            source actor code (prefix: RUS matches RUSGOV) or name
  --recipient CODE        target actor code (prefix) or name
  --type T1,T2            PLOVER event types (AGREE … ASSAULT)
  --status S1,S2          asserted, claimed, denied, negated, intended, …
  --from YYYY-MM-DD       first day (inclusive)
  --to YYYY-MM-DD         last day (inclusive)
  --place NAME|ISO3       event location name or country
  --text WORDS            words in the event sentence
  --document ID           one document (uid or id)
  --include-duplicates    also count events of near-duplicate articles`;

export function filterOf(values: Record<string, unknown>): EventFilter {
  const raw: Record<string, unknown> = {};
  for (const k of ['actor', 'recipient', 'type', 'status', 'from', 'to', 'place', 'text', 'document']) {
    if (values[k] !== undefined) raw[k] = values[k];
  }
  if (values['include-duplicates']) raw.includeDuplicates = true;
  const r = EventFilter.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DyadError('E010', `--${String(issue?.path[0] ?? 'filter')}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

export const dbOf = (values: Record<string, unknown>): string =>
  String(values.db ?? process.env.DYAD_DB ?? './dyad.duckdb');
