import { dependents, type SentenceView, subtree } from './view.js';

/**
 * "the decision to expel the same number of Russian diplomats and close the consulate": a party inside
 * the object of the verb a conjunct verb at i is joined to (in the parse) is what that
 * verb acts on, not the conjunct's subject.
 */
export function insideConjunctHeadObject(v: SentenceView, mi: number, i: number): boolean {
  if (!v.parsed || v.deprel[i] !== 'conj') return false;
  const h = v.head[i] ?? -1;
  const span = v.mentionTokens[mi];
  if (h < 0 || h > i || v.upos[h] !== 'VERB' || !span || span.first < h) return false;
  // (not an oblique: "moved … after the Coalition had helped", "worked with X as the Government of Y
  // launched" are clauses of their own a parse may hang on the oblique's noun)
  for (const c of dependents(v, h, 'obj', 'iobj')) {
    const toks = subtree(v, c);
    if (toks.includes(span.first) && toks.every((k) => k < i)) return true;
  }
  return false;
}

/**
 * "killed a security guard and severely wounded a nurse": a conjunct the parse gives a subject after
 * it (with no auxiliary or copula of its own, no inversion) has misread its object as that subject.
 * Returns the misread object's token, or -1.
 */
export function subjectMisreadAfterConjunct(v: SentenceView, i: number): number {
  if (!v.parsed || v.deprel[i] !== 'conj') return -1;
  const h = v.head[i] ?? -1;
  if (h < 0 || h > i || v.upos[h] !== 'VERB' || dependents(v, i, 'aux', 'aux:pass', 'cop').length) return -1;
  const subj = dependents(v, i, 'nsubj', 'nsubj:pass');
  const s = subj[0];
  if (s === undefined || subj.some((x) => x < i) || dependents(v, i, 'obj').length) return -1;
  // (a quotation's inversion, "…, and added the minister", is no object)
  if (/^(say|add|tell|ask|note|write)$/.test(v.lemma[i] ?? '')) return -1;
  return s;
}
