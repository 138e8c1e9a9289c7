import type { ActorRef, Place } from '../../schema/output.js';
import { nextMention, noneOfAt, OF_TARGET, placeRef } from './args.js';
import { AT_PLACE, fromParty, nearestPlace, OF_PLACE, placeRecipient } from './places.js';
import { isReciprocal } from './reciprocal.js';
import { amended, type Pending, type SentenceState } from './sentence.js';
import { ofManyStates, rankedOfficer } from './sentence-country.js';
import { ORGANISATION, type SentenceView } from './view.js';

/** Verbs of taking people out of danger: those taken are of the place they are taken from. */
const RESCUE = /^(evacuat|rescu|airlift|extract)/;

/** Sectors of state organs that act only within their own country's jurisdiction (courts, police). */
const JURISDICTION = new Set(['JUD', 'COP']);

/** Prepositions leading from a protest to its target ("against", "disapproval for", "in defiance of"). */
const PROTEST_PREPS = ['against', 'for', 'of', 'at', 'over', 'with'];

/**
 * A place word inside the name of an organisation describes where it is based ("a UK-based group",
 * "the Syrian Observatory for Human Rights"), not where an act happens.
 */
const partOfMention = (v: SentenceView, x: Place): boolean =>
  v.mentions.some(
    (m) =>
      ORGANISATION.test(m.sector ?? '') && m.start <= x.start && x.end <= m.end && m.end - m.start > x.end - x.start,
  );

/** Nouns of violent acts, whose place is where they happened. */
const VIOLENT_ACT =
  /^(attacks?|bombings?|blasts?|explosions?|killings?|massacres?|shootings?|violence|fighting|clash(es)?)$/;

/**
 * "condemned the two bomb attacks in Kenya", "condemned the explosions near U.S. embassies in Kenya": a
 * place after a violent act noun at token `from` or later, with no verb between, is where that act
 * happened or whom it hit, not the one disapproved of.
 */
const sceneOfAct = (v: SentenceView, x: Place, from: number): boolean => {
  const k = v.tokens.findIndex((t) => t.start === x.start);
  for (let j = k - 1; j >= from; j--) {
    if (v.upos[j] === 'VERB') return false;
    if (VIOLENT_ACT.test(v.lower[j] ?? '')) return true;
  }
  return false;
};

/**
 * "called the escalation the dumbest way to punish China": a place after an infinitive between the
 * trigger at `from` and it is what that infinitive's act is done to, not the one criticised.
 */
const ofInfinitive = (v: SentenceView, x: Place, from: number): boolean => {
  const k = v.tokens.findIndex((t) => t.start === x.start);
  for (let j = k - 1; j > from; j--)
    if (v.lower[j - 1] === 'to' && (v.parsed ? v.xpos[j] === 'VB' : /^[a-z]+$/.test(v.lower[j] ?? ''))) return true;
  return false;
};

/** Possessive pronouns: the thing they own is someone's, not the place's it stands in. */
const OWNER = /^(his|her|their|my|your|our|its)$/;

/**
 * "thieves broke into their van in Sweden", "raided his home in Zenda": a use of force on a thing
 * someone owns (a possessive pronoun between the trigger at `from` and the place, the place led by a
 * locative preposition) is done to its owner, not to the country it stands in. Not when the owner is
 * the actor ("closed its embassy in X", an unresolved "its" taken as the actor's).
 */
const ownedThingAt = (v: SentenceView, p: Pending, x: Place, from: number): boolean => {
  if (p.e.quadClass !== 4 || p.e.event === 'MOBILIZE' || p.t.info.plover === 'RETREAT') return false;
  const k = v.tokens.findIndex((t) => t.start === x.start);
  let j = k - 1;
  while (j >= from && (v.upos[j] === 'DET' || v.upos[j] === 'ADJ')) j--;
  if (j < from || !AT_PLACE.has(v.lower[j] ?? '')) return false;
  for (let i = from; i < j; i++) {
    const w = v.lower[i] ?? '';
    if (!OWNER.test(w)) continue;
    const owner = v.mentions[v.possessorAt[i] ?? -1];
    if (owner ? !p.e.actor.some((a) => a.start === owner.start) : w !== 'its') return true;
  }
  return false;
};

/**
 * "met with his top aides Wednesday in the White House": a meeting whose partner is named after "with"
 * (a party or not) is held in the place, not with its country.
 */
export const partnerNamedBefore = (v: SentenceView, p: Pending, x: Place, from: number): boolean => {
  if (p.e.event !== 'CONSULT') return false;
  const k = v.tokens.findIndex((t) => t.start === x.start);
  for (let i = from; i < k - 1; i++)
    if (v.lower[i] === 'with' && /^(DET|PRON|ADJ|NUM|NOUN)$/.test(v.upos[i + 1] ?? (v.lower[i + 1] ? 'NOUN' : '')))
      return true;
  return false;
};

