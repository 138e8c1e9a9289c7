import { dependents, type SentenceView } from './view.js';

/** Verbs of putting a thing to a purpose: "was used / employed / designed / intended to kill". */
const PUT_TO = new Set(['use', 'employ', 'design', 'intend', 'build', 'make', 'develop']);

/**
 * "whether it was used to kill the judge", "missiles designed to strike ships": the infinitive of
 * purpose of a thing put to use in the passive is done by whoever uses it — the passive's "by" agent —
 * not by the thing, nor by a party named before. Returns that agent's token (-1 when none is named),
 * or null when the verb at i is no such purpose.
 */
export function purposeOfUse(v: SentenceView, i: number): number | null {
  if (!v.parsed || !/^(advcl|xcomp)$/.test(v.deprel[i] ?? '') || v.lower[i - 1] !== 'to') return null;
  const h = v.head[i] ?? -1;
  if (h < 0 || !PUT_TO.has(v.lemma[h] ?? '') || v.xpos[h] !== 'VBN') return null;
  // (a passive: its own auxiliary or a participle hung on the noun it describes)
  if (!dependents(v, h, 'aux:pass').length && !/^acl/.test(v.deprel[h] ?? '')) return null;
  const by = dependents(v, h, 'obl:agent', 'obl').find((c) =>
    dependents(v, c, 'case').some((k) => v.lower[k] === 'by'),
  );
  return by ?? -1;
}
