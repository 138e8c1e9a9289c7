import type { ActorRef } from '../../schema/output.js';
import { toRef } from './args.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Verbs with which a party takes responsibility for an act ("claimed responsibility for"). */
const TAKING = /^(claim|accept|admit|acknowledge|take|bear)$/;

/**
 * "Islamic State claimed responsibility for the bombing": the party that claims an act is its actor
 * (the act is `claimed`, attributed to them). Returns that party, or null when the event noun at t is
 * not the object of "responsibility for".
 */
export function responsibilityClaimer(v: SentenceView, t: Trigger): ActorRef | null {
  if (t.pos !== 'noun') return null;
  // "responsibility for (the|a|Monday's|…) bombing": up to four words between
  let r = -1;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
    if (v.lower[k] === 'for' && v.lower[k - 1] === 'responsibility') {
      r = k - 1;
      break;
    }
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) return null;
  }
  if (r < 1) return null;
  // the verb of taking before it ("has claimed", "claiming"), then its subject to the left
  let verb = -1;
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) if (TAKING.test(v.lemma[k] ?? '')) verb = k;
  if (verb < 0) return null;
  for (let k = verb - 1; k >= 0; k--) {
    const m = v.mentionAt[k] ?? -1;
    if (m >= 0) {
      const mention = v.mentions[m];
      return mention ? toRef(mention) : null;
    }
    if (/^[;.:]$/.test(v.lower[k] ?? '')) break;
  }
  return null;
}
