import { addLayer, type Document } from '../../core/document.js';
import { type Context, resource, type Stage } from '../../core/pipeline.js';
import { type Gazetteer, type GazetteerEntry, nameKey, type PlacesLexicon } from '../../knowledge/places/index.js';
import type { Place } from '../../schema/output.js';
import { type DocWords, implausible, isDateline, placeWordStarts, surnamesOf } from './filters.js';
import { focusOf, nameOf } from './focus.js';
import type { Found } from './found.js';
import { directional, km, nearBonus } from './geo.js';
import { findLocalities } from './locality.js';
import { afterComma, hintFor, listedWithDivision } from './neighbours.js';
import { patternPlace } from './pattern-place.js';
import { findPatternCandidates, mergeCandidates, type PatternCandidate } from './patterns.js';
import { type Candidate, findCandidates, townsOnly } from './recognize.js';
import { choose } from './resolve.js';
import { findRoads } from './roads.js';
import type { Toponym } from './types.js';
import { isLocative, placeUse, type UseContext } from './use.js';
import { sentenceWords, type Word } from './words.js';

const LOWER_WORD = /^\p{Ll}+$/u;
/** How far from a county's point a town of it may lie. */
const COUNTY_KM = 80;

/**
 * "Washington" is the state when the document's clear towns are in it (Seattle, Spokane) unless
 * the town of that name is itself big (New York, Riyadh): the bonus of each division of a name.
 */
function heldBy(entries: readonly GazetteerEntry[], anchors: readonly GazetteerEntry[]): (e: GazetteerEntry) => number {
  const bigTown = Math.max(0, ...entries.filter((e) => e.feature === 'city').map((e) => e.population));
  return (e) =>
    e.feature === 'admin1' &&
    e.population > 5 * bigTown &&
    anchors.some((a) => a.feature === 'city' && a.admin1 === e.admin1 && a.country === e.country && a.name !== e.name)
      ? 8
      : 0;
}

// one object literal per kind of place (no spreads: a spread copies property by property)
function toPlace(lx: PlacesLexicon, text: string, c: Candidate, e: GazetteerEntry): Place {
  const admin1 = e.feature === 'country' ? null : e.admin1;
  if (c.direction) {
    const start = c.direction.start;
    const at = directional(e, lx.directions.get(c.direction.key) ?? [0, 0]);
    return {
      text: text.slice(start, c.end),
      start,
      end: c.end,
      country: e.country,
      admin1,
      name: `${c.direction.key} ${e.name}`,
      lat: at.lat,
      lon: at.lon,
      geonameid: null,
      feature: 'region',
    };
  }
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    country: e.country,
    admin1,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    geonameid: e.geonameid,
    feature: e.feature,
  };
}

/**
 * Where the story is, for a street no town next to it places: the biggest town of the country
 * the document names most (any town it names, before or after the street).
 */
