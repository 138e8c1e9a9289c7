import type { ActorRef, Place } from '../../schema/output.js';
import { CLAUSE_BREAKS, placeRef, toRef } from './args.js';
import type { SentenceView } from './view.js';

/** Prepositions that lead from an act to the place it is done in, to or against. */
const TO_PLACE = new Set([
  'in',
  'to',
  'into',
  'at',
  'across',
  'inside',
  'within',
  'on',
  'against',
  'toward',
  'towards',
  'near',
  'throughout',
]);
/** Prepositions of the place where an act happens (not of the place it is directed to). */
export const AT_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'within', 'near', 'across', 'throughout']);

/** "the invasion of Kuwait", "the siege of Sarajevo": the place a nominal act of force is done to. */
export const OF_PLACE: ReadonlySet<string> = new Set(['of']);

/** Words that close the clause of the trigger: a place after them belongs to another clause. */
const STOP = new Set([...CLAUSE_BREAKS, ',', '.', 'whose', 'said', 'says', 'from', 'by']);
const DET = new Set(['the', 'a', 'an']);
const DASH = /^(--|—|–)$/;
const BORDER = /^(border|borders|frontier|frontiers|boundary|border-line|borderline)$/;
const REGION_ADJ = /^(north|south|east|west|central|northern|southern|eastern|western|occupied|besieged)/;

/**
 * "shelled towns in Ukraine", "sent arms to Pakistan", "visited Russia": when an act names no
 * recipient, the country of the place it is done in or directed to stands for it (PETRARCH codes the
 * location's country as the target). Looks from token `from` to the end of the clause, at most
 * `window` tokens; the place must follow a locative/directional preposition or be the act's direct
 * object. Returns null when no such place is found.
 */
export function placeRecipient(
  v: SentenceView,
  from: number,
  places: readonly Place[],
  window = 12,
  leads: ReadonlySet<string> = TO_PLACE,
): { ref: ActorRef; place: Place } | null {
  const n = v.tokens.length;
  for (let k = from; k < Math.min(n, from + window); k++) {
    const w = v.lower[k] ?? '';
    // "to the Esfahan facilities (UCF) in central Iran": a short parenthetical is stepped over
    const close = w === '(' ? v.lower.indexOf(')', k) : -1;
    if (close > k && close - k <= 4) {
      k = close;
      continue;
    }
    // "signed papers in ceremonies -- broadcast live on Polish television -- to …": an aside between
    // dashes is stepped over; a single dash opens one that runs to the end
    if (DASH.test(w)) {
      const shut = v.lower.findIndex((x, j) => j > k && DASH.test(x));
      if (shut < 0) return null;
      k = shut;
      continue;
    }
    // "shortened by one hour the curfew in Sudan": a measure after "by" is no agent
    const measure =
      w === 'by' && /^(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|half)$/.test(v.lower[k + 1] ?? '');
    if (STOP.has(w) && !measure) return null;
    const tok = v.tokens[k];
    if (!tok) return null;
    const place = places.find((x) => x.start === tok.start && x.country);
    if (!place?.country) continue;
    // "captured a guerrilla stronghold on the Thai border": a place naming a border says where, not
    // whose side is acted on
    const after = v.tokens.findIndex((t) => t.start >= place.end);
    if (after >= 0 && BORDER.test(v.lower[after] ?? '')) continue;
    let j = k - 1;
    // "in the occupied West Bank", "in central Iran": determiners and up to two adjectives
    for (let adj = 0; j >= from; j--) {
      if (DET.has(v.lower[j] ?? '')) continue;
      if (adj < 2 && (v.upos[j] === 'ADJ' || REGION_ADJ.test(v.lower[j] ?? '')) && !STOP.has(v.lower[j] ?? '')) {
        adj++;
        continue;
      }
      break;
    }
    const lead = v.lower[j] ?? '';
    if (!(leads.has(lead) || (j < from && leads === TO_PLACE))) continue;
    return {
      place,
      ref: placeRef(place),
    };
  }
  return null;
}

const OWNER_PREPS = new Set(['from', 'by', 'of']);

/** Rules a defiance is directed against, by their author ("violated a ban by General X"). */
export const RULES: ReadonlySet<string> = new Set(['ban', 'order', 'decree', 'ruling', 'curfew', 'embargo', 'edict']);

/** The actor at token k (a mention, a possessive reference, or a place standing for its country). */
function actorAt(v: SentenceView, k: number, places: readonly Place[]): ActorRef | null {
  const mi = (v.mentionAt[k] ?? -1) >= 0 ? (v.mentionAt[k] ?? -1) : (v.possessorAt[k] ?? -1);
  const m = mi >= 0 ? v.mentions[mi] : undefined;
  if (m) return toRef(m);
  const tok = v.tokens[k];
  const place = tok ? places.find((x) => x.start <= tok.start && tok.end <= x.end && x.country) : undefined;
  if (!place?.country) return null;
  return placeRef(place);
}

/**
 * "rejected a U.S. request", "accepted an offer from Spain", "vetoed a Security Council resolution":
 * a response whose object is someone's proposal is directed at its author — the possessor, modifier or
 * "from/by/of" phrase of the proposal noun (`proposal` cue list). Needs the parse; null if none.
 */
