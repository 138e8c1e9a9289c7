import type { ArgDraft } from './args-draft.js';
import type { SentenceView } from './view.js';

/** Words that open an aside comparing a party with others ("like most other members"). */
const COMPARING = new Set(['like', 'unlike', 'including']);

/** Whether mention `mi` follows a verb (past its numbers and modifiers): the verb's object, no subject. */
function objectOfVerb(v: SentenceView, mi: number): boolean {
  let k = (v.mentionTokens[mi]?.first ?? 0) - 1;
  while (k >= 0 && /^(DET|NUM|ADJ|ADV)$/.test(v.upos[k] ?? '')) k--;
  return k >= 0 && v.upos[k] === 'VERB';
}

/**
 * "Greece, like most other existing members, plans to impose …": a party named in a comparing aside
 * set off by commas is not the one acting; the party right before the aside's comma is. Replaces
 * such an actor in the draft (left alone when nothing stands before the comma; dropped when the party
 * before is a verb's object, whose members the aside lists).
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
      // ("killed 140 people, including 9 Canadians, and injured …": the aside lists members of a
      // verb's object; neither they nor the object act)
      if (!objectOfVerb(v, before) && !out.includes(before)) out.push(before);
      changed = true;
    } else if (!out.includes(mi)) out.push(mi);
  }
  if (!changed) return;
  d.actor = out;
  d.explain.push('args: actor = the party before a comparing aside ("X, like others, …")');
}
