import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Event, Place } from '../../schema/output.js';
import type { Args } from './args.js';
import type { Speech } from './speaker.js';
import type { Report } from './status-past.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

export interface EventOptions {
  /**
   * Code events without an identified actor. Off by default: dyadic event data needs its "who";
   * turn on with the context option `eventsActorless: true`.
   */
  readonly actorless?: boolean;
  /**
   * Code intended concessions and retreats ("will withdraw", "agreed to lift sanctions") as CONCEDE,
   * as the PLOVER manual says, instead of AGREE as the CAMEO-to-PLOVER table and the PLOVER gold
   * standard do. Context option `eventsFutureConcede: true`.
   */
  readonly futureConcede?: boolean;
  /**
   * Code a hosted visit ("X received ministers from Y", "X hosted Y") also as the visit, visitor → host
   * (CAMEO 042), as the PLOVER manual's CONSULT says, beside the host → visitor hosting (CAMEO 043) that
   * the PLOVER gold standard codes. Context option `eventsHostedVisits: true`.
   */
  readonly hostedVisits?: boolean;
}

/** An event being built for a trigger of the sentence, with the trigger governing it (if any). */
/** `e` with some parties replaced and `why` added to its explanation (the fields keep their order). */
export const amended = (e: Event, parties: Partial<Pick<Event, 'actor' | 'recipient'>>, why: string): Event => ({
  ...e,
  ...parties,
  explain: [...(e.explain ?? []), why],
});

export interface Pending {
  t: Trigger;
  e: Event;
  gov: Trigger | null;
}

/** What the phases coding one sentence's events share (read-only but for `swallowed`, filled as triggers are read). */
export interface SentenceState {
  readonly docId: string;
  readonly text: string;
  readonly v: SentenceView;
  readonly lex: EventLexicon;
  readonly opts: EventOptions;
  readonly places: readonly Place[];
  /** The report's date and time expressions, for the status of dated acts (status-past.ts). */
  readonly published: Report;
  /** The sentence's contexts (PLOVER context labels found in the document around it). */
  readonly contexts: readonly string[];
  readonly triggers: readonly Trigger[];
  readonly args: ReadonlyMap<Trigger, Args>;
  readonly speeches: readonly Speech[];
  /** Triggers swallowed as the complement of the trigger governing them. */
  readonly swallowed: Map<Trigger, Trigger[]>;
  /** Triggers not coded because no actor was found for them. */
  readonly partyless: Set<Trigger>;
}
