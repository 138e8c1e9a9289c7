import type { SyntaxLayer } from '../syntax/types.js';
import type { Cand } from './types.js';

/**
 * Nouns for things an actor owns or uses: a name or demonym that only describes one of them
 * ("four ISIL vehicles", "Israeli jets", "the U.K.'s amphibious assault ship", "a Peshmerga
 * frontline position") is not an actor mention of its own. Events may still read it (as the
 * owner of what was struck), so the stage keeps it with the references, not in the actor list.
 */
const THINGS = new Set([
  'vehicle',
  'tank',
  'jet',
  'plane',
  'aircraft',
  'airplane',
  'airliner',
  'helicopter',
  'drone',
  'ship',
  'frigate',
  'destroyer',
  'warship',
  'vessel',
  'boat',
  'submarine',
  'cache',
  'stockpile',
  'position',
  'building',
  'asset',
  'equipment',
  'truck',
  'launcher',
  'bunker',
  'checkpoint',
  'depot',
  'airfield',
  'airspace',
  'dinar',
  'currency',
  'passport',
]);

/**
 * Nouns for a setting a place name can locate ("the Syria crisis", "the London conference", "the
 * besieged Damascus suburb"): a state or capital named so is a place, not an actor.
 */
const SETTINGS = new Set([
  'crisis',
  'conflict',
  'war',
  'conference',
  'summit',
  'talks',
  'suburb',
  'district',
  'neighbourhood',
  'neighborhood',
  'area',
  'region',
  'province',
  'city',
  'town',
  'village',
  'border',
  'frontier',
  'countryside',
  'desert',
  'coast',
]);

/** Dependency relations of a noun modifier inside the noun phrase it describes. */
const MODIFIER = new Set(['compound', 'amod', 'nmod:poss']);

/**
 * The noun of `nouns` a candidate's last word modifies, following a chain of noun modifiers
 * ("ISIL weapons caches"), or -1.
 */
function describedNoun(c: Cand, syn: SyntaxLayer, nouns: ReadonlySet<string>, rels: ReadonlySet<string>): number {
  let t = c.t1 - 1;
  for (let n = 0; n < 5; n++) {
    const h = syn.head[t] ?? -1;
    if (h <= t || !rels.has(syn.deprel[t] ?? '')) return -1;
    const lemma = (syn.lemma[h] ?? '').toLowerCase();
    if (nouns.has(lemma) || nouns.has(lemma.replace(/s$/, ''))) return h;
    if (!/^(compound|amod)$/.test(syn.deprel[h] ?? '') || syn.upos[h] !== 'NOUN') return -1;
    t = h;
  }
  return -1;
}

/** Whether a name, demonym or metonym only describes a thing ("ISIL targets"), not an actor. */
export function describesThing(c: Cand, syn: SyntaxLayer | undefined): boolean {
  if (!syn || c.person || c.possessor) return false;
  if (c.kind !== 'name' && c.kind !== 'demonym' && c.kind !== 'metonym') return false;
  // "sell NATO ally Germany four drones": a name right before a count is the first object, not the things' modifier
  if (syn.upos[c.t1] === 'NUM' && syn.upos[c.t1 - 1] === 'PROPN') return false;
  return describedNoun(c, syn, THINGS, MODIFIER) >= 0;
}

const COMPOUND = new Set(['compound']);

/**
 * Acts a state's bare name before them suffers rather than does ("the Kuwait invasion", "the Gaza
 * blockade"): the land invaded or blockaded, a place. With "of" after the act ("the Iraq invasion of
 * Kuwait"), or an abbreviation used as an adjective ("the U.S. invasion"), the name is the doer.
 */
const SUFFERED = new Set(['invasion', 'annexation', 'liberation', 'blockade']);

