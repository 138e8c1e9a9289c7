import { dependents, type SentenceView } from './view.js';

/**
 * "will write to the minister asking for …", "a letter from X to the minister demanding …": a
 * participle (VBG) the parse hangs on a party addressed ("to" it) is said by whoever addresses it,
 * not by the addressee. Returns the verb that addresses it (its subject does the act), -1 when a
 * noun does ("a letter … to X asking"), or null when the verb at i is no such participle.
 */
export function addresseeParticiple(v: SentenceView, i: number): number | null {
  if (!v.parsed || !/^acl/.test(v.deprel[i] ?? '') || v.xpos[i] !== 'VBG') return null;
  const h = v.head[i] ?? -1;
  if (h < 0 || h > i || !dependents(v, h, 'case').some((c) => v.lower[c] === 'to')) return null;
  const g = v.head[h] ?? -1;
  return g >= 0 && v.upos[g] === 'VERB' ? g : -1;
}
