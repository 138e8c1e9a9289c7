import type { ArgDraft } from './args-draft.js';
import type { SentenceView } from './view.js';

/** Words that open an aside comparing a party with others ("like most other members"). */
const COMPARING = new Set(['like', 'unlike', 'including']);

/**
 * "Greece, like most other existing members, plans to impose …": a party named in a comparing aside
 * set off by commas is not the one acting; the party right before the aside's comma is. Replaces
 * such an actor in the draft (left alone when nothing stands before the comma).
 */
export function actorBeforeAside(v: SentenceView, d: ArgDraft): void {
  const out: number[] = [];
  let changed = false;
  for (const mi of d.actor) {
    const first = v.mentionTokens[mi]?.first ?? -1;
    let k = first - 1;
    // determiners and modifiers between ("like most other existing members")
    while (k >= 0 && first - k <= 4 && /^(DET|ADJ|NUM|VERB)$/.test(v.upos[k] ?? '') && !COMPARING.has(v.lower[k] ?? ''))
      k--;
    const before = v.lower[k - 1] === ',' ? (v.mentionAt[k - 2] ?? -1) : -1;
    if (k >= 0 && COMPARING.has(v.lower[k] ?? '') && before >= 0 && before !== mi) {
      if (!out.includes(before)) out.push(before);
      changed = true;
    } else if (!out.includes(mi)) out.push(mi);
  }
  if (!changed) return;
  d.actor = out;
  d.explain.push('args: actor = the party before a comparing aside ("X, like others, …")');
}
