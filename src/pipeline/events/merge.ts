import type { ActorRef, Place } from '../../schema/output.js';
import { placeRef } from './args.js';
import { partnerNamedBefore } from './located.js';
import { amended, type Pending } from './sentence.js';
import { backgroundOf } from './status-background.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

const TO_PLACE = new Set(['in', 'to', 'at', 'into']);

/**
 * "Its recent airstrikes … are targeting Taliban camps": a verb whose subject is an event noun of
 * the same type describes the same event; the noun keeps it, with the verb's recipient.
 */
export function mergeNounSubjects(v: SentenceView, pending: Pending[]): void {
  for (let a = 0; a < pending.length; a++) {
    const n = pending[a];
    if (n?.t.pos !== 'noun') continue;
    for (let b = a + 1; b < pending.length; b++) {
      const x = pending[b];
      if (x?.t.pos !== 'verb' || x.e.event !== n.e.event || x.t.i - n.t.last > 9) continue;
      const between = v.lower.slice(n.t.last + 1, x.t.i);
      if (between.some((w) => /^[;,.:"“”]$|^(that|which|who|and|but)$/.test(w))) continue;
      const subjectIsNoun = v.parsed && v.head[n.t.i] === x.t.i && /^nsubj/.test(v.deprel[n.t.i] ?? '');
      // else the verb's actor, if any, was picked from inside the noun's phrase
      const nounStart = v.tokens[n.t.i]?.start ?? 0;
      const verbStart = v.tokens[x.t.i]?.start ?? 0;
      const inside = x.e.actor.every((r) => r.start > nounStart && r.start < verbStart);
      if (!subjectIsNoun && !inside) continue;
      n.e = {
        ...n.e,
        recipient: n.e.recipient.length ? n.e.recipient : x.e.recipient,
        explain: [...(n.e.explain ?? []), `merged with "${x.e.eventText}" (the noun is its subject)`],
      };
      pending.splice(b, 1);
      break;
    }
  }
}

/**
 * "Qatar has pledged to expel …", "agreed to lift …": the intent verb and the act it announces are
 * one event. It keeps the verb's word, status and attribution (the pledge was made) and takes its
 * type and parties from the act (PLOVER: an intended cooperative act is AGREE, a conflictual one
 * THREATEN); the verb lends its parties where the act names none.
 */
export function yieldToIntended(pending: Pending[], yielded: ReadonlyMap<Trigger, Trigger>): void {
  for (let k = pending.length - 1; k >= 0; k--) {
    const c = pending[k];
    const gt = c ? [...yielded].find(([, x]) => x === c.t)?.[0] : undefined;
    const g = gt ? pending.find((p) => p.t === gt) : undefined;
    if (!c || !g) continue;
    if (!/^(AGREE|THREATEN|CONCEDE)$/.test(c.e.event)) {
      // an act promised as itself ("pledged to expel"): the act is the event, intended; the
      // promise lends its parties and attribution where the act names none
      c.e = {
        ...c.e,
        actor: c.e.actor.length ? c.e.actor : g.e.actor,
        recipient: c.e.recipient.length ? c.e.recipient : g.e.recipient,
        attributedTo: c.e.attributedTo ?? g.e.attributedTo,
        explain: [...(c.e.explain ?? []), `one act with "${g.e.eventText}": the promise is not coded apart`],
      };
      pending.splice(pending.indexOf(g), 1);
      continue;
    }
    g.e = {
      ...g.e,
      event: c.e.event,
      mode: c.e.mode,
      cameo: c.e.cameo,
      goldstein: c.e.goldstein,
      quadClass: c.e.quadClass,
      context: [...new Set([...g.e.context, ...c.e.context])],
      actor: c.e.actor.length ? c.e.actor : g.e.actor,
      recipient: c.e.recipient.length ? c.e.recipient : g.e.recipient,
      explain: [
        ...(g.e.explain ?? []),
        `one act with "${c.e.eventText}": coded as the intended act`,
        ...(c.e.explain ?? []).filter((x) => x.startsWith('PLOVER') || x.startsWith('lexicon')),
      ],
    };
    pending.splice(k, 1);
  }
}

/**
 * Background acts (relative clauses, participles modifying nouns, "during a visit") are not what
 * the sentence reports: they are dropped when the sentence codes another, foreground event.
 */
export function dropBackground(v: SentenceView, pending: Pending[]): void {
  // the condition of a threat or promise ("… unless Baghdad accepted its conditions") is not reported
  const bg = pending.map((p) =>
    p.e.status === 'hypothetical' && (p.e.explain ?? []).some((x) => x.includes('(if/unless)'))
      ? 'condition'
      : backgroundOf(v, p.t),
  );
  // the foreground must itself be reported as happening (not "if …", not a trailing "…, calling for")
  const solid = (p: Pending, k: number) =>
    bg[k] === null &&
    p.e.status !== 'hypothetical' &&
    p.e.status !== 'negated' &&
    !(p.t.pos === 'verb' && /ing$/.test(v.lower[p.t.i] ?? '') && /^(advcl|xcomp|acl)/.test(v.deprel[p.t.i] ?? ''));
  if (!pending.some(solid)) return;
  for (let k = pending.length - 1; k >= 0; k--) if (bg[k] !== null) pending.splice(k, 1);
}

/**
 * "Saddam Hussein arrived in Amman", "Obama will attend a summit in Switzerland": a meeting or visit
 * without a recipient is hosted by the country of the place it goes to (PLOVER CONSULT `visit`).
 */
export function hostRecipients(v: SentenceView, pending: Pending[], places: readonly Place[]): void {
  for (const p of pending) {
    if (p.e.event !== 'CONSULT' || p.e.recipient.length || !p.e.actor.length) continue;
    // "arrived in Amman on a surprise visit": a visit noun hanging on a verb of motion is hosted where
    // that verb goes
    const h = p.t.pos === 'noun' && v.parsed ? (v.head[p.t.i] ?? -1) : -1;
    const via = h >= 0 && h < p.t.i && v.upos[h] === 'VERB' && p.t.i - h <= 8 ? h : p.t.last;
    const from = v.tokens[via]?.end ?? 0;
    const limit = v.tokens[Math.min(v.tokens.length - 1, p.t.last + 8)]?.end ?? 0;
    const place = places.find(
      (x) => x.start >= from && x.start < limit && x.country && !p.e.actor.some((a) => a.code === x.country),
    );
    if (!place?.country) continue;
    const k = v.tokens.findIndex((t) => t.start === place.start);
    if (k <= 0 || !TO_PLACE.has(v.lower[k - 1] ?? '')) continue;
    // ("met with its advisers in Zenda": a partner named after "with" is whom it meets, party or not)
    if (partnerNamedBefore(v, p, place, p.t.last + 1)) continue;
    const host: ActorRef = placeRef(place);
    p.e = amended(p.e, { recipient: [host] }, `args: recipient = host country of "${place.text}"`);
  }
}
