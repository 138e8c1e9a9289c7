import { addLayer } from '../../core/document.js';
import type { Context, Stage } from '../../core/pipeline.js';
import { resource } from '../../core/pipeline.js';
import type { EventLexicon } from '../../knowledge/events/index.js';
import type { ActorRef, Event, Place, Quote } from '../../schema/output.js';
import {
  type Args,
  complementSubject,
  conditionParty,
  findArgs,
  frontedClauseSubject,
  nextMention,
  OF_TARGET,
  placeRef,
  toRef,
  weaponFiredBy,
} from './args.js';
import { buildClaims, type LedgerItem } from './claims.js';
import { businessDealing } from './commerce.js';
import { documentContexts } from './context.js';
import { conditionalThreat, intentInfo, preparedForce, promisedAct, threatInfo } from './intent.js';
import { AT_PLACE, fromParty, nearestPlace, OF_PLACE, placeRecipient, proposalOwner, RULES } from './places.js';
import { quotedTokens } from './quotemarks.js';
import { actSpeech, findSpeech, labelledSpeech, type Speech, toQuote } from './quotes.js';
import { hostedVisit, isReciprocal, meetingWith, reciprocalPairs } from './reciprocal.js';
import { responsibilityClaimer, unidentifiedActor } from './responsibility.js';
import { agentlessPassive, backgroundOf, statusOf, weaponSubject } from './status.js';
import { complementStart, findTriggers, type Trigger } from './triggers.js';
import { ORGANISATION, type SentenceView, sentenceViews } from './view.js';
import '../assemble/layers.js';

export interface EventOptions {
  /**
   * Code events without an identified actor. Off by default: dyadic event data needs its "who";
   * turn on with the context option `eventsActorless: true`.
   */
  readonly actorless?: boolean;
  /**
   * Code intended concessions and retreats ("will withdraw", "agreed to lift sanctions") as CONCEDE,
   * as the PLOVER manual says, instead of AGREE as the CAMEO-to-PLOVER table and the PLOVER gold
   * standard do. Context option `eventsFutureConcede: true`.
   */
  readonly futureConcede?: boolean;
  /**
   * Code a hosted visit ("X received ministers from Y", "X hosted Y") also as the visit, visitor → host
   * (CAMEO 042), as the PLOVER manual's CONSULT says, beside the host → visitor hosting (CAMEO 043) that
   * the PLOVER gold standard codes. Context option `eventsHostedVisits: true`.
   */
  readonly hostedVisits?: boolean;
}

const CUT = new Set([',', ';', '.', ':']);
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

