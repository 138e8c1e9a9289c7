/**
 * Acts of force whose actor the text does not name: an agentless passive ("a soldier was shot"), a verb of
 * dying, or a weapon as subject ("a roadside bomb killed five soldiers").
 */
import type { Cues } from '../../knowledge/events/index.js';
import { conjoinedPassive, UNDERGOES } from './args.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * "A roadside bomb killed five soldiers", "the attack wounded three": an act of force whose subject is
 * a weapon or an attack has an actor the text does not name. (Unknown people as subjects, "unknown
 * gunmen attacked …", stay uncoded by default, like any event without an identified actor.)
 */
export function weaponSubject(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (t.pos !== 'verb' || agentlessPassive(v, t)) return false;
  if (v.parsed) {
    // (a conjunct shares its head's subject: "the attacks … [hit X] and killed 257 people")
    const h = /^conj/.test(v.deprel[t.i] ?? '') ? (v.head[t.i] ?? -1) : -1;
    const s =
      (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj') ??
      (h >= 0 ? (v.children[h] ?? []).find((c) => v.deprel[c] === 'nsubj' && c < t.i) : undefined);
    return s !== undefined && cues.weapons.has(v.lower[s] ?? '');
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (cues.weapons.has(w)) return true;
    if (!/^(ADV|AUX)$/.test(v.upos[k] ?? '') && !/^(has|have|had|reportedly|allegedly)$/.test(w)) return false;
  }
  return false;
}

/**
 * "Three activists were arrested", "a soldier was shot": a passive whose agent (if any) names no
 * actor still names the party acted on. Such acts of force are still events (PLOVER codes an unknown actor).
 */
export function agentlessPassive(v: SentenceView, t: Trigger, cues?: Cues): boolean {
  if (t.pos !== 'verb') return false;
  // "twelve soldiers died in clashes": the subject of a verb of dying undergoes the act
  const dying = UNDERGOES.has(v.lemma[t.i] ?? '');
  // "five people were killed in a landslide": an accident or disaster is no one's act
  if (cues) {
    for (let k = t.last + 1; k <= Math.min(v.lower.length - 1, t.last + 6); k++) {
      if (/^[,;.:]$/.test(v.lower[k] ?? '')) break;
      if (cues.mishaps.has(v.lower[k] ?? '') && /^(in|by|after|during)$/.test(v.lower[t.last + 1] ?? '')) return false;
    }
  }
  if (dying) return true;
  if (v.parsed) {
    const kids = v.children[t.i] ?? [];
    if (kids.some((c) => /^(nsubj:pass|aux:pass)$/.test(v.deprel[c] ?? '')) || conjoinedPassive(v, t.i)) return true;
    // "(there were) ten soldiers killed in …": a past participle modifying the noun it was done to
    const h = v.head[t.i] ?? -1;
    if (
      v.deprel[t.i] === 'acl' &&
      v.xpos[t.i] === 'VBN' &&
      h >= 0 &&
      h < t.i &&
      /^(NOUN|PROPN|PRON)$/.test(v.upos[h] ?? '') &&
      !kids.some((c) => /^(obj|nsubj|aux)/.test(v.deprel[c] ?? ''))
    )
      return true;
  }
  // ("were violently attacked": one adverb between)
  const before = /^[a-z]{3,}ly$/.test(v.lower[t.i - 1] ?? '') ? t.i - 2 : t.i - 1;
  return /^(was|were|been|being|be|is|are|got|get)$/.test(v.lower[before] ?? '');
}
