import type { ActorRef, Event } from '../../schema/output.js';

/** The recipient stands for the actor's own side: the same code, and no sector of its own or the actor's. */
function ownSide(r: ActorRef, actor: readonly ActorRef[]): boolean {
  return r.code !== null && actor.some((a) => a.code === r.code && (r.sector === null || r.sector === a.sector));
}

/**
 * "China is investing in Pakistan … linking the two countries": in a list of recipients that names
 * other parties too, the actor's own state or group (same code, and the same sector or none) is
 * not one it acts on, and is dropped; a domestic recipient of another sector stays ("the government
 * arrested opposition leaders": RUS GOV → RUS OPP), and so does a recipient that is the actor's
 * side alone.
 */
export function withoutOwnRecipient(e: Event): Event {
  if (expelledOwn(e)) return noneExpelled(e);
  if (!e.actor.length || !e.recipient.some((r) => ownSide(r, e.actor))) return e;
  const recipient = e.recipient.filter((r) => !ownSide(r, e.actor));
  // (a recipient that is the actor's side alone stays: "the government lifted the curfew in Sudan"
  // is SDN GOV → SDN in PLOVER's own coding)
  if (!recipient.some((r) => r.code !== null)) return e;
  const dropped = [...new Set(e.recipient.filter((r) => ownSide(r, e.actor)).map((r) => r.code))].join('+');
  return {
    ...e,
    recipient,
    explain: [...(e.explain ?? []), `args: recipient ${dropped} dropped: the actor's own side`],
  };
}

/** CAMEO codes of sending people out of the country: expelling (166) and deporting (174). */
const EXPULSION = new Set(['166', '174']);

/**
 * "The U.S. has expelled 60 diplomats": those a state expels or deports are foreigners, so a recipient
 * given the actor's own country (from the sentence, "60 diplomats" USA) is no recipient; unlike other
 * acts, even when it is the only one.
 */
function expelledOwn(e: Event): boolean {
  const state = e.actor.filter((a) => a.code !== null && /^(GOV|MIL|COP|SPY)?$/.test(a.sector ?? ''));
  return (
    EXPULSION.has(e.cameo ?? '') &&
    state.length > 0 &&
    e.recipient.length > 0 &&
    e.recipient.every((r) => state.some((a) => a.code === r.code))
  );
}

function noneExpelled(e: Event): Event {
  const dropped = [...new Set(e.recipient.map((r) => r.code))].join('+');
  return {
    ...e,
    recipient: [],
    explain: [...(e.explain ?? []), `args: recipient ${dropped} dropped: a state expels no one of its own`],
  };
}
