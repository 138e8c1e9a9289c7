import type { ActorRef, Event } from '../../schema/output.js';

/** Types whose act, done by coordinated actors without a named recipient, is done with each other. */
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE']);

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