/** Words after a country name that make it a currency ("US $5 million", "Hong Kong dollars"). */
const CURRENCY = new Set(['$', 'dollar', 'dollars', 'cents']);

/** "pledged US $5 million": a country naming a currency is no place an act is done to. */
const currency = (v: SentenceView, x: Place): boolean => {
  const k = v.tokens.findIndex((t) => t.start >= x.end);
  return k >= 0 && CURRENCY.has(v.lower[k] ?? '');
};

/** The place an act happens in: in its clause after the trigger, else the nearest in the sentence. */
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
        partOfMention(v, x) ||
        clauseSubject(v, x),
    )
  );
}

/**
 * "… that Tanzania is safe and they should continue investing": a place that is the subject of a
 * clause of its own (opening it, a verb or auxiliary right after it) is talked about, not where the actor acts.
 */
function clauseSubject(v: SentenceView, x: Place): boolean {
  const k = v.tokens.findIndex((t) => t.start >= x.end);
  if (k < 0 || !/^(AUX|VERB)$/.test(v.upos[k] ?? '')) return false;
  const before = v.tokens.findIndex((t) => t.end > x.start) - 1;
  // (opening its clause: "Miami waiting", "Presidents X of Ukraine and Y of Russia signed" are not)
  return before < 0 || v.lower[before] === 'that' || /^(SCONJ|CCONJ|PUNCT|VERB)$/.test(v.upos[before] ?? '');
}

/**
 * "declared a state of siege in Haiti, suspending parts of the constitution": the verb of the clause a
 * participle after a comma adds to (the nearest verb before the comma, back to the previous comma),
 * whose place the participle's act shares; none without tags.
 */