/** Whether a state or capital's name only locates a setting ("the Syria crisis", "the Kuwait invasion"): a place. */
export function locatesSetting(c: Cand, syn: SyntaxLayer | undefined): boolean {
  if (!syn || c.person || (c.actorKind !== 'state' && c.actorKind !== 'metonym')) return false;
  if (c.kind !== 'name' && c.kind !== 'metonym') return false;
  if (describedNoun(c, syn, SETTINGS, COMPOUND) >= 0) return true;
  if (/^[A-Z][A-Z.]*$/.test(syn.lemma[c.t1 - 1] ?? '')) return false;
  const act = describedNoun(c, syn, SUFFERED, COMPOUND);
  return act >= 0 && (syn.lemma[act + 1] ?? '').toLowerCase() !== 'of';
}

/** The token of a candidate whose head lies outside it (the head of its phrase), or -1. */
function phraseHead(c: Cand, syn: SyntaxLayer): number {
  for (let t = c.t0; t < c.t1; t++) {
    const h = syn.head[t] ?? -1;
    if (h < c.t0 || h >= c.t1) return t;
  }
  return -1;
}

/** Whether token h heads a predicate: "(he was) a commander", "(registered) as refugees". */
function predicateAt(
  h: number,
  start: number,
  syn: SyntaxLayer,
  words: readonly string[],
  from: number,
  to: number,
): boolean {
  let cop = false;
  let subject = false;
  let as = false;
  for (let k = from; k < to; k++) {
    if (syn.head[k] !== h) continue;
    const w = words[k] ?? '';
    if (syn.deprel[k] === 'cop' && k < start && /^(is|was|are|were|be|been|being)$/.test(w)) cop = true;
    // the described actor comes first ("Qanbar was …"), not "Accompanying them were 300 airmen"
    if (/^nsubj/.test(syn.deprel[k] ?? '') && k < start && !/^(what|who|which|that)$/i.test(w)) subject = true;
    if (syn.deprel[k] === 'case') {
      // "(thoughts are) with the family": a prepositional predicate is no description
      if (w.toLowerCase() !== 'as' || words[k - 1]?.toLowerCase() === 'such') return false;
      as = true;
    }
  }
  return (cop && subject) || as;
}

/**
 * Whether a role phrase is a predicate that describes an actor named elsewhere ("Qanbar was a
 * commander in the navy", "650,000 Syrians are registered as refugees", "the EU will be the
 * biggest donor") rather than a mention of its own. Names and pronouns are never predicates here.
 */
export function isPredicate(
  c: Cand,
  syn: SyntaxLayer | undefined,
  words: readonly string[],
  sentence: { readonly firstToken: number; readonly lastToken: number },
): boolean {
  if (!syn || (c.kind !== 'nominal' && c.kind !== 'title') || c.possessor || c.ownedBy) return false;
  const h = phraseHead(c, syn);
  if (h < 0) return false;
  const { firstToken: from, lastToken: to } = sentence;
  if (predicateAt(h, c.t0, syn, words, from, to)) return true;
  // "an Islamist, former Iraqi officer and the son of a sheikh": conjuncts of a predicate
  const up = syn.head[h] ?? -1;
  return syn.deprel[h] === 'conj' && up >= from && up < c.t0 && predicateAt(up, up, syn, words, from, to);
}

/** Last words of proper names of places and buildings ("World Heritage Site", "Cultural Center"). */
const PLACE_HEADS = new Set([
  'site',
  'museum',
  'center',
  'centre',
  'airfield',
  'airport',
  'base',
  'region',
  'mosque',
  'church',
  'dam',
  'bridge',
  'square',
  'street',
  'stadium',
  'palace',
  'park',
  'camp',
  'prison',
  'hospital',
  'university',
]);

/**
 * Whether a name opens the proper name of a place or building ("the UNESCO World Heritage Site",
 * "the Iraqi Museum", "Tiyas Military Airfield"): it names the place, not an actor there.
 */
export function opensPlaceName(c: Cand, words: readonly string[], end: number): boolean {
  if (c.person || c.kind === 'pronoun') return false;
  let q = c.t1;
  while (q < end && q - c.t1 < 4 && /^\p{Lu}/u.test(words[q] ?? '')) q++;
  return q > c.t1 && PLACE_HEADS.has((words[q - 1] ?? '').toLowerCase());
}

