import type { Mention } from '../../schema/output.js';
import { AGAINST_TYPES, type Args, eachState } from './args.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** What a trigger's entry asks of its recipient: the prepositions that introduce it, an object. */
export interface ArgFrame {
  readonly frame: Trigger['entry']['recipient'];
  readonly recPreps: readonly string[];
  readonly wantObj: boolean;
}

/** The parties found so far (indexes into the view's mentions) and the reasons, in order. */
export interface ArgDraft {
  actor: number[];
  recipient: number[];
  readonly explain: string[];
  /** A past participle modifying a noun ("the rebels accused of …"): the noun is acted on. */
  passiveParse: boolean;
  /** No recipient is to be looked for further (the words after the trigger belong to another verb). */
  closed?: boolean;
}

/** How an explanation says that an event takes no recipient, so later steps look for none. */
export const NO_RECIPIENT = 'args: no recipient';

/** The recipient frame of a trigger. */
export function argFrame(t: Trigger): ArgFrame {
  const frame = t.entry.recipient;
  // "launched rocket fire against guerrilla camps": an act of force or a threat is directed at
  // whatever its "against" phrase names, whatever prepositions its entry lists
  const against = AGAINST_TYPES.has(t.info.plover ?? '') && frame !== 'none' && !frame.includes('against');
  const recPreps = frame === 'none' ? [] : [...frame.filter((x) => x !== 'obj'), ...(against ? ['against'] : [])];
  const wantObj = frame !== 'none' && frame.includes('obj');
  return { frame, recPreps, wantObj };
}

/** The draft's parties as references, the actor's own mentions left out of the recipient. */
export function draftToArgs(v: SentenceView, d: ArgDraft): Args {
  const a = d.actor.map((mi) => v.mentions[mi]).filter((m): m is Mention => Boolean(m));
  const actorKeys = new Set(a.map((m) => `${m.start}`));
  // the same actor again (same code and sector: "it", "the country") is not a recipient; a domestic
  // counterpart (government vs parliament of one country) is
  const actorKinds = new Set(a.map((m) => `${m.code}|${m.sector}`));
  // (two private parties of one country are two parties: "X's father asked his relatives to …")
  const other = (m: Mention) =>
    m.sector === 'CVL' && m.kind !== 'pronoun' && a.every((x) => x.actorText !== m.actorText);
  const r = d.recipient
    .map((mi) => v.mentions[mi])
    .filter(
      (m): m is Mention =>
        Boolean(m) &&
        !actorKeys.has(`${m?.start}`) &&
        !(m?.code && actorKinds.has(`${m.code}|${m.sector}`) && a.length === 1 && !other(m)),
    );
  return { actor: a.flatMap(eachState), recipient: r.flatMap(eachState), explain: d.explain };
}