export function proposalOwner(
  v: SentenceView,
  i: number,
  places: readonly Place[],
  proposal: ReadonlySet<string>,
): ActorRef | null {
  if (!v.parsed) return null;
  for (const o of v.children[i] ?? []) {
    // "rejected a U.S. request", and "agreed to US mediation", "responded to an Iranian offer"
    const to = (v.children[o] ?? []).some((x) => v.deprel[x] === 'case' && v.lower[x] === 'to');
    if (v.deprel[o] !== 'obj' && !(/^obl/.test(v.deprel[o] ?? '') && to)) continue;
    if (!proposal.has(v.lemma[o] ?? '') && !proposal.has(v.lower[o] ?? '')) continue;
    for (const c of v.children[o] ?? []) {
      const rel = v.deprel[c] ?? '';
      if (rel === 'nmod' || rel.startsWith('nmod:')) {
        if (rel === 'nmod') {
          const p = (v.children[c] ?? []).find((x) => v.deprel[x] === 'case');
          if (p === undefined || !OWNER_PREPS.has(v.lower[p] ?? '')) continue;
        }
      } else if (rel !== 'compound' && rel !== 'amod') continue;
      const ref = actorAt(v, c, places);
      if (ref) return ref;
    }
    // "rejected calls by Kofi Annan": a parse that hangs the owner right after the noun on the verb
    for (const c of v.children[i] ?? []) {
      if (!/^obl/.test(v.deprel[c] ?? '') || c <= o) continue;
      const p = (v.children[c] ?? []).find((x) => v.deprel[x] === 'case');
      if (p !== o + 1 || !OWNER_PREPS.has(v.lower[p] ?? '')) continue;
      const ref = actorAt(v, c, places);
      if (ref) return ref;
    }
  }
  return null;
}

/**
 * "Demonstrators in Baghdad blocked a road": a protest that names no target is directed at the
 * authorities of the country where it happens — the place of the sentence nearest the trigger
 * (tokens `first`..`last`), on either side. Null when the sentence names no place with a country.
 */
export function nearestPlace(
  v: SentenceView,
  first: number,
  last: number,
  places: readonly Place[],
  skip: (p: Place) => boolean = () => false,
): Place | null {
  const s = v.tokens[0]?.start ?? 0;
  const e = v.tokens[v.tokens.length - 1]?.end ?? 0;
  const a = v.tokens[first]?.start ?? 0;
  const b = v.tokens[last]?.end ?? 0;
  let best: Place | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (!p.country || p.start < s || p.end > e || skip(p)) continue;
    const d = p.start >= b ? p.start - b : a - p.end;
    if (d >= 0 && d < dist) {
      best = p;
      dist = d;
    }
  }
  return best;
}

/**
 * "received weapons from the government": the party after "from" in the clause of the trigger
 * (a mention, or a place standing for its country). Null when there is none.
 */
export function fromParty(v: SentenceView, last: number, places: readonly Place[], window = 10): ActorRef | null {
  for (let k = last + 1; k < Math.min(v.lower.length, last + window); k++) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) && w !== 'from') return null;
    if (w !== 'from') continue;
    for (let j = k + 1; j < Math.min(v.lower.length, k + 5); j++) {
      if (STOP.has(v.lower[j] ?? '')) return null;
      const ref = actorAt(v, j, places);
      if (ref) return ref;
    }
    return null;
  }
  return null;
}

/** Texts a government may issue, speaking for it. */
const ISSUED_TEXTS = new Set([
  'report',
  'statement',
  'document',
  'study',
  'communique',
  'communiqué',
  'dossier',
  'declaration',
]);
const ISSUED = new Set(['released', 'issued', 'published', 'presented', 'unveiled']);

/**
 * "A report released in the Sylvanian capital alleged that …": a text issued in a country's capital
 * speaks for that country's state (PETRARCH codes the capital's country as the source). The subject of
 * the verb at `i` by word order: a text noun, a participle of issuing, "in [the] X capital" or "in the
 * capital[,] X", with no actor named between it and the verb. Null when the sentence says otherwise.
 */
export function issuingCapital(v: SentenceView, i: number, places: readonly Place[]): ActorRef | null {
  let noun = -1;
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    if ((v.mentionAt[k] ?? -1) >= 0 || STOP.has(v.lower[k] ?? '')) break;
    if (ISSUED_TEXTS.has(v.lemma[k] || (v.lower[k] ?? ''))) {
      noun = k;
      break;
    }
  }
  if (noun < 0 || !ISSUED.has(v.lower[noun + 1] ?? '')) return null;
  const cap = v.lower.indexOf('capital', noun + 2);
  if (cap < 0 || cap >= i || !v.lower.slice(noun + 2, cap).includes('in')) return null;
  const placeAt = (k: number): Place | undefined => {
    const tok = v.tokens[k];
    return tok ? places.find((p) => p.start === tok.start && p.country) : undefined;
  };
  // "the Sylvanian capital", "the capital Zenda", "the capital, Zenda"
  const place = placeAt(cap - 1) ?? placeAt(cap + 1) ?? (v.lower[cap + 1] === ',' ? placeAt(cap + 2) : undefined);
  return place?.country ? placeRef(place) : null;
}
