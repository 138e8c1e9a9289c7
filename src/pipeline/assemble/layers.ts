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
