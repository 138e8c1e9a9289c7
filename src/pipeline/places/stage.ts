import { addLayer, type Document } from '../../core/document.js';
import { type Context, resource, type Stage } from '../../core/pipeline.js';
import type { Gazetteer, GazetteerEntry, PlacesLexicon } from '../../knowledge/places/index.js';
import type { Place } from '../../schema/output.js';
import { type DocWords, implausible, isDateline, strong, surnamesOf } from './filters.js';
import type { Found } from './found.js';
import { directional, nearBonus } from './geo.js';
import { findLocalities } from './locality.js';
import { findPatternCandidates, mergeCandidates, type PatternCandidate } from './patterns.js';
import { type Candidate, findCandidates, townsOnly } from './recognize.js';
import { choose, type DocFocus, type LocalHint, prior } from './resolve.js';
import type { Toponym } from './types.js';
import { isLocative, placeUse, type UseContext } from './use.js';
import { sentenceWords, type Word } from './words.js';

const COMMA_ONLY = /^,\s*$/;
const LOWER_WORD = /^\p{Ll}+$/u;

/** The entry of highest prior, the first of those tied (what a stable sort by prior puts first). */
function topByPrior(entries: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  let top: GazetteerEntry | undefined;
  let best = 0;
  for (const e of entries) {
    const p = prior(e);
    if (top === undefined || p > best) {
      top = e;
      best = p;
    }
  }
  return top;
}

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

/** A city whose name another country's comparable town or division shares ("Tripoli") is no clear sign of a country. */
function rivalled(top: GazetteerEntry, entries: readonly GazetteerEntry[]): boolean {
  return entries.some(
    (e) =>
      e.country !== top.country &&
      ((e.feature === 'city' && e.population * 50 >= top.population) || e.feature === 'admin1'),
  );
}

/** The countries and divisions named by the document's clear toponyms (first pass). */
function focusOf(found: readonly Found[]): DocFocus {
  const countries = new Map<string, number>();
  const admin1 = new Set<string>();
  for (const { c } of found) {
    const top = topByPrior(c.entries);
    if (!top || (top.feature === 'city' && (top.population < 1_000_000 || rivalled(top, c.entries)))) continue;
    if (top.country) countries.set(top.country, (countries.get(top.country) ?? 0) + 1);
    if (top.feature === 'admin1' && top.admin1) admin1.add(top.admin1);
  }
  return { countries, admin1 };
}

/** "Maywood, California", "Islamabad, Pakistan": the next toponym after a comma narrows this one. */
function hintFor(text: string, f: Found, next: Found | undefined, focus: DocFocus): LocalHint {
  if (!next || next.sentence !== f.sentence || !COMMA_ONLY.test(text.slice(f.c.end, next.c.start))) return {};
  const n = choose(next.c.entries, focus)?.entry;
  if (!n) return {};
  if (n.feature === 'admin1' || n.feature === 'county') return { admin1: n.admin1, country: n.country };
  // "Washington, D.C.": the same town named twice
  if (n.feature === 'city' && f.c.entries.some((e) => e.id === n.id)) return { admin1: n.admin1, country: n.country };
  if (n.feature === 'country') return { country: n.country };
  return {};
}

const LIST_GAP = /^\s*(?:,|and|or|,\s*(?:and|or))\s*$/;

/** "California or Washington", "Washington, Oregon and Idaho": listed beside a first-level division. */
function listedWithDivision(
  text: string,
  f: Found,
  prev: Found | undefined,
  next: Found | undefined,
  focus: DocFocus,
): boolean {
  const division = (x: Found | undefined, gap: string): boolean =>
    !!x &&
    x.sentence === f.sentence &&
    !('placeType' in x.c) &&
    LIST_GAP.test(gap) &&
    choose(x.c.entries, focus)?.entry.feature === 'admin1';
  return (
    division(prev, prev ? text.slice(prev.c.end, f.c.start) : '') ||
    division(next, next ? text.slice(f.c.end, next.c.start) : '')
  );
}

