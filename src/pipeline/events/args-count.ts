import { leftGroup } from './args.js';
import type { ArgDraft } from './args-draft.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

const COUNT =
  /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|scores|several|many|some|others)$/;

/** Words that may follow a bare count and end its phrase ("arresting 12, …", "12 and …", "12 of them"). */
const AFTER_COUNT =
  /^(?:[,.;:]|and|or|but|of|on|in|at|during|after|before|while|as|when|later|earlier|today|yesterday|overnight|last|this|)$/;

/** Token k is plural: a plural noun tag, else an "-s" word that is no possessive. */
const plural = (v: SentenceView, k: number): boolean =>
  /^NNP?S$/.test(v.xpos[k] ?? '') || (!v.xpos[k] && /[^s']s$/.test(v.lower[k] ?? ''));

/**
 * "opened fire to disperse demonstrators, killing one person and arresting 12": a verb whose object
 * is a bare count names no one itself; it counts the group named before it in the sentence. The
 * nearest plural mention before the trigger that is not the actor's (not across ";" or a quotation
 * mark), or -1 when the object is no bare count or no such group is named.
 */
export function countedGroup(v: SentenceView, t: Trigger, d: ArgDraft): number {
  const k = t.last + 1;
  if (!COUNT.test(v.lower[k] ?? '') || (v.mentionAt[k] ?? -1) >= 0) return -1;
  if (!AFTER_COUNT.test(v.lower[k + 1] ?? '')) return -1;
  for (let j = t.i - 1; j >= 0; j--) {
    if (/^[;:"“”]$/.test(v.lower[j] ?? '')) return -1;
    const mi = v.mentionAt[j] ?? -1;
    if (mi < 0 || d.actor.includes(mi)) continue;
    const last = v.mentionTokens[mi]?.last ?? j;
    if (last === j && plural(v, j)) return parallelOwn(v, t, mi) ? -1 : mi;
  }
  return -1;
}

/**
 * "The U.S. has expelled 60 diplomats, Ukraine has expelled 13": the group counted is the object of
 * the same verb in a parallel clause, and bears the code of that clause's subject — the sentence's
 * state given to a group the text leaves unnamed — so it says nothing of whom this act is done to.
 */
function parallelOwn(v: SentenceView, t: Trigger, mi: number): boolean {
  const m = v.mentions[mi];
  let k = (v.mentionTokens[mi]?.first ?? 0) - 1;
  while (k >= 0 && /^(DET|NUM|ADJ)$/.test(v.upos[k] ?? '')) k--;
  const lemma = (x: number) => v.lemma[x] || v.lower[x] || '';
  if (!m?.code || k < 0 || lemma(k) !== lemma(t.i)) return false;
  return leftGroup(v, k, 6).some((s) => v.mentions[s]?.code === m.code);
}