function storyTown(out: readonly Toponym[], population: ReadonlyMap<number, number>): Place | undefined {
  const perCountry = new Map<string, number>();
  for (const t of out)
    if (t.place.country && t.use !== 'demonym')
      perCountry.set(t.place.country, (perCountry.get(t.place.country) ?? 0) + 1);
  let main: string | undefined;
  for (const [k, n] of perCountry) if (main === undefined || n > (perCountry.get(main) ?? 0)) main = k;
  let best: Place | undefined;
  let most = -1;
  for (const t of out) {
    const p = t.place;
    if (p.country !== main || p.feature !== 'city' || t.use === 'demonym') continue;
    const n = p.geonameid === null ? 0 : (population.get(p.geonameid) ?? 0);
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}

/** Finds and resolves the toponyms of a document (see the folder's index for the rules). */
export function findPlaces(
  doc: Document,
  g: Gazetteer,
  lx: PlacesLexicon,
  givenNames: ReadonlySet<string> = new Set(),
): Toponym[] {
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  const found: Found[] = [];
  const wordsBySentence: Word[][] = [];
  const mentionSpans = (doc.layers.mentions ?? []).filter((m) => m.kind !== 'metonym');
  const orgSpans = mentionSpans.filter((m) => m.code !== null && m.kind === 'name');
  sentences.forEach((s, si) => {
    const words = sentenceWords(doc.text, tokens, s.firstToken, s.lastToken, si);
    wordsBySentence.push(words);
    const names = findCandidates(g, lx, words, doc.text);
    // "Environmental Protection Agency", "Catholic Church": an organisation the actors stage named, not a place
    let patterns = findPatternCandidates(g, lx, words);
    if (patterns.length && orgSpans.length)
      patterns = patterns.filter((c) => !orgSpans.some((m) => m.start <= c.start && c.end <= m.end));
    if (names.length) patterns.push(...findLocalities(lx, doc.text, words, names, mentionSpans));
    for (const c of mergeCandidates(names, patterns)) {
      // "Lelystad Airport": the town inside stands in when the airport cannot be placed
      const inner = 'placeType' in c ? names.filter((x) => x.start >= c.start && x.end <= c.end) : [];
      found.push({ c, words, sentence: si, inner: inner.map((x) => ({ c: x, words, sentence: si })) });
    }
  });
  const docFocus = focusOf(found);
  const focus = docFocus.all;
  // "the A417", "the M50": road numbers, read only in a document about Britain or Ireland (one
  // that names either, or a place only they have)
  const isles = (c: string | null): boolean => c === 'GBR' || c === 'IRL';
  if (
    focus.countries.has('GBR') ||
    focus.countries.has('IRL') ||
    found.some((f) => f.c.entries.length > 0 && f.c.entries.every((e) => isles(e.country)))
  ) {
    const roads = wordsBySentence.flatMap((words, si) =>
      findRoads(words, si).filter((r) => !found.some((f) => f.c.start < r.c.end && r.c.start < f.c.end)),
    );
    if (roads.length) {
      found.push(...roads);
      found.sort((a, b) => a.c.start - b.c.start);
    }
  }
  // both lists, without copying them into a new set per document
  const allGiven = { has: (key: string) => givenNames.has(key) || lx.givenNames.has(key) };
  const placeWords = placeWordStarts(found, allGiven);
  const dw: DocWords = {
    surnames: surnamesOf(lx, placeWords, wordsBySentence),
    placeWords,
    givenNames: allGiven,
    placeNouns: lx.locativeNouns,
    nameParticles: lx.nameParticles,
    locativePrepositions: lx.locativePrepositions,
    nameStarters: lx.nameStarters,
    orgWords: lx.orgWordsAfterPlace,
    lower: new Set(
      wordsBySentence
        .flat()
        .filter((w) => LOWER_WORD.test(w.text))
        .map((w) => w.key),
    ),
  };
  const actorSpans = (doc.layers.mentions ?? [])
    .filter((m) => m.code !== null && m.kind !== 'pronoun')
    .map((m) => ({ start: m.start, end: m.end, metonym: m.kind === 'metonym' }));
  // first pass: towns and divisions that are clear on their own anchor the rest
  const anchors: GazetteerEntry[] = [];
  found.forEach((f, k) => {
    const pick = choose(f.c.entries, docFocus.without(nameOf(f)), hintFor(doc.text, f, found[k + 1], focus));
    if (pick && (pick.entry.feature === 'city' || pick.entry.feature === 'admin1') && pick.margin >= 2)
      anchors.push(pick.entry);
  });
  const near = (e: GazetteerEntry): number => nearBonus(e, anchors);
  const out: Toponym[] = [];
  const unplaced: { f: Found; use: Toponym['use']; locative: boolean }[] = [];
  const population = new Map<number, number>();
  // set when a toponym took in the next one ("Washington, D.C."), which is then skipped
  let twinned = false;
  const resolveOne = (f: Found, next: Found | undefined, prev?: Found): void => {
    const ctx: UseContext = { text: doc.text, lexicon: lx, words: f.words, syntax: doc.layers.syntax, actorSpans };
    const hint = hintFor(doc.text, f, next, focus);
    if ('placeType' in f.c) {
      const t = patternPlace(
        doc.text,
        f.c as PatternCandidate,
        focus,
        near,
        out,
        f.sentence,
        afterComma(doc.text, f, next, focus, true),
      );
      if (t)
        out.push({
          place: t,
          use: placeUse(f.c, ctx),
          sentence: f.sentence,
          locative: isLocative(f.c, ctx),
          rule: `pattern:${t.feature}`,
        });
      // a street named after a town ("Washington Square") is not in it; an airport is
      else if ((f.c as PatternCandidate).placeType !== 'street' && f.inner?.length)
        for (const x of f.inner) resolveOne(x, undefined);
      else if ((f.c as PatternCandidate).placeType === 'street' || (f.c as PatternCandidate).placeType === 'district')
        unplaced.push({ f, use: placeUse(f.c, ctx), locative: isLocative(f.c, ctx) });
      return;
    }
    // nearby towns decide only between towns of one name
    const towns = f.c.entries.length > 1 && townsOnly(f.c.entries);
    const mixed = f.c.entries.length > 1 && f.c.entries.some((e) => e.feature === 'admin1');
    const listed =
      mixed &&
      !hint.admin1 &&
      !/[,.]/.test(doc.text.slice(f.c.start, f.c.end)) &&
      listedWithDivision(doc.text, f, prev, next, focus);
    const held = mixed ? heldBy(f.c.entries, anchors) : undefined;
    const bonus = listed ? (e: GazetteerEntry) => (e.feature === 'admin1' ? 12 : 0) : held;
    const own = docFocus.without(nameOf(f));
    const division = hint.admin1 ? afterComma(doc.text, f, next, focus) : undefined;
    // "Croft, Yorkshire": a county is smaller than the division its hint names, so a town of the
    // name must lie in or near it
    const county = division?.feature === 'county' && townsOnly(f.c.entries) ? division : undefined;
    const inCounty = (e: GazetteerEntry): boolean => !!county && km(e, county) <= COUNTY_KM;
    const pick = choose(f.c.entries, own, hint, county ? (e) => (inCounty(e) ? 25 : 0) : towns ? near : bonus);
    if (!pick) return;
    // "Rockingham, Northamptonshire" where the gazetteer knows only foreign Rockinghams (or, for a
    // county, only towns far from it): a town of that division it does not list, placed there
    if (
      division &&
      (division.feature === 'admin1' || division.feature === 'county') &&
      townsOnly(f.c.entries) &&
      (county ? !f.c.entries.some(inCounty) : !f.c.entries.some((e) => e.country === division.country))
    ) {
      const place: Place = {
        text: doc.text.slice(f.c.start, f.c.end),
        start: f.c.start,
        end: f.c.end,
        name: doc.text.slice(f.c.start, f.c.end),
        country: division.country,
        admin1: division.admin1,
        lat: division.lat,
        lon: division.lon,
        geonameid: null,
        feature: 'locality',
      };
      out.push({
        place,
        use: placeUse(f.c, ctx),
        sentence: f.sentence,
        locative: isLocative(f.c, ctx),
        rule: 'name+division',
      });
      return;
    }
    const locative = isLocative(f.c, ctx);
    const hinted =
      !!(hint.admin1 && pick.entry.admin1 === hint.admin1) || !!(hint.country && pick.entry.country === hint.country);
    if (implausible(f, pick.entry, locative, hinted, own, dw) && !isDateline(doc.text, f)) return;
    // "The White House said", "White House aides": the government, not the place
    if (!locative && lx.seatNames.has(nameKey(doc.text.slice(f.c.start, f.c.end)))) return;
    const use = placeUse(f.c, ctx);
    const rule =
      f.c.kind === 'demonym' ? 'demonym' : f.c.direction ? 'direction+name' : hinted ? 'name+comma-hint' : 'name';
    if (pick.entry.geonameid !== null) population.set(pick.entry.geonameid, pick.entry.population);
    let place = toPlace(lx, doc.text, f.c, pick.entry);
    // "Washington, D.C.": one town named twice is one toponym
    const twin = next && !f.c.direction ? afterComma(doc.text, f, next, focus) : undefined;
    if (next && twin && twin.id === pick.entry.id) {
      place = { ...place, text: doc.text.slice(place.start, next.c.end), end: next.c.end };
      twinned = true;
    }
    out.push({ place, use, sentence: f.sentence, locative, rule });
  };
  for (let k = 0; k < found.length; k++) {
    twinned = false;
    resolveOne(found[k] as Found, found[k + 1], found[k - 1]);
    if (twinned) k++;
  }
  if (unplaced.length === 0) return out;
  const town = storyTown(out, population);
  if (!town) return out;
  for (const { f, use, locative } of unplaced) {
    const place: Place = {
      text: doc.text.slice(f.c.start, f.c.end),
      start: f.c.start,
      end: f.c.end,
      name: doc.text.slice(f.c.start, f.c.end),
      country: town.country,
      admin1: town.admin1,
      lat: town.lat,
      lon: town.lon,
      geonameid: null,
      feature: (f.c as PatternCandidate).placeType,
    };
    out.push({ place, use, sentence: f.sentence, locative, rule: 'pattern:story-town' });
  }
  return out.sort((a, b) => a.place.start - b.place.start);
}

/** The `places` stage: toponyms resolved against the gazetteer (resource "gazetteer"). */
export const placesStage: Stage = {
  name: 'places',
  requires: ['sentences', 'tokens'],
  provides: ['places', 'toponyms'],
  run(doc: Document, ctx: Context): Document {
    const g = resource<Gazetteer>(ctx, 'gazetteer');
    // the actors knowledge's given names, when loaded, tell people from places ("Andrew Jordan")
    const kb = ctx.resources.get('actorKb') as { givenNames?: ReadonlySet<string> } | undefined;
    const toponyms = findPlaces(doc, g, resource<PlacesLexicon>(ctx, 'placesLexicon'), kb?.givenNames);
    return addLayer(
      addLayer(
        doc,
        'places',
        toponyms.map((t) => t.place),
      ),
      'toponyms',
      toponyms,
    );
  },
};