/** The place named right after a toponym and a comma ("Mill Road, Tarvik"), resolved on its own. */
function afterComma(text: string, f: Found, next: Found | undefined, focus: DocFocus): GazetteerEntry | undefined {
  if (!next || next.sentence !== f.sentence || !COMMA_ONLY.test(text.slice(f.c.end, next.c.start))) return undefined;
  if ('placeType' in next.c) return undefined;
  return choose(next.c.entries, focus)?.entry;
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

type Where = { country: string | null; admin1: string | null; lat: number | null; lon: number | null };

/**
 * Where a street, building or county without a place of its own lies: the document's town when
 * it names only one; else the latest town, named in its own or the previous sentence, of the
 * country the document names most; for a county, else the latest division of that country.
 */
function townBefore(before: readonly Toponym[], sentence: number, county: boolean): Where | undefined {
  const towns = new Set<number | null>();
  let onlyTown: Place | undefined;
  for (const t of before)
    if (t.place.feature === 'city' && t.use !== 'demonym' && t.use !== 'modifier') {
      towns.add(t.place.geonameid);
      onlyTown = t.place;
    }
  if (towns.size === 1) return onlyTown;
  const perCountry = new Map<string, number>();
  for (const t of before) {
    const k = t.place.country;
    if (k && t.use !== 'demonym') perCountry.set(k, (perCountry.get(k) ?? 0) + 1);
  }
  let main: string | undefined;
  for (const [k, n] of perCountry) if (main === undefined || n > (perCountry.get(main) ?? 0)) main = k;
  let lastTown: Place | undefined;
  let division: Place | undefined;
  for (const t of before) {
    if (t.place.country !== main || t.use === 'demonym' || t.use === 'modifier') continue;
    if (t.place.feature === 'city' && sentence - t.sentence <= 1) lastTown = t.place;
    if (county && t.place.feature === 'admin1') division = t.place;
  }
  return lastTown ?? division;
}

/**
 * Where a name with a place head word lies: a building, district or natural feature at the place
 * its name starts with when that place is big or in a division the document names ("Lake Chad",
 * "Dubai World Trade Centre"); otherwise, like a street, at the document's town when it names
 * only one; otherwise nowhere (it is left out).
 */
function patternPlace(
  text: string,
  c: PatternCandidate,
  focus: DocFocus,
  near: (e: GazetteerEntry) => number,
  before: readonly Toponym[],
  sentence: number,
  after: GazetteerEntry | undefined,
): Place | null {
  // "Daviess County, Kentucky", "Mill Road, Tarvik": the town or division named right after it
  const next =
    after && (after.feature === 'city' || after.feature === 'admin1' || after.feature === 'county') ? after : undefined;
  let where: Where | undefined;
  if (c.placeType === 'locality') where = next;
  else {
    const own = c.entries.length ? choose(c.entries, focus, {}, near)?.entry : undefined;
    // a street named after a town is rarely in it; a district or lake is, when the document is there
    const ownFits =
      !!own &&
      (strong(own) ||
        own.feature === 'country' ||
        (!!own.admin1 && focus.admin1.has(own.admin1) && own.feature === 'city'));
    where =
      c.placeType !== 'street' && ownFits ? own : (next ?? townBefore(before, sentence, c.placeType === 'district'));
  }
  if (!where) return null;
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    name: text.slice(c.start, c.end),
    country: where.country,
    admin1: where.admin1,
    lat: where.lat,
    lon: where.lon,
    geonameid: null,
    feature: c.placeType,
  };
}

/** Finds and resolves the toponyms of a document (see the folder's index for the rules). */
export function findPlaces(doc: Document, g: Gazetteer, lx: PlacesLexicon): Toponym[] {
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
  const focus = focusOf(found);
  const dw: DocWords = {
    surnames: surnamesOf(lx, found, wordsBySentence),
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
    const pick = choose(f.c.entries, focus, hintFor(doc.text, f, found[k + 1], focus));
    if (pick && (pick.entry.feature === 'city' || pick.entry.feature === 'admin1') && pick.margin >= 2)
      anchors.push(pick.entry);
  });
  const near = (e: GazetteerEntry): number => nearBonus(e, anchors);
  const out: Toponym[] = [];
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
        afterComma(doc.text, f, next, focus),
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
      else if ((f.c as PatternCandidate).placeType !== 'street')
        for (const x of f.inner ?? []) resolveOne(x, undefined);
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
    const pick = choose(f.c.entries, focus, hint, towns ? near : bonus);
    if (!pick) return;
    // "Rockingham, Northamptonshire" where the gazetteer knows only foreign Rockinghams: a town of
    // that division it does not list, placed at the division
    const division = hint.admin1 ? afterComma(doc.text, f, next, focus) : undefined;
    if (
      division &&
      (division.feature === 'admin1' || division.feature === 'county') &&
      townsOnly(f.c.entries) &&
      !f.c.entries.some((e) => e.country === division.country)
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
    if (implausible(f, pick.entry, locative, hinted, focus, dw) && !isDateline(doc.text, f)) return;
    const use = placeUse(f.c, ctx);
    const rule =
      f.c.kind === 'demonym' ? 'demonym' : f.c.direction ? 'direction+name' : hinted ? 'name+comma-hint' : 'name';
    out.push({ place: toPlace(lx, doc.text, f.c, pick.entry), use, sentence: f.sentence, locative, rule });
  };
  for (let k = 0; k < found.length; k++) resolveOne(found[k] as Found, found[k + 1], found[k - 1]);
  return out;
}

/** The `places` stage: toponyms resolved against the gazetteer (resource "gazetteer"). */
export const placesStage: Stage = {
  name: 'places',
  requires: ['sentences', 'tokens'],
  provides: ['places', 'toponyms'],
  run(doc: Document, ctx: Context): Document {
    const g = resource<Gazetteer>(ctx, 'gazetteer');
    const toponyms = findPlaces(doc, g, resource<PlacesLexicon>(ctx, 'placesLexicon'));
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
