/**
 * Senses in which a trigger is said of things, markets and mishaps, no act between parties: where things end up,
 * things linked, investment in things, airline purchases, ruin said of jobs, weapons taken out of a bag, details
 * given, credit extended, roads closed for a mishap, searches for wreckage.
 */
import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** "they will end up fighting": "end up" says where things lead; the act after it, if any, is coded on its own word. */
function endsUp(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'verb' && v.lemma[t.i] === 'end' && v.lower[t.i + 1] === 'up';
}

/**
 * "intelligence linking the sites with the attacks", "a railway linking the two countries": a participle of
 * "link" modifying a noun describes what connects things; no party links itself with another.
 */
function linkingThing(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'link') return false;
  // the noun it modifies: its head when parsed as a clause on a noun, else the noun right before a participle
  // (closing quotes between them skipped: "''good intelligence'' linking …")
  let before = t.i - 1;
  while (before > 0 && v.upos[before] === 'PUNCT') before--;
  const noun = /^acl/.test(v.deprel[t.i] ?? '')
    ? (v.head[t.i] ?? -1)
    : /ing$/.test(v.lower[t.i] ?? '') && v.upos[before] === 'NOUN'
      ? before
      : -1;
  return noun >= 0 && (v.mentionAt[noun] ?? -1) < 0;
}

/**
 * "Tokyo is investing millions in Freedonia": investing in a party is economic cooperation (CAMEO 061);
 * investing in a thing ("in stocks", "in new roads") names no party.
 */
function investInNoParty(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'invest') return false;
  for (let k = t.last + 1; k <= t.last + 8 && k < v.lower.length; k++) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) return true;
    if (v.lower[k] !== 'in') continue;
    // a party: an actor mention or a proper name (a country named as a place)
    for (let m = k + 1; m <= k + 4 && m < v.lower.length; m++)
      if ((v.mentionAt[m] ?? -1) >= 0 || v.upos[m] === 'PROPN') return false;
    return true;
  }
  return true;
}

/** Words of civil aviation: airlines and their fleets, passengers and flights. */
const CIVIL_AVIATION =
  /^(airlines?|airways|carriers?|airliners?|jetliners?|dreamliners?|passengers?|flights?|fleet|fleets|long-haul|short-haul|aviation|routes?)$/;

/**
 * "the airline bought twelve long-haul jets", "we do not need to buy aircraft from Europe, the transport
 * minister said of the country's airlines": Phoenix's "buy &AIRCRAFT" (military cooperation, CAMEO 062) is a
 * commercial purchase when airlines, passengers or flights are in the sentence.
 */
function airlinePurchase(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.code !== '062' || !/^(buy|purchase|acquire|order)$/.test(v.lemma[t.i] ?? '')) return false;
  return v.lower.some((w) => CIVIL_AVIATION.test(w));
}

/** Goods of an economy or a standing that policies, not weapons, wreck. */
const WRECKED_GOODS =
  /^(jobs|economy|economies|livelihoods|industry|industries|careers?|reputations?|credibility|trust|confidence|hopes|competitiveness|morale|markets|savings|prospects|chances|dreams|businesses|employment)$/;

/**
 * "unfair trade practices destroyed thousands of factories and millions of jobs", "the scandal ruined his
 * career": destroying jobs, an economy or a reputation is said of policies and markets, no use of force.
 */
function figurativeRuin(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.info.plover !== 'ASSAULT') return false;
  if (!/^(destroy|ruin|devastate|wreck|decimate|wipe)$/.test(v.lemma[t.i] ?? '')) return false;
  for (let k = t.last + 1; k < v.lower.length && k <= t.last + 10; k++) {
    const w = v.lower[k] ?? '';
    if (/^[.;:!?,"”]$/.test(w) || w === "''") return false;
    if (WRECKED_GOODS.test(w)) return true;
  }
  return false;
}

/** Things a weapon is carried in or on. */
const CARRIED_IN =
  /^(backpack|bag|bags|pocket|pockets|waistband|holster|belt|jacket|coat|trousers|pants|purse|handbag|locker|desk|drawer|car|vehicle|truck|trunk|boot|glovebox|suitcase|luggage|case|box)$/;

/**
 * "no reports that the child ever removed the weapon from his backpack": taking a weapon out of a bag, a
 * pocket or a car (Phoenix's "remove &WEAPON", demilitarize 0873) disarms no party.
 */
function weaponTakenOut(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(remove|take|pull)$/.test(v.lemma[t.i] ?? '') || t.info.plover !== 'RETREAT') return false;
  const from = v.lower.indexOf('from', t.last + 1);
  if (from < 0 || from > t.last + 6) return false;
  for (let k = from + 1; k <= from + 4 && k < v.lower.length; k++) {
    if (CARRIED_IN.test(v.lower[k] ?? '')) return true;
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/**
 * "her ministry would issue more details of the disease", "police provided few details": giving out details
 * or facts (Phoenix's "provide DETAIL", cooperation 060) informs the public; no party cooperates with another.
 */
function detailsGiven(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.code !== '060' || !/^(issue|provide|give|release|offer)$/.test(v.lemma[t.i] ?? ''))
    return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (/^(details?|facts|particulars)$/.test(v.lower[k] ?? '')) return true;
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/**
 * "lenders have extended Control Data up to $90 million in revolving loans": extending loans or credit lends
 * money (Phoenix's "extend CONTROL", occupation 192, read off a company's name); no territory is taken.
 */
function extendedCredit(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'extend' || t.code !== '192') return false;
  for (let k = t.last + 1; k <= t.last + 12 && k < v.lower.length; k++) {
    if (/^[.;]$/.test(v.lower[k] ?? '')) return false;
    if (/^(loans?|credit|credits|financing|lending|\$)$/.test(v.lower[k] ?? '')) return true;
  }
  return false;
}

/** Reasons a road is closed that are no restriction on anyone: mishaps, emergencies and works. */
const WORKS =
  /^(repairs?|maintenance|construction|roadworks|works|resurfacing|traffic|snow|ice|debris|investigation|paramedics|ambulance|scene|injured|casualties|spill|leak)$/;

/** "Police closed the road after the accident": a road closed for a mishap or works restricts no party (no COERCE). */
export function closedForMishap(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'close' || t.info.plover !== 'COERCE') return false;
  return v.lower.some((w, k) => k !== t.i && (lex.cues.mishaps.has(w) || WORKS.test(w)));
}

/** Words of a search for the lost: wreckage, survivors, the missing. */
const SEARCH_FOR_LOST = /^(wreckage|debris|survivors|missing|bodies|remains|victims|rescue|rescuers|search|scour)$/;

/**
 * "it is using eight drones that will scour the waters for wreckage": Phoenix's "use &AIRCRAFT" (surveillance,
 * CAMEO 090) in a search for wreckage or survivors, or after a mishap, investigates no party.
 */
export function searchForLost(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'use' || t.code !== '090') return false;
  return v.lower.some((w) => SEARCH_FOR_LOST.test(w) || lex.cues.mishaps.has(w));
}

/** Senses said of things, markets and mishaps: the trigger is no event. */
export const NO_EVENT_THINGS: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  endsUp,
  linkingThing,
  investInNoParty,
  airlinePurchase,
  figurativeRuin,
  weaponTakenOut,
  detailsGiven,
  extendedCredit,
];
