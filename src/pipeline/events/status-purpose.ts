/**
 * Acts that are the purpose of another: a demand after a protest ("…, calling for independence"), and the
 * acts an infinitive of purpose serves ("seeks cooperation with X to suppress …").
 */
import type { Cues } from '../../knowledge/events/index.js';
import type { Governor } from './status-governor.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** The protest before a demand in an infinitive or participle ("…, calling for", "… to demand"), if any. */
export function protestPurpose(v: SentenceView, triggers: readonly Trigger[], t: Trigger, cues: Cues): Trigger | null {
  if (t.pos !== 'verb' || t.info.plover !== 'REQUEST') return null;
  const infinitive = v.lower[t.i - 1] === 'to';
  const participle = /ing$/.test(v.lower[t.i] ?? '') && (v.mentionAt[t.i - 1] ?? -1) < 0;
  if (!infinitive && !participle) return null;
  const protest = [...triggers]
    .reverse()
    .find((x) => x !== t && x.info.plover === 'PROTEST' && x.last < t.i && t.i - x.last <= 15);
  if (!protest) return null;
  // the demand is the protest's own only within its clause: no speech verb or clause break between
  for (let k = protest.last + 1; k < t.i; k++) {
    const w = v.lower[k] ?? '';
    if (w === ';' || w === ':' || /^(but|while|whereas|although)$/.test(w) || cues.speech.has(v.lemma[k] ?? w))
      return null;
  }
  return protest;
}

/**
 * "seeks increased cooperation with X to suppress …": the acts an infinitive of purpose serves — its
 * governor, and the acts whose words the parse hangs it on or that modify them — that precede it.
 */
export function purposeServed(v: SentenceView, triggers: readonly Trigger[], t: Trigger, gov: Governor): Trigger[] {
  if (t.pos !== 'verb' || v.lower[t.i - 1] !== 'to' || !v.parsed || v.upos[t.i] !== 'VERB') return [];
  if (!/^(acl|advcl)/.test(v.deprel[t.i] ?? '')) return [];
  const h = v.head[t.i] ?? -1;
  // ("increased cooperation": the act word may modify the noun the infinitive hangs on)
  const near = triggers.filter((x) => x !== t && ((x.i <= h && h <= x.last) || v.head[x.i] === h));
  return [...new Set([...(gov.trigger ? [gov.trigger] : []), ...near])].filter((g) => g.last < t.i - 1);
}