function participleHead(v: SentenceView, i: number): number[] {
  if (v.xpos[i] !== 'VBG' || v.lower[i - 1] !== ',') return [];
  for (let k = i - 2; k >= 0; k--) {
    if (/^[,;:"“”()]$/.test(v.lower[k] ?? '')) return [];
    if (v.upos[k] === 'VERB') return [k];
  }
  return [];
}

/**
 * "threatened to shell towns in Ukraine": an act with no recipient is directed at the country of the
 * place acted on or in ("its invasion of South Lebanon"), or at the party or place a retreat leaves.
 */
function placeDirected(s: SentenceState, p: Pending): void {
  const { v } = s;
  const starts = [
    p.t.last + 1,
    ...(s.swallowed.get(p.t) ?? []).map((c) => c.last + 1),
    // (a material act only: a demand or a dismissal made there is not directed at the place)
    ...(p.e.quadClass === 2 || p.e.quadClass === 4 ? participleHead(v, p.t.i).map((h) => h + 1) : []),
  ];
  // "its invasion of South Lebanon", "the blockade of Serbia": a nominal act of force done to a place
  const of =
    p.t.pos === 'noun' && OF_TARGET.has(p.t.info.plover ?? '')
      ? placeRecipient(v, p.t.last + 1, s.places, 6, OF_PLACE)
      : null;
  if (of && !p.e.actor.some((a) => a.code === of.ref.code))
    p.e = amended(
      p.e,
      { recipient: [of.ref] },
      `args: recipient = country of the place the act is done to ("${of.place.text}")`,
    );
  // ("France deployed French troops to Mali": forces moved at home, or the actor's own, are no target;
  // nor is a retreat directed at the actor's own country: "willing to withdraw … provided Israel's
  // border …")
  const home = (x: Place) =>
    (p.e.event === 'MOBILIZE' || p.t.info.plover === 'RETREAT') &&
    p.e.actor.some((a) => a.code && a.code === x.country);
  for (const from of p.e.recipient.length ? [] : starts) {
    const hit = placeRecipient(
      v,
      from,
      s.places.filter(
        (x) =>
          !currency(v, x) &&
          !home(x) &&
          !(p.e.event === 'ACCUSE' && (sceneOfAct(v, x, p.t.last + 1) || ofInfinitive(v, x, p.t.last))) &&
          !ownedThingAt(v, p, x, from) &&
          !partnerNamedBefore(v, p, x, from),
      ),
    );
    if (hit) {
      p.e = amended(p.e, { recipient: [hit.ref] }, `args: recipient = country of the place "${hit.place.text}"`);
      break;
    }
  }
  // "withdrew its troops from Lebanon": a retreat is directed at the party or place it leaves; so
  // is any act moving the actor's own people ("recalled its ambassador from Washington")
  const ownObject = p.t.pos === 'verb' && /^(its|their|his|her|our)$/.test(v.lower[p.t.last + 1] ?? '');
  // ("evacuated the wounded from the besieged town of Gorazde": those rescued from a place are its people)
  const rescue = p.e.event === 'AID' && p.t.pos === 'verb' && RESCUE.test(v.lemma[p.t.i] || (v.lower[p.t.i] ?? ''));
  const left =
    !p.e.recipient.length && (p.t.info.plover === 'RETREAT' || ownObject || rescue)
      ? fromParty(v, p.t.last, s.places)
      : null;
  if (left && !p.e.actor.some((a) => a.code && a.code === left.code) && !roleLeft(v, p.t.last, left))
    p.e = amended(
      p.e,
      { recipient: [left] },
      rescue
        ? `args: recipient = those of the place people are taken from ("from ${left.actorText}")`
        : `args: recipient = the party left ("from ${left.actorText}")`,
    );
  // "guerrillas operating in Macedonia have been demobilized": a retreat with nothing left named
  // stands down from the place its actor is said to be in
  const held = !p.e.recipient.length && p.t.info.plover === 'RETREAT' ? placeOfActor(v, p, s.places) : null;
  // (a state's own forces at home stand down from no one; rebels there from their state)
  const stateAt = (a: ActorRef) => a.code === held?.country && /^(GOV|MIL|COP|SPY|LEG|JUD)$/.test(a.sector ?? 'GOV');
  if (held && !p.e.actor.some(stateAt))
    p.e = amended(
      p.e,
      { recipient: [placeRef(held)] },
      `args: recipient = country of the place the actor is in ("${held.text}")`,
    );
}

/**
 * "ethnic Albanian guerrillas operating in Macedonia have been …": a place after "in" right after the
 * actor's mention (past a participle), before the trigger; null when there is none.
 */
function placeOfActor(v: SentenceView, p: Pending, places: readonly Place[]): Place | null {
  const end = p.e.actor.reduce((m, a) => Math.max(m, a.end), 0);
  const after = v.tokens.findIndex((t) => t.start >= end);
  if (!end || after < 0 || after >= p.t.i) return null;
  let k = after;
  if (/^(VBG|VBN)$/.test(v.xpos[k] ?? '') || /^(based|stationed|deployed|operating|fighting)$/.test(v.lower[k] ?? ''))
    k++;
  if (!/^(in|inside)$/.test(v.lower[k] ?? '')) return null;
  const tok = v.tokens[k + 1];
  const place = tok ? places.find((x) => x.start === tok.start && x.country) : undefined;
  if (!place) return null;
  // (nothing but the place and auxiliaries between it and the trigger)
  const pe = v.tokens.findIndex((t) => t.start >= place.end);
  return pe >= 0 && v.upos.slice(pe, p.t.i).every((u) => u === 'AUX' || u === 'ADV' || u === 'PART') ? place : null;
}

/**
 * "resigned from his job as a police officer", "stepped down from her post as minister": the party
 * after "as" names the role given up, not a party left.
 */
function roleLeft(v: SentenceView, last: number, left: ActorRef): boolean {
  const at = v.tokens.findIndex((t) => t.start >= left.start);
  const from = v.lower.indexOf('from', last + 1);
  return from >= 0 && at > from && v.lower.slice(from + 1, at).includes('as');
}

/** Generic actors and recipients (no country) take the country of the place where the act is done. */
function placeCountries(s: SentenceState, p: Pending): void {
  const { v } = s;
  // (a people said not to be among those meant, "none of them Americans", is no place of the act)
  const places = s.places.filter((x) => !noneOfAt(v, x.start));
  // (a named officer, "General X", is not of the place where he acts: see rankedOfficer)
  if (p.e.actor.length && p.e.actor.every((r) => !r.code && !rankedOfficer(r) && !ofManyStates(r.actorText ?? ''))) {
    // "Security forces shelled towns in X": generic actors take the country of the place where they
    // act — not of the place the act is directed to ("agreed to provide aid for Romania")
    const place = actorPlace(v, p, places);
    if (place?.country) {
      const code = place.country;
      p.e = amended(
        p.e,
        { actor: p.e.actor.map((r) => ({ ...r, code })) },
        `args: the actor takes the country of "${place.text}"`,
      );
    }
  }
  const organ = p.e.actor.find((a) => a.code && JURISDICTION.has(a.sector ?? ''));
  if (organ?.code && (p.e.quadClass ?? 4) < 4 && p.e.recipient.length && p.e.recipient.every((r) => !r.code)) {
    // "An Argentine judge ordered former president X to appear": courts and police order, summon
    // and seek people within their own country, wherever the act's other places lie (an act of
    // force keeps the country of the place where it is done)
    const code = organ.code;
    p.e = amended(
      p.e,
      { recipient: p.e.recipient.map((r) => ({ ...r, code })) },
      `args: the recipient takes the country of "${organ.actorText}", whose jurisdiction it is in`,
    );
  }
  if (p.e.recipient.length && p.e.recipient.every((r) => !r.code && !ofManyStates(r.actorText ?? ''))) {
    // "killed 23 people in Tel Aviv": generic victims take the country of the place of the act
    const place = placeOfAct(v, p, places);
    if (place?.country) {
      const code = place.country;
      p.e = amended(
        p.e,
        { recipient: p.e.recipient.map((r) => ({ ...r, code })) },
        `args: the recipient takes the country of "${place.text}"`,
      );
    }
  }
}

/** Nouns of a demand or call whose "from/by" party makes it. */
const DEMANDS = /^(demands?|calls?|appeals?|requests?|pleas?|pressure|petitions?)$/;

/**
 * "blocked roads to press demands from the opposition": a party after "from" or "by" that follows a
 * noun of demand is who makes the demand (the protesters' side), never the one protested against —
 * unless the demands are the protesters' own ("their demands … from the government": asked of it).
 */
function demandSource(v: SentenceView, r: ActorRef): boolean {
  const first = v.tokens.findIndex((t) => t.start >= r.start);
  let k = first - 1;
  while (k >= 0 && /^(the|a|an|its|their|his|her)$/.test(v.lower[k] ?? '')) k--;
  return /^(from|by)$/.test(v.lower[k] ?? '') && DEMANDS.test(v.lower[k - 1] ?? '') && !OWN.test(v.lower[k - 2] ?? '');
}

const OWN = /^(their|its|his|her|our)$/;

/**
 * "blocked roads … to press their demands for greater freedom from the government": the party the
 * protesters' own demands are made of ("from", "of", "on", "to" after the demand noun) is the one
 * the protest is against; none when the clause names none.
 */
function demandedOf(v: SentenceView, from: number, actor: readonly ActorRef[]): ActorRef[] {
  const n = v.lower.length;
  for (let k = from; k < Math.min(n, from + 25); k++) {
    const w = v.lower[k] ?? '';
    if (/^[;:]$/.test(w)) return [];
    if (!DEMANDS.test(w) || !OWN.test(v.lower[k - 1] ?? '')) continue;
    for (let j = k + 1; j < Math.min(n, k + 14); j++) {
      const x = v.lower[j] ?? '';
      if (/^[,;:.]$/.test(x)) return [];
      if (/^(from|of|on|upon|to)$/.test(x)) {
        const r = nextMention(v, j + 1, actor, 3, false, []);
        if (r.length) return r;
      }
    }
    return [];
  }
  return [];
}

/**
 * Parties derived from the places of an act that happened: a protest's target, the country of the
 * place acted on or left, the countries of generic actors and victims, a protest's host country.
 * Updates `p.e`; claimed (unless owned) and denied acts are left alone.
 */
export function placeDerived(s: SentenceState, p: Pending): void {
  const { v } = s;
  // (an act whose doer claims it, "claimed responsibility for the attack", happened: its place counts)
  const owned = (p.e.explain ?? []).some((x) => x.startsWith('args: actor = the party claiming responsibility'));
  if ((p.e.status === 'claimed' && !owned) || p.e.status === 'denied') return;
  if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'PROTEST') {
    // "blocked a road to show their disapproval for the United States' policies", "… in defiance of
    // Chinese authorities": a protest's target named later in its clause comes before its place
    const target = nextMention(v, p.t.last + 1, p.e.actor, 16, false, PROTEST_PREPS).filter((r) => !demandSource(v, r));
    if (target.length)
      p.e = amended(p.e, { recipient: target }, 'args (word order): recipient = the party the protest is against');
    const asked = target.length ? [] : demandedOf(v, p.t.last + 1, p.e.actor);
    if (asked.length)
      p.e = amended(p.e, { recipient: asked }, 'args (word order): recipient = the party the demands are made of');
  }
  if (!p.e.recipient.length && p.e.actor.length && !isReciprocal(p.e, p.t.info.plover)) placeDirected(s, p);
  placeCountries(s, p);
  if (!p.e.recipient.length && p.e.actor.length && p.e.event === 'PROTEST') {
    // a protest with no named target is directed at the authorities of the country it happens in
    const place = nearestPlace(v, p.t.i, p.t.last, s.places, (x) =>
      p.e.actor.some((a) => a.start <= x.start && x.end <= a.end),
    );
    if (place?.country) {
      const host: ActorRef = placeRef(place);
      p.e = amended(
        p.e,
        { recipient: [host] },
        `args: recipient = country where the protest happens ("${place.text}")`,
      );
    }
  }
}
