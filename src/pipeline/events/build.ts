import type { CameoInfo } from '../../knowledge/events/index.js';
import type { ActorRef, Event, Place } from '../../schema/output.js';
import { agentlessPassive, weaponSubject } from './agentless.js';
import {
  type Args,
  complementSubject,
  findArgs,
  frontedClauseSubject,
  noneOfAt,
  underBefore,
  weaponFiredBy,
} from './args.js';
import { NO_RECIPIENT } from './args-draft.js';
import { UNDERGONE_WHY } from './args-undergo.js';
import { sufferedPredicate } from './args-undergone.js';
import { conditionalThreat, intentInfo, preparedForce, promisedAct, threatInfo } from './intent.js';
import { fromParty, issuingCapital, nearestPlace } from './places.js';
import { responsibilityClaimer, unidentifiedActor } from './responsibility.js';
import { amended, type Pending, type SentenceState } from './sentence.js';
import { type StatusResult, statusOf } from './status.js';
import { complementStart, type Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** "X received arms from Y": Y does the act (actor) and the subject X receives it (recipient). */
function converseArgs(v: SentenceView, t: Trigger, places: readonly Place[]): Args {
  const a = findArgs(v, t);
  const giver = fromParty(v, t.last, places);
  if (!giver)
    return { actor: [], recipient: [], explain: [...a.explain, 'args: no giver ("from") for a converse verb'] };
  return {
    actor: [giver],
    recipient: a.actor.filter((x) => x.start !== giver.start),
    explain: ['args: converse verb: actor = "from" object, recipient = subject'],
  };
}

/** The parties the parse (or word order) gives each trigger of the sentence. */
export function triggerArgs(
  v: SentenceView,
  triggers: readonly Trigger[],
  places: readonly Place[],
): Map<Trigger, Args> {
  return new Map<Trigger, Args>(
    triggers.map((t) => [t, t.entry.converse ? converseArgs(v, t, places) : findArgs(v, t)]),
  );
}

function confidence(t: Trigger, args: Args, parsed: boolean): number {
  let c = 0.45;
  if (t.entry.id.startsWith('core:')) c += 0.15;
  if (t.explain.some((x) => x.startsWith('pattern'))) c += 0.1;
  if (args.actor.length) c += 0.15;
  if (args.recipient.length) c += 0.05;
  if (parsed) c += 0.05;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

/**
 * "were killed in Israeli shelling": the act of force the passive swallows as its complement, whose
 * doer is the doer of the act (undefined when there is none).
 */
function meansOf(s: SentenceState, t: Trigger, st: StatusResult, recipient: readonly ActorRef[]): Trigger | undefined {
  const { v, lex, triggers, args } = s;
  return recipient.length > 0 &&
    t.info.quadClass === 4 &&
    (st.status === 'asserted' || st.status === 'historical') &&
    agentlessPassive(v, t, lex.cues)
    ? triggers.find(
        (x) =>
          x !== t &&
          x.info.quadClass === 4 &&
          x.i > t.last &&
          ((x.i - t.last <= 5 && v.lower.slice(t.last + 1, x.i).some((w) => w === 'in' || w === 'by')) ||
            weaponFiredBy(v, t.i, x.i, lex.cues.weapons)) &&
          (args.get(x)?.actor.length ?? 0) > 0 &&
          statusOf(v, triggers, x, lex.cues, s.published).governor.trigger === t,
      )
    : undefined;
}

/** Nouns of trying whose infinitive is the act tried ("an attempt to assassinate X"). */
const ATTEMPTS = new Set(['attempt', 'attempts', 'plot', 'plots', 'bid', 'conspiracy']);

/**
 * "An attempt to assassinate the governor was thwarted": an act of force that is the infinitive of
 * an attempt no one is named as making (no possessor, modifier or "by" party) has an unknown doer.
 */
function unownedAttempt(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lower[t.i - 1] !== 'to' || !ATTEMPTS.has(v.lower[t.i - 2] ?? '')) return false;
  const n = t.i - 2;
  if (!v.parsed) return (v.mentionAt[n - 1] ?? -1) < 0 && (v.possessorAt[n - 1] ?? -1) < 0;
  if (v.head[t.i] !== n) return false;
  return !(v.children[n] ?? []).some(
    (c) =>
      (v.mentionAt[c] ?? -1) >= 0 ||
      (v.possessorAt[c] ?? -1) >= 0 ||
      (v.deprel[c] === 'nmod' && (v.children[c] ?? []).some((k) => v.lower[k] === 'by')),
  );
}

/**
 * An act of force on a named party in an agentless passive keeps its unknown actor ("killed in
 * Israeli shelling", "killed in riots": an event noun with its actor is the event, not its result).
 */
function victimOnlyAct(s: SentenceState, t: Trigger, st: StatusResult, recipient: readonly ActorRef[]): boolean {
  const { v, lex, triggers, args } = s;
  return (
    recipient.length > 0 &&
    t.info.quadClass === 4 &&
    (st.status === 'asserted' || st.status === 'historical') &&
    (agentlessPassive(v, t, lex.cues) || weaponSubject(v, t, lex.cues) || unownedAttempt(v, t)) &&
    !triggers.some(
      (x) =>
        x !== t &&
        (args.get(x)?.actor.length ?? 0) > 0 &&
        (x.info.plover === t.info.plover ||
          (x.pos === 'noun' && x.i > t.last && x.i - t.last <= 5 && v.lower.slice(t.last + 1, x.i).includes('in'))),
    )
  );
}

interface Parties {
  actor: ActorRef[];
  recipient: ActorRef[];
  /** The party claiming responsibility for the act, its actor. */
  claimer: ActorRef | null;
  /** The actor is the state whose capital issued the text that is the verb's subject. */
  issued: boolean;
}

/**
 * The trigger's actor and recipient after the fix-ups the parse alone does not make (accused,
 * reported demands, the doer of the means, responsibility claims, unidentified doers); null when the
 * event has no actor and is not coded. Explanations are added to `a.explain`.
 */
function partiesOf(s: SentenceState, t: Trigger, st: StatusResult, a: Args): Parties | null {
  const { v, lex } = s;
  // "The attacks at the U.S. embassies in Nairobi killed 257 people": when the subject is the attack or
  // weapon itself, a party named before it by word order is no doer
  const weaponDone = weaponSubject(v, t, lex.cues) && a.explain.some((x) => x.startsWith('args (word order): actor'));
  let actor = weaponDone ? [] : a.actor;
  let recipient = a.recipient;
  if (t.entry.role === 'accuse' && !recipient.length && t.pos === 'verb') {
    // "alleged that the U.S. is transferring …": the accused is the subject of the claim
    const c = complementStart(v, t.last);
    if (c >= 0) recipient = complementSubject(v, c).filter((r) => !actor.some((x) => x.start === r.start));
    // ("alleging he was a victim of racial profiling": a subject that suffers the act is no accused)
    const end = recipient.reduce((m, r) => Math.max(m, r.end), 0);
    const after = recipient.length ? v.tokens.findIndex((x) => x.start >= end) : -1;
    if (after >= 0 && sufferedPredicate(v, after)) {
      recipient = [];
      a.explain.push(`${NO_RECIPIENT}: the subject of the alleged clause suffers the act, no accused`);
    }
    if (recipient.length) a.explain.push('args: recipient = subject of the alleged clause');
  }
  if (
    t.info.plover === 'ACCUSE' &&
    (t.entry.role === 'accuse' || t.entry.clause) &&
    !recipient.length &&
    t.pos === 'verb'
  ) {
    // "Russian troops violated the truce, Ukraine charged": the subject of the fronted content
    recipient = frontedClauseSubject(v, t.i, actor);
    if (recipient.length) a.explain.push('args: recipient = subject of the clause before the accusation');
  }
  if (t.entry.id.startsWith('rule:reported-')) {
    // the speaker demands; the subject of "must" is asked — the speech whose content holds the trigger,
    // wherever its cue stands ('"…," Trump said'), else a cue before it
    const sp = s.speeches.find((x) => t.i >= x.from && t.i <= x.to) ?? s.speeches.find((x) => x.cue < t.i);
    recipient = actor;
    actor = sp?.speaker?.code || sp?.speaker?.sector ? [sp.speaker] : [];
  }
  // "were killed in Israeli shelling": the doer of the attack the victims fell in (an act of force
  // the passive swallows as its complement) is the doer of the act
  const means = actor.length ? undefined : meansOf(s, t, st, recipient);
  if (means) {
    actor = (s.args.get(means)?.actor ?? []).filter((x) => !recipient.some((r) => r.start === x.start));
    if (actor.length) a.explain.push(`args: actor = the doer of the "${v.lower[means.i]}" the act was done in`);
  }
  const victimOnly = victimOnlyAct(s, t, st, recipient);
  let issued = false;
  if (!actor.length && t.pos === 'verb' && (t.info.quadClass === 1 || t.info.quadClass === 3)) {
    // "A report released in the Sylvanian capital alleged …": the text speaks for the capital's state
    // (its allegation is made, not merely claimed: the report is its voice, not a source)
    const issuer = issuingCapital(v, t.i, s.places);
    if (issuer) {
      issued = true;
      actor = [issuer];
      a.explain.push(`args: actor = the state whose capital issued the text ("${issuer.actorText}")`);
    }
  }
  if (!actor.length && t.pos === 'noun' && underBefore(v, t.i) >= 0) {
    // "Egypt is under pressure from the United States": the "from" party, a place the mentions
    // missed, is who presses
    const from = fromParty(v, t.last, s.places, 4);
    if (from && !recipient.some((r) => r.start === from.start)) {
      actor = [from];
      a.explain.push(`args: actor = the party the pressure is from ("${from.actorText}")`);
    }
  }
  if (!actor.length && recipient.length && a.explain.some((x) => x.startsWith(UNDERGONE_WHY))) {
    // "Poland has received backing from Germany": the "from" party, a place the mentions missed, gives it
    const from = fromParty(v, t.last, s.places, 3);
    if (from && !recipient.some((r) => r.start === from.start || (r.code && r.code === from.code))) {
      actor = [from];
      a.explain.push(`args: actor = the party the act is received from ("${from.actorText}")`);
    }
  }
  // "X claimed responsibility for the bombing": X is the actor of the act it claims
  const claimer = actor.length ? null : responsibilityClaimer(v, t);
  if (claimer) {
    actor = [claimer];
    a.explain.push(`args: actor = the party claiming responsibility ("${claimer.actorText}")`);
  }
  if (!actor.length && (t.pos === 'noun' || s.opts.actorless !== true) && !victimOnly) return null;
  if (!actor.length && victimOnly) {
    // PLOVER codes the doer of an act of force the text does not name as unidentified (UNK),
    // of the country where the act happens
    // (not a place word inside a party's name: "the bombings of U.S. embassies")
    const place = nearestPlace(
      v,
      t.i,
      t.last,
      s.places,
      (x) =>
        recipient.some((r) => r.start <= x.start && x.end <= r.end) ||
        noneOfAt(v, x.start) ||
        v.mentions.some((m) => m.start <= x.start && x.end <= m.end && m.end - m.start > x.end - x.start),
    );
    actor = [{ ...unidentifiedActor(v, t, lex.cues.weapons), code: place?.country ?? null }];
    a.explain.push(
      `args: actor unidentified (PLOVER sector UNK)${place?.country ? `, of the country of "${place.text}"` : ''}`,
    );
  }
  return { actor, recipient, claimer, issued };
}

/**
 * The event type and status after intent and negation: a refusal is REJECT, a possible act of force
 * a threat, an intended act its PLOVER intent type (AGREE, THREATEN, …). Explanations go to `explain`.
 */
function retype(
  s: SentenceState,
  t: Trigger,
  st: StatusResult,
  status0: Event['status'],
  explain: string[],
): { info: CameoInfo; status: Event['status'] } {
  const { v, lex } = s;
  let info = t.info;
  let status = status0;
  if (status === 'negated' && st.intent && (info.quadClass === 1 || info.quadClass === 2)) {
    // "will not accept", "would not meet": a refusal, which PLOVER codes as REJECT
    const rej = lex.cameo.get('120');
    if (rej?.plover) {
      explain.push(`PLOVER: refused ${info.plover} ("will/would not") coded as REJECT`);
      info = rej;
      status = 'asserted';
    }
  } else if (status === 'hypothetical' && st.intent && info.quadClass === 4 && t.entry.role === 'event') {
    const ti = intentInfo(info, lex);
    if (ti?.plover === 'THREATEN') {
      explain.push(`PLOVER: possible ${info.plover} ("may/could") coded as THREATEN (CAMEO ${ti.code})`);
      info = ti;
      status = 'asserted';
    }
  } else if (st.intent && status !== 'hypothetical' && t.entry.role === 'event') {
    const conditional = conditionalThreat(v, t.last + 1);
    const mobilize = conditional ? null : preparedForce(v, st.intentCue, info, lex);
    const promised = !conditional && !mobilize && promisedAct(v, st.yields?.i ?? st.intentCue, info);
    const ii = conditional
      ? threatInfo(info, lex)
      : promised
        ? null
        : (mobilize ?? intentInfo(info, lex, s.opts.futureConcede === true));
    if (promised)
      explain.push(`PLOVER: ${info.plover} promised ("${v.lower[st.yields?.i ?? st.intentCue ?? t.i]}") is no threat`);
    if (conditional && ii?.plover) explain.push('PLOVER: an intended act conditional on "unless" is a threat');
    if (mobilize) {
      // the preparation is under way: it is reported, not intended
      explain.push('PLOVER: preparing an act of force is a military move short of force');
      status = 'asserted';
    }
    if (ii?.plover) {
      explain.push(`PLOVER: intended ${info.plover} coded as ${ii.plover} (CAMEO ${ii.code})`);
      info = ii;
    }
  }
  return { info, status };
}

/**
 * "The US claimed that ISIL had attacked Iraq": claiming or alleging (a verb that is no event of its
 * own) that someone did a conflictual act accuses them of it (PETRARCH codes ACCUSE claimant →
 * accused). `claimToken` is the claim verb governing `e` (-1 when none); the claimant is the speaker
 * `e` is attributed to. Null when any part is missing.
 */
function claimAccusation(s: SentenceState, e: Event, claimToken: number): Event | null {
  const { v, lex } = s;
  if (claimToken < 0 || e.status !== 'claimed' || (e.quadClass ?? 0) < 3 || !e.actor.length) return null;
  if (v.parsed && v.upos[claimToken] !== 'VERB') return null;
  const by = e.attributedTo;
  if (!by || !(by.code || by.sector) || e.actor.some((a) => a.start === by.start)) return null;
  const info = lex.cameo.get('112');
  const tok = v.tokens[claimToken];
  if (!info?.plover || !tok) return null;
  return {
    ...e,
    event: info.plover,
    mode: info.mode,
    cameo: info.code,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    actor: [by],
    recipient: e.actor,
    status: 'asserted',
    attributedTo: null,
    eventText:
      v.lower[claimToken] === undefined ? '' : v.text.slice(tok.start - v.sentence.start, tok.end - v.sentence.start),
    trigger: { start: tok.start, end: tok.end },
    explain: [
      `rule: claiming that "${e.eventText}" was done accuses its actor (CAMEO ${info.code})`,
      `args: actor = the claimant, recipient = the actor of the claimed act`,
    ],
  };
}

/**
 * The event of one trigger (status → parties → intent re-typing → attribution → Event), with the
 * accusation a claim of it makes; null when it is not coded (swallowed, no actor, no PLOVER type, or
 * a duplicate of an event in `seen`). Records swallowed complements in `s.swallowed` and intent verbs
 * yielding to the act they announce in `yielded`.
 */
export function buildEvent(
  s: SentenceState,
  t: Trigger,
  seen: Map<string, Pending>,
  yielded: Map<Trigger, Trigger>,
  released = false,
): { pending: Pending; charge: Event | null } | null {
  const { v, lex, triggers } = s;
  const st0 = statusOf(v, triggers, t, lex.cues, s.published);
  if (st0.swallowed && !released) {
    if (st0.governor.trigger)
      s.swallowed.set(st0.governor.trigger, [...(s.swallowed.get(st0.governor.trigger) ?? []), t]);
    return null;
  }
  // a complement released by its uncoded governor stands for it: the governor's status is its own
  const st =
    released && st0.governor.trigger
      ? { ...st0, swallowed: false, explain: [...st0.explain, 'coded for its governor, which names no actor'] }
      : st0;
  const a = s.args.get(t) ?? { actor: [], recipient: [], explain: [] };
  const parties = partiesOf(s, t, st, a);
  if (!parties) {
    s.partyless.add(t);
    return null;
  }
  const { recipient, claimer } = parties;
  let actor = parties.actor;
  const explain = [...t.explain, ...a.explain, ...st.explain];
  const { info, status } = retype(s, t, st, claimer ? 'claimed' : parties.issued ? 'asserted' : st.status, explain);
  const plover = info.plover;
  if (!plover) return null;
  if (st.yields && (plover === 'AGREE' || plover === 'THREATEN' || plover === 'CONCEDE' || status === 'intended'))
    yielded.set(st.yields, t);
  const gov = st.governor.trigger;
  // the accused is the actor of a claimed event when the parse gave none
  if (!actor.length && gov && (st.status === 'claimed' || st.status === 'denied')) {
    const ga = s.args.get(gov);
    actor = st.status === 'claimed' ? (ga?.recipient ?? []) : (ga?.actor ?? []);
  }
  const dedupe = `${plover}|${actor.map((x) => x.start).join(',')}|${status}`;
  const same = seen.get(dedupe);
  if (same) {
    // "US drone strikes, occurring weekly, have killed al-Qaeda leaders": the same act told twice by
    // one actor; the telling that names whom it is done to lends its recipient to the one coded
    // (a recipient guessed from word order is not lent)
    const guessed = a.explain.some((x) => x.startsWith('args (word order): recipient'));
    if (!same.e.recipient.length && recipient.length && !guessed)
      same.e = amended(same.e, { recipient }, `args: recipient from "${v.lower[t.i]}", the same act`);
    return null;
  }
  let attributedTo: ActorRef | null = null;
  const sp = s.speeches.find((x) => t.i >= x.from && t.i <= x.to);
  if (sp?.speaker) {
    attributedTo = sp.speaker;
    explain.push(`attributed to "${sp.speaker.actorText}" (speech cue "${v.lower[sp.cue]}")`);
  }
  if (status === 'claimed' && gov) attributedTo = s.args.get(gov)?.actor[0] ?? attributedTo;
  if (claimer) attributedTo = claimer;
  const first = v.tokens[t.i === t.last ? t.i : Math.min(t.i, t.last)];
  const lastTok = v.tokens[Math.max(t.i, t.last)];
  if (!first || !lastTok) return null;
  const trigger = { start: Math.min(first.start, v.tokens[t.i]?.start ?? first.start), end: lastTok.end };
  const context = [...new Set([...(t.entry.context.length ? t.entry.context : info.context), ...s.contexts])];
  const e: Event = {
    id: '',
    event: plover,
    mode: (info === t.info ? t.entry.mode : null) ?? info.mode,
    context,
    cameo: info.code,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    actor,
    recipient,
    status,
    attributedTo,
    eventText: s.text.slice(trigger.start, trigger.end),
    trigger,
    sentence: v.index,
    text: v.text,
    date: null,
    eventLoc: null,
    confidence: confidence(t, a, v.parsed),
    explain,
  };
  const pending: Pending = { t, e, gov };
  seen.set(dedupe, pending);
  return { pending, charge: claimAccusation(s, e, st.governor.trigger ? -1 : st.governor.claimToken) };
}
