import type { Candidate } from './recognize.js';
import type { Word } from './words.js';

/** A candidate toponym with its sentence's words. */
export interface Found {
  readonly c: Candidate;
  readonly words: readonly Word[];
  readonly sentence: number;
  /** For a head-word name, the gazetteer names inside it. */
  readonly inner?: readonly Found[];
}
