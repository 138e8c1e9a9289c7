import type { Place } from '../../schema/output.js';
import '../assemble/layers.js';

/**
 * How a toponym is used in its sentence: `literal` (a place where something is or happens:
 * "in Islamabad"), `actor` (a capital or country standing for its government: "Washington
 * rejects"), `modifier` ("U.S. military", "Russia's efforts"), `demonym` ("Afghan forces").
 * Only literal toponyms become event locations.
 */
export type PlaceUse = 'literal' | 'actor' | 'modifier' | 'demonym';

/** A place of the `places` layer with how it was found and used (same order as `places`). */
export interface Toponym {
  readonly place: Place;
  readonly use: PlaceUse;
  readonly sentence: number;
  /** After a locative preposition ("in", "near", "at"). */
  readonly locative: boolean;
  /** The rule that recognised it, for explanations. */
  readonly rule: string;
}

declare module '../../core/document.js' {
  interface Layers {
    toponyms: readonly Toponym[];
  }
}
