/**
 * Where a place written as a name plus a head word lies ("Lake Chad", "Royal Street", "Daviess
 * County"), or an unknown name placed by the division after it ("Knockhill, Fife").
 */
import type { GazetteerEntry } from '../../knowledge/places/index.js';
import type { Place } from '../../schema/output.js';
import { strong } from './filters.js';
import type { PatternCandidate } from './patterns.js';
import { choose, type DocFocus } from './resolve.js';
import type { Toponym } from './types.js';

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
export function patternPlace(
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
