/**
 * The auxiliaries of an act's own verb ("will", "may", "should"), however a coordination shares them
 * ("will begin withdrawing troops and release prisoners"), not a name that looks like one ("Theresa May").
 */
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** Modals of obligation: the act they govern is owed, not done. */
export const OBLIGATION: ReadonlySet<string> = new Set(['should', 'ought', 'must', 'shall']);

/** A capitalised word inside the sentence is a name or a month, not an auxiliary ("Theresa May has blamed …"). */
function nameWord(v: SentenceView, k: number): boolean {
  const tok = v.tokens[k];
  if (!tok || k === 0) return false;
  const c = v.text.charAt(tok.start - v.sentence.start);
  return c !== c.toLowerCase();
}

export function auxBefore(v: SentenceView, t: Trigger, words: ReadonlySet<string>): boolean {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    const w = v.lower[k] ?? '';
    if (words.has(w) && nameWord(v, k)) break;
    if (words.has(w)) return !(w === 'going' && v.lower[k + 1] !== 'to');
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1) break;
    // "talks could help and agreed to meet": a coordination ends the act's own auxiliaries (a conjunct
    // sharing them is found through the parse)
    if (v.parsed && v.upos[k] === 'CCONJ') break;
    // "will respond to an attack": the auxiliary of the verb an act is the oblique of is that verb's
    // (the act's own status comes from its scope: modalScope)
    if (v.parsed && t.pos === 'noun' && k === v.head[t.i] && /^obl/.test(v.deprel[t.i] ?? '')) break;
  }
  return sharedAux(v, t, words);
}

/**
 * "it will begin withdrawing troops and release prisoners": a coordinated verb with no auxiliary or
 * subject of its own shares the auxiliary of the verb it is coordinated with. Needs the parse.
 */
function sharedAux(v: SentenceView, t: Trigger, words: ReadonlySet<string>): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.deprel[t.i] !== 'conj') return false;
  if (dependents(v, t.i, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark').length) return false;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i || v.upos[h] !== 'VERB') return false;
  return dependents(v, h, 'aux').some((a) => a < h && words.has(v.lower[a] ?? ''));
}
