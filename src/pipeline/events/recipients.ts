import type { ActorRef, Event, Quote } from '../../schema/output.js';
import { type Args, conditionParty, nextMention, rightGroup, toRef } from './args.js';
import { unnamedAsked } from './args-addressee.js';
import { NO_RECIPIENT } from './args-draft.js';
import { proposalOwner, RULES } from './places.js';
import { actSpeech, toQuote } from './quotes.js';
import { goodsOrigin, ON_GOODS } from './recipients-goods.js';
import { amended, type Pending, type SentenceState } from './sentence.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Subordinators of time, cause and contrast: what follows them is not an event's complement. */
const ADVERBIAL = new Set([
  'before',
  'after',
  'while',
  'when',
  'because',
  'since',
  'although',
  'though',
  'whereas',
  ';',
]);
/** Verbal acts that are also a stance toward what they are about (quotes as well as events). */
const STANCE = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
const ANY_PREP = ['with', 'between', 'about', 'over', 'among', 'toward', 'towards'];

/** A verbal act is a stance of its actor too (PolNeAR attributions): a quote unless a speech cue made one. */
export function stanceQuotes(s: SentenceState, pending: readonly Pending[], quotes: Quote[]): void {
  for (const p of pending) {
    const by = p.e.actor[0];
    if (p.t.pos !== 'verb' || !by || !STANCE.has(p.e.event) || s.speeches.some((x) => x.cue === p.t.i)) continue;
    // investigating, defying a law or signing a document are acts, not stances toward their object
    if (/^(09|128|057)/.test(p.e.cameo ?? '')) continue;
    const sp = actSpeech(s.v, p.t.i, by);
    const q = sp ? toQuote(s.v, sp) : null;
    if (q) quotes.push(q);
  }
}

