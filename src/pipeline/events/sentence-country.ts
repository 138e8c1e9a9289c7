import type { Mention, Place } from '../../schema/output.js';

/**
 * When may an uncoded party take the one country its sentence names? The sentence's places are
 * evidence of where its events happen, but two kinds of place say nothing about that:
 * - a state named as the counterpart of an action ("called for sanctions against X"): the
 *   actor acts on that state from outside as often as from inside;
 * - a demonym that is the modifier of another party ("President X welcomed South African leader Y",
 *   "Croatian authorities are failing …, a rights group said"): it gives that party's state only.
 *   It still places a domestic counterpart ("Egyptian police dispersed demonstrators", "Rwandan
 *   rebels demanded the removal of President Z", "Iranian authorities pressured workers"), but not
 *   a named person of the same sector as that party (two leaders of different states meet) nor a
 *   human rights group (which reports on states, its own or not).
 */

/** A military rank before a personal name: "General Tom Smith", "Lt. Gen. Smith", "Admiral Jones". */
const RANKED =
  /^(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Vice|Rear|Air|Field)\s+)?(?:General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Commander|Cmdr\.|Marshal|Brigadier|Brig\.)\s+(?!(?:Staff|Command|Headquarters|Directorate|Assembly|Council)\b)\p{Lu}/u;

/**
 * A named officer ("General Tom Smith") whose own state the text does not say: officers act abroad
 * (visiting troops, meeting allies, commanding an intervention) as often as at home, so the place
 * of the sentence says nothing of whose officer it is.
 */
export function rankedOfficer(m: { readonly actorText: string; readonly sector: string | null }): boolean {
  return m.sector === 'MIL' && RANKED.test(m.actorText);
}

/**
 * A party its words say is of several states or of none of the sentence's ("a regional peacekeeping
 * force", "international monitors", "foreign troops", "allied forces"; not a foreign minister).
 */
const OF_MANY =
  /\b(?:regional|international|multinational|multi-national|allied|coalition|foreign(?!\s+(?:minister|ministry|ministries|affairs|secretary|secretaries|office|policy|service|relations)))\b/i;

/** Whether a party's words say it is of several states or of none named ("a regional force"). */
export const ofManyStates = (actorText: string): boolean => OF_MANY.test(actorText);

/** A place named as the counterpart of an action: "against (the) Nigeria". */
export function counterpartPlace(text: string, p: Place): boolean {
  return /\bagainst\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 14), p.start));
}

/** The coded party (other than `m`) of which `p` is a modifier: a mention longer than the place. */
function modifiedParty(ms: readonly Mention[], m: Mention, p: Place): Mention | undefined {
  return ms.find(
    (x) => x !== m && x.code === p.country && x.start <= p.start && p.end <= x.end && x.end - x.start > p.end - p.start,
  );
}

/**
 * Whether uncoded `m` may take `country`, the one country of its sentence's `places` (already
 * filtered to the sentence, counterparts excluded).
 */
export function sentenceCountryFits(
  m: Mention,
  country: string,
  places: readonly Place[],
  ms: readonly Mention[],
): boolean {
  if (rankedOfficer(m) || OF_MANY.test(m.actorText)) return false;
  const parties: Mention[] = [];
  for (const p of places) {
    if (p.country !== country) continue;
    const x = modifiedParty(ms, m, p);
    // a place of its own: the sentence is there
    if (!x) return true;
    parties.push(x);
  }
  if (m.sector === 'HRI') return false;
  // (a named official of the same sector as the party: two leaders, likely of two states)
  if (m.kind !== 'name') return true;
  return parties.some((x) => x.sector && x.sector !== m.sector);
}
