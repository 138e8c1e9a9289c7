import { diagnostic } from '../../core/diagnostics.js';
import type { Document } from '../../core/document.js';
import { addLayer, layer, withDiagnostics } from '../../core/document.js';
import type { Context, Stage } from '../../core/pipeline.js';
import type { ActorKb } from '../../knowledge/index.js';
import { normToken } from '../../knowledge/index.js';
import { nameKey } from '../../knowledge/places/index.js';
import type { Mention } from '../../schema/output.js';
import '../assemble/layers.js';
import '../segment/index.js';
import '../syntax/types.js';
import { definedAcronyms, resolveAcronyms } from './acronyms.js';
import { postsSetOff } from './appositions.js';
import { type CityPlace, citiesLookup, type PlacesNamed } from './cities.js';
import { corefer } from './coref.js';
import { SentenceFinder, type TokenView } from './detect.js';
import {
  describesThing,
  grammaticalPerson,
  isPredicate,
  locatesSetting,
  namesAircraft,
  namesPlaceOrCraft,
  opensPlaceName,
} from './modifiers.js';
import { ministriesByNameOnly, organsOfTheState } from './organs.js';
import { privatePersons } from './private.js';
import { ranksSplitFromNames } from './ranks.js';
import { enumeratedMembers } from './rosters.js';
import type { Cand } from './types.js';

declare module '../../core/document.js' {
  interface Layers {
    /**
     * References to actors that the actor list (`mentions`) leaves out: possessive pronouns
     * ("its", "their"), "it", "the country", and names that only describe a thing ("ISIL
     * vehicles", "Israeli jets"). Each is resolved like a mention (corefOf indexes `mentions`);
     * read them for the owner of a noun or the referent of "it".
     */
    actorReferences: readonly ActorMention[];
  }
}

/** The resource name under which loadContext() puts the actor knowledge base. */
export const ACTOR_KB = 'actorKb';
/** The places knowledge's resource key (src/pipeline/default.ts), read for place names when present. */
const GAZETTEER = 'gazetteer';

/** A mention as the stage provides it: the contract's Mention plus, for "the two countries", its members. */
export type ActorMention = Mention & {
  /** Indexes (in `mentions`) of the states it stands for, when they are listed as actors. */
  readonly members?: readonly number[];
  /** The codes of the states it stands for ("the two countries" → ["RUS", "PAK"]). */
  readonly memberCodes?: readonly string[];
};

/** The gazetteer as the actors stage reads it (the places knowledge, `gazetteer` resource), if loaded. */
interface PlaceNames {
  byName(key: string): readonly CityPlace[];
}

/** A place-name test over a loaded gazetteer. */
export function placeTest(g: PlaceNames | undefined): ((name: string) => boolean) | undefined {
  return g ? (name) => g.byName(nameKey(name)).length > 0 : undefined;
}

function tokenView(doc: Document, isPlace?: (name: string) => boolean): TokenView {
  const tokens = layer(doc, 'tokens');
  const starts = tokens.map((t) => t.start);
  const ends = tokens.map((t) => t.end);
  const w = tokens.map((t) => doc.text.slice(t.start, t.end));
  return {
    text: doc.text,
    starts,
    ends,
    w,
    k: w.map(normToken),
    upos: doc.layers.syntax?.upos,
    deprel: doc.layers.syntax?.deprel,
    acronyms: definedAcronyms(w),
    date: doc.meta.published,
    isPlace,
  };
}

/**
 * Possessive and object pronouns ("their", "its", "them") are kept only when they refer to an
 * actor with a code; "it" only when that actor is named in the same or the previous sentence.
 */
function keepPronoun(c: Cand): boolean {
  const p = c.pronoun;
  if (!p || c.kind !== 'pronoun') return true;
  const ante = c.corefOf;
  if ((p.word === 'they' || p.word === 'them') && !ante) return false;
  if (p.possessive || p.word === 'them' || p.word === 'it') {
    if (!ante || c.code === null) return false;
    if (p.word === 'it' || p.word === 'its') {
      const root = ante.kind === 'pronoun' ? ante.corefOf : ante;
      if (!root || root.kind === 'demonym' || c.sentence - root.sentence > 1) return false;
      if (p.word === 'it' && (root.kind === 'nominal' || root.person)) return false;
    }
  }
  return true;
}

/** Finds and resolves every actor mention of a document (see README in this folder). */
/** Sectors a role noun gives an office by default (chairman, director, officer, spokesman). */
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'ELI']);

/**
 * "the company's chief financial officer", "its chairman", "Acme Inc.'s directors": an office held in a
 * company is a business role (PLOVER BUS), whatever sector the role noun has in a state.
 */
function heldInCompany(c: Cand): boolean {
  if (c.kind !== 'nominal' && c.kind !== 'title') return false;
  if (c.sector !== null && !OFFICE_SECTORS.has(c.sector)) return false;
  const owner = c.ownedBy ? (c.ownedBy.corefOf ?? c.ownedBy) : c.possessor?.corefOf;
  return owner?.sector === 'BUS';
}

export function findMentions(doc: Document, kb: ActorKb): ActorMention[] {
  return findActorMentions(doc, kb).mentions;
}

