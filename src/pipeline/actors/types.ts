import type { ActorKind, AgentInfo, NameHit } from '../../knowledge/index.js';
import type { PronounInfo } from './lexicon.js';

export type MentionKind = 'name' | 'nominal' | 'pronoun' | 'title' | 'metonym' | 'demonym';

/** What the coreference pass still has to settle for a candidate. */
export type Needs =
  | 'pronoun' // he, they, it, we…
  | 'surname' // "Dedov", "Ambassador Dedov": a name seen in full before
  | 'definite' // "the general", "the Russian diplomat", "the military"
  | 'country' // "the country", "his country"
  | 'states' // "the two countries", "both countries"
  | 'possessor'; // "his fellow fighters", "their supporters": the owner gives the code

/** An actor mention while the stage works on it (token range plus what is known so far). */
export interface Cand {
  t0: number;
  t1: number;
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  name: string | null;
  code: string | null;
  sector: string | null;
  role: string | null;
  id: string | null;
  /** One person ("the general", "Dedov"), not a body or a group. */
  person: boolean;
  plural: boolean;
  /** Followed by a possessive 's. */
  possessive: boolean;
  actorKind: ActorKind | 'unknown';
  needs?: Needs;
  pronoun?: PronounInfo & { readonly word: string };
  /** Normalised first and last tokens of a person's name, for surname coreference. */
  personName?: { readonly first: string; readonly last: string };
  /** Resolved from a lone surname by the document's date: a full name with that surname earlier in the document wins. */
  datedSurname?: boolean;
  /** Single-word aliases of known people, accepted when supported (see resolve.ts). */
  weakHits?: readonly NameHit[];
  head?: AgentInfo;
  /** A possessive pronoun inside the phrase ("his country"): its candidate. */
  possessor?: Cand;
  /** Drop the candidate when coreference finds nothing ("it"). */
  dropIfUnresolved?: boolean;
  corefOf?: Cand;
  /** A state's demonym standing for its people ("two Britons", "a Spaniard"): no state acting. */
  people?: boolean;
  /** A state or capital named as a place ("in Kabul"): not an actor mention, but "the two countries" may refer to it. */
  place?: boolean;
  /** Named as the owner of the actor phrase that follows ("Assad" in "Assad's forces"): kept apart. */
  owner?: boolean;
  /** The owner named before the actor noun ("Assad's forces"): gives the code when the noun has none. */
  ownedBy?: Cand;
  members?: Cand[];
  /** The states a phrase names together ("Afghan and Pakistani authorities"). */
  memberCodes?: string[];
}
