import {
  caseOf,
  DAYS,
  FACILITY,
  groupFromToken,
  measuredBy,
  OF_TARGET,
  syntacticSubject,
  travelVerbAbove,
} from './args.js';
import type { ArgDraft, ArgFrame } from './args-draft.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** A possessor or modifier of the noun is its actor; a building compound of an act of force its target. */
function modifierActor(v: SentenceView, t: Trigger, d: ArgDraft): void {
  for (const c of dependents(v, t.i, 'nmod:poss', 'compound', 'amod', 'nmod')) {
    const p = caseOf(v, c);
    const rel = v.deprel[c] ?? '';
    if (rel === 'nmod' && p !== 'by' && !t.entry.actorPreps.includes(p ?? '')) continue;
    // "the U.S. Embassy bombings", "a school shooting": a building before an act of force is its target
    const cm = v.mentionAt[c] ?? -1;
    const head = cm >= 0 ? (v.mentionTokens[cm]?.last ?? c) : c;
    if (rel === 'compound' && OF_TARGET.has(t.info.plover ?? '') && FACILITY.test(v.lower[head] ?? '')) {
      if (!d.recipient.length) {
        d.recipient = groupFromToken(v, c);
        if (d.recipient.length) d.explain.push('args: recipient = the building the act of force names');
      }
      continue;
    }
    // "victims of the Paris embassy bombing": a mention that starts before the noun's own phrase
    // (its determiner) is the party the phrase hangs on, not one that modifies the act
    const left = Math.min(t.i, ...(v.children[t.i] ?? []));
    const g = groupFromToken(v, c).filter((mi) => rel === 'nmod' || (v.mentionTokens[mi]?.first ?? left) >= left);
    if (g.length) {
      d.actor = g;
      d.explain.push(`args: actor = ${rel}${p ? ` "${p}"` : ''} of the noun`);
      break;
    }
  }
}

/** The subject of the verb that governs the noun (or the measure of it) is its actor. */
function governingActor(v: SentenceView, t: Trigger, d: ArgDraft): void {
  // "launched ten days of war games", "began a series of talks": the act is measured out by
  // the noun the verb governs; it stands in the measure's place
  const m = measuredBy(v, t.i);
  const h = v.head[m] ?? -1;
  // "began a hunger strike yesterday": a parse that makes the act a compound of the day word
  // hangs the day word on the verb in the act's place
  const day = m !== t.i && DAYS.has(v.lower[m] ?? '');
  const rel = day && /^(obl|obj)/.test(v.deprel[m] ?? '') ? 'obj' : (v.deprel[m] ?? '');
  if (h >= 0 && (rel === 'obj' || rel === 'nsubj:pass')) {
    d.actor = syntacticSubject(v, h).group;
    if (d.actor.length) d.explain.push('args: actor = subject of the verb governing the noun');
  } else if (h >= 0 && rel.startsWith('obl') && caseOf(v, t.i) === 'on' && v.upos[h] === 'VERB') {
    // "troops remained on alert", "workers went on strike": the subject is in the state
    const s = syntacticSubject(v, h);
    if (!s.passive) d.actor = s.group;
    if (d.actor.length) d.explain.push('args: actor = subject of the verb "on" the noun hangs on');
  }
}

/** "negotiators return to Geneva this week for talks": those who travel for talks hold them. */
function travellerActor(v: SentenceView, t: Trigger, d: ArgDraft): void {
  const h = travelVerbAbove(v, t.i);
  const s = h >= 0 ? syntacticSubject(v, h) : null;
  if (s && !s.passive) d.actor = s.group;
  if (d.actor.length) d.explain.push(`args: actor = subject of "${v.lower[h]}", travelling for the meeting`);
}

/** A frame preposition on the noun, or the "of" party of an act of force whose actor is known. */
function nounRecipient(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  for (const c of dependents(v, t.i, 'nmod', 'acl')) {
    const p = caseOf(v, c);
    if (p && f.recPreps.includes(p)) {
      d.recipient = groupFromToken(v, c);
      if (d.recipient.length) {
        d.explain.push(`args: recipient = "${p}" modifier of the noun`);
        break;
      }
    }
  }
  if (!d.recipient.length && d.actor.length && OF_TARGET.has(t.info.plover ?? '')) {
    // "the blockade of Serbia", "its invasion of Kuwait": with the actor known, the "of" party
    // of an act of force is the one it is done to
    const actor = d.actor;
    for (const c of dependents(v, t.i, 'nmod')) {
      if (caseOf(v, c) !== 'of') continue;
      const g = groupFromToken(v, c).filter((mi) => !actor.includes(mi));
      if (g.length) {
        d.recipient = g;
        d.explain.push('args: recipient = "of" object of the act (its actor is known)');
      }
      break;
    }
  }
}

/** The parties of a noun trigger in a parsed sentence. */
export function parsedNounArgs(v: SentenceView, t: Trigger, f: ArgFrame, d: ArgDraft): void {
  modifierActor(v, t, d);
  if (!d.actor.length) governingActor(v, t, d);
  if (!d.actor.length && t.info.plover === 'CONSULT' && caseOf(v, t.i) === 'for') travellerActor(v, t, d);
  nounRecipient(v, t, f, d);
}
