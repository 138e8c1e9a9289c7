import type { ActorRef, OutputDocument } from '../schema/output.js';
import { countryOf } from './countries.js';
import { dayOf } from './dates.js';
import type { TableName } from './schema.js';

export type Cell = string | number | boolean | null;
export type TableRows = Partial<Record<TableName, Cell[][]>>;

export interface DocumentInfo {
  readonly uid: string;
  readonly hash: string;
  readonly minhash: string;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  readonly source: string | null;
  readonly ingestedAt: string; // ISO timestamp
}

const json = (v: unknown): string => JSON.stringify(v);
const codes = (refs: readonly ActorRef[]): string =>
  refs
    .map((r) => r.code ?? '')
    .filter(Boolean)
    .join(' ');

/**
 * The dyad side of an actor: its code; else its upper-cased canonical name; else, for a generic
 * actor known only by its sector ("insurgents", "they" resolved to them), the CAMEO-style
 * unknown-country code `---SECTOR`; else its upper-cased text.
 */
export const sideKey = (a: ActorRef | undefined): string | null => {
  if (!a) return null;
  if (a.code) return a.code;
  if (a.name) return a.name.toUpperCase();
  if (a.sector) return `---${a.sector}`;
  return a.actorText.toUpperCase() || null;
};

/** Dyad side pairs of an event: every actor with every recipient (at most 16; self-pairs dropped). */
export function pairsOf(
  actors: readonly ActorRef[],
  recipients: readonly ActorRef[],
): [ActorRef | undefined, ActorRef | undefined][] {
  const as: (ActorRef | undefined)[] = actors.length ? [...actors] : [undefined];
  const rs: (ActorRef | undefined)[] = recipients.length ? [...recipients] : [undefined];
  const out: [ActorRef | undefined, ActorRef | undefined][] = [];
  for (const a of as) {
    for (const r of rs) {
      if (out.length > 0 && a && r && sideKey(a) === sideKey(r)) continue;
      if (out.length < 16) out.push([a, r]);
    }
  }
  return out;
}

function actorRows(key: string, uid: string, part: string, refs: readonly ActorRef[]): Cell[][] {
  return refs.map((a, i) => [key, uid, part, i, a.actorText, a.name, a.code, a.sector, a.role, a.id, a.start, a.end]);
}

/** One contract document as the rows of every store table, in each table's column order. */
export function documentRows(doc: OutputDocument, info: DocumentInfo): TableRows {
  const { uid } = info;
  const dup = info.duplicateOf !== null;
  const published = dayOf(doc.published, null);
  const rows: Required<TableRows> = {
    documents: [
      [
        uid,
        info.hash,
        doc.id,
        doc.title,
        published,
        doc.outlet,
        doc.url ?? null,
        doc.section ?? null,
        info.source,
        doc.text,
        info.duplicateOf,
        info.similarity,
        info.minhash,
        doc.events.length,
        info.ingestedAt,
        json(doc),
      ],
    ],
    doc_bands: [],
    sentences: doc.sentences.map((s, i) => [uid, i, s.start, s.end]),
    mentions: doc.actors.map((m, i) => [
      uid,
      i,
      m.actorText,
      m.name,
      m.code,
      m.sector,
      m.role,
      m.id,
      m.kind ?? null,
      m.resolved ?? null,
      m.start,
      m.end,
    ]),
    entities: [],
    events: [],
    event_actors: [],
    claims: [],
    responses: [],
    quotes: (doc.quotes ?? []).map((q, i) => [
      uid,
      i,
      q.speaker?.code ?? null,
      json(q.speaker),
      q.cue.start,
      q.cue.end,
      q.content.start,
      q.content.end,
      q.direct ?? null,
    ]),
    places: doc.places.map((p, i) => [
      uid,
      i,
      p.text,
      p.name,
      p.country,
      p.admin1,
      p.lat,
      p.lon,
      p.geonameid,
      p.feature,
      p.start,
      p.end,
    ]),
    times: doc.times.map((t, i) => [uid, i, t.text, t.value, t.type, t.start, t.end]),
  };
  for (const e of doc.events) {
    const key = `${uid}/${e.id}`;
    const p = e.eventLoc;
    // one row per actor–recipient pair ("Russia and Iran accuse the US": RUS→USA and IRN→USA);
    // pair 0 is the event itself, the one row listings and counts of events use
    for (const [pair, [a, r]] of pairsOf(e.actor, e.recipient).entries())
      rows.events.push([
        key,
        uid,
        e.id,
        e.event,
        e.mode,
        json(e.context),
        e.cameo,
        e.goldstein,
        e.quadClass,
        e.status,
        a?.code ?? null,
        a?.name ?? a?.actorText ?? null,
        countryOf(a?.code),
        a?.sector ?? null,
        r?.code ?? null,
        r?.name ?? r?.actorText ?? null,
        countryOf(r?.code),
        r?.sector ?? null,
        e.attributedTo?.code ?? null,
        e.attributedTo?.name ?? e.attributedTo?.actorText ?? null,
        e.eventText,
        e.trigger.start,
        e.trigger.end,
        e.sentence,
        e.text,
        e.date,
        dayOf(e.date, doc.published),
        p?.name ?? null,
        p?.country ?? null,
        p?.admin1 ?? null,
        p?.lat ?? null,
        p?.lon ?? null,
        p?.geonameid ?? null,
        p?.feature ?? null,
        p?.start ?? null,
        p?.end ?? null,
        e.confidence,
        dup,
        json(e.explain ?? []),
        sideKey(a),
        sideKey(r),
        pair,
      ]);
    rows.event_actors.push(
      ...actorRows(key, uid, 'actor', e.actor),
      ...actorRows(key, uid, 'recipient', e.recipient),
      ...actorRows(key, uid, 'attributedTo', e.attributedTo ? [e.attributedTo] : []),
    );
  }
  for (const c of doc.claims) {
    const key = `${uid}/${c.id}`;
    rows.claims.push([
      key,
      uid,
      c.id,
      c.key ?? null,
      c.proposition,
      codes(c.claimant),
      codes(c.accused),
      json(c.claimant),
      json(c.accused),
      json(c.events),
      dup,
    ]);
    c.responses.forEach((r, i) => {
      rows.responses.push([key, uid, i, r.stance, r.event, codes(r.by), json(r.by)]);
    });
  }
  return rows;
}
