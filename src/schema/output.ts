/**
 * The output contract (../shared/spec/output.md) as zod schemas: the single source of the
 * output types used by the CLI, the API, the store and the dashboard. Field names follow the
 * spec and PLOVER; dyad may add fields but never renames or drops these.
 */
import { z } from 'zod';
import { PLOVER_TYPES, STATUSES } from './vocab.js';

export { PLOVER_TYPES, STATUSES };

export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const ActorRef = z.object({
  actorText: z.string(),
  name: z.string().nullable(),
  code: z.string().nullable(),
  sector: z.string().nullable(),
  role: z.string().nullable(),
  id: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ActorRef = z.infer<typeof ActorRef>;

/** A mention in the document's `actors` list: an ActorRef plus how it was found. */
export const Mention = ActorRef.extend({
  kind: z.enum(['name', 'nominal', 'pronoun', 'title', 'metonym', 'demonym']).optional(),
  resolved: z.boolean().optional(),
  corefOf: z.number().int().nullable().optional(),
});
export type Mention = z.infer<typeof Mention>;

export const Place = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonameid: z.number().int().nullable(),
  feature: z.string().nullable(),
});
export type Place = z.infer<typeof Place>;

export const Time = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
});
export type Time = z.infer<typeof Time>;

export const Event = z.object({
  id: z.string(),
  event: PloverType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().nullable(),
  goldstein: z.number().nullable(),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  actor: z.array(ActorRef),
  recipient: z.array(ActorRef),
  status: Status,
  attributedTo: ActorRef.nullable(),
  eventText: z.string(),
  trigger: SpanSchema,
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  date: z.string().nullable(),
  eventLoc: Place.nullable(),
  confidence: z.number().min(0).max(1),
  explain: z.array(z.string()).optional(),
});
export type Event = z.infer<typeof Event>;

export const Response = z.object({
  by: z.array(ActorRef),
  stance: z.enum(['deny', 'confirm', 'reject']),
  event: z.string().nullable(),
});

export const Claim = z.object({
  id: z.string(),
  key: z.string().optional(),
  claimant: z.array(ActorRef),
  accused: z.array(ActorRef),
  proposition: z.string(),
  events: z.array(z.string()),
  responses: z.array(Response),
});
export type Claim = z.infer<typeof Claim>;

export const Quote = z.object({
  speaker: ActorRef.nullable(),
  cue: SpanSchema,
  content: SpanSchema,
  direct: z.boolean().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const DiagnosticSchema = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});

export const OutputDocument = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable().optional(),
  section: z.string().nullable().optional(),
  text: z.string(),
  sentences: z.array(SpanSchema),
  events: z.array(Event),
  claims: z.array(Claim),
  actors: z.array(Mention),
  places: z.array(Place),
  times: z.array(Time),
  quotes: z.array(Quote).optional(),
  diagnostics: z.array(DiagnosticSchema),
});
export type OutputDocument = z.infer<typeof OutputDocument>;

/** The input line of a `.jsonl` file (spec/output.md "Input"). Only `text` is required. */
export const InputDocument = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
export type InputDocument = z.infer<typeof InputDocument>;
