import { type ArgDraft, NO_RECIPIENT } from './args-draft.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Nouns of acts done to the party they are "of" or that owns them ("the boy's return", "the release
 * of the hostages", "shootings of doctors"): that party undergoes the act named, so it is no
 * recipient of another act whose object or complement the noun is ("pushed for the boy's return",
 * "investigate shootings of doctors" are directed at neither the boy nor the doctors).
 */
const UNDERGONE =
  /^(release|return|repatriation|extradition|handover|rescue|evacuation|arrest|detention|capture|kidnapping|abduction|killing|murder|assassination|death|execution|torture|rape|beating|shooting|massacre|deportation|imprisonment|jailing|disappearance|persecution)$/;

/** The noun at k names an act done to its owner or "of" party. */
export function undergoneAct(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  const lemma = v.lemma[k] || w.replace(/s$/, '');
  return UNDERGONE.test(lemma) || UNDERGONE.test(w.replace(/s$/, ''));
}

/**
 * The mention whose first token is `first` is the "of" object of an act done to it, by word order
 * ("… a series of shootings of doctors"): "of" right before it, an undergone act's noun before that.
 */
export function ofUndergoneAct(v: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && /^(the|a|an|some|many|several|dozens|hundreds|two|three)$/.test(v.lower[k] ?? '')) k--;
  return v.lower[k] === 'of' && k >= 1 && undergoneAct(v, k - 1);
}

/**
 * Mention mi undergoes an act named next to it: the "of" object of its noun ("shootings of doctors")
 * or the owner of it ("the boy's return"), by word order.
 */
export function ownsUndergoneAct(v: SentenceView, mi: number): boolean {
  const span = v.mentionTokens[mi];
  if (!span) return false;
  if (ofUndergoneAct(v, span.first)) return true;
  if (/^['’]s?$/.test(v.lower[span.last] ?? '')) return undergoneAct(v, span.last + 1);
  return /^['’]s?$/.test(v.lower[span.last + 1] ?? '') && undergoneAct(v, span.last + 2);
}

/** Past participles of acts done to someone, which make their subject the one who suffered them. */
const SUFFERED =
  /^(beaten|killed|tortured|abused|harassed|attacked|assaulted|mistreated|targeted|detained|arrested|shot|injured|wounded|profiled|discriminated|threatened|kidnapped|raped|robbed|insulted|humiliated|stopped|searched)$/;

/**
 * Token k opens a predicate that makes the clause's subject undergo an act ("… he was a victim of
 * racial profiling", "… they were beaten by guards"): that subject is no accused.
 */
export function sufferedPredicate(v: SentenceView, k: number): boolean {
  let j = k;
  while (/^(has|had|have|will|would|allegedly|repeatedly|also|not)$/.test(v.lower[j] ?? '')) j++;
  if (!/^(was|were|is|are|been|being|be|got|get|gets)$/.test(v.lower[j] ?? '')) return false;
  j++;
  while (/^(a|an|the|repeatedly|allegedly|brutally|also|twice|often)$/.test(v.lower[j] ?? '')) j++;
  const w = v.lower[j] ?? '';
  return /^(victim|victims|target|targets)$/.test(w) || SUFFERED.test(w);
}

const VERBAL = /^(REQUEST|ACCUSE)$/;

/**
 * "pushed for the boy's return", "demanded the release of the hostages": a demand or a charge is not
 * directed at the one the act it is about is done to; such a recipient is dropped (and none looked for).
 */
export function undergoerNoAddressee(v: SentenceView, t: Trigger, d: ArgDraft): void {
  if (t.pos !== 'verb' || !VERBAL.test(t.info.plover ?? '') || d.passiveParse || !d.recipient.length) return;
  if (!d.recipient.every((mi) => ownsUndergoneAct(v, mi))) return;
  d.recipient = [];
  d.closed = true;
  d.explain.push(`${NO_RECIPIENT}: the party named undergoes the act demanded or charged`);
}
