import { z } from 'zod';
import { PLOVER_TYPES, STATUSES } from '../schema/output.js';
import type { Param } from './store.js';

const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const flag = z.preprocess(
  (v) => (v === 'true' || v === '1' || v === '' ? true : v === 'false' || v === '0' ? false : v),
  z.boolean(),
);

/**
 * The event filters shared by the CLI (export, dyads) and the API (events, dyads, graph):
 * one zod schema, so both validate them the same way.
 */
export const EventFilter = z.object({
  actor: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('source actor: an upper-case code (prefix: "RUS" matches "RUSGOV") or a name (whole, any case)'),
  recipient: z.string().min(1).max(64).optional().describe('target actor: an upper-case code (prefix) or a name'),
  type: list(z.enum(PLOVER_TYPES)).optional().describe('PLOVER event types, comma-separated'),
  status: list(z.enum(STATUSES)).optional().describe('event statuses, comma-separated'),
  from: day.optional().describe('first day (inclusive)'),
  to: day.optional().describe('last day (inclusive)'),
  place: z.string().min(1).max(100).optional().describe('place name or country code of the event location'),
  text: z.string().min(1).max(200).optional().describe('words in the event sentence'),
  document: z.string().min(1).max(200).optional().describe('document uid or id'),
  includeDuplicates: flag.optional().describe('also count events of near-duplicate articles'),
});
export type EventFilter = z.infer<typeof EventFilter>;

export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type Page = z.infer<typeof Page>;

export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export const Interval = z.enum(INTERVALS);
export type Interval = z.infer<typeof Interval>;

const CODE_LIKE = /^[A-Z][A-Z0-9]{1,11}$/;

export interface Where {
  readonly sql: string;
  readonly params: Param[];
}

/**
 * The WHERE clause (on table alias `e`, the events table) for a filter. `pairs: 'first'` keeps
 * one row per event; `'all'` keeps every actor–recipient pair (dyads, graphs, GDELT rows).
 */
export function whereOf(
  f: EventFilter,
  opts: { pairs: 'first' | 'all' } = { pairs: 'first' },
  params: Param[] = [],
): Where {
  const parts: string[] = opts.pairs === 'first' ? ['e.pair = 0'] : [];
  const p = (v: Param) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (!f.includeDuplicates) parts.push('NOT e.dup');
  for (const side of ['actor', 'recipient'] as const) {
    const v = f[side];
    if (!v) continue;
    // an upper-case code ("RUS", "RUSGOV", "ISIS") matches by prefix; anything else is a name, matched whole
    if (CODE_LIKE.test(v)) parts.push(`e.${side}_code LIKE ${p(`${v}%`)}`);
    else parts.push(`upper(e.${side}_name) = ${p(v.toUpperCase())}`);
  }
  if (f.type?.length) parts.push(`e.event IN (${f.type.map(p).join(', ')})`);
  if (f.status?.length) parts.push(`e.status IN (${f.status.map(p).join(', ')})`);
  if (f.from) parts.push(`e.date >= CAST(${p(f.from)} AS DATE)`);
  if (f.to) parts.push(`e.date <= CAST(${p(f.to)} AS DATE)`);
  if (f.place) {
    // a country code matches the event country; a name matches the place name (any case)
    if (/^[A-Za-z]{3}$/.test(f.place)) parts.push(`e.place_country = ${p(f.place.toUpperCase())}`);
    else parts.push(`lower(e.place_name) = ${p(f.place.toLowerCase())}`);
  }
  if (f.text) parts.push(`e.text ILIKE ${p(`%${f.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
  if (f.document)
    parts.push(`(e.uid = ${p(f.document)} OR e.uid IN (SELECT uid FROM documents WHERE id = ${p(f.document)}))`);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}
