import type { ActorRef } from '../../src/schema/output.js';

/** Calls to dyad's HTTP API (same origin). Errors arrive as coded JSON and are thrown with their message. */
export interface Filters {
  from?: string;
  to?: string;
  type?: string;
  /** event statuses, comma-separated (the API's `status` filter); none: every status */
  status?: string;
}

/** Actor references as the output contract (src/schema/output.ts) defines them. */
export type { ActorRef };

export interface EventRow {
  key: string;
  uid: string;
  id: string;
  event: string;
  status: string;
  goldstein: number | null;
  quadClass: number | null;
  actorCode: string | null;
  actorName: string | null;
  recipientCode: string | null;
  recipientName: string | null;
  eventText: string;
  text: string;
  date: string | null;
  placeName: string | null;
  title: string | null;
  outlet: string | null;
}

export interface Edge {
  source: string;
  target: string;
  events: number;
  goldsteinMean: number | null;
  types: string[];
}

export interface GraphData {
  nodes: { id: string; name: string; events: number }[];
  edges: Edge[];
}

export interface Evidence {
  uid: string;
  id: string;
  event: string;
  status: string;
  eventText: string;
  text: string;
}

export interface ClaimRow {
  key: string;
  uid: string;
  proposition: string;
  claimant: ActorRef[];
  accused: ActorRef[];
  title: string | null;
  outlet: string | null;
  published: string | null;
  evidence: Evidence[];
  responses: { stance: string; by: ActorRef[]; evidence: Evidence | null }[];
}

export interface OutputEvent {
  id: string;
  event: string;
  mode: string | null;
  cameo: string | null;
  goldstein: number | null;
  actor: ActorRef[];
  recipient: ActorRef[];
  status: string;
  attributedTo: ActorRef | null;
  eventText: string;
  trigger: { start: number; end: number };
  sentence: number;
  text: string;
  date: string | null;
  eventLoc: { name: string | null; start: number; end: number } | null;
  confidence: number;
  explain?: string[];
}

export interface StoredDocument {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url?: string | null;
  text: string;
  events: OutputEvent[];
  actors: ActorRef[];
  places: { text: string; start: number; end: number; name: string | null; country: string | null }[];
  times: { text: string; start: number; end: number; value: string }[];
  store: { uid: string; duplicateOf: string | null };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const body = (await r.json().catch(() => ({}))) as { code?: string; message?: string };
  if (!r.ok) throw new ApiError(body.code ?? `HTTP ${r.status}`, body.message ?? r.statusText);
  return body as T;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

export const api = {
  graph: (f: Filters) => call<GraphData>(`./graph${qs({ ...f })}`),
  events: (p: Filters & { actor?: string; recipient?: string; limit?: number }) =>
    call<{ total: number; items: EventRow[] }>(`./events${qs({ ...p })}`),
  claims: () => call<{ items: ClaimRow[] }>('./claims?limit=200'),
  locations: (f: Filters) =>
    call<{
      items: {
        name: string | null;
        country: string | null;
        lat: number;
        lon: number;
        events: number;
        goldsteinMean: number | null;
        types: string[];
      }[];
    }>(`./locations${qs({ ...f })}`),
  timeline: (f: Filters) =>
    call<{ items: { date: string; event: string; events: number }[] }>(`./timeline${qs({ ...f })}`),
  documents: () =>
    call<{
      items: {
        uid: string;
        id: string;
        title: string | null;
        outlet: string | null;
        published: string | null;
        events: number;
        duplicateOf: string | null;
      }[];
    }>('./documents?limit=200'),
  document: (id: string) => call<StoredDocument>(`./documents/${encodeURIComponent(id)}`),
  post: (doc: { text: string; title?: string; published?: string; outlet?: string }) =>
    call<{ documents: { uid: string; status: string }[]; errors: { code: string; message: string }[] }>('./documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    }),
};

export { PLOVER_TYPES, STATUSES } from '../../src/schema/vocab.js';
