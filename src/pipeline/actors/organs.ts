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
  // per sentence, the states named by states, their seats, demonyms and bodies, and apart those named by people
  const states = new Map<number, Set<string>>();
  const people = new Map<number, Set<string>>();
  const add = (m: Map<number, Set<string>>, c: Cand, code: string): void => {
    m.set(c.sentence, (m.get(c.sentence) ?? new Set<string>()).add(code));
  };
  for (const c of cands) {
    if (c.code === null || c.kind === 'pronoun' || !isState(c.code)) continue;
    if (c.head && MISSIONS.has(c.head.term)) continue;
    // (a people, "ethnic Albanians", "two Britons", is no state)
    if (c.kind === 'demonym' && (c.plural || /s$/.test(k[c.t1 - 1] ?? ''))) continue;
    // ("a Nigerian migrant", "Cuban exile leaders", "a Spaniard": people of a state are often abroad; they only make it ambiguous)
    if (c.person || c.head?.person || c.actorKind === 'person' || c.people) add(people, c, c.code);
    else if (c.actorKind === 'state' || c.actorKind === 'metonym' || c.kind === 'demonym') add(states, c, c.code);
    else if (c.kind === 'nominal' && c.sector !== 'CVL') add(states, c, c.code);
  }
  const named = (s: number): Set<string> => new Set([...(states.get(s) ?? []), ...(people.get(s) ?? [])]);
  for (const c of cands) {
    if (!isOrgan(c, k)) continue;
    let s = c.sentence;
    // ("police barred the crowd from the consulate in downtown Istanbul": the city the sentence names)
    const here = !states.get(s)?.size && !people.get(s)?.size ? cities?.(s) : undefined;
    if (here?.size === 1) {
      c.code = [...here][0] ?? null;
      continue;
    }
    while (!states.get(s)?.size && !people.get(s)?.size && s > c.sentence - BEFORE && s > 0) s--;
    const codes = named(s);
    if (!states.get(s)?.size || codes.size !== 1) continue;
    c.code = [...codes][0] ?? null;
  }
}

function isOrgan(c: Cand, k: readonly string[]): boolean {
  if (c.code !== null || c.person || c.corefOf || c.possessor || c.ownedBy || c.place) return false;
  if (c.kind !== 'nominal' && c.kind !== 'title') return false;
  if (!c.head || !ORGANS.has(c.head.term)) return false;
  // ("governments", "armies": of several states)
  if (c.plural && !c.head.term.endsWith('force') && !c.head.term.endsWith('troop')) return false;
  const words = c.head.term.split(' ').length;
  for (let t = c.t0; t < c.t1 - words; t++) if (!PLAIN.has(k[t] ?? '')) return false;
  return true;
}
