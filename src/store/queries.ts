import { DyadError } from '../core/errors.js';
import { PLOVER_TYPES } from '../schema/output.js';
import { type EventFilter, type Interval, type Page, whereOf } from './filters.js';
import { rollupAnswers, rollupDyadsSql, rollupGraphSql } from './rollup-query.js';
import type { Row, Store } from './store.js';

const parse = (s: unknown): unknown => (typeof s === 'string' ? JSON.parse(s) : s);

export const EVENT_COLUMNS = `e.key, e.uid, e.id, e.event, e.mode, e.cameo, e.goldstein, e.quad_class AS "quadClass", e.status,
  e.actor_code AS "actorCode", e.actor_name AS "actorName", e.recipient_code AS "recipientCode", e.recipient_name AS "recipientName",
  e.attributed_code AS "attributedCode", e.event_text AS "eventText", e.trigger_start AS "triggerStart", e.trigger_end AS "triggerEnd",
  e.sentence, e.text, CAST(e.date AS VARCHAR) AS date, e.place_name AS "placeName", e.place_country AS "placeCountry", e.lat, e.lon,
  e.confidence, e.dup`;

export interface EventPage {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: Row[];
}

/** Events matching a filter, newest first, one page at a time. */
export async function listEvents(store: Store, f: EventFilter, page: Page): Promise<EventPage> {
  const bySide = Boolean(f.actor || f.recipient);
  // filtering by a side looks at every actor–recipient pair, then lists each event once (its
  // first matching pair)
  const w = bySide ? whereOf(f, { pairs: 'all' }) : whereOf(f);
  const window = `LIMIT ${page.limit} OFFSET ${page.offset}`;
  let ids: Row[];
  let total: number;
  if (!bySide) {
    // the page is chosen on (date, row id) alone, then only its rows are read in full
    const [count] = await store.all(`SELECT count(*) AS n FROM events e ${w.sql}`, w.params);
    total = Number(count?.n ?? 0);
    ids = await store.all(
      `SELECT e.rowid AS rid, CAST(e.date AS VARCHAR) AS date FROM events e ${w.sql}
       ORDER BY e.date DESC NULLS LAST, e.rowid DESC ${window}`,
      w.params,
    );
  } else {
    const matched = `SELECT min(e.rowid) AS rid, any_value(e.date) AS date FROM events e ${w.sql} GROUP BY e.key`;
    // the page's row ids and the total in one pass; a page past the end still gets the total
    ids = await store.all(
      `SELECT rid, CAST(date AS VARCHAR) AS date, total FROM (SELECT *, count(*) OVER () AS total FROM (${matched}))
       ORDER BY date DESC NULLS LAST, rid DESC ${window}`,
      w.params,
    );
    const count = ids.length
      ? { n: ids[0]?.total }
      : (await store.all(`SELECT count(*) AS n FROM (${matched})`, w.params))[0];
    total = Number(count?.n ?? 0);
  }
  return { total, limit: page.limit, offset: page.offset, items: await eventsByRowId(store, ids) };
}

