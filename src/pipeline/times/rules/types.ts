/**
 * What every rule of the grammar shares: the rule and match types, and the helpers that
 * compile a rule's pattern (word-bounded, case-insensitive) and build its result.
 */
import type { Ymd } from '../calendar.js';
import type { Tense } from '../tense.js';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a rule knows about where its match stands. */
export interface Env {
  readonly ref: Ymd | null;
  /** Tense of the words around the match. */
  tense(): Tense;
  /** The sentence is about quarterly figures ("a year earlier" is then last year's quarter). */
  readonly quarterly: boolean;
  /** The latest day-level date mentioned before the match, else the reference date. */
  anchor(): Ymd | null;
  /** The last quarter the text named before the match by its number ("the fiscal first quarter"), if any. */
  quarter(): Quarter | null;
  /** The last year written before the match ("in June 1998 … later that year"). */
  lastYear(): number | null;
  /** Text just before and after the match (for context checks). */
  readonly before: string;
  /** The sentence's text before the match ("the same month a year ago" looks back for its month). */
  sentenceBefore(): string;
  readonly after: string;
}

export interface Quarter {
  readonly y: number;
  readonly q: number;
}

export interface Found {
  readonly value: string;
  readonly type: TimeType;
}

export interface Rule {
  readonly name: string;
  /**
   * What every match of `re` contains, for skipping sentences that cannot match (speed): ASCII
   * digits ('digit'), or one of these lower-case strings in the lower-cased sentence. It must hold
   * for every possible match — when `re` changes, check its cue (times.test.ts checks the rules
   * against the corpora when present); a rule without a cue runs on every sentence.
   */
  readonly cue?: 'digit' | readonly string[];
  readonly re: RegExp;
  make(m: RegExpExecArray, env: Env): Found | null;
}

export const rx = (src: string, flags = 'gi'): RegExp =>
  new RegExp(`(?<![\\w$£€&/])(?:${src})(?![\\w]|-old|-year-old)`, flags);
export const cap = (s: string | undefined): boolean =>
  !!s && s[0] !== undefined && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
export const lc = (s: string | undefined): string => (s ?? '').toLowerCase();
export const date = (value: string): Found => ({ value, type: 'DATE' });
