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
  return describedNoun(c, syn, THINGS, MODIFIER) >= 0;
}

const COMPOUND = new Set(['compound']);

/** Whether a state or capital's name only locates a setting ("the Syria crisis"): a place. */
export function locatesSetting(c: Cand, syn: SyntaxLayer | undefined): boolean {
  if (!syn || c.person || (c.actorKind !== 'state' && c.actorKind !== 'metonym')) return false;
  if (c.kind !== 'name' && c.kind !== 'metonym') return false;
  return describedNoun(c, syn, SETTINGS, COMPOUND) >= 0;
}
