import type { ArgDraft } from './args-draft.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** Places people are held in, that one is released "from". */
const DETENTION = /^(prison|prisons|jail|jails|gaol|custody|detention|captivity|confinement|house)$/;

/**
 * "Jailed journalist X released from prison", "Activist freed from jail after two years": a headline's
 * reduced passive — a verb of releasing with no object of its own, right before "from" a place of
 * detention — has the one released as its subject. That party is the recipient; no releaser is named.
 */
export function releasedFrom(v: SentenceView, t: Trigger, d: ArgDraft): void {
  if (t.pos !== 'verb' || t.info.plover !== 'RETREAT' || !d.actor.length || d.recipient.length) return;
  let k = t.last + 1;
  if (v.lower[k] !== 'from') return;
  k++;
  if (v.lower[k] === 'the' || v.lower[k] === 'a') k++;
  if (!DETENTION.test(v.lower[k] ?? '')) return;
  // (an auxiliary before it makes a clause with its own voice: "X was released from prison" is parsed so)
  if (v.upos[t.i - 1] === 'AUX') return;
  if (v.parsed && dependents(v, t.i, 'obj', 'aux', 'aux:pass').length) return;
  d.recipient = d.actor;
  d.actor = [];
  d.explain.push('args: the subject of a headline\'s "released from prison" is the one released; no releaser named');
}
