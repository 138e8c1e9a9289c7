import type { ActorRef, Event } from '../../schema/output.js';

/**
 * Business dealings are no political events. PLOVER's sector BUS covers "individuals, companies and
 * enterprises"; its economic context takes in "business-government relations in areas of political or
 * economic concern (e.g., a government accusing a company of monopolistic practices, or a government
 * expropriating a company's assets)" but not "news reports that solely discuss company annual reports,
 * acquisitions, and similarly mundane business activities" (PLOVER manual, contexts: Economic).
 *
 * So an act between companies, or between a company and private parties (customers, charities,
 * schools, unnamed parties), is no event: a deal, an offer, a takeover, funding, a pledge, a
 * purchase, support, a meeting, a request, a complaint or a refusal among them. A state, an official
 * body, an armed group or organised labour on either side makes it political (a company sanctioned,
 * bought or accused by a government; a company asking a government for aid; workers striking), and
 * force, coercion and protest are events whoever does them.
 */

/** Sectors of commercial actors. */
const COMMERCIAL = new Set(['BUS']);

/** Sectors of private, unarmed, non-state parties (besides companies). */
const PRIVATE = new Set(['CVL', 'EDU', 'MED', 'JRN', 'HLH', 'NGO', 'REL', 'AGR', 'REF', 'CRM']);

/** Acts that are events whoever the parties are. */
const ALWAYS = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE']);

/** Conflictual verbal or material acts that a company's dealings with private parties may be. */
const DISPUTE = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'SANCTION']);

const commercial = (r: ActorRef): boolean => r.sector !== null && COMMERCIAL.has(r.sector);

/** A private party: a private sector, or nothing known about it (no sector, no code). */
const nonPolitical = (r: ActorRef): boolean =>
  r.sector !== null ? COMMERCIAL.has(r.sector) || PRIVATE.has(r.sector) : r.code === null;

/**
 * The event is a business dealing: every party is commercial or private and a company is among them —
 * the actor for any act but force, coercion and protest, else (a customer or a charity dealing with a
 * company) the recipient of a cooperative act.
 */
export function businessDealing(e: Pick<Event, 'event' | 'quadClass' | 'actor' | 'recipient'>): boolean {
  if (ALWAYS.has(e.event) || !e.actor.length) return false;
  const parties = [...e.actor, ...e.recipient];
  if (!parties.every(nonPolitical)) return false;
  if (e.actor.some(commercial)) return e.quadClass === 1 || e.quadClass === 2 || DISPUTE.has(e.event);
  return (e.quadClass === 1 || e.quadClass === 2) && e.recipient.some(commercial);
}
