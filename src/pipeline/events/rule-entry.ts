import type { LexEntry } from '../../knowledge/events/index.js';

/** What a rule-made lexicon entry must say; everything else takes the plain defaults. */
export type RuleEntryFields = Pick<LexEntry, 'id' | 'lemma' | 'pos' | 'cameo' | 'plover' | 'provenance'> &
  Partial<Pick<LexEntry, 'mode' | 'recipient'>>;

/**
 * A lexicon entry made by a rule rather than read from knowledge/events (its id starts with
 * `rule:`): no particle, context, cue, clause, converse frame or Phoenix patterns; no recipient
 * and no mode unless given.
 */
export function ruleEntry(f: RuleEntryFields): LexEntry {
  return {
    particle: null,
    mode: null,
    context: [],
    role: 'event',
    recipient: 'none',
    actorPreps: [],
    requiresCue: null,
    clause: false,
    converse: false,
    patterns: [],
    ...f,
  };
}
