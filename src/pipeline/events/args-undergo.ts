import { caseOf, groupFromToken, syntacticSubject, UNDERGO } from './args.js';
import type { ArgDraft } from './args-draft.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/**
 * "Obama faces pressure from Congress": the subject of face/receive undergoes the act the noun
 * object names, the "from/by" party does it (replacing what was found before).
 */
export function undergoneObject(v: SentenceView, t: Trigger, d: ArgDraft): void {
  const h = v.head[t.i] ?? -1;
  if (h < 0 || !UNDERGO.has(v.lemma[h] ?? '')) return;
  let giver: number[] = [];
  for (const c of [...dependents(v, h, 'obl'), ...dependents(v, t.i, 'nmod')]) {
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
    d.explain.push(`args: the subject of "${v.lower[h]}" undergoes the act; actor = "from/by" party`);
  }
}
