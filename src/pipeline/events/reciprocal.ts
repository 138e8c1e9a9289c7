import type { CameoInfo } from '../../knowledge/events/index.js';
import type { ActorRef, Event } from '../../schema/output.js';

/** Types whose act, done by coordinated actors without a named recipient, is done with each other. */
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);

/**
 * Words of talks (CAMEO 046 negotiation, which PETRARCH codes both ways); a meeting "with" someone
 * ('met with', 'meeting with') is coded one way, the one who met as actor.
 */
const TALKS = /^(?:talks|held talks|hold talks|holds talks|negotiations?)$/i;

const key = (a: ActorRef) => `${a.code ?? ''}|${a.sector ?? ''}`;

/**
 * "France, Russia and Chile met": a meeting among coordinated actors with no recipient is mutual; so
 * is the intent of one ("Brazil and the United States are seeking to deepen a partnership", coded
 * AGREE by PLOVER's intent rule: `base` is the type of the act intended).
 */
export function isReciprocal(e: Event, base: string | null = null): boolean {
  const symmetric = SYMMETRIC.has(e.event) || (e.event === 'AGREE' && base !== null && SYMMETRIC.has(base));
  return symmetric && e.recipient.length === 0 && new Set(e.actor.filter((a) => a.code).map(key)).size >= 2;
}

/**
 * The ordered pairs of a reciprocal event: each coded actor acts toward each other one (event-data
 * dyads are directed, so "A and B met" is A→B and B→A). Returns the events without ids.
 */
export function reciprocalPairs(e: Event): Event[] {
  const seen = new Set<string>();
  const parties = e.actor.filter((a) => {
    const k = key(a);
    if (!a.code || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const out: Event[] = [];
  for (const a of parties)
    for (const b of parties)
      if (a !== b)
        out.push({
          ...e,
          actor: [a],
          recipient: [b],
          explain: [...(e.explain ?? []), 'args: coordinated actors with no recipient act toward each other'],
        });
  return out;
}

/**
 * "held talks with President Suleiman": talks "with" someone are talks of both, so PETRARCH codes
 * both directions ("met with Putin" only one: the subject met Putin). The reverse of a CONSULT whose single recipient follows
 * "with" in the text (`text` is the document text), else null.
 */
export function meetingWith(e: Event, text: string): Event | null {
  if (e.event !== 'CONSULT' || e.actor.length !== 1 || e.recipient.length !== 1) return null;
  if (!TALKS.test(e.eventText ?? '')) return null;
  const [a] = e.actor;
  const [r] = e.recipient;
  if (!a || !r?.code || key(a) === key(r)) return null;
  if (!/\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.start - 12), r.start))) return null;
  return {
    ...e,
    actor: [r],
    recipient: [a],
    explain: [...(e.explain ?? []), 'args: a meeting "with" someone is also theirs (reverse direction)'],
  };
}

/**
 * "Georgian demonstrators received ministers from the government", "Yeltsin hosted Hashimoto": hosting
 * a visit (CAMEO 043, host → visitor) is also the visit itself, which the PLOVER manual codes with the
 * visitor as actor and the host as recipient (CONSULT: "the visitor will always be coded as the actor";
 * CAMEO 042). The visit of a coded hosting event with named visitors, else null. Off by default (the
 * PLOVER gold standard codes the host as actor): context option `eventsHostedVisits: true`.
 */
export function hostedVisit(e: Event, visit: CameoInfo | undefined): Event | null {
  if (e.event !== 'CONSULT' || e.cameo !== '043' || !visit?.plover) return null;
  if (!e.actor.length || !e.recipient.some((r) => r.code || r.sector)) return null;
  return {
    ...e,
    event: visit.plover,
    mode: visit.mode,
    cameo: visit.code,
    goldstein: visit.goldstein,
    quadClass: visit.quadClass,
    actor: e.recipient,
    recipient: e.actor,
    explain: [...(e.explain ?? []), "args: hosting a visit is also the visitor's visit to the host (CAMEO 042)"],
  };
}