/**
 * Role-noun heads from the knowledge (mostly Phoenix agents) that name a place, a building or a
 * craft rather than the people in it ("the village", "a military barracks", "the hospital",
 * "passenger jets"): such a phrase is not an actor mention, though events may still read it (as a
 * target), so the stage keeps it with the references.
 */
const PLACE_OR_CRAFT_HEADS = new Set([
  'village',
  'town',
  'neighborhood',
  'neighbourhood',
  'district',
  'hospital',
  'clinic',
  'school',
  'schoolhouse',
  'kindergarten',
  'kindergarden',
  'preschool',
  'college',
  'university',
  'barracks',
  'prison',
  'jail',
  'post',
  'checkpoint',
  'jet',
  'jumbojet',
  'ship',
  'containership',
  'vessel',
  'aircraft',
  'airliner',
]);

/** Whether a role phrase's head noun names a place, building or craft ("Hibhib Village", "the hospital"). */
export function namesPlaceOrCraft(c: Cand, words: readonly string[]): boolean {
  if ((c.kind !== 'nominal' && c.kind !== 'title') || c.person || !c.head) return false;
  const last = (words[c.t1 - 1] ?? '').toLowerCase();
  const headWord = c.head.term.split(' ').pop() ?? '';
  // "British universities and students": a conjunct may still name people
  for (let t = c.t0; t < c.t1; t++) if (/^(and|or|&)$/i.test(words[t] ?? '')) return false;
  return PLACE_OR_CRAFT_HEADS.has(headWord) && (last === headWord || last.replace(/e?s$/, '') === headWord);
}

/** Whether "person" is the grammatical one: "(written) in the first person", "the third person". */
export function grammaticalPerson(c: Cand, words: readonly string[]): boolean {
  if (c.kind !== 'nominal' && c.kind !== 'title') return false;
  return (
    /^persons?$/i.test(words[c.t1 - 1] ?? '') &&
    /^(first|second|third)$/i.test(words[c.t1 - 2] ?? '') &&
    c.t1 - 2 >= c.t0
  );
}

/** Nouns for aircraft only. */
const CRAFT = /^(airlifters?|tankers?|jets?|aircraft|helicopters?|drones?|planes?|warplanes?|gunships?|airliners?)$/;
/** Plural nouns for people or for aircraft. */
const AMBIGUOUS = /^(fighters|bombers)$/;
const JOINER = /^(,|and|or)$/;

/**
 * Whether "fighters" or "bombers" are aircraft: listed with nouns for aircraft only ("fighters,
 * bombers and airlifters", "tankers and fighters"), within the same coordination. Events still read
 * them (the stage keeps them with the references).
 */
export function namesAircraft(c: Cand, words: readonly string[], sentence: { readonly lastToken: number }): boolean {
  if (c.kind !== 'nominal' || !c.plural) return false;
  const low = (t: number) => (words[t] ?? '').toLowerCase();
  const own: string[] = [];
  for (let t = c.t0; t < c.t1; t++) if (!JOINER.test(low(t))) own.push(low(t));
  if (!own.every((w) => AMBIGUOUS.test(w) || CRAFT.test(w)) || !own.some((w) => AMBIGUOUS.test(w))) return false;
  if (own.some((w) => CRAFT.test(w))) return true;
  // the rest of the list, both ways: joiner(s), word, joiner(s), word …
  for (const dir of [1, -1]) {
    let t = dir > 0 ? c.t1 : c.t0 - 1;
    let joined = false;
    for (let n = 0; n < 8 && t >= 0 && t < sentence.lastToken; n++, t += dir) {
      const w = low(t);
      if (JOINER.test(w)) {
        joined = true;
        continue;
      }
      if (!joined) break;
      if (CRAFT.test(w)) return true;
      if (!AMBIGUOUS.test(w)) break;
      joined = false;
    }
  }
  return false;
}