/** The listed rows (`rid`, `date`) in full, in their order, with their document's title, outlet and URL. */
async function eventsByRowId(store: Store, ids: readonly Row[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rids = ids.map((r) => Math.trunc(Number(r.rid)));
  // the page's date range lets DuckDB skip row groups (a bare rowid list would scan them all)
  const dates = ids
    .map((r) => r.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const range = dates.length === ids.length ? `AND e.date BETWEEN '${dates[0]}' AND '${dates[dates.length - 1]}'` : '';
  const rows = await store.all(
    `SELECT e.rowid AS "$rid", ${EVENT_COLUMNS} FROM events e WHERE e.rowid IN (${rids.join(',')}) ${range}`,
  );
  // documents are looked up by key apart: joining them in the same query made DuckDB hash every document
  const uids = [...new Set(rows.map((r) => String(r.uid)))];
  const docs = await store.all(
    `SELECT uid, title, outlet, url FROM documents WHERE uid IN (${uids.map((_, i) => `$${i + 1}`).join(',')})`,
    uids,
  );
  const byUid = new Map(docs.map((d) => [String(d.uid), d]));
  const byRid = new Map(rows.map((r) => [Number(r.$rid), r]));
  return rids.flatMap((rid) => {
    const found = byRid.get(rid);
    if (!found) return [];
    const { $rid: _, ...row } = found;
    const d = byUid.get(String(row.uid));
    return [{ ...row, title: d?.title ?? null, outlet: d?.outlet ?? null, url: d?.url ?? null }];
  });
}

const sideKey = (side: 'actor' | 'recipient') => `e.${side}_key`;

/**
 * Per actor pair and period: event counts by PLOVER type and QuadClass, Goldstein sum and
 * mean — the dyadic time series forecasting models consume.
 */
export async function dyads(
  store: Store,
  f: EventFilter,
  interval: Interval,
  limit = 10_000,
  offset = 0,
): Promise<Row[]> {
  // most filters are answered from the pre-aggregated dyad tables (rollup.ts): small scans
  if (rollupAnswers(f)) {
    const q = rollupDyadsSql(f, interval, limit, offset);
    return store.all(q.sql, q.params);
  }
  return dyadsFromEvents(store, f, interval, limit, offset);
}

/** `dyads` computed from the events table (any filter; the reference for the dyad tables). */
export async function dyadsFromEvents(
  store: Store,
  f: EventFilter,
  interval: Interval,
  limit = 10_000,
  offset = 0,
): Promise<Row[]> {
  const w = whereOf(f, { pairs: 'all' });
  // sum(CASE …) runs about twice as fast as count(*) FILTER (…) in DuckDB for 20 columns
  const types = PLOVER_TYPES.map(
    (t) => `CAST(sum(CASE WHEN e.event = '${t}' THEN 1 ELSE 0 END) AS INTEGER) AS "${t}"`,
  ).join(', ');
  const quads = [1, 2, 3, 4]
    .map((q) => `CAST(sum(CASE WHEN e.quad_class = ${q} THEN 1 ELSE 0 END) AS INTEGER) AS "quad${q}"`)
    .join(', ');
  const period = `CAST(date_trunc('${interval}', e.date) AS DATE)`;
  const rows = `FROM events e ${w.sql}${w.sql ? ' AND' : 'WHERE'} e.date IS NOT NULL
       AND ${sideKey('actor')} IS NOT NULL AND ${sideKey('recipient')} IS NOT NULL`;
  const aggregates = `count(*) AS events, ${types}, ${quads},
            round(coalesce(sum(e.goldstein), 0), 3) AS "goldsteinSum", round(avg(e.goldstein), 3) AS "goldsteinMean"`;
  // With no side filter there can be tens of thousands of groups: then the page's groups are
  // chosen on keys alone (cheap) and the aggregates computed only for their rows. With a side
  // filter the groups are few and one pass is faster.
  const manyGroups = !f.actor && !f.recipient && (interval === 'day' || interval === 'week' || !f.type?.length);
  if (!manyGroups) {
    return store.all(
      `SELECT ${sideKey('actor')} AS actor, ${sideKey('recipient')} AS recipient, CAST(${period} AS VARCHAR) AS period, ${aggregates}
       ${rows} GROUP BY ALL ORDER BY period, actor, recipient LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`,
      w.params,
    );
  }
  return store.all(
    `WITH page AS (SELECT ${sideKey('actor')} AS actor, ${sideKey('recipient')} AS recipient, ${period} AS p ${rows}
                   GROUP BY ALL ORDER BY p, actor, recipient LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)})
     SELECT g.actor, g.recipient, CAST(g.p AS VARCHAR) AS period, ${aggregates}
     ${rows.replace('FROM events e', `FROM events e JOIN page g ON e.actor_key = g.actor AND e.recipient_key = g.recipient AND ${period} = g.p`)}
     GROUP BY g.actor, g.recipient, g.p ORDER BY g.p, g.actor, g.recipient`,
    w.params,
  );
}

/** Resolved actors: name, sector, how often mentioned, and how often they act and are acted upon. */
export async function listActors(
  store: Store,
  opts: { q?: string | undefined; limit: number; offset: number },
): Promise<Row[]> {
  const params: string[] = [];
  let where = '';
  if (opts.q) {
    params.push(`%${opts.q.toLowerCase()}%`);
    where = 'WHERE lower(a.code) LIKE $1 OR lower(a.name) LIKE $1';
  }
  return store.all(
    `WITH src AS (SELECT actor_code AS code, count(DISTINCT key) AS n FROM events WHERE NOT dup AND actor_code IS NOT NULL GROUP BY 1),
          tgt AS (SELECT recipient_code AS code, count(DISTINCT key) AS n FROM events WHERE NOT dup AND recipient_code IS NOT NULL GROUP BY 1)
     SELECT a.code, a.name, a.sector, a.mentions, a.documents, coalesce(src.n, 0) AS "asActor", coalesce(tgt.n, 0) AS "asRecipient"
     FROM actors a LEFT JOIN src USING (code) LEFT JOIN tgt USING (code) ${where}
     ORDER BY a.mentions DESC, a.code LIMIT ${opts.limit} OFFSET ${opts.offset}`,
    params,
  );
}

/**
 * The claims ledger: each claim with its claimants, the accused, the proposition, the
 * evidence (the sentences of its events) and the responses (with their own sentences).
 */
export async function listClaims(
  store: Store,
  opts: {
    actor?: string | undefined;
    document?: string | undefined;
    includeDuplicates?: boolean | undefined;
    limit: number;
    offset: number;
  },
): Promise<Row[]> {
  const params: string[] = [];
  const where: string[] = opts.includeDuplicates ? [] : ['NOT c.dup'];
  if (opts.actor) {
    params.push(`%${opts.actor.toUpperCase()}%`);
    where.push(`(c.claimant_codes LIKE $${params.length} OR c.accused_codes LIKE $${params.length})`);
  }
  if (opts.document) {
    params.push(opts.document);
    where.push(`(c.uid = $${params.length} OR c.uid IN (SELECT uid FROM documents WHERE id = $${params.length}))`);
  }
  const claims = await store.all(
    `SELECT c.key, c.uid, c.id, c.proposition, c.claimant, c.accused, c.events, d.title, d.outlet, CAST(d.published AS VARCHAR) AS published
     FROM claims c JOIN documents d ON d.uid = c.uid ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY d.published DESC NULLS LAST, c.key LIMIT ${opts.limit} OFFSET ${opts.offset}`,
    params,
  );
  if (claims.length === 0) return [];
  const keys = claims.map((c) => String(c.key));
  const ph = keys.map((_, i) => `$${i + 1}`).join(',');
  const responses = await store.all(
    `SELECT claim, idx, stance, event, "by" FROM responses WHERE claim IN (${ph}) ORDER BY claim, idx`,
    keys,
  );
  const uids = [...new Set(claims.map((c) => String(c.uid)))];
  const events = await store.all(
    `SELECT e.uid, e.id, e.event, e.status, e.event_text AS "eventText", e.text, e.sentence, e.actor_code AS "actorCode",
            e.recipient_code AS "recipientCode" FROM events e WHERE e.pair = 0 AND e.uid IN (${uids.map((_, i) => `$${i + 1}`).join(',')})`,
    uids,
  );
  const ev = new Map(events.map((e) => [`${e.uid}/${e.id}`, e]));
  return claims.map((c) => {
    const ids = parse(c.events) as string[];
    return {
      ...c,
      claimant: parse(c.claimant),
      accused: parse(c.accused),
      events: ids,
      evidence: ids.map((id) => ev.get(`${c.uid}/${id}`)).filter(Boolean),
      responses: responses
        .filter((r) => r.claim === c.key)
        .map((r) => ({
          stance: r.stance,
          event: r.event,
          by: parse(r.by),
          evidence: r.event ? (ev.get(`${c.uid}/${r.event}`) ?? null) : null,
        })),
    };
  });
}

/** Actors as nodes and actor pairs as weighted edges (event count, Goldstein mean) for a period. */
export async function graph(store: Store, f: EventFilter, maxEdges = 300): Promise<{ nodes: Row[]; edges: Row[] }> {
  if (rollupAnswers(f)) {
    const q = rollupGraphSql(f, maxEdges);
    return graphNodes(store, await store.all(q.sql, q.params));
  }
  return graphFromEvents(store, f, maxEdges);
}

/** `graph` computed from the events table (any filter; the reference for the dyad tables). */
export async function graphFromEvents(
  store: Store,
  f: EventFilter,
  maxEdges = 300,
): Promise<{ nodes: Row[]; edges: Row[] }> {
  const w = whereOf(f, { pairs: 'all' });
  const a = sideKey('actor');
  const r = sideKey('recipient');
  const edges = await store.all(
    `SELECT ${a} AS source, ${r} AS target, count(*) AS events, round(avg(e.goldstein), 3) AS "goldsteinMean",
            round(coalesce(sum(e.goldstein), 0), 3) AS "goldsteinSum", list(DISTINCT e.event ORDER BY e.event) AS types
     FROM events e ${w.sql}${w.sql ? ' AND' : 'WHERE'} ${a} IS NOT NULL AND ${r} IS NOT NULL AND ${a} <> ${r}
     GROUP BY ALL ORDER BY events DESC, source, target LIMIT ${Math.trunc(maxEdges)}`,
    w.params,
  );
  return graphNodes(store, edges);
}

/** The nodes of a graph's edges: each side with its name, sector and event count. */
async function graphNodes(store: Store, edges: Row[]): Promise<{ nodes: Row[]; edges: Row[] }> {
  const weight = new Map<string, number>();
  for (const e of edges) {
    for (const k of [String(e.source), String(e.target)]) weight.set(k, (weight.get(k) ?? 0) + Number(e.events));
  }
  const codes = [...weight.keys()];
  const names = codes.length
    ? await store.all(
        `SELECT code, name, sector FROM entities WHERE code IN (${codes.map((_, i) => `$${i + 1}`).join(',')})`,
        codes,
      )
    : [];
  const byCode = new Map(names.map((n) => [String(n.code), n]));
  const nodes = codes.map((id) => ({
    id,
    name: byCode.get(id)?.name ?? id,
    sector: byCode.get(id)?.sector ?? null,
    events: weight.get(id) ?? 0,
  }));
  return { nodes, edges };
}

/** One stored document with every annotation (the contract document) and what the store knows of it. */
export async function getDocument(store: Store, idOrUid: string): Promise<Row> {
  const rows = await store.all(
    `SELECT uid, hash, id, duplicate_of AS "duplicateOf", similarity, source, CAST(ingested_at AS VARCHAR) AS "ingestedAt", output
     FROM documents WHERE uid = $1 OR id = $1 ORDER BY ingested_at LIMIT 1`,
    [idOrUid],
  );
  const r = rows[0];
  if (!r) throw new DyadError('E013', `no document "${idOrUid}" in the store`);
  const { output, ...info } = r;
  return { ...(parse(output) as Row), store: info };
}

/** Recently stored documents (for the dashboard's document list). */
export async function listDocuments(store: Store, opts: { limit: number; offset: number }): Promise<Row[]> {
  return store.all(
    `SELECT uid, id, title, outlet, CAST(published AS VARCHAR) AS published, n_events AS events, duplicate_of AS "duplicateOf"
     FROM documents ORDER BY ingested_at DESC, uid LIMIT ${opts.limit} OFFSET ${opts.offset}`,
  );
}

/** Events per day and PLOVER type (the dashboard's timeline). */
export async function timeline(store: Store, f: EventFilter): Promise<Row[]> {
  const w = whereOf(f);
  return store.all(
    `SELECT CAST(e.date AS VARCHAR) AS date, e.event, count(*) AS events FROM events e ${w.sql}${w.sql ? ' AND' : 'WHERE'} e.date IS NOT NULL
     GROUP BY ALL ORDER BY date, e.event LIMIT 20000`,
    w.params,
  );
}

/** Event locations (the dashboard's map). */
export async function locations(store: Store, f: EventFilter, limit = 5000): Promise<Row[]> {
  const w = whereOf(f);
  return store.all(
    `SELECT e.place_name AS name, e.place_country AS country, e.lat, e.lon, count(*) AS events,
            list(DISTINCT e.event ORDER BY e.event) AS types, round(avg(e.goldstein), 3) AS "goldsteinMean"
     FROM events e ${w.sql}${w.sql ? ' AND' : 'WHERE'} e.lat IS NOT NULL AND e.lon IS NOT NULL
     GROUP BY ALL ORDER BY events DESC LIMIT ${Math.trunc(limit)}`,
    w.params,
  );
}
