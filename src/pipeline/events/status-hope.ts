/**
 * Acts only hoped for, feared or doubted: "markets rose on hopes that X and Y would reach a deal",
 * "he doubted that the talks would produce an agreement", "fears of an attack", "it is unclear
 * whether X will sign". What a hope, fear or doubt is about has not happened, and no one is said
 * to intend it (unlike "X hopes to sign", the hoper's own aim, which stays intended).
 */
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Words of doubt or uncertainty whose clause is unreal whatever follows them. */
const DOUBT =
  /^(doubt|doubts|doubted|doubting|doubtful|sceptical|skeptical|wonder|wondered|wonders|whether|unclear|uncertain|unlikely)$/;
/** Nouns of hope and fear: their content ("hopes that …", "fears of …") is unreal. */
const HOPE_NOUN = /^(hope|hopes|fear|fears|expectation|expectations|speculation|optimism|prospect|prospects)$/;
/** Words ending the clause the cue opens: the act after them is told for itself. */
const CLAUSE_END = /^([.;:!?"“”]|but|while|although|whereas|when|as|after|before|because|since|said|says|say|told)$/;

/** Words before a hope or fear that make it a noun ("on hopes", "expressed hope", "growing fears"). */
const NOUN_BEFORE =
  /^(on|amid|amidst|in|raised|raising|dashed|expressed|expressing|express|voiced|the|their|his|her|its|our|some|new|high|little|growing|rising)$/;

/** The hope noun at k opens its content: "hopes that/of/for …", or "on/amid hopes …", "expressed hope …". */
function hopeContent(v: SentenceView, k: number): boolean {
  if (NOUN_BEFORE.test(v.lower[k - 1] ?? '')) return true;
  return v.upos[k] === 'NOUN' && /^(that|of|for)$/.test(v.lower[k + 1] ?? '');
}

/**
 * The index of the word of hope, fear or doubt whose clause holds trigger t (within twelve words
 * before it, no clause boundary between), or -1.
 */
export function hopedFor(v: SentenceView, t: Trigger): number {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 12); k--) {
    const w = v.lower[k] ?? '';
    if (w === ',' || CLAUSE_END.test(w)) return -1;
    // ("whether by denouncing X or by pulling Y": alternatives of manner, not a question)
    if (DOUBT.test(w))
      return w === 'whether' && /^(by|through|via|in|at|from|with)$/.test(v.lower[k + 1] ?? '') ? -1 : k;
    if (HOPE_NOUN.test(w) && hopeContent(v, k)) return k;
  }
  return -1;
}
