import type { Claim, Event, Mention, Place, Quote, Time } from '../../schema/output.js';

/**
 * Contract-shaped layers: the stages that find actors, places, times, events, claims and
 * quotes provide them in the output contract's own types, so assembling a document is a copy.
 */
declare module '../../core/document.js' {
  interface Layers {
    mentions: readonly Mention[];
    places: readonly Place[];
    times: readonly Time[];
    events: readonly Event[];
    claims: readonly Claim[];
    quotes: readonly Quote[];
  }
}

/** Where and when each event happened, added after the events by the times and places stages. */
export interface EventDate {
  readonly event: string; // Event.id
  readonly date: string | null;
  /** The time expression that gave the date, when one did. */
  readonly from?: { readonly start: number; readonly end: number };
  readonly rule?: string;
}

export interface EventPlace {
  readonly event: string; // Event.id
  readonly place: Place | null;
  readonly rule?: string;
}

declare module '../../core/document.js' {
  interface Layers {
    eventDates: readonly EventDate[];
    eventPlaces: readonly EventPlace[];
  }
}
