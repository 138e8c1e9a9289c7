import type { ActorRef, Event } from '../../schema/output.js';

/**
 * Business dealings are no political events. PLOVER's sector BUS covers "individuals, companies and
 * enterprises"; its economic context takes in "business-government relations in areas of political or
 * economic concern (e.g., a government accusing a company of monopolistic practices, or a government
 * expropriating a company's assets)" but not "news reports that solely discuss company annual reports,
 * acquisitions, and similarly mundane business activities" (PLOVER manual, contexts: Economic).
 *
 * So what a company does toward private parties (other companies, customers, charities, schools, people
 * the text does not place in any political body) or toward nobody is no event — a deal, an offer, a
 * takeover, funding, a pledge, a purchase, support, a meeting, a request, a complaint, a lawsuit, a
 * refusal — and neither is a private party's cooperation with a company ("investors backed the firm").
 * A state, an official body, an armed group or organised labour on either side makes it political (a
 * company sanctioned, bought or accused by a government; a company asking a government for aid;
 * workers striking), and violence and protest are events whoever does them.
 */

/** Sectors of commercial actors. */
const COMMERCIAL = new Set(['BUS']);

/** Sectors of private, unarmed, non-state parties (besides companies). */
const PRIVATE = new Set(['CVL', 'EDU', 'MED', 'JRN', 'HLH', 'NGO', 'REL', 'AGR', 'REF', 'CRM']);

/** Acts that are events even when a company does them to private parties. */
const ALWAYS = new Set(['ASSAULT', 'PROTEST']);

/** Cooperative acts, which are no events between a private party and a company either. */
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'REQUEST']);

/**
 * Roles of people who comment on markets and policy; what they blame, complain of, expect or agree with
 * among themselves is commentary, no event ("Analysts blamed the slide on …").
 */
const COMMENTATORS = new Set(['analyst', 'economist', 'expert', 'observer', 'commentator', 'strategist', 'trader']);

const commercial = (r: ActorRef): boolean => r.sector !== null && COMMERCIAL.has(r.sector);

/**
 * A private party: a commercial or private sector, or no sector and no state or group of its own —
 * no code, or only the country of a place the coder gave it ("a firm in Oldtown", or a recipient that is
 * the place where a company acts).
 */
function nonPolitical(r: ActorRef, placed: boolean): boolean {
  if (r.sector !== null) return COMMERCIAL.has(r.sector) || PRIVATE.has(r.sector);
  return r.code === null || placed;
}

/** The coder gave the actor or recipient side the country of a place (see stage.ts explanations). */
function placedSides(explain: readonly string[]): { actor: boolean; recipient: boolean } {
  return {
    actor: explain.some((x) => x.startsWith('args: the actor takes the country of')),
    recipient: explain.some(
      (x) =>
        x.startsWith('args: recipient = country of the place') ||
        x.startsWith('args: the recipient takes the country of'),
    ),
  };
}

/** Acts that take a counterpart, which private people doing them toward nobody named are no events of. */
const TOWARD = new Set(['AID', 'CONSULT', 'REQUEST', 'AGREE', 'SUPPORT']);

/** Requests addressed to the state even when the text names no one ("villagers applied for asylum"). */
const PETITION = /^(appl|petition|seek|sought)/;

/**
 * Ordinary people giving or bringing things to nobody named ("People have been bringing food") is
 * kindness, no AID between parties, and a private person who discussed a topic with nobody named
 * ("an employee discussed new features") held no consultation; nor is a private person asking, offering,
 * promising or welcoming with nobody named ("when your wife asks you to do something", "if they offer me
 * money", "she expressed gratitude") a request, agreement or support between parties: the actor is
 * civilians only, with no state of their own, and there is no recipient. A state, an official body or an
 * aid agency stays an event, and so does applying or petitioning (for asylum, a permit), which is addressed
 * to the state.
 */
function privateGiving(e: Pick<Event, 'event' | 'actor' | 'recipient' | 'eventText'>, placed: boolean): boolean {
  if (!TOWARD.has(e.event) || e.recipient.length) return false;
  if (e.event === 'REQUEST' && PETITION.test(e.eventText.toLowerCase())) return false;
  return e.actor.every((a) => a.sector === 'CVL' && (a.code === null || a.code === 'CVL' || placed));
}

/**
 * The event is a business dealing: every party is private and a company is among them — the actor, for
 * any act but violence and protest; else the recipient of a cooperative act. So is market commentary:
 * analysts, economists or traders acting toward no political party.
 */
export function businessDealing(e: Pick<Event, 'event' | 'actor' | 'recipient' | 'explain' | 'eventText'>): boolean {
  if (ALWAYS.has(e.event) || !e.actor.length) return false;
  const placed = placedSides(e.explain ?? []);
  if (privateGiving(e, placed.actor)) return true;
  if (!e.actor.every((a) => nonPolitical(a, placed.actor))) return false;
  if (!e.recipient.every((r) => nonPolitical(r, placed.recipient))) return false;
  if (e.actor.some(commercial) || e.actor.every((a) => a.role !== null && COMMENTATORS.has(a.role))) return true;
  return COOPERATIVE.has(e.event) && e.recipient.some(commercial);
}
