import type { Cand } from './types.js';

/** Role nouns for a state's own organs of power, which belong to the state a story is about. */
const ORGANS = new Set([
  'government',
  'government force',
  'government troop',
  'security force',
  'army',
  'military',
  'armed force',
  'regime',
  'junta',
  'police',
  'riot police',
  'police force',
  'security service',
]);

/**
 * Words that may stand before such a noun and still leave it the state's own ("the national army",
 * "government forces", "riot police"); any other ("foreign", "rebel", "coalition", "Kurdish") says whose
 * it is or that it is of no state.
 */
const PLAIN = new Set([
  'the',
  'government',
  'security',
  'national',
  'state',
  'regular',
  'federal',
  'riot',
  'armed',
  'ruling',
]);

/** A state's missions abroad ("the Yugoslavian consulate in Istanbul"): they name a state the story is not in. */
const MISSIONS = new Set(['embassy', 'consulate', 'consulate general', 'legation']);

/**
 * A ministry named by its field ("the Foreign Ministry", "the Ministry of Defence", "the Commerce
 * Ministry"): the word "ministry" with the field words before or after "of", and no state named.
 */
const MINISTRY = /^(?:the )?(?:(?:federal|state|national) )?(?:[a-z]+ ){0,2}ministry(?: of(?: [a-z]+| and| ,){1,6})?$/;

/** A ministry no other state's knowledge claims but Britain's, by its British name ("the Ministry of Defence"). */
const BRITISH_NAMED = 'GBR';

/** How many sentences before an organ's own may name the state it belongs to. */
const BEFORE = 1;

/**
 * "Syrian state media reported that government forces shelled the town": a state's organ named without
 * its state ("government forces", "the army", "security forces", "the regime") takes the one state its
 * sentence names (as a state, a place or a body of the state; a person of a state, who may be abroad,
 * names it only to make the sentence ambiguous), or, when the sentence names none, the one state
 * the sentence before names; a sentence naming no state but a city or province of one country
 * ("… the consulate in downtown Istanbul") gives that country first (cities.ts). A state's embassy
 * or consulate names no state the story is in. Two states or none: it stays uncoded. Persons ("former dictator X") never
 * take a state this way: a person named in a story about a state is as often a foreigner.
 */
export function organsOfTheState(
  cands: readonly Cand[],
  k: readonly string[],
  isState: (code: string) => boolean,
  cities?: (sentence: number) => ReadonlySet<string> | undefined,
): void {
  const stateOf = stateFinder(cands, k, isState, cities);
  for (const c of cands) if (isOrgan(c, k)) c.code = stateOf(c.sentence);
}

/**
 * The one state a sentence names for an organ of it (see organsOfTheState): by states, their seats,
 * demonyms and bodies (people of a state only make it ambiguous), else the one city's country, else
 * the sentence before; null when two or none.
 */
function stateFinder(
  cands: readonly Cand[],
  k: readonly string[],
  isState: (code: string) => boolean,
  cities?: (sentence: number) => ReadonlySet<string> | undefined,
  skip?: (c: Cand) => boolean,
): (sentence: number) => string | null {
  const states = new Map<number, Set<string>>();
  const people = new Map<number, Set<string>>();
  const add = (m: Map<number, Set<string>>, c: Cand, code: string): void => {
    m.set(c.sentence, (m.get(c.sentence) ?? new Set<string>()).add(code));
  };
  for (const c of cands) {
    if (c.code === null || c.kind === 'pronoun' || !isState(c.code) || skip?.(c)) continue;
    if (c.head && MISSIONS.has(c.head.term)) continue;
    // (a people, "ethnic Albanians", "two Britons", is no state)
    if (c.kind === 'demonym' && (c.plural || /s$/.test(k[c.t1 - 1] ?? ''))) continue;
    // ("a Nigerian migrant", "Cuban exile leaders", "a Spaniard": people of a state are often abroad; they only make it ambiguous)
    if (c.person || c.head?.person || c.actorKind === 'person' || c.people) add(people, c, c.code);
    else if (c.actorKind === 'state' || c.actorKind === 'metonym' || c.kind === 'demonym') add(states, c, c.code);
    else if (c.kind === 'nominal' && c.sector !== 'CVL') add(states, c, c.code);
  }
  const named = (s: number): Set<string> => new Set([...(states.get(s) ?? []), ...(people.get(s) ?? [])]);
  return (sentence) => {
    let s = sentence;
    // ("police barred the crowd from the consulate in downtown Istanbul": the city the sentence names)
    const here = !states.get(s)?.size && !people.get(s)?.size ? cities?.(s) : undefined;
    if (here?.size === 1) return [...here][0] ?? null;
    while (!states.get(s)?.size && !people.get(s)?.size && s > sentence - BEFORE && s > 0) s--;
    const codes = named(s);
    if (!states.get(s)?.size || codes.size !== 1) return null;
    return [...codes][0] ?? null;
  };
}

/**
 * "Azerbaijan has mined the border … the Ministry of Defence (MoD) denied it": a ministry whose name
 * the knowledge gives to Britain ("Ministry of Defence") is, in a story that names Britain in no
 * other way, the ministry of the one state its sentence (or the one before) names, and so is its
 * short name ("MoD"); run before coreference, so that the persons set off beside it follow. Two
 * states or none: Britain's, by the name.
 */
export function ministriesByNameOnly(
  cands: readonly Cand[],
  k: readonly string[],
  w: readonly string[],
  isState: (code: string) => boolean,
): void {
  const ministries = cands.filter((c) => c.code === BRITISH_NAMED && c.kind === 'metonym' && isMinistry(c, k));
  if (ministries.length === 0) return;
  const short = (c: Cand): boolean =>
    c.code === BRITISH_NAMED &&
    c.kind === 'name' &&
    c.t1 === c.t0 + 1 &&
    /^[A-Z][A-Za-z]{1,4}$/.test(w[c.t0] ?? '') &&
    /[a-z][A-Z]|^[A-Z]{2,}$/.test(w[c.t0] ?? '');
  const aside = cands.filter((c) => ministries.includes(c) || short(c));
  if (cands.some((c) => c.code === BRITISH_NAMED && !aside.includes(c))) return;
  const stateOf = stateFinder(cands, k, isState, undefined, (c) => aside.includes(c));
  const first = ministries[0];
  const code = first ? stateOf(first.sentence) : null;
  if (code === null) return;
  for (const c of aside) {
    c.code = code;
    c.id = null;
  }
}

function isMinistry(c: Cand, k: readonly string[]): boolean {
  if (c.person || c.possessor || c.ownedBy || c.place || c.plural) return false;
  return MINISTRY.test(k.slice(c.t0, c.t1).join(' '));
}

function isOrgan(c: Cand, k: readonly string[]): boolean {
  if (c.code !== null || c.person || c.corefOf || c.possessor || c.ownedBy || c.place) return false;
  // ("the Foreign Ministry said": the ministry of the state the story is about)
  if (isMinistry(c, k)) return c.kind === 'name' || c.kind === 'nominal';
  if (c.kind !== 'nominal' && c.kind !== 'title') return false;
  if (!c.head || !ORGANS.has(c.head.term)) return false;
  // ("governments", "armies": of several states)
  if (c.plural && !c.head.term.endsWith('force') && !c.head.term.endsWith('troop')) return false;
  const words = c.head.term.split(' ').length;
  for (let t = c.t0; t < c.t1 - words; t++) if (!PLAIN.has(k[t] ?? '')) return false;
  return true;
}
