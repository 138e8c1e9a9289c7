import { addLayer, type Document } from '../../core/document.js';
import { type Context, resource, type Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import type { Gazetteer, PlacesLexicon } from '../../knowledge/places/index.js';
import type { ActorRef, Event, Place } from '../../schema/output.js';
import type { EventPlace } from '../assemble/layers.js';
import type { SyntaxLayer } from '../syntax/types.js';
import { clauseHead, clausePath, fronted, nominalHead, tokenAt } from './clause.js';
import { antecedentPlace, nounModifier, targetState, targetToponym } from './targets.js';
import type { Toponym } from './types.js';

/** Where the document is about: its most named country among literal and modifier toponyms. */
export function documentFocus(toponyms: readonly Toponym[], g?: Gazetteer): Place | null {
  const count = new Map<string, number>();
  for (const t of toponyms) {
    if (t.use === 'actor' || !t.place.country) continue;
    count.set(t.place.country, (count.get(t.place.country) ?? 0) + (t.use === 'literal' ? 2 : 1));
  }
  let best: string | null = null;
  for (const [c, n] of count) if (best === null || n > (count.get(best) ?? 0)) best = c;
  if (!best) return null;
  const named = toponyms.find((t) => t.place.country === best && t.place.feature === 'country' && t.use !== 'demonym');
  if (named) return named.place;
  return countryPlace(best, g);
}

/** A country as a place with no span of its own (the document's focus, an actor's home). */
function countryPlace(cc3: string, g?: Gazetteer, lx?: PlacesLexicon): Place | null {
  const e = g?.country(lx?.successorStates.get(cc3) ?? cc3);
  if (!e) return null;
  return {
    text: '',
    start: 0,
    end: 0,
    name: e.name,
    country: e.country,
    admin1: null,
    lat: e.lat,
    lon: e.lon,
    geonameid: e.geonameid,
    feature: 'country',
  };
}

/** Sectors of a state that speak for it at home: its government, legislature, courts, police. */
const HOME_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP']);
/** Material acts a state decides at home: easing or lifting its own rules, sanctions, a rally it holds. */
const HOME_ACTS = new Set(['CONCEDE', 'SANCTION', 'PROTEST']);
/** Sectors that arrest, ban and seize at home: a state's organs (and its people, for a pronoun's unsure sector). */
const COERCE_SECTORS = new Set([...HOME_SECTORS, 'CVL']);

/**
 * Where a state's verbal act (a statement, appeal, accusation, agreement; quad classes 1 and 3,
 * not a meeting, which may be abroad), an easing of its own rules, a sanction or a rally it holds, or an
 * arrest or ban by it, happened when its sentence names no place: at home ("The
 * Belgian government will give aid", "Slovenia had to endorse the statement") rather than in the
 * country the document is most about. The actor is the state by name (a toponym acting) or one of
 * its organs; citizens and troops may be anywhere, and material acts keep the document's focus.
 */
export function actorHome(e: Event, toponyms: readonly Toponym[], g?: Gazetteer, lx?: PlacesLexicon): Place | null {
  const a = e.actor[0];
  if (!a?.code) return null;
  const named = namedState(a, toponyms);
  // an arrest, a ban, a seizure by a state, its police, courts or government ("Tanzanian police arrested 14
  // foreigners", "Cuba has not prohibited him from going") is made at home; troops and rebels may coerce abroad
  if (e.event === 'COERCE' && (named || (a.sector !== null && COERCE_SECTORS.has(a.sector))))
    return countryPlace(a.code, g, lx);
  if (!((e.quadClass === 1 || e.quadClass === 3 || HOME_ACTS.has(e.event)) && e.event !== 'CONSULT')) return null;
  if (!named && !(a.sector !== null && HOME_SECTORS.has(a.sector))) return null;
  return countryPlace(a.code, g, lx);
}

/** Whether an actor is a state named by a toponym that acts ("Cuba has not prohibited …"). */
function namedState(a: ActorRef, toponyms: readonly Toponym[]): boolean {
  return toponyms.some(
    (t) => t.use === 'actor' && t.place.country === a.code && t.place.start >= a.start && t.place.end <= a.end,
  );
}

// a common noun, "it" or "they" names an institution ("U.S. authorities", "the Ukrainian parliament", "Beijing said it");
// a person's name, title or pronoun ("Albright", "Secretary Albright", "she") names someone who travels
const INSTITUTION_WORD = /(?:^|\s)(?!(?:the|and|for|his|her|their|its|she|him|them)\b)(?:\p{Ll}{3,}|it)(?=\s|$)/u;

const envoy = (a: ActorRef, lx?: PlacesLexicon): boolean =>
  a.actorText.split(/\s+/).some((w) => lx?.envoyNouns.has(w.toLowerCase()));

/** Whether a state's actor is one of its institutions (which stay at home) rather than a person or envoy (who travel). */
export function institution(a: ActorRef, toponyms: readonly Toponym[], lx?: PlacesLexicon): boolean {
  return namedState(a, toponyms) || (INSTITUTION_WORD.test(a.actorText) && !envoy(a, lx));
}

const PERSONAL_PRONOUN = /^(?:he|she|i|we|you|they)$/i;
const LAST_NAME = /\p{Lu}[\p{L}'-]{2,}$/u;
// how much of a report opens it: its dateline and lead
const LEAD = 400;

/**
 * Whether a person who acts for a state is where a foreign dateline is: an envoy, who serves abroad ("Egyptian
 * Ambassador X condemned"), or someone the report's lead names ("NAIROBI — Secretary Albright paid tribute …");
 * a person only named later ("Reno's failure to act" in a HAVANA story) acts at home. An unresolved pronoun may
 * be the lead's traveller.
 */
export function travels(a: ActorRef, text: string, lx?: PlacesLexicon): boolean {
  if (envoy(a, lx)) return true;
  if (!a.name && PERSONAL_PRONOUN.test(a.actorText.trim())) return true;
  const key = LAST_NAME.exec((a.name ?? a.actorText).trim())?.[0];
  return !key || text.slice(0, LEAD).includes(key);
}

const DATELINE_NAME = /^[\p{Lu}][\p{Lu}\s.'-]{3,}$/u;
const DATELINE_END = /^\s*(?:,|\(|[-\u2013\u2014:])/u;

/** A dateline's place ("MOSCOW (AP)_", "KOLKATA, India –"): capitals, then a comma, bracket or dash. */
export function isDatelinePlace(text: string, t: Toponym): boolean {
  return DATELINE_NAME.test(t.place.text) && DATELINE_END.test(text.slice(t.place.end, t.place.end + 3));
}

// "Leonid Kuchma of Ukraine", "Kopp, 44, of Vermont": whose origin, not where anything happens; a site
// ("the University of Rochester", "the Port of Spain", lexicon placeHeads) stands in its place
const ORIGIN_OF = /(\p{Lu}[\p{L}.]*,?|\d+,)\s+of\s+(?:the\s+)?$/u;

/** A toponym after "of" that follows a name or an age: a person's origin. */
export function originOf(text: string, t: Toponym, lx?: PlacesLexicon): boolean {
  const m = ORIGIN_OF.exec(text.slice(Math.max(0, t.place.start - 40), t.place.start));
  return !!m && !lx?.placeHeads.has((m[1] as string).replace(/,$/, '').toLowerCase());
}

const distance = (t: Toponym, e: Event): number =>
  t.place.start >= e.trigger.end ? t.place.start - e.trigger.end : 1.5 * Math.max(0, e.trigger.start - t.place.end);

/** What the syntax layer, when present, says about clauses: the clause head of a text offset. */
export type ClauseOf = (at: number) => number;

/** Whether a toponym of another clause of the event's sentence may be where the event happened. */
export type Carries = (e: Event, t: Toponym) => boolean;

// a destination or origin ("deploy Marines to the region", "flew in from Paris") is where its own act goes
const DIRECTION = /\b(?:to|into|onto|towards?|from|for|via)\s+(?:the\s+)?$/i;
// … but the destination of a journey noun is where its traveller is ("on a visit to East Africa, promised …")
const JOURNEY_TO = /\b(?:visit|trip|tour|journey|arrival)\s+to\s+(?:the\s+)?$/i;
// clauses whose places are their own: reported content, a relative or noun clause, a subject clause
const OWN_PLACE = new Set(['ccomp', 'parataxis', 'acl', 'acl:relcl', 'csubj', 'csubj:pass']);
const REPORTED = new Set(['ccomp', 'parataxis']);
// clauses that take their setting from the clause they hang on: a purpose or time clause, a complement infinitive
const SHARED_SETTING = new Set(['xcomp', 'advcl']);

/** Whether a nominal is an adverbial of its verb ("on a path"), or a modifier of one ("on a path in Wales"). */
function adverbial(syntax: SyntaxLayer, n: number): boolean {
  let t = n;
  for (let guard = 0; guard < 6; guard++) {
    const rel = syntax.deprel[t] ?? '';
    if (rel.startsWith('obl')) return true;
    if (!rel.startsWith('nmod')) return false;
    t = nominalHead(syntax, syntax.head[t] ?? -1);
    if (t < 0) return false;
  }
  return false;
}

/**
 * Whether a locative toponym of another clause is the event's setting, read from the parse. A place
 * the event's clause hangs on carries down into it ("arrived in Kabul to meet X"; "met in Paris
 * and signed"), unless the event is what was said or a relative clause of a noun there ("Pentagon
 * sources in Washington said they would deploy Marines") — a setting put first still frames the
 * whole sentence ("In Cape Town, police said the FBI arrested …"). A place in a clause below the
 * event's counts when it is in a purpose or time clause ("met on arriving in Washington", "barred
 * the crowd from reaching the consulate in Istanbul") or a clause of the event's own noun ("invasion
 * of neighbouring X"), never inside reported content, a relative clause or a later conjunct. A
 * verbal act coded from what was said (a statement, appeal, threat) was made where it was said. A destination or
 * origin ("to X", "from X") belongs only to its own verb.
 */
export function parseCarries(syntax: SyntaxLayer, tokens: readonly Span[], text: string): Carries {
  return (e, t) => {
    const te = tokenAt(tokens, e.trigger.start);
    const tt = tokenAt(tokens, t.place.end - 1);
    if (te < 0 || tt < 0) return true;
    const before = text.slice(Math.max(0, t.place.start - 20), t.place.start);
    if (DIRECTION.test(before) && !JOURNEY_TO.test(before)) return false;
    const ce = clauseHead(syntax, te);
    const ct = clauseHead(syntax, tt);
    const n = nominalHead(syntax, tt);
    const obl = adverbial(syntax, n);
    const up = clausePath(syntax, ce, ct);
    // a statement is made where it is said: a verbal act coded from what was said takes the saying's place
    const verbal = e.quadClass === 1 || e.quadClass === 3;
    const own = (r: string) => OWN_PLACE.has(r) && !(verbal && REPORTED.has(r));
    if (up) return up.every((r) => !own(r)) || (obl && fronted(syntax, n, ct));
    // below the event: through purpose and time clauses, or a clause of the event's own noun or of one of its
    // arguments ("invasion of neighbouring X", "barred the crowd from reaching the consulate in X")
    let c = ct;
    for (let guard = 0; c !== ce && guard < 32; guard++) {
      const h = syntax.head[c] ?? -1;
      const rel = syntax.deprel[c] ?? '';
      if (h < 0 || !(SHARED_SETTING.has(rel) || (rel === 'acl' && (h === te || syntax.head[h] === te)))) return false;
      c = clauseHead(syntax, h);
    }
    return c === ce;
  };
}

/**
 * The place an event happened: a literal toponym after a locative preposition in the event's
 * own clause ("airstrikes in northern Afghan regions"), else such a toponym elsewhere in its
 * sentence, nearest to the trigger ("told a seminar in Islamabad"), else the sentence's dateline
 * ("MOSCOW (AP)_"), else another literal toponym of the sentence that is no one's origin ("Kuchma of
 * Ukraine"), else a state actor's home for a verbal act, else for a verbal act (not a meeting) the
 * document's dateline ("TORONTO — … alleging"; the report was gathered there) — any other act only when that
 * dateline is in the country the document is about — else the document's focus. Capitals used as actors, toponyms inside the
 * event's own actor mention and demonyms are never event locations, nor is a place inside a report's
 * content (`reports`: the quotes layer's content spans) for an event outside it.
 */
export function locateEvent(
  e: Event,
  toponyms: readonly Toponym[],
  focus: Place | null,
  clauseOf?: ClauseOf,
  g?: Gazetteer,
  reports: readonly Span[] = [],
  text = '',
  lx?: PlacesLexicon,
  carries?: Carries,
  docDateline?: Place,
  parse?: { readonly syntax: SyntaxLayer; readonly tokens: readonly Span[] },
): EventPlace {
  // a toponym inside the event's own actor ("Beijing and Moscow continue to support X") names who acts
  const actsFor = (t: Toponym) => e.actor.some((a) => t.place.start >= a.start && t.place.end <= a.end);
  // what is reported happens elsewhere than the report: a place inside a report's content ("accused Russia
  // of the attack in Salisbury", "``Stop the bloodshed in Kosovo,'' they chanted") is not where the report,
  // outside it, happened; the setting of a report ("In Cape Town, police said the FBI arrested …") may be
  const inside = (q: Span, at: number) => at >= q.start && at < q.end;
  const sameSide = (t: Toponym) => reports.every((q) => !inside(q, t.place.start) || inside(q, e.trigger.start));
  const inSentence = toponyms.filter(
    (t) => t.sentence === e.sentence && t.use === 'literal' && !actsFor(t) && sameSide(t),
  );
  const nearest = (ts: readonly Toponym[]): Toponym | undefined =>
    [...ts].sort((a, b) => distance(a, e) - distance(b, e))[0];
  // "since the Africa bombings": a place naming the act's own noun
  const modifier = nounModifier(e, toponyms, text, parse?.syntax, parse?.tokens);
  if (modifier) return { event: e.id, place: modifier.place, rule: 'noun-modifier' };
  const c = clauseOf?.(e.trigger.start);
  const ownClause = (t: Toponym) => clauseOf?.(t.place.end - 1) === c;
  const own = clauseOf ? nearest(inSentence.filter((t) => t.locative && ownClause(t))) : undefined;
  if (own) return { event: e.id, place: own.place, rule: 'clause-locative' };
  // an attack happens where its target is ("when the Soviets invaded Czechoslovakia")
  const target = targetToponym(e, toponyms);
  if (target) return { event: e.id, place: target.place, rule: 'target' };
  // a place of another clause only where the parse lets it carry over
  const usable = carries && clauseOf ? inSentence.filter((t) => ownClause(t) || carries(e, t)) : inSentence;
  const loc = nearest(usable.filter((t) => t.locative));
  if (loc) return { event: e.id, place: loc.place, rule: 'sentence-locative' };
  const dateline = inSentence.find((t) => isDatelinePlace(text, t));
  if (dateline) return { event: e.id, place: dateline.place, rule: 'dateline' };
  const any = nearest(usable.filter((t) => !originOf(text, t, lx)));
  if (any) return { event: e.id, place: any.place, rule: 'sentence' };
  // "the embassy bombing" after "the U.S. embassy in Velgrad"
  const thing = antecedentPlace(e, toponyms, text, parse?.syntax, parse?.tokens);
  if (thing) return { event: e.id, place: thing.place, rule: 'antecedent' };
  const attacked = targetState(e, lx);
  const targetHome = attacked ? countryPlace(attacked, g, lx) : null;
  if (targetHome) return { event: e.id, place: targetHome, rule: 'target' };
  const home = actorHome(e, toponyms, g, lx);
  // a state's institution acts at home ("HAVANA — … if U.S. authorities promised"), whatever the dateline; a
  // person the lead names or an envoy may be where a foreign dateline is ("NAIROBI — … Albright pledged")
  const a = e.actor[0];
  const abroad = !!home && !!docDateline && docDateline.country !== home.country;
  if (home && (e.event === 'COERCE' || !(abroad && a && !institution(a, toponyms, lx) && travels(a, text, lx)))) {
    if (home.country !== focus?.country) return { event: e.id, place: home, rule: 'actor-home' };
    if (focus && abroad) return { event: e.id, place: focus, rule: 'actor-home' };
  }
  if (docDateline && (e.quadClass === 1 || e.quadClass === 3) && e.event !== 'CONSULT')
    return { event: e.id, place: docDateline, rule: 'dateline' };
  // a material act in the country the document is about, at its dateline's town ("BUFFALO — … was shot"); a
  // foreign dateline is only where the report was filed ("JERUSALEM — Hezbollah fighters killed …" in Lebanon)
  if (docDateline && focus && docDateline.country === focus.country && e.event !== 'CONSULT')
    return { event: e.id, place: docDateline, rule: 'dateline' };
  if (focus) return { event: e.id, place: focus, rule: 'document-focus' };
  return { event: e.id, place: null, rule: 'none' };
}

const ENVOY_TO = /([\p{L}]+)\s+to\s+(?:the\s+)?$/u;

/** "the ambassador to Russia", "its envoy to the UN": whom an envoy is sent to, no place where anything happens. */
export function envoyTo(text: string, t: Toponym, lx: PlacesLexicon): boolean {
  const m = ENVOY_TO.exec(text.slice(Math.max(0, t.place.start - 40), t.place.start));
  return !!m && lx.envoyNouns.has((m[1] as string).toLowerCase());
}

/** The `eventPlaces` stage: one EventPlace per event (copied into eventLoc by the assembler). */
export const eventPlacesStage: Stage = {
  name: 'eventPlaces',
  requires: ['events', 'toponyms'],
  provides: ['eventPlaces'],
  run(doc: Document, ctx: Context): Document {
    const toponyms = doc.layers.toponyms ?? [];
    const g = ctx.resources.has('gazetteer') ? resource<Gazetteer>(ctx, 'gazetteer') : undefined;
    const lx = ctx.resources.has('placesLexicon') ? resource<PlacesLexicon>(ctx, 'placesLexicon') : undefined;
    const where = lx ? toponyms.filter((t) => !envoyTo(doc.text, t, lx)) : toponyms;
    const focus = documentFocus(where, g);
    const reports = (doc.layers.quotes ?? []).map((q) => q.content);
    const events = doc.layers.events ?? [];
    const syntax = doc.layers.syntax;
    const tokens = doc.layers.tokens ?? [];
    const clauseOf: ClauseOf | undefined = syntax
      ? (at) => {
          const t = tokenAt(tokens, at);
          return t < 0 ? -1 : clauseHead(syntax, t);
        }
      : undefined;
    const carries = syntax ? parseCarries(syntax, tokens, doc.text) : undefined;
    const parse = syntax ? { syntax, tokens } : undefined;
    const docDateline = where.find((t) => t.sentence === 0 && isDatelinePlace(doc.text, t))?.place;
    return addLayer(
      doc,
      'eventPlaces',
      events.map((e) => locateEvent(e, where, focus, clauseOf, g, reports, doc.text, lx, carries, docDateline, parse)),
    );
  },
};
