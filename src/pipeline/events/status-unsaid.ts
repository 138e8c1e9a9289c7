/**
 * What no one said: an act told as the content of a negated verb of saying or claiming ("Peru did
 * not say that Chile attacked the post", "never claimed that X had fired", "did not say, 'X
 * raped me'") is not reported as happening by anyone; it is hypothetical.
 */
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Verbs of saying or claiming whose negated content is unsaid. */
const SAYING =
  /^(say|claim|allege|state|assert|suggest|report|tell|announce|mention|confirm|specify|indicate|argue|write|imply)$/;
/** Negations of the verb of saying ("did not say", "never claimed", "didn't allege"). */
const NOT = /^(not|n't|never)$/;
/** Words ending the stretch in which the content of the verb lies. */
const END = /^([.;!?]|but|while|although|whereas|because|since|when|after|before)$/;

/** The verb of saying at k is negated: "not"/"never" one to three words before it (auxiliaries, adverbs). */
function negatedSaying(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = v.lower[j] ?? '';
    if (NOT.test(w)) return true;
    if (!/^(AUX|ADV|PART)$/.test(v.upos[j] ?? '') && !/^(did|do|does|has|have|had|was|were|is|ever)$/.test(w))
      return false;
  }
  return false;
}

/** Trigger t lies in the content of the verb at k: a clause the parse hangs on it, or words after "that", a colon or a quotation mark. */
function contentOf(v: SentenceView, k: number, t: Trigger): boolean {
  if (v.parsed) {
    for (let x = t.i, up = 0; x >= 0 && up < 5; x = v.head[x] ?? -1, up++) {
      if (v.head[x] === k && /^(ccomp|parataxis)/.test(v.deprel[x] ?? '')) return true;
    }
  }
  const next = v.lower[k + 1] ?? '';
  return /^(that|:|"|“|')$/.test(next) || (next === ',' && /^("|“|')$/.test(v.lower[k + 2] ?? ''));
}

/** Words asking about an act that did happen ("did not say who carried out the attack"). */
const WH = /^(who|whom|whose|what|which|when|where|why|how)$/;

/** The negated verb of saying whose content holds trigger t (within fifteen words before it), or -1. */
export function unsaid(v: SentenceView, t: Trigger): number {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 15); k--) {
    const w = v.lower[k] ?? '';
    if (END.test(w) || WH.test(w)) return -1;
    if (v.upos[k] !== 'NOUN' && SAYING.test(v.lemma[k] ?? '') && negatedSaying(v, k) && contentOf(v, k, t)) return k;
  }
  return -1;
}
