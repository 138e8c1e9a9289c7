/** Actor knowledge as the actors stage reads it (loaded from knowledge/actors/). */

export type ActorKind = 'state' | 'metonym' | 'igo' | 'ngo' | 'group' | 'institution' | 'person';

export interface KbRole {
  readonly code: string;
  readonly sector: string | null;
  readonly role?: string;
  readonly from?: string; // ISO date, inclusive
  readonly to?: string; // ISO date, exclusive
}

export interface KbActor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly name: string;
  readonly code: string | null;
  readonly sector: string | null;
  readonly country: string | null;
  readonly roles?: readonly KbRole[];
  /** 3 curated, 2 generated from world-countries, 1 converted from Phoenix. */
  readonly priority: number;
}

/** How a token sequence names an actor. */
export interface NameHit {
  readonly actor: KbActor;
  /** 'adjective': a demonym or adjective ("Russian", "Afghan"); 'name' otherwise. */
  readonly form: 'name' | 'adjective';
  /** All letters of the alias are capitals ("IS", "US"): the text must be written so too. */
  readonly caps: boolean;
  /** The alias is written in lower case in the knowledge ("afghan"): any case matches. */
  readonly anyCase: boolean;
  /** A one-word alias of a person (a surname): resolves only with support (see resolve). */
  readonly weak: boolean;
}

/** A role noun ("ambassador", "forces") and what it says about the actor it heads. */
export interface AgentInfo {
  readonly term: string; // singular form as in the knowledge
  readonly sector: string;
  /** The noun names one person (ambassador, general), not a body (army, police). */
  readonly person: boolean;
  readonly plural: boolean;
  readonly priority: number;
}

/** A dictionary keyed by normalised token sequences (see trie.ts). */
export interface SeqIndex<T> {
  readonly map: Map<string, T>;
  /** First token → the most tokens of any key that begins with it. */
  readonly maxLen: Map<string, number>;
  /** Every proper prefix of two or more tokens of some key (to stop a lookup early). */
  readonly prefixes: Set<string>;
}

export interface ActorKb {
  readonly names: SeqIndex<NameHit[]>;
  readonly agents: SeqIndex<AgentInfo>;
  readonly byId: ReadonlyMap<string, KbActor>;
  /** Given names (from knowledge and from the names of known people), normalised. */
  readonly givenNames: ReadonlySet<string>;
  /** One-word state names and their one-letter deletions, for misspelt state names (misspelt.ts). */
  readonly misspelt: ReadonlyMap<string, readonly KbActor[]>;
  /** The last words of known people's names, normalised ("odinga", "mugabe"): a lone one may be a person. */
  readonly surnames: ReadonlySet<string>;
  /** Known people with names of two words or more by their normalised first word (misspelt surnames). */
  readonly byGiven: ReadonlyMap<string, readonly KbActor[]>;
  readonly stats: { readonly actors: number; readonly aliases: number; readonly agents: number; readonly ms: number };
}