/** The first mention with a possessive "'s" after token `from` in the clause, not the actor. */
function possessorAfter(v: SentenceView, from: number, actor: readonly ActorRef[]): ActorRef | null {
  for (let k = from; k < Math.min(v.lower.length, from + 12); k++) {
    const w = v.lower[k] ?? '';
    if (/^[,;:.]$/.test(w) || /^(that|which|who|while|because|but|after|before|when)$/.test(w)) return null;
    const mi = v.mentionAt[k] ?? -1;
    const m = mi >= 0 ? v.mentions[mi] : undefined;
    const last = mi >= 0 ? (v.mentionTokens[mi]?.last ?? k) : k;
    if (
      m &&
      /^['’]s$/.test(v.lower[last + 1] ?? '') &&
      !actor.some((a) => a.start === m.start || (a.code && a.code === m.code))
    )
      return toRef(m);
    if (m) k = last;
  }
  return null;
}

/** The actor of an accusation noun that is the object of the verb at i ("denied accusations by Ukraine"). */
function accuserOf(
  v: SentenceView,
  i: number,
  triggers: readonly Trigger[],
  args: ReadonlyMap<Trigger, Args>,
  actor: readonly ActorRef[],
): ActorRef[] {
  for (const o of v.children[i] ?? []) {
    if (v.deprel[o] !== 'obj') continue;
    const x = triggers.find((t) => t.i === o && t.pos === 'noun' && t.entry.role === 'accuse');
    const by = x ? (args.get(x)?.actor ?? []) : [];
    const out = by.filter((r) => !actor.some((a) => a.start === r.start || (a.code !== null && a.code === r.code)));
    if (out.length) return out;
  }
  return [];
}

/** The verb at i has a pronoun subject that names no actor ("it must cooperate" with "it" unresolved). */
const unresolvedSubject = (v: SentenceView, i: number): boolean =>
  (v.children[i] ?? []).some(
    (k) => /^nsubj/.test(v.deprel[k] ?? '') && v.upos[k] === 'PRON' && (v.mentionAt[k] ?? -1) < 0,
  );

/** `e` directed at `r`, with `why` added to its explanation. */
const directed = (e: Event, r: ActorRef[], why: string): Event => amended(e, { recipient: r }, why);

/**
 * "rejected a U.S. request": a response to a proposal is directed at its author (the parse says
 * so; a recipient guessed from word order, "… proposal for talks with X", yields to it).
 */
function proposalRecipient(s: SentenceState, p: Pending): Event | null {
  const { v, lex } = s;
  const guessed = (p.e.explain ?? []).some((x) => x.startsWith('args (word order): recipient'));
  const owner =
    (!p.e.recipient.length || guessed) && p.e.status !== 'claimed' && p.e.status !== 'denied' && p.t.pos === 'verb'
      ? proposalOwner(
          v,
          p.t.i,
          s.places,
          // "violated a ban by General X": a rejection of a rule is directed at its author
          p.e.event === 'REJECT' ? new Set([...lex.cues.proposal, ...RULES]) : lex.cues.proposal,
        )
      : null;
  // "Egypt repeated its call …": the actor's own proposal is not directed at itself
  const own = (a: ActorRef): boolean =>
    a.start === owner?.start || (a.code !== null && a.code === owner?.code && a.sector === owner?.sector);
  if (!owner || p.e.actor.some(own)) return null;
  return {
    ...p.e,
    recipient: [owner],
    explain: [
      ...(p.e.explain ?? []).filter((x) => !x.startsWith('args (word order): recipient')),
      `args: recipient = author of the proposal ("${owner.actorText}")`,
    ],
  };
}

/**
 * "complained to the UN over Israeli air raids": the party criticised is the doer of the act the
 * criticism is about, not the one it is addressed to.
 */
function criticisedOf(s: SentenceState, p: Pending): ActorRef[] {
  return p.e.event === 'ACCUSE' &&
    (!p.e.recipient.length || (p.e.explain ?? []).includes('args: recipient = "to" object'))
    ? (s.swallowed.get(p.t) ?? [])
        .filter((c) => c.info.quadClass === 4)
        .flatMap((c) => s.args.get(c)?.actor ?? [])
        .filter((x) => !p.e.actor.some((a) => a.start === x.start || (a.code && a.code === x.code)))
    : [];
}

/** "agreed to provide aid for Romania": the recipient is in the complement the event swallowed. */
function complementRecipient(s: SentenceState, p: Pending): Event | null {
  const { v, args } = s;
  // ("called on all states to cooperate with X": the one asked is named, no party; X is not it)
  if (p.e.event === 'REQUEST' && p.t.pos === 'verb' && unnamedAsked(v, p.t.last)) return null;
  for (const c of s.swallowed.get(p.t) ?? []) {
    // "demanded a truce before allowing U.N. aid": an adverbial clause is no complement
    // ("will convene sessions as protesting teachers continue to demand …": nor one opened by "as")
    // (nor a means opened by "by": "sought peace by promising to withdraw and release soldiers")
    const opens = (k: number) =>
      ADVERBIAL.has(v.lower[k] ?? '') ||
      (v.lower[k] === 'as' && v.parsed && /^mark/.test(v.deprel[k] ?? '')) ||
      (v.lower[k] === 'by' && /^VBG$/.test(v.xpos[k + 1] ?? ''));
    if (Array.from({ length: Math.max(0, c.i - p.t.last - 1) }, (_, n) => p.t.last + 1 + n).some(opens)) continue;
    // "called the escalation the dumbest way to punish China", "denounced plans to expel Y's envoys":
    // a criticism is directed at the doer of what it judges, not at whom that act is done to
    if (p.e.event === 'ACCUSE' && c.pos === 'verb' && v.lower[c.i - 1] === 'to') continue;
    // "demanded that Turkey withdraw": the party asked is the subject of the demanded act
    // ("condemned the bombing of the embassies and called on all states to cooperate": a party named
    // before the call, found for the demanded act by word order, is not the one asked)
    // (nor is the one the asked party is to act on or with: "… to cooperate with the authorities")
    const callEnd = v.tokens[p.t.last]?.end ?? 0;
    const asked =
      p.e.event === 'REQUEST'
        ? (args.get(c)?.actor ?? []).filter((x) => !p.e.actor.some((a) => a.start === x.start))
        : [];
    if (asked.length && asked.every((x) => x.start < callEnd)) continue;
    // "a reminder to Iraq that it must cooperate with UN inspectors": the party asked is an
    // unresolved pronoun, so whom the demanded act is done with is no recipient
    if (p.e.event === 'REQUEST' && !asked.length && unresolvedSubject(v, c.i)) continue;
    const r = asked.length ? asked : (args.get(c)?.recipient ?? []);
    // the complement's own preposition frame is unknown here: any non-locative one may lead to it
    // (the actor itself again, "linking the two countries", is no recipient)
    // nor are its own units ("a call for its peacekeepers to be deployed")
    const rec = (r.length ? r : nextMention(v, c.last + 1, p.e.actor, 10, false, ANY_PREP)).filter(
      (x) =>
        !p.e.actor.some(
          (a) =>
            a.start === x.start ||
            (a.code && a.code === x.code && (a.sector === x.sector || /^(its|their|his|her|our)\s/i.test(x.actorText))),
        ),
    );
    if (rec.length) return directed(p.e, rec, 'args: recipient from the complement');
  }
  return null;
}

/** Acts that answer the other side of talks they follow ("called off the strike after talks with X"). */
const ANSWERS = /^(?:AGREE|CONCEDE|RETREAT|REJECT)$/;
const TALKS = /^(?:talks|negotiations|deliberations|consultations|meetings?|discussions)$/;

/**
 * "called off a four-day strike after deliberations with the government": the party of the talks an
 * agreement, concession, retreat or rejection follows (in its clause after the trigger), or none.
 */
function talksParty(v: SentenceView, from: number, actor: readonly ActorRef[]): ActorRef[] {
  for (let k = from; k < Math.min(v.lower.length, from + 14); k++) {
    const w = v.lower[k] ?? '';
    if (/^[;:.“”"]$/.test(w)) return [];
    if (w !== 'after' && w !== 'following') continue;
    // "after two days of talks with", "after lengthy negotiations with"
    for (let j = k + 1; j <= k + 5; j++) {
      if (!TALKS.test(v.lower[j] ?? '')) continue;
      if (v.lower[j + 1] !== 'with') return [];
      return rightGroup(v, j + 2, 2, true)
        .map((mi) => v.mentions[mi])
        .filter((m): m is NonNullable<typeof m> => Boolean(m) && !actor.some((a) => a.start === m?.start))
        .map(toRef);
    }
    return [];
  }
  return [];
}

/** "called off the strike after talks with X": an answer with no recipient yet is directed at X. */
function talksRecipient(s: SentenceState, p: Pending): void {
  if (p.e.recipient.length || !p.e.actor.length || !ANSWERS.test(p.e.event)) return;
  const party = talksParty(s.v, p.t.last + 1, p.e.actor);
  if (party.length) p.e = directed(p.e, party, 'args: recipient = the other side of the talks the act follows');
}

/**
 * "The French strikes support Mali in …": an act noun that is the subject of a verb coded as an act
 * of another kind does that act; the parties after it are that verb's, not the noun's.
 */
function subjectOfOtherAct(s: SentenceState, p: Pending): boolean {
  const { v } = s;
  const { t } = p;
  if ((p.e.explain ?? []).some((x) => x.startsWith(NO_RECIPIENT))) return true;
  if (!v.parsed || t.pos !== 'noun' || !/^nsubj/.test(v.deprel[t.i] ?? '')) return false;
  const h = v.head[t.i] ?? -1;
  return h > t.i && s.triggers.some((x) => x.i === h && x.pos === 'verb' && x.info.plover !== t.info.plover);
}

/** Nouns of a charge or report that a denial answers. */
const CHARGES =
  /^(allegation|allegations|accusation|accusations|charge|charges|claim|claims|report|reports|rumou?r|rumou?rs|suggestion|suggestions|assertion|assertions)$/;

/**
 * "rejects allegations of arming the Houthis": a denial of a charge is directed at those who make it
 * (found elsewhere, when named: "denied accusations by Ukraine"), never at a party inside what is charged.
 */
function answersCharge(s: SentenceState, p: Pending): boolean {
  const { v } = s;
  const { t } = p;
  if (t.pos !== 'verb' || p.e.event !== 'REJECT') return false;
  const charge = (k: number) =>
    CHARGES.test(v.lower[k] ?? '') ||
    s.triggers.some((x) => x.i === k && x.pos === 'noun' && x.entry.role === 'accuse');
  if (v.parsed) return (v.children[t.i] ?? []).some((o) => v.deprel[o] === 'obj' && charge(o));
  let k = t.last + 1;
  while (/^(the|these|those|all|any|such)$/.test(v.lower[k] ?? '')) k++;
  return charge(k);
}

/** Sectors of armed or police forces, which a mobilisation moves. */
const FORCES = new Set(['MIL', 'COP', 'REB', 'INS', 'SPY']);

/**
 * "France deployed French troops", "the governor mobilized the state police": forces a mobilisation
 * moves are the actor's own (of its country, or of none named), not the party it is directed at.
 */
function ownForces(e: Event, r: ActorRef): boolean {
  return e.event === 'MOBILIZE' && FORCES.has(r.sector ?? '') && (!r.code || e.actor.some((a) => a.code === r.code));
}

/** An infinitive ("to" and a verb) stands between token `from` and the first of `rec`. */
function infinitiveBefore(v: SentenceView, from: number, rec: readonly ActorRef[]): boolean {
  const start = rec[0]?.start ?? -1;
  for (let k = from + 1; k < v.lower.length && (v.tokens[k]?.start ?? Infinity) < start; k++)
    if (v.lower[k - 1] === 'to' && (v.parsed ? v.upos[k] === 'VERB' : /^[a-z]+$/.test(v.lower[k] ?? ''))) return true;
  return false;
}

/** The recipient named later in the clause (judged owner, condition party, talks party, next mention), when none is yet. */
function laterRecipient(s: SentenceState, p: Pending): void {
  const { v } = s;
  const none = (p.e.explain ?? []).some((x) => x.startsWith(NO_RECIPIENT));
  if (
    !none &&
    !p.e.recipient.length &&
    p.e.actor.length &&
    /^(SUPPORT|ACCUSE|REJECT)$/.test(p.e.event) &&
    p.t.pos === 'verb'
  ) {
    // "praised as a significant development Russia's role", "denounced as a crime Serbia's
    // suppression of …": a judgement is directed at the owner of what it judges
    const owner = possessorAfter(v, p.t.last + 1, p.e.actor);
    if (owner) p.e = directed(p.e, [owner], `args: recipient = owner of what is judged ("${owner.actorText}'s")`);
  }
  if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'THREATEN') {
    const target = conditionParty(v, p.t.last + 1, p.e.actor, s.places);
    if (target.length)
      p.e = directed(p.e, target, 'args: recipient = the party whose act is the condition ("unless/if")');
  }
  talksRecipient(s, p);
  if (
    !p.e.recipient.length &&
    p.e.actor.length &&
    !subjectOfOtherAct(s, p) &&
    !answersCharge(s, p) &&
    !(p.e.event === 'REQUEST' && p.t.pos === 'verb' && unnamedAsked(v, p.t.last))
  ) {
    const verbal = p.e.event === 'REQUEST' || p.e.event === 'ACCUSE';
    // "threatened to break relations with Russia": through an infinitive, any preposition may lead to it
    let infinitive = false;
    for (let k = p.t.last + 1; k <= p.t.last + 4 && !infinitive; k++) {
      infinitive = v.lower[k] === 'to' && (v.parsed ? v.upos[k + 1] === 'VERB' : /^[a-z]+$/.test(v.lower[k + 1] ?? ''));
    }
    const frame = infinitive ? ANY_PREP : Array.isArray(p.t.entry.recipient) ? p.t.entry.recipient : [];
    let rec = nextMention(v, p.t.last + 1, p.e.actor, 10, verbal, frame);
    // ("criticized plans to expel diplomats from Chile": whom the judged act is done to is not judged)
    if (p.e.event === 'ACCUSE' && infinitiveBefore(v, p.t.last, rec)) rec = [];
    const moved = rec.length > 0 && rec.every((r) => ownForces(p.e, r));
    if (moved) {
      // "France deployed French troops against …": the target, if any, comes after the forces moved
      const last = rec.reduce((m, r) => Math.max(m, r.end), 0);
      const after = v.tokens.findIndex((x) => x.start >= last);
      // (a party of the actor's own side or of none named after them is more of the forces moved)
      rec = (after < 0 ? [] : nextMention(v, after, p.e.actor, 10 - (after - p.t.last - 1), verbal, frame)).filter(
        (r) => r.code && !p.e.actor.some((a) => a.code === r.code),
      );
    }
    if (rec.length) p.e = directed(p.e, rec, 'args (word order): recipient = next mention in the clause');
    const origin = rec.length || !ON_GOODS.has(p.e.event) ? [] : goodsOrigin(v, p.t.last + 1, p.e.actor, s.places);
    if (origin.length) p.e = directed(p.e, origin, 'args: recipient = the state the goods a measure is on come from');
  }
}

/**
 * The recipient an event is directed at beyond its own arguments: the author of a proposal or
 * accusation it answers, the doer of the act it criticises, a party in its complement or later in
 * its clause. Updates `p.e`.
 */
export function directedRecipient(s: SentenceState, p: Pending): void {
  // "Iraq mobilized its armed forces", "the United States moved additional troops": the forces a
  // mobilisation moves, however found, are its own, not its target (one may come later in the clause)
  if (p.e.recipient.length && p.e.recipient.every((r) => ownForces(p.e, r)))
    p.e = amended(p.e, { recipient: [] }, "args: the forces moved are the actor's own, no recipient");
  const proposal = proposalRecipient(s, p);
  if (proposal) {
    p.e = proposal;
    return;
  }
  // "Russia denied accusations by Ukraine": a denial of an accusation is directed at the accuser
  const accuser =
    !p.e.recipient.length && p.e.event === 'REJECT' && p.t.pos === 'verb'
      ? accuserOf(s.v, p.t.i, s.triggers, s.args, p.e.actor)
      : [];
  if (accuser.length) {
    p.e = directed(p.e, accuser, 'args: recipient = author of the accusation denied');
    return;
  }
  if (p.e.status === 'claimed' || p.e.status === 'denied') return;
  // (whatever the entry's frame: "called off the strike" names no one it is done to)
  if (p.t.entry.recipient === 'none') {
    talksRecipient(s, p);
    return;
  }
  const criticised = criticisedOf(s, p);
  if (criticised.length) {
    p.e = directed(p.e, criticised.slice(0, 1), 'args: recipient = the doer of the act criticised');
    return;
  }
  if (p.e.recipient.length) return;
  const fromComplement = complementRecipient(s, p);
  if (fromComplement) p.e = fromComplement;
  laterRecipient(s, p);
}
