import { caseOf, groupFromToken, syntacticSubject, UNDERGO } from './args.js';
import type { ArgDraft } from './args-draft.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** How an explanation says the subject of a verb of undergoing is the recipient of the act it takes. */
export const UNDERGONE_WHY = 'args: the subject of';

/** Words that may stand between a verb and the act noun it takes ("received strong backing"). */
const BETWEEN =
  /^(a|an|the|strong|broad|wide|widespread|full|fresh|new|more|much|further|vocal|firm|unanimous|international|public|renewed)$/;

/**
 * "has received strong backing from X", the act noun read as a gerund the parse hangs on the verb
 * (as xcomp/advcl, or on a modifier between them): the index of that verb of undergoing, or -1.
 */
function undergoingVerb(v: SentenceView, i: number): number {
  if (!/^(xcomp|advcl)$/.test(v.deprel[i] ?? '') || v.xpos[i] !== 'VBG') return -1;
  let k = i - 1;
  while (k >= 0 && BETWEEN.test(v.lower[k] ?? '')) k--;
  if (k < 0 || !UNDERGO.has(v.lemma[k] ?? '')) return -1;
  const h = v.head[i] ?? -1;
  return h === k || (h > k && h < i && v.head[h] === k) ? k : -1;
}

/**
 * "Obama faces pressure from Congress": the subject of face/receive undergoes the act the noun
 * object names, the "from/by" party does it (replacing what was found before).
 */
export function undergoneObject(v: SentenceView, t: Trigger, d: ArgDraft): void {
  const h = v.deprel[t.i] === 'obj' ? (v.head[t.i] ?? -1) : undergoingVerb(v, t.i);
  if (h < 0 || !UNDERGO.has(v.lemma[h] ?? '')) return;
  let giver: number[] = [];
  for (const c of [...dependents(v, h, 'obl'), ...dependents(v, t.i, 'nmod'), ...dependents(v, t.i, 'obl')]) {
    const p = caseOf(v, c);
    if (p === 'from' || p === 'by') giver = groupFromToken(v, c);
    if (giver.length) break;
  }
  const s = syntacticSubject(v, h);
  if (!s.passive && s.group.length) {
    d.actor = giver;
    d.recipient = s.group;
    for (let k = d.explain.length - 1; k >= 0; k--)
      if (/actor|recipient/.test(d.explain[k] ?? '')) d.explain.splice(k, 1);
    d.explain.push(`${UNDERGONE_WHY} "${v.lower[h]}" undergoes the act; actor = "from/by" party`);
  }
}
