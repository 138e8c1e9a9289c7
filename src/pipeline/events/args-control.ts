import { dependents, type SentenceView } from './view.js';

/**
 * Verbs whose object is not (only) the one who does their infinitive ("promised Sylvania to withdraw":
 * the one promising withdraws; "joined Sylvania to investigate": both do): subject control despite an object.
 */
const SUBJECT_CONTROL = new Set(['promise', 'pledge', 'vow', 'swear', 'guarantee', 'threaten', 'offer', 'join']);
const MODAL = /^(will|would|could|can|may|might|must|shall|should)$/;
const NOT = /^(not|n't|never)$/;

/**
 * Whether the verb at h is said to happen as such: not negated or under a modal ("will not cause X to
 * back down"), nor itself the complement of another verb ("tried to force him to resign"), where
 * whether its object acts at all is another matter.
 */
function plainGovernor(v: SentenceView, h: number): boolean {
  if (v.deprel[h] === 'xcomp') return false;
  if (dependents(v, h, 'aux').some((a) => MODAL.test(v.lower[a] ?? ''))) return false;
  return !dependents(v, h, 'advmod', 'neg').some((a) => NOT.test(v.lower[a] ?? ''));
}

/**
 * "forced Iraq to withdraw", "exhorted citizens to rally", "watched the ministers sign": the object of
 * the verb an active infinitive (xcomp) hangs on does the infinitive's act, not that verb's subject.
 * Returns the object's token, or -1 when the verb at i is no such complement (a base form or
 * gerund: "saw his children denied …" is a passive, "carriers banned in …" a participle), its head has no object before it, or the head is negated, under a modal
 * or itself a complement.
 */
export function controllingObject(v: SentenceView, i: number): number {
  const reported = reportedClauseSubject(v, i);
  if (reported >= 0) return reported;
  if (!v.parsed || v.deprel[i] !== 'xcomp' || v.upos[i] !== 'VERB' || !/^VBG?$/.test(v.xpos[i] ?? '')) return -1;
  const h = v.head[i] ?? -1;
  if (h < 0 || v.upos[h] !== 'VERB' || SUBJECT_CONTROL.has(v.lemma[h] ?? '') || !plainGovernor(v, h)) return -1;
  const o = dependents(v, h, 'obj', 'iobj').find((x) => x > h && x < i);
  return o ?? -1;
}

/** Verbs of saying, whose clause a parse may split into an object and a finite complement. */
const SAYING = new Set(['say', 'claim', 'insist', 'argue', 'assert', 'allege', 'report', 'believe']);

/**
 * "saying Iraqi troops massed nearby threatened Saudi Arabia": a finite verb (past or present) the parse
 * hangs as a complement (xcomp) on a verb of saying that has an object before it is the reported clause's
 * verb, and that object its subject. Returns the object's token, or -1.
 */
function reportedClauseSubject(v: SentenceView, i: number): number {
  if (!v.parsed || v.deprel[i] !== 'xcomp' || !/^VB[DPZ]$/.test(v.xpos[i] ?? '')) return -1;
  const h = v.head[i] ?? -1;
  if (h < 0 || !SAYING.has(v.lemma[h] ?? '') || dependents(v, i, 'mark').length) return -1;
  return dependents(v, h, 'obj').find((x) => x > h && x < i) ?? -1;
}
