/**
 * Intended acts: an intent word over the act ("vows to escalate", "ready to host"), unless the promise
 * was kept; what a measure provides for ("a resolution to deploy forces"); and the intent verb that is
 * itself an event and yields to the act it intends ("pledged to expel").
 */
import type { Cues } from '../../knowledge/events/index.js';
import { intentCode } from './intent.js';
import { hypothetical } from './status-condition.js';
import { negated } from './status-negation.js';
import { fulfilled } from './status-scope.js';
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

export function intentCue(v: SentenceView, t: Trigger, cues: Cues): number {
  const k = intentWord(v, t, cues);
  // "kept their promise to kill": the promise was carried out, the act done
  return k >= 0 && fulfilled(v, k) ? -1 : k;
}

function intentWord(v: SentenceView, t: Trigger, cues: Cues): number {
  // "vows to escalate", "plans to impose", "ready to host", "seeks increased cooperation"
  // ("considers the sanctions essential": an object with an adjective after it is judged, not intended)
  const judgedObject = v.upos[t.last + 1] === 'ADJ';
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 3; depth++) {
      const h = v.head[k] ?? -1;
      const rel = v.deprel[k] ?? '';
      if (h < 0 || !/^(xcomp|ccomp|obj|advcl)/.test(rel)) break;
      // "threatened to revoke his parole if X did not sign": an adverbial clause with a subject of its
      // own is the condition or the reason of the intended act, not part of what is intended
      if (rel.startsWith('advcl') && (v.children[k] ?? []).some((c) => /^nsubj/.test(v.deprel[c] ?? ''))) break;
      if (depth === 0 && rel === 'obj' && judgedObject) break;
      if (cues.intent.has(v.lemma[h] ?? '') || cues.intentAdj.has(v.lower[h] ?? '')) return h;
      k = h;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1) break;
    const judged = v.lower[k + 1] !== 'to' && judgedObject;
    if (
      (cues.intent.has(v.lemma[k] ?? '') || cues.intentAdj.has(w)) &&
      (v.lower[k + 1] === 'to' || k === t.i - 1 || k === t.i - 2) &&
      !judged
    )
      return k;
  }
  return -1;
}

/** Nouns of a measure or scheme whose infinitive states what it would do, not what was done. */
const MEASURE: ReadonlySet<string> = new Set([
  'measure',
  'bill',
  'resolution',
  'motion',
  'legislation',
  'amendment',
  'proposal',
  'scheme',
  'programme',
  'program',
  'initiative',
  'draft',
]);

/**
 * "approved a measure to send troops", "passed a resolution to deploy forces": the act a measure
 * provides for (an infinitive of the noun) has not happened; approving the measure is the act done.
 * Returns the noun, or -1.
 */
export function measureContent(v: SentenceView, t: Trigger): number {
  if (!v.parsed || t.pos !== 'verb' || !dependents(v, t.i, 'mark').some((m) => v.lower[m] === 'to')) return -1;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i) return -1;
  if (v.deprel[t.i] === 'acl') return MEASURE.has(v.lemma[h] ?? '') ? h : -1;
  // "approving a measure on October 18 to send troops": the infinitive hung on the verb whose object
  // the measure is (a purpose the measure itself serves)
  if (v.deprel[t.i] !== 'advcl' || v.upos[h] !== 'VERB') return -1;
  return dependents(v, h, 'obj').find((o) => o < t.i && MEASURE.has(v.lemma[o] ?? '')) ?? -1;
}

/**
 * The intent verb g ("pledged", "vowed", "threatened", "agreed") when it is an event whose
 * infinitive complement is t ("pledged to expel"), itself reported as done (not negated, not
 * conditional): the pair is one intended act. Else null.
 */
export function intendedBy(v: SentenceView, g: Trigger, t: Trigger, cues: Cues): Trigger | null {
  if (g.pos !== 'verb' || t.pos !== 'verb' || g.entry.role !== 'event' || g.i >= t.i) return null;
  if (!cues.intent.has(v.lemma[g.i] ?? '')) return null;
  // a verb, not the noun of "rejected a US offer to host …"
  if (v.parsed && v.upos[g.i] !== 'VERB') return null;
  for (let k = g.i - 1; k >= Math.max(0, g.i - 4); k--) {
    if (/^(a|an|the|its|their|his|her|our|this)$/.test(v.lower[k] ?? '')) return null;
    if (!/^(PROPN|ADJ|NOUN)$/.test(v.upos[k] ?? '') && (v.mentionAt[k] ?? -1) < 0) break;
  }
  // the infinitive follows the verb: "pledged to expel", "threatened on Monday to strike"
  if (v.lower[t.i - 1] !== 'to' || t.i - g.last > 6) return null;
  // nothing between but adverbs and times: no clause break, and no party of its own ("wants Putin to attack")
  for (let k = g.last + 1; k < t.i - 1; k++)
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',' || (v.mentionAt[k] ?? -1) >= 0) return null;
  // only an act that PLOVER recodes as intended (AGREE, THREATEN); verbal conflict stays with the verb
  if (t.info.plover !== 'AGREE' && t.info.plover !== 'THREATEN' && intentCode(t.info) === null) return null;
  if (negated(v, g, cues) || hypothetical(v, g, cues)) return null;
  return g;
}
