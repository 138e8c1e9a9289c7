import type { PlacesLexicon } from '../../knowledge/places/index.js';
import type { SyntaxLayer } from '../syntax/types.js';
import type { Candidate } from './recognize.js';
import type { PlaceUse } from './types.js';
import { isCapitalized, type Word } from './words.js';

/** What is known around a toponym when deciding how it is used. */
export interface UseContext {
  readonly text: string;
  readonly lexicon: PlacesLexicon;
  readonly words: readonly Word[];
  readonly syntax?: SyntaxLayer | undefined;
  /** Spans of actor mentions (from the actors stage) that are names of governments or metonyms. */
  readonly actorSpans: readonly { start: number; end: number; metonym: boolean }[];
}

/** A locative word at k: "in", "near", or "with"/"from" after a place noun ("the border with"). */
function locativeAt(lx: PlacesLexicon, words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w || (isCapitalized(w.text) && !w.initial)) return false;
  if (lx.locativePrepositions.has(w.key) && w.key !== 'of') return true;
  if (w.key === 'with' || w.key === 'of') {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (lx.locativeNouns.has(words[j]?.key ?? '')) return true;
  }
  return false;
}

/** Whether a locative preposition comes before the toponym ("in Islamabad", "near the border with China"). */
export function isLocative(c: Candidate, ctx: UseContext): boolean {
  const words = ctx.words;
  let k = c.from - 1;
  if (c.direction) while (k >= 0 && (words[k]?.start ?? 0) >= c.direction.start) k--;
  if (words[k]?.key === 'the') k--;
  if (locativeAt(ctx.lexicon, words, k)) return true;
  // a list: "in Syria, Iraq and Afghanistan", "the border with China and Tajikistan"
  for (let j = k; j >= Math.max(0, k - 10); j--) {
    const x = words[j];
    if (!x) break;
    if (locativeAt(ctx.lexicon, words, j)) return true;
    if (isCapitalized(x.text) || x.key === 'and' || x.key === 'or' || x.key === 'the') continue;
    break;
  }
  return false;
}

/** Decides whether a toponym is a literal place, an actor, a modifier or a demonym. */
export function placeUse(c: Candidate, ctx: UseContext): PlaceUse {
  const next = ctx.words[c.to];
  const after = ctx.text.slice(c.end, c.end + 3);
  const locative = isLocative(c, ctx);
  if (c.kind === 'demonym') {
    // "Afghan provinces", "northern Afghan regions", "the Syrian border"
    return next && ctx.lexicon.locativeNouns.has(next.key) && !isCapitalized(next.text) ? 'literal' : 'demonym';
  }
  // "U.S.-led", "Moscow-allied": the rest of the word makes it a modifier
  if ((next && next.token === ctx.words[c.to - 1]?.token) || /^[-‐]\p{Ll}/u.test(after)) return 'modifier';
  // "a telegram to U.S. President Clinton", "handed to Kestrian officials": the toponym modifies a title
  if (locative && next?.joined && ctx.lexicon.titlesAfterPlace.has(next.key)) return 'modifier';
  if (locative) return 'literal';
  if (/^['’]s\b/.test(after)) return 'modifier';
  const mention = ctx.actorSpans.find((m) => m.start < c.end && c.start < m.end);
  // the mention is the toponym itself, perhaps with "the" ("the United States")
  const same = !!mention && mention.start <= c.start && mention.end === c.end && c.start - mention.start <= 4;
  if (mention && (mention.metonym || same)) return 'actor';
  if (ctx.syntax && next) {
    const rel = ctx.syntax.deprel[ctx.words[c.to - 1]?.token ?? -1];
    if (rel === 'nsubj' || rel === 'nsubj:pass') return 'actor';
    if (rel === 'compound' || rel === 'amod' || rel === 'nmod:poss') return 'modifier';
  }
  if (next?.joined) {
    if (ctx.lexicon.actorVerbs.has(next.key)) return 'actor';
    // "Washington vehemently rejects": an adverb, then the verb
    const after2 = ctx.words[c.to + 1];
    if (/ly$/.test(next.key) && after2 && (ctx.lexicon.actorVerbs.has(after2.key) || /(?:s|ed)$/.test(after2.key)))
      return 'actor';
    if (isCapitalized(next.text) && next.token === ctx.words[c.to - 1]?.token) return 'modifier';
    if (isCapitalized(next.text)) return 'modifier';
    // without a parse, a content word after a name is most often the noun it modifies ("U.S. military")
    if (
      !ctx.syntax &&
      /^\p{Ll}+$/u.test(next.text) &&
      !ctx.lexicon.functionWords.has(next.key) &&
      !/(?:ly|s|ed)$/.test(next.key)
    ) {
      return 'modifier';
    }
  }
  return 'literal';
}