function proposition(
  v: SentenceView,
  t: Trigger,
  speechCues: ReadonlySet<string>,
  triggerAt: ReadonlySet<number>,
): string {
  let from = t.last + 1;
  // "accuse X of Y-ing", "blame X for Y": the proposition starts after the accused
  if (t.entry.role === 'accuse') {
    for (let k = from; k < Math.min(v.lower.length, from + 8); k++) {
      if (/^(of|for)$/.test(v.lower[k] ?? '')) {
        from = k + 1;
        break;
      }
      if (CUT.has(v.lower[k] ?? '') || v.lower[k] === 'that') break;
    }
  }
  while (from < v.lower.length && /^(that|of|,)$/.test(v.lower[from] ?? '')) from++;
  let to = from;
  while (to < v.lower.length && !CUT.has(v.lower[to] ?? '')) {
    if (v.lower[to] === 'and' && (speechCues.has(v.lemma[to + 1] ?? '') || triggerAt.has(to + 1))) break;
    to++;
  }
  const a = v.tokens[from];
  const b = v.tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return v.text.slice(a.start - v.sentence.start, b.end - v.sentence.start);
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

interface Pending {
  t: Trigger;
  e: Event;
  gov: Trigger | null;
}

/**
 * "Its recent airstrikes … are targeting Taliban camps": a verb whose subject is an event noun of
 * the same type describes the same event; the noun keeps it, with the verb's recipient.
 */
function mergeNounSubjects(v: SentenceView, pending: Pending[]): void {
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

/**
 * "Qatar has pledged to expel …", "agreed to lift …": the intent verb and the act it announces are
 * one event. It keeps the verb's word, status and attribution (the pledge was made) and takes its
 * type and parties from the act (PLOVER: an intended cooperative act is AGREE, a conflictual one
 * THREATEN); the verb lends its parties where the act names none.
 */
function yieldToIntended(pending: Pending[], yielded: ReadonlyMap<Trigger, Trigger>): void {
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
function dropBackground(v: SentenceView, pending: Pending[]): void {
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

const TO_PLACE = new Set(['in', 'to', 'at', 'into']);
/** Verbal acts that are also a stance toward what they are about (quotes as well as events). */
const STANCE = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
/** Prepositions leading from a protest to its target ("against", "disapproval for", "in defiance of"). */
const PROTEST_PREPS = ['against', 'for', 'of', 'at', 'over', 'with'];
const ANY_PREP = ['with', 'between', 'about', 'over', 'among', 'toward', 'towards'];

/**
 * "Saddam Hussein arrived in Amman", "Obama will attend a summit in Switzerland": a meeting or visit
 * without a recipient is hosted by the country of the place it goes to (PLOVER CONSULT `visit`).
 */
function hostRecipients(v: SentenceView, pending: Pending[], places: readonly Place[]): void {
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
    const host: ActorRef = placeRef(place);
    p.e = {
      ...p.e,
      recipient: [host],
      explain: [...(p.e.explain ?? []), `args: recipient = host country of "${place.text}"`],
    };
  }
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

/** The place an act happens in: in its clause after the trigger, else the nearest in the sentence. */
/**
 * A place word inside the name of an organisation describes where it is based ("a UK-based group",
 * "the Syrian Observatory for Human Rights"), not where an act happens.
 */
const partOfMention = (v: SentenceView, x: Place): boolean =>
  v.mentions.some(
    (m) =>
      ORGANISATION.test(m.sector ?? '') && m.start <= x.start && x.end <= m.end && m.end - m.start > x.end - x.start,
  );

function placeOfAct(v: SentenceView, p: Pending, places: readonly Place[]): Place | null {
  // a place word that names the actor ("killed in Israeli shelling") is not where the act happened
  const actors = (x: Place) => p.e.actor.some((a) => a.start <= x.start && x.end <= a.end) || partOfMention(v, x);
  const hit = placeRecipient(v, p.t.last + 1, places)?.place;
  return hit && !actors(hit) ? hit : nearestPlace(v, p.t.i, p.t.last, places, actors);
}

/** The place where the actor acts: after a locative preposition in the clause, else before the trigger. */
function actorPlace(v: SentenceView, p: Pending, places: readonly Place[]): Place | null {
  const start = v.tokens[p.t.i]?.start ?? 0;
  return (
    placeRecipient(v, p.t.last + 1, places, 12, AT_PLACE)?.place ??
    nearestPlace(
      v,
      p.t.i,
      p.t.last,
      places,
      (x) =>
        x.start > start ||
        p.e.actor.some((a) => a.start <= x.start && x.end <= a.end) ||
        // a place naming the recipient ("the Malaysia Airlines flight") is not where the actor acts
        p.e.recipient.some((r) => r.start <= x.start && x.end <= r.end) ||
        partOfMention(v, x),
    )
  );
}

const OPENING = /^\s*[“"]/;
const CLOSING = /[”"]\s*$/;

/**
 * “How many times do we have to see this?” / Clinton said.: a short sentence that only names a
 * speaker and a reporting verb attributes the quotation that ends the sentence before it.
 */
function trailingAttribution(
  text: string,
  views: readonly SentenceView[],
  v: SentenceView,
  speech: ReadonlySet<string>,
): Quote | null {
  const prev = views[v.index - 1];
  if (!prev || prev.sentence.paragraph !== v.sentence.paragraph || !CLOSING.test(prev.text)) return null;
  if (v.lower.length > 12) return null;
  const k = v.lower.findIndex((w, i) => speech.has(v.lemma[i] ?? w));
  if (k < 1) return null;
  const rest = v.lower.slice(k + 1).filter((w) => !/^[.,]$/.test(w));
  if (rest.length > 3) return null;
  const mi = v.mentionAt.slice(0, k).find((x) => x >= 0);
  const m = mi !== undefined ? v.mentions[mi] : undefined;
  const first = v.tokens[0];
  const before = v.tokens[k - 1];
  const cue = v.tokens[k];
  if (!first || !before || !cue) return null;
  const speaker: ActorRef = m
    ? toRef(m)
    : {
        actorText: text.slice(first.start, before.end),
        name: null,
        code: null,
        sector: null,
        role: null,
        id: null,
        start: first.start,
        end: before.end,
      };
  const lead = prev.text.length - prev.text.trimStart().length;
  const start = prev.sentence.start + lead + (OPENING.test(prev.text) ? 1 : 0);
  const end = prev.sentence.end - (prev.text.length - prev.text.trimEnd().length) - 1;
  if (end <= start) return null;
  return { speaker, cue: { start: cue.start, end: cue.end }, content: { start, end }, direct: true };
}

/**
 * “How many times …?” Clinton said. “In Tulsa, …”: a direct quote whose speaker is named between
 * two quoted stretches goes on in the next sentence when that one opens a quotation and names no
 * speaker of its own; the content span then covers both.
 */
function continueQuote(text: string, views: readonly SentenceView[], index: number, q: Quote): Quote {
  if (!q.direct) return q;
  const next = views[index + 1];
  if (!next || next.sentence.paragraph !== views[index]?.sentence.paragraph) return q;
  if (!OPENING.test(next.text) || /[”"]\s*,?\s*\S+(\s+\S+)?\s+(said|says|added|told)\b/.test(next.text)) return q;
  const close = text.indexOf('”', next.sentence.start + 1);
  const end = close > 0 && close <= next.sentence.end ? close : next.sentence.end;
  const start = next.sentence.start + (next.text.length - next.text.trimStart().length) + 1;
  return end > start ? { ...q, content: { start: q.content.start, end } } : q;
}

/**
 * "The US claimed that ISIL had attacked Iraq": claiming or alleging (a verb that is no event of its
 * own) that someone did a conflictual act accuses them of it (PETRARCH codes ACCUSE claimant →
 * accused). `claimToken` is the claim verb governing `e` (-1 when none); the claimant is the speaker
 * `e` is attributed to. Null when any part is missing.
 */
function claimAccusation(v: SentenceView, e: Event, claimToken: number, lex: EventLexicon): Event | null {
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

/** Codes the events, quotes and claims of one document. */
export function codeEvents(
  doc: Parameters<Stage['run']>[0],
  lex: EventLexicon,
  opts: EventOptions = {},
): { events: Event[]; quotes: Quote[]; claims: ReturnType<typeof buildClaims> } {
  const views = sentenceViews(doc, lex);
  const contexts = documentContexts(views, lex.cues);
  const pub = /^(\d{4})/.exec(doc.meta.published ?? '')?.[1];
  const published = pub ? Number(pub) : null;
  const events: Event[] = [];
  const quotes: Quote[] = [];
  const ledger: LedgerItem[] = [];
  // a quotation still open at the end of the previous sentence of the paragraph
  let quoteOpen = false;
  for (const v of views) {
    const trailing = trailingAttribution(doc.text, views, v, lex.cues.speech);
    if (trailing) quotes.push(trailing);
    if (v.sentence.paragraph !== views[v.index - 1]?.sentence.paragraph) quoteOpen = false;
    const quoted = quotedTokens(v, quoteOpen);
    quoteOpen = quoted.openAtEnd;
    const speeches: Speech[] = [
      ...labelledSpeech(v, doc.layers.places ?? []),
      ...findSpeech(v, lex.cues, quoted.inside),
    ];
    for (const s of speeches) {
      const q = toQuote(v, s);
      if (q) quotes.push(continueQuote(doc.text, views, v.index, q));
    }
    const triggers = findTriggers(v, lex);
    if (!triggers.length) continue;
    const triggerAt = new Set(triggers.map((t) => t.i));
    const args = new Map<Trigger, Args>(
      triggers.map((t) => [t, t.entry.converse ? converseArgs(v, t, doc.layers.places ?? []) : findArgs(v, t)]),
    );
    const ids = new Map<Trigger, string>();
    const governs = new Map<Trigger, string[]>();
    const seen = new Set<string>();
    const pending: Pending[] = [];
    const swallowed = new Map<Trigger, Trigger[]>();
    // "The US claimed that ISIL had attacked Iraq": the claim itself, an accusation of the claimed actor
    const accusations: Event[] = [];
    // "pledged to expel": intent verbs that yield to the intended act they govern (one event per act)
    const yielded = new Map<Trigger, Trigger>();
    for (const t of triggers) {
      const st = statusOf(v, triggers, t, lex.cues, published);
      if (st.swallowed) {
        if (st.governor.trigger) swallowed.set(st.governor.trigger, [...(swallowed.get(st.governor.trigger) ?? []), t]);
        continue;
      }
      const a = args.get(t) ?? { actor: [], recipient: [], explain: [] };
      // "The attacks at the U.S. embassies in Nairobi killed 257 people": when the subject is the attack or
      // weapon itself, a party named before it by word order is no doer
      const weaponDone =
        weaponSubject(v, t, lex.cues) && a.explain.some((x) => x.startsWith('args (word order): actor'));
      let actor = weaponDone ? [] : a.actor;
      let recipient = a.recipient;
      if (t.entry.role === 'accuse' && !recipient.length && t.pos === 'verb') {
        // "alleged that the U.S. is transferring …": the accused is the subject of the claim
        const c = complementStart(v, t.last);
        if (c >= 0) recipient = complementSubject(v, c).filter((r) => !actor.some((x) => x.start === r.start));
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
        // the speaker demands; the subject of "must" is asked
        const sp = speeches.find((s) => s.cue < t.i);
        recipient = actor;
        actor = sp?.speaker?.code || sp?.speaker?.sector ? [sp.speaker] : [];
      }
      // "were killed in Israeli shelling": the doer of the attack the victims fell in (an act of force
      // the passive swallows as its complement) is the doer of the act
      const means =
        !actor.length &&
        recipient.length > 0 &&
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
                statusOf(v, triggers, x, lex.cues, published).governor.trigger === t,
            )
          : undefined;
      if (means) {
        actor = (args.get(means)?.actor ?? []).filter((x) => !recipient.some((r) => r.start === x.start));
        if (actor.length) a.explain.push(`args: actor = the doer of the "${v.lower[means.i]}" the act was done in`);
      }
      // an act of force on a named party in an agentless passive keeps its unknown actor
      // ("killed in Israeli shelling", "killed in riots": an event noun with its actor is the event, not its result)
      const victimOnly =
        recipient.length > 0 &&
        t.info.quadClass === 4 &&
        (st.status === 'asserted' || st.status === 'historical') &&
        (agentlessPassive(v, t, lex.cues) || weaponSubject(v, t, lex.cues)) &&
        !triggers.some(
          (x) =>
            x !== t &&
            (args.get(x)?.actor.length ?? 0) > 0 &&
            (x.info.plover === t.info.plover ||
              (x.pos === 'noun' && x.i > t.last && x.i - t.last <= 5 && v.lower.slice(t.last + 1, x.i).includes('in'))),
        );
      // "X claimed responsibility for the bombing": X is the actor of the act it claims
      const claimer = actor.length ? null : responsibilityClaimer(v, t);
      if (claimer) {
        actor = [claimer];
        a.explain.push(`args: actor = the party claiming responsibility ("${claimer.actorText}")`);
      }
      if (!actor.length && (t.pos === 'noun' || opts.actorless !== true) && !victimOnly) continue;
      if (!actor.length && victimOnly) {
        // PLOVER codes the doer of an act of force the text does not name as unidentified (UNK),
        // of the country where the act happens
        // (not a place word inside a party's name: "the bombings of U.S. embassies")
        const place = nearestPlace(
          v,
          t.i,
          t.last,
          doc.layers.places ?? [],
          (x) =>
            recipient.some((r) => r.start <= x.start && x.end <= r.end) ||
            v.mentions.some((m) => m.start <= x.start && x.end <= m.end && m.end - m.start > x.end - x.start),
        );
        actor = [{ ...unidentifiedActor(v, t, lex.cues.weapons), code: place?.country ?? null }];
        a.explain.push(
          `args: actor unidentified (PLOVER sector UNK)${place?.country ? `, of the country of "${place.text}"` : ''}`,
        );
      }
      let info = t.info;
      const explain = [...t.explain, ...a.explain, ...st.explain];
      let status = claimer ? 'claimed' : st.status;
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
            : (mobilize ?? intentInfo(info, lex, opts.futureConcede === true));
        if (promised)
          explain.push(
            `PLOVER: ${info.plover} promised ("${v.lower[st.yields?.i ?? st.intentCue ?? t.i]}") is no threat`,
          );
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
      const plover = info.plover;
      if (!plover) continue;
      if (st.yields && (plover === 'AGREE' || plover === 'THREATEN' || plover === 'CONCEDE' || status === 'intended'))
        yielded.set(st.yields, t);
      const gov = st.governor.trigger;
      // the accused is the actor of a claimed event when the parse gave none
      if (!actor.length && gov && (st.status === 'claimed' || st.status === 'denied')) {
        const ga = args.get(gov);
        actor = st.status === 'claimed' ? (ga?.recipient ?? []) : (ga?.actor ?? []);
      }
      const dedupe = `${plover}|${actor.map((x) => x.start).join(',')}|${status}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      let attributedTo: ActorRef | null = null;
      const sp = speeches.find((s) => t.i >= s.from && t.i <= s.to);
      if (sp?.speaker) {
        attributedTo = sp.speaker;
        explain.push(`attributed to "${sp.speaker.actorText}" (speech cue "${v.lower[sp.cue]}")`);
      }
      if (status === 'claimed' && gov) attributedTo = args.get(gov)?.actor[0] ?? attributedTo;
      if (claimer) attributedTo = claimer;
      const first = v.tokens[t.i === t.last ? t.i : Math.min(t.i, t.last)];
      const lastTok = v.tokens[Math.max(t.i, t.last)];
      if (!first || !lastTok) continue;
      const trigger = { start: Math.min(first.start, v.tokens[t.i]?.start ?? first.start), end: lastTok.end };
      const context = [
        ...new Set([...(t.entry.context.length ? t.entry.context : info.context), ...(contexts[v.index] ?? [])]),
      ];
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
        eventText: doc.text.slice(trigger.start, trigger.end),
        trigger,
        sentence: v.index,
        text: v.text,
        date: null,
        eventLoc: null,
        confidence: confidence(t, a, v.parsed),
        explain,
      };
      pending.push({ t, e, gov });
      const charge = claimAccusation(v, e, st.governor.trigger ? -1 : st.governor.claimToken, lex);
      if (charge && !accusations.some((x) => x.trigger.start === charge.trigger.start)) accusations.push(charge);
    }
    dropBackground(v, pending);
    for (const p of pending) {
      // a verbal act is a stance of its actor too (PolNeAR attributions): a quote unless a cue made one
      const by = p.e.actor[0];
      if (p.t.pos !== 'verb' || !by || !STANCE.has(p.e.event) || speeches.some((x) => x.cue === p.t.i)) continue;
      // investigating, defying a law or signing a document are acts, not stances toward their object
      if (/^(09|128|057)/.test(p.e.cameo ?? '')) continue;
      const sp = actSpeech(v, p.t.i, by);
      const q = sp ? toQuote(v, sp) : null;
      if (q) quotes.push(q);
    }
    mergeNounSubjects(v, pending);
    hostRecipients(v, pending, doc.layers.places ?? []);
    for (const p of pending) {
      // "rejected a U.S. request": a response to a proposal is directed at its author (the parse says
      // so; a recipient guessed from word order, "… proposal for talks with X", yields to it)
      const guessed = (p.e.explain ?? []).some((x) => x.startsWith('args (word order): recipient'));
      const owner =
        (!p.e.recipient.length || guessed) && p.e.status !== 'claimed' && p.e.status !== 'denied' && p.t.pos === 'verb'
          ? proposalOwner(
              v,
              p.t.i,
              doc.layers.places ?? [],
              // "violated a ban by General X": a rejection of a rule is directed at its author
              p.e.event === 'REJECT' ? new Set([...lex.cues.proposal, ...RULES]) : lex.cues.proposal,
            )
          : null;
      // "Egypt repeated its call …": the actor's own proposal is not directed at itself
      const own = (a: ActorRef): boolean =>
        a.start === owner?.start || (a.code !== null && a.code === owner?.code && a.sector === owner?.sector);
      if (owner && !p.e.actor.some(own)) {
        p.e = {
          ...p.e,
          recipient: [owner],
          explain: [
            ...(p.e.explain ?? []).filter((x) => !x.startsWith('args (word order): recipient')),
            `args: recipient = author of the proposal ("${owner.actorText}")`,
          ],
        };
        continue;
      }
      // "Russia denied accusations by Ukraine": a denial of an accusation is directed at the accuser
      const accuser =
        !p.e.recipient.length && p.e.event === 'REJECT' && p.t.pos === 'verb'
          ? accuserOf(v, p.t.i, triggers, args, p.e.actor)
          : [];
      if (accuser.length) {
        p.e = {
          ...p.e,
          recipient: accuser,
          explain: [...(p.e.explain ?? []), 'args: recipient = author of the accusation denied'],
        };
        continue;
      }
      if (p.e.status === 'claimed' || p.e.status === 'denied' || p.t.entry.recipient === 'none') continue;
      // "complained to the UN over Israeli air raids": the party criticised is the doer of the act the
      // criticism is about, not the one it is addressed to
      const criticised =
        p.e.event === 'ACCUSE' &&
        (!p.e.recipient.length || (p.e.explain ?? []).includes('args: recipient = "to" object'))
          ? (swallowed.get(p.t) ?? [])
              .filter((c) => c.info.quadClass === 4)
              .flatMap((c) => args.get(c)?.actor ?? [])
              .filter((x) => !p.e.actor.some((a) => a.start === x.start || (a.code && a.code === x.code)))
          : [];
      if (criticised.length) {
        p.e = {
          ...p.e,
          recipient: criticised.slice(0, 1),
          explain: [...(p.e.explain ?? []), 'args: recipient = the doer of the act criticised'],
        };
        continue;
      }
      if (p.e.recipient.length) continue;
      // "agreed to provide aid for Romania": the recipient is in the complement the event swallowed
      for (const c of swallowed.get(p.t) ?? []) {
        // "demanded a truce before allowing U.N. aid": an adverbial clause is no complement
        if (v.lower.slice(p.t.last + 1, c.i).some((w) => ADVERBIAL.has(w))) continue;
        // "demanded that Turkey withdraw": the party asked is the subject of the demanded act
        const asked =
          p.e.event === 'REQUEST'
            ? (args.get(c)?.actor ?? []).filter((x) => !p.e.actor.some((a) => a.start === x.start))
            : [];
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
                (a.code &&
                  a.code === x.code &&
                  (a.sector === x.sector || /^(its|their|his|her|our)\s/i.test(x.actorText))),
            ),
        );
        if (rec.length) {
          p.e = { ...p.e, recipient: rec, explain: [...(p.e.explain ?? []), 'args: recipient from the complement'] };
          break;
        }
      }
      if (
        !p.e.recipient.length &&
        p.e.actor.length &&
        /^(SUPPORT|ACCUSE|REJECT)$/.test(p.e.event) &&
        p.t.pos === 'verb'
      ) {
        // "praised as a significant development Russia's role", "denounced as a crime Serbia's
        // suppression of …": a judgement is directed at the owner of what it judges
        const owner = possessorAfter(v, p.t.last + 1, p.e.actor);
        if (owner)
          p.e = {
            ...p.e,
            recipient: [owner],
            explain: [...(p.e.explain ?? []), `args: recipient = owner of what is judged ("${owner.actorText}'s")`],
          };
      }
      if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'THREATEN') {
        const target = conditionParty(v, p.t.last + 1, p.e.actor, doc.layers.places ?? []);
        if (target.length)
          p.e = {
            ...p.e,
            recipient: target,
            explain: [...(p.e.explain ?? []), 'args: recipient = the party whose act is the condition ("unless/if")'],
          };
      }
      if (!p.e.recipient.length && p.e.actor.length) {
        const verbal = p.e.event === 'REQUEST' || p.e.event === 'ACCUSE';
        // "threatened to break relations with Russia": through an infinitive, any preposition may lead to it
        let infinitive = false;
        for (let k = p.t.last + 1; k <= p.t.last + 4 && !infinitive; k++) {
          infinitive =
            v.lower[k] === 'to' && (v.parsed ? v.upos[k + 1] === 'VERB' : /^[a-z]+$/.test(v.lower[k + 1] ?? ''));
        }
        const frame = infinitive ? ANY_PREP : Array.isArray(p.t.entry.recipient) ? p.t.entry.recipient : [];
        const rec = nextMention(v, p.t.last + 1, p.e.actor, 10, verbal, frame);
        if (rec.length)
          p.e = {
            ...p.e,
            recipient: rec,
            explain: [...(p.e.explain ?? []), 'args (word order): recipient = next mention in the clause'],
          };
      }
    }
    for (const p of pending) {
      // (an act whose doer claims it, "claimed responsibility for the attack", happened: its place counts)
      const owned = (p.e.explain ?? []).some((x) => x.startsWith('args: actor = the party claiming responsibility'));
      if ((p.e.status === 'claimed' && !owned) || p.e.status === 'denied') continue;
      if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'PROTEST') {
        // "blocked a road to show their disapproval for the United States' policies", "… in defiance of
        // Chinese authorities": a protest's target named later in its clause comes before its place
        const target = nextMention(v, p.t.last + 1, p.e.actor, 16, false, PROTEST_PREPS);
        if (target.length)
          p.e = {
            ...p.e,
            recipient: target,
            explain: [...(p.e.explain ?? []), 'args (word order): recipient = the party the protest is against'],
          };
      }
      if (!p.e.recipient.length && p.e.actor.length && !isReciprocal(p.e, p.t.info.plover)) {
        // "threatened to shell towns in Ukraine": the country of the place acted on or in
        const starts = [p.t.last + 1, ...(swallowed.get(p.t) ?? []).map((c) => c.last + 1)];
        // "its invasion of South Lebanon", "the blockade of Serbia": a nominal act of force done to a place
        const of =
          p.t.pos === 'noun' && OF_TARGET.has(p.t.info.plover ?? '')
            ? placeRecipient(v, p.t.last + 1, doc.layers.places ?? [], 6, OF_PLACE)
            : null;
        if (of && !p.e.actor.some((a) => a.code === of.ref.code))
          p.e = {
            ...p.e,
            recipient: [of.ref],
            explain: [
              ...(p.e.explain ?? []),
              `args: recipient = country of the place the act is done to ("${of.place.text}")`,
            ],
          };
        for (const from of p.e.recipient.length ? [] : starts) {
          const hit = placeRecipient(v, from, doc.layers.places ?? []);
          if (hit) {
            p.e = {
              ...p.e,
              recipient: [hit.ref],
              explain: [...(p.e.explain ?? []), `args: recipient = country of the place "${hit.place.text}"`],
            };
            break;
          }
        }
        // "withdrew its troops from Lebanon": a retreat is directed at the party or place it leaves; so
        // is any act moving the actor's own people ("recalled its ambassador from Washington")
        const ownObject = p.t.pos === 'verb' && /^(its|their|his|her|our)$/.test(v.lower[p.t.last + 1] ?? '');
        const left =
          !p.e.recipient.length && (p.t.info.plover === 'RETREAT' || ownObject)
            ? fromParty(v, p.t.last, doc.layers.places ?? [])
            : null;
        if (left && !p.e.actor.some((a) => a.code && a.code === left.code))
          p.e = {
            ...p.e,
            recipient: [left],
            explain: [...(p.e.explain ?? []), `args: recipient = the party left ("from ${left.actorText}")`],
          };
      }
      if (p.e.actor.length && p.e.actor.every((r) => !r.code)) {
        // "Security forces shelled towns in X": generic actors take the country of the place where they
        // act — not of the place the act is directed to ("agreed to provide aid for Romania")
        const place = actorPlace(v, p, doc.layers.places ?? []);
        if (place?.country) {
          const code = place.country;
          p.e = {
            ...p.e,
            actor: p.e.actor.map((r) => ({ ...r, code })),
            explain: [...(p.e.explain ?? []), `args: the actor takes the country of "${place.text}"`],
          };
        }
      }
      if (p.e.recipient.length && p.e.recipient.every((r) => !r.code)) {
        // "killed 23 people in Tel Aviv": generic victims take the country of the place of the act
        const place = placeOfAct(v, p, doc.layers.places ?? []);
        if (place?.country) {
          const code = place.country;
          p.e = {
            ...p.e,
            recipient: p.e.recipient.map((r) => ({ ...r, code })),
            explain: [...(p.e.explain ?? []), `args: the recipient takes the country of "${place.text}"`],
          };
        }
      }
      if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'PROTEST') {
        // a protest with no named target is directed at the authorities of the country it happens in
        const place = nearestPlace(v, p.t.i, p.t.last, doc.layers.places ?? [], (x) =>
          p.e.actor.some((a) => a.start <= x.start && x.end <= a.end),
        );
        if (place?.country) {
          const host: ActorRef = placeRef(place);
          p.e = {
            ...p.e,
            recipient: [host],
            explain: [...(p.e.explain ?? []), `args: recipient = country where the protest happens ("${place.text}")`],
          };
        }
      }
    }
    yieldToIntended(pending, yielded);
    for (const p of pending) {
      // deals, offers and disputes among companies and private parties are no political events
      if (businessDealing(p.e)) continue;
      const back =
        meetingWith(p.e, doc.text) ?? (opts.hostedVisits === true ? hostedVisit(p.e, lex.cameo.get('042')) : null);
      const pairs = isReciprocal(p.e, p.t.info.plover) ? reciprocalPairs(p.e) : back ? [p.e, back] : [p.e];
      pairs.forEach((x, k) => {
        const id = `${doc.id}:e${events.length + 1}`;
        events.push({ ...x, id });
        if (k === 0) ids.set(p.t, id);
      });
    }
    for (const x of accusations) events.push({ ...x, id: `${doc.id}:e${events.length + 1}` });
    for (const p of pending) {
      if (!p.gov) continue;
      const gid = ids.get(p.gov);
      const id = ids.get(p.t);
      if (gid && id) governs.set(p.gov, [...(governs.get(p.gov) ?? []), id]);
    }
    for (const p of pending) {
      const id = ids.get(p.t);
      const e = events.find((x) => x.id === id);
      if (!e) continue;
      ledger.push({
        event: e,
        role: p.t.entry.role,
        governs: governs.get(p.t) ?? [],
        proposition: proposition(v, p.t, lex.cues.speech, triggerAt),
      });
    }
  }
  return { events, quotes, claims: buildClaims(doc.id, ledger) };
}

/**
 * The events stage: events, quotes and claims from the segmented, parsed, actor-resolved document.
 * It also reads the actors stage's `actorReferences` (possessives, "it") when present, and falls
 * back on word order where the parse gives no answer.
 */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'syntax', 'mentions'],
  provides: ['events', 'claims', 'quotes'],
  run(doc, ctx: Context) {
    const lex = resource<EventLexicon>(ctx, 'eventLexicon');
    const opts: EventOptions = {
      ...(ctx.options.eventsActorless === true ? { actorless: true } : {}),
      ...(ctx.options.eventsFutureConcede === true ? { futureConcede: true } : {}),
      ...(ctx.options.eventsHostedVisits === true ? { hostedVisits: true } : {}),
    };
    const { events, quotes, claims } = codeEvents(doc, lex, opts);
    let d = addLayer(doc, 'events', events);
    d = addLayer(d, 'claims', claims);
    return addLayer(d, 'quotes', quotes);
  },
};
