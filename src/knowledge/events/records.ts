/**
 * The records of the generated lexicon files (knowledge/events/phoenix-verbs.jsonl and
 * phoenix-patterns.jsonl): written by scripts/build-event-lexicon.ts, read by load.ts.
 */
export interface PatternItem {
  /** Words that must follow one another (gaps allowed); `&NAME` is a synset; `WORD_` is exact. */
  words: string[];
  /** A prepositional group: its first word is the preposition. */
  prep?: boolean;
}
export interface VerbPattern {
  /** The verb block (Phoenix synonym set) the pattern belongs to. */
  block: string;
  pre: string[][];
  post: PatternItem[];
  code: string;
  provenance: string;
  /** The verb of the block the dictionary wrote the pattern for (its comment: "- * TO [030] # HEAD"). */
  verb?: string;
}
export interface VerbEntry {
  lemma: string;
  particle: string | null;
  forms: string[];
  code: string | null;
  /** The code is the verb block's, not the verb's own. */
  inherited: boolean;
  family: string;
  block: string;
  provenance: string;
}
