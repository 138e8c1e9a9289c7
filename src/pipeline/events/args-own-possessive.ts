import { type ArgDraft, NO_RECIPIENT } from './args-draft.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * "the government expressed its displeasure at …", "the ministry renewed its appeal": an "its" owning
 * the verb's object stands for the verb's own subject, whatever party the pronoun was resolved to, so
 * it is no recipient; the act's recipient, if any, is named elsewhere. Drops a recipient that is only
 * such a pronoun (when the act has an actor) and says no other is to be looked for.
 */
export function ownPossessiveRecipient(v: SentenceView, t: Trigger, d: ArgDraft): void {
  if (!v.parsed || t.pos !== 'verb' || !d.actor.length || d.recipient.length !== 1) return;
  const r = d.recipient[0] ?? -1;
  for (let k = t.last + 1; k < Math.min(v.lower.length, t.last + 5); k++) {
    if (
      v.lower[k] !== 'its' ||
      (v.possessorAt[k] !== r && !(v.mentionAt[k] === r && v.mentionTokens[r]?.last === k)) ||
      v.deprel[k] !== 'nmod:poss'
    )
      continue;
    const o = v.head[k] ?? -1;
    if (o < 0 || v.deprel[o] !== 'obj' || v.head[o] !== t.i) return;
    d.recipient = [];
    d.explain.push(`${NO_RECIPIENT}: "its" before the object is the actor's own`);
    return;
  }
}
