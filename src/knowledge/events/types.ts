import type { PloverType } from '../../schema/output.js';

/** What a CAMEO code means in PLOVER terms (knowledge/events/cameo.jsonl). */
export interface CameoInfo {
  readonly code: string;
  readonly label: string;
  readonly plover: PloverType | null;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly goldstein: number | null;
  readonly quadClass: 1 | 2 | 3 | 4;
}

/** The discourse role of a trigger: an ordinary event, an accusation, a denial, a confirmation. */
export type TriggerRole = 'event' | 'accuse' | 'deny' | 'reject' | 'confirm';

/** One word of a pattern: alternatives, each a word sequence; a word ending in `_` is exact. */
export type PatternSlot = readonly (readonly string[])[];

/** A Phoenix verb pattern compiled for matching after (post) or before (pre) the verb. */
export interface CompiledPattern {
  readonly pre: readonly (readonly PatternSlot[])[];
  readonly post: readonly { readonly slots: readonly PatternSlot[]; readonly prep: boolean }[];
  readonly code: string;
  readonly weight: number;
  /** A literal word the sentence must contain (stem, lower case) for the pattern to be tried. */
  readonly key: string | null;
  readonly provenance: string;
  /**
   * A bare-preposition pattern ("- * TO [030] # HEAD") codes only the verb it was written for: "head to"
   * is a visit, "lead to" no agreement. Null: every verb of the block.
   */
  readonly onlyFor: string | null;
}

/** A lexicon entry: a verb or event noun that can trigger an event. */
export interface LexEntry {
  /** Stable id, shown in explanations: `core:verb:accuse`, `phoenix:b321:accuse`. */
  readonly id: string;
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly particle: string | null;
  readonly cameo: string | null;
  readonly plover: PloverType | null;
  readonly mode: string | null;
  readonly context: readonly string[];
  readonly role: TriggerRole;
  /** 'none', or where the recipient is: 'obj' and/or prepositions. */
  readonly recipient: 'none' | readonly string[];
  readonly actorPreps: readonly string[];
  /** The entry applies only when the verb takes a clausal complement. */
  readonly clause: boolean;
  /** The subject receives the act and the "from" object does it ("received arms from X"). */
  readonly converse: boolean;
  /** When set, the trigger needs one of these words within the sentence near it. */
  readonly requiresCue: readonly string[] | null;
  /** The cue must follow the trigger ("withdrew its inspectors"), not precede it ("inspectors withdrew"). */
  readonly cueAfter?: boolean;
  /** The entry does not apply with one of these words next to the trigger (3 before to 4 after): "declined to comment". */
  readonly unlessCue?: readonly string[];
  readonly patterns: readonly CompiledPattern[];
  readonly provenance: string;
}

export interface Cues {
  readonly speech: ReadonlySet<string>;
  /** Stance and finding verbs whose clausal complement is attributed content ("wants to", "found that"). */
  readonly attitude: ReadonlySet<string>;
  /** Participles that are adjectives unless an auxiliary precedes them ("armed", "alleged"). */
  readonly adjectival: ReadonlySet<string>;
  /** Aspectual verbs ("went on to", "continue to"): never events unless curated. */
  readonly aspectual: ReadonlySet<string>;
  /** Light verbs whose event-noun object names the event ("imposed sanctions"). */
  readonly light: ReadonlySet<string>;
  readonly intent: ReadonlySet<string>;
  readonly intentAux: ReadonlySet<string>;
  readonly intentAdj: ReadonlySet<string>;
  /** Nouns naming a proposal or request whose author is the recipient of a response to it. */
  readonly proposal: ReadonlySet<string>;
  readonly negation: ReadonlySet<string>;
  readonly hypothetical: ReadonlySet<string>;
  readonly hypotheticalAux: ReadonlySet<string>;
  /** Accidents and disasters: what kills or hurts "in" them is no one's act ("killed in a landslide"). */
  readonly mishaps: ReadonlySet<string>;
  /** Social ills fought figuratively ("fight poverty"): force against one is no ASSAULT. */
  readonly ills: ReadonlySet<string>;
  /** Weapons and attacks that stand as the subject of a killing ("a bomb killed five"): the act has an unnamed actor. */
  readonly weapons: ReadonlySet<string>;
  /** word → contexts */
  readonly contexts: ReadonlyMap<string, readonly string[]>;
}

/** The loaded event lexicon, indexed by lemma (resource "eventLexicon"). */
export interface EventLexicon {
  readonly cameo: ReadonlyMap<string, CameoInfo>;
  /** Verb entries by lemma: curated first, then Phoenix. */
  readonly verbs: ReadonlyMap<string, readonly LexEntry[]>;
  readonly nouns: ReadonlyMap<string, readonly LexEntry[]>;
  /** Patterns of every entry of a verb lemma, deduplicated, most specific first. */
  readonly patterns: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Inflected form (lower case) → verb lemmas. */
  readonly verbForms: ReadonlyMap<string, readonly string[]>;
  /** Plural/singular form (lower case) → noun lemmas. */
  readonly nounForms: ReadonlyMap<string, readonly string[]>;
  readonly cues: Cues;
}
