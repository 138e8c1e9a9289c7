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

/** Prepositions and joiners that open another phrase between "by/in" and a weapon noun. */
const LINKS = /^(with|of|to|for|at|on|from|over|after|during|and|or|connection|relation|response|retaliation)$/;

/** PLOVER's sector for generic unidentified actors (the actor of "two civilians were killed by a bomb"). */
export const UNIDENTIFIED = 'UNK';

/**
 * "A roadside bomb killed five soldiers", "three servicemen were killed by an explosive device": an act
 * of force whose doer the text does not name still has an actor, an unidentified one (PLOVER sector
 * UNK). It stands on the words that name the means (the weapon or attack as subject, or after
 * "by"/"in"), else on the trigger itself; its country is left to the place of the act.
 */
export function unidentifiedActor(v: SentenceView, t: Trigger, weapons: ReadonlySet<string>): ActorRef {
  let w = -1;
  if (v.parsed) {
    // (a conjunct's subject is its head's: "the attacks … and killed 257 people")
    const h = /^conj/.test(v.deprel[t.i] ?? '') ? (v.head[t.i] ?? -1) : -1;
    const s =
      (v.children[t.i] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? '')) ??
      (h >= 0 ? (v.children[h] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? '') && c < t.i) : undefined);
    if (s !== undefined && weapons.has(v.lower[s] ?? '')) w = s;
  }
  for (let k = t.i - 1; w < 0 && k >= Math.max(0, t.i - 4); k--) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '') || (v.mentionAt[k] ?? -1) >= 0) break;
    if (weapons.has(v.lower[k] ?? '')) w = k;
  }
  for (let k = t.last + 1; w < 0 && k < Math.min(v.lower.length, t.last + 7); k++) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) break;
    // the weapon is what "by"/"in" leads to ("killed in a bomb attack"), not a later phrase's noun
    // ("arrested in connection with the bombings")
    const j = Math.max(v.lower.lastIndexOf('by', k), v.lower.lastIndexOf('in', k));
    if (
      weapons.has(v.lower[k] ?? '') &&
      j > t.last &&
      k - j <= 4 &&
      !v.lower.slice(j + 1, k).some((x) => LINKS.test(x))
    )
      w = k;
  }
  let first = w < 0 ? t.i : w;
  // the weapon's modifiers: "a roadside bomb", "an improvised explosive device"
  while (
    w >= 0 &&
    first > 0 &&
    w - first < 4 &&
    (v.mentionAt[first - 1] ?? -1) < 0 &&
    (v.parsed
      ? /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(v.upos[first - 1] ?? '')
      : /^(a|an|the|roadside|car|suicide)$/.test(v.lower[first - 1] ?? ''))
  )
    first--;
  const a = v.tokens[first];
  const b = v.tokens[w < 0 ? t.last : w];
  const start = a?.start ?? 0;
  const end = b?.end ?? start;
  const text = v.text.slice(start - v.sentence.start, end - v.sentence.start);
  return { actorText: text, name: null, code: null, sector: UNIDENTIFIED, role: null, id: null, start, end };
}