/** The actor list of a document and, apart, the references it leaves out (see actorReferences). */
export function findActorMentions(
  doc: Document,
  kb: ActorKb,
  isPlace?: (name: string) => boolean,
  placesNamed?: PlacesNamed,
): { mentions: ActorMention[]; possessives: ActorMention[] } {
  const v = tokenView(doc, isPlace);
  const cands: Cand[] = [];
  const sentences = layer(doc, 'sentences');
  sentences.forEach((s, si) => {
    const persons = cands.filter((c) => c.person && c.personName);
    const f = new SentenceFinder(v, kb, s.firstToken, s.lastToken, si, s.paragraph === -1, persons);
    cands.push(...f.find());
  });
  const syn = doc.layers.syntax;
  resolveAcronyms(cands, v.w);
  const isState = (code: string): boolean => /^[A-Z]{3}$/.test(code) && kb.byId.has(`kb:state/${code.toLowerCase()}`);
  ministriesByNameOnly(cands, v.k, v.w, isState);
  const splitRanks = ranksSplitFromNames(cands, v.w, v.k, sentences);
  for (const c of cands) if (locatesSetting(c, syn)) c.place = true;
  postsSetOff(cands, { k: v.k, w: v.w, text: doc.text }, (c) => sentences[c.sentence]?.lastToken ?? c.t1);
  corefer(cands, {
    k: v.k,
    stateName: (id) => (id ? (kb.byId.get(id)?.name ?? null) : null),
    sentenceStarts: new Set(sentences.map((s) => s.firstToken)),
  });
  for (const c of cands) if (c.ownedBy && c.code === null) c.code = c.ownedBy.code;
  const cities = placesNamed ? citiesLookup(v.w, v.upos, sentences, cands, placesNamed) : undefined;
  organsOfTheState(cands, v.k, isState, cities);
  for (const c of cands) if (heldInCompany(c)) c.sector = 'BUS';
  for (const c of privatePersons(cands, { w: v.w, k: v.k, givenNames: kb.givenNames, text: doc.text }))
    c.sector = 'CVL';
  const live = cands.filter(
    (c) => !(c.dropIfUnresolved && !c.corefOf) && !c.place && !grammaticalPerson(c, v.w) && !splitRanks.has(c),
  );
  const predicate = (c: Cand): boolean => {
    const s = sentences[c.sentence];
    return s !== undefined && isPredicate(c, syn, v.w, s);
  };
  // (places too: a state read as a place may still stand in the list)
  const members = enumeratedMembers(cands, v.k, sentences);
  const aside = (c: Cand): boolean =>
    members.has(c) ||
    (c.kind === 'pronoun' && (c.pronoun?.possessive === true || c.pronoun?.word === 'it')) ||
    (c.needs === 'country' && !c.possessor && !c.plural) ||
    c.owner === true ||
    describesThing(c, syn) ||
    predicate(c) ||
    namesPlaceOrCraft(c, v.w) ||
    namesAircraft(c, v.w, sentences[c.sentence] ?? { lastToken: c.t1 }) ||
    opensPlaceName(c, v.w, sentences[c.sentence]?.lastToken ?? c.t1);
  const kept = live.filter((c) => keepPronoun(c) && !aside(c)).sort((a, b) => a.start - b.start || b.end - a.end);
  const possessive = live
    .filter((c) => aside(c) && (c.kind !== 'pronoun' || (c.corefOf !== undefined && c.code !== null)))
    .sort((a, b) => a.start - b.start);
  const index = new Map<Cand, number>(kept.map((c, i) => [c, i]));
  const toMention = (c: Cand): ActorMention => {
    const ante = c.corefOf ? index.get(c.corefOf) : undefined;
    const m: ActorMention = {
      actorText: doc.text.slice(c.start, c.end),
      name: c.name,
      code: c.code,
      sector: c.sector,
      role: c.role,
      id: c.id,
      start: c.start,
      end: c.end,
      kind: c.kind,
      resolved: c.code !== null || (c.members !== undefined && c.members.length > 0),
      corefOf: ante ?? null,
    };
    if (c.memberCodes && !c.members) return { ...m, memberCodes: c.memberCodes };
    if (c.members) {
      const ms = c.members.map((x) => index.get(x)).filter((x): x is number => x !== undefined);
      return { ...m, members: ms, memberCodes: c.members.map((x) => x.code ?? '').filter(Boolean) };
    }
    return m;
  };
  return { mentions: kept.map(toMention), possessives: possessive.map(toMention) };
}

/**
 * The actors stage: every actor mention with its span, resolved to a code and sector where
 * the knowledge, role phrases or coreference allow. Reads the syntax layer's tags (head nouns
 * versus noun modifiers); the rules fall back to word lists where a tag is missing.
 */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'syntax'],
  provides: ['mentions', 'actorReferences'],
  run(doc: Document, ctx: Context): Document {
    const kb = ctx.resources.get(ACTOR_KB) as ActorKb | undefined;
    if (!kb) {
      const d = addLayer(addLayer(doc, 'mentions', []), 'actorReferences', []);
      return withDiagnostics(d, [diagnostic('W007', 'actors: the actor knowledge base is not loaded')]);
    }
    const g = ctx.resources.get(GAZETTEER) as PlaceNames | undefined;
    const found = findActorMentions(doc, kb, placeTest(g), g ? (name) => g.byName(nameKey(name)) : undefined);
    return addLayer(addLayer(doc, 'mentions', found.mentions), 'actorReferences', found.possessives);
  },
};
