/**
 * Builds dyad's generated actor knowledge (knowledge/actors/*.generated.jsonl):
 *   - states.generated.jsonl: every ISO 3166-1 country from the `world-countries` package
 *     (names, official names, alternative spellings, demonyms, capitals as government metonyms)
 *     merged with the curated knowledge/actors/states-extra.jsonl (aliases, adjectives, seats).
 *   - phoenix-actors.generated.jsonl: the Phoenix country, international and non-state actor
 *     dictionaries (dated roles of office holders, IGOs, militant groups).
 *   - phoenix-agents.generated.jsonl: Phoenix.agents.txt role nouns → sector.
 *   - index.generated.json: the whole knowledge base precompiled for a fast load
 *     (src/knowledge/actors/compiled.ts), rebuilt from the files above every run.
 * Usage: npm run build:actors -- --index-only rebuilds only the index (after editing a curated file).
 * Usage: npm run build:actors [-- <phoenix-dictionaries dir>]
 * (default: $DYAD_REFERENCE/phoenix-dictionaries, else ../shared/reference/phoenix-dictionaries).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildActorKb, compileKb, INDEX_FILE, SOURCE_FILES, sourceStamps } from '../src/knowledge/index.js';
import {
  type ActorEntry,
  type AgentEntry,
  parseActorDictionary,
  parseAgentDictionary,
} from './build-actors-phoenix.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'knowledge', 'actors');

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  independent?: boolean | null;
  unMember?: boolean;
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
}

interface StateExtra {
  code: string;
  aliases?: string[];
  adjectives?: string[];
  metonyms?: { text: string; sector: string }[];
  /** The state the territory belonged to before independence, and the date it ended. */
  formerly?: { code: string; until: string };
  provenance: ActorEntry['provenance'];
}

/** Dated codes for a state that did not exist before a date ("Juba" in 1990 → SDN, GOV). */
const datedRoles = (x: StateExtra | undefined, code: string, sector: string | null): Pick<ActorEntry, 'roles'> =>
  x?.formerly
    ? {
        roles: [
          { code: x.formerly.code, sector, to: x.formerly.until },
          { code, sector, from: x.formerly.until },
        ],
      }
    : {};

export interface StateEntry extends ActorEntry {
  adjectives?: string[];
}

const uniq = (xs: string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** Country names whose plain form reads with "the" ("the Netherlands", "the Philippines"). */
const withThe = (name: string): string[] =>
  /^(United|Republic|Democratic|Central African|Czech|Dominican|Marshall|Solomon|Gambia|Bahamas|Philippines|Netherlands|Maldives|Comoros|Seychelles)/.test(
    name,
  ) || /(Islands|Republic|Emirates|States|Kingdom)$/.test(name)
    ? [`the ${name}`]
    : [];

/** A country's English demonyms, one per form ("Bosnian, Herzegovinian" and "Kittitian or Nevisian" are two). */
const demonymsOf = (c: WorldCountry): string[] => {
  const dem = c.demonyms?.eng;
  return uniq([dem?.m ?? '', dem?.f ?? ''].flatMap((d) => d.split(/,\s*|\s+or\s+/)));
};

/**
 * The people named by a demonym: "Albanian" → "Albanians", "Iraqi" → "Iraqis", "Filipino" →
 * "Filipinos", "Czech" → "Czechs", "Icelander" → "Icelanders", "South African" → "South Africans";
 * none for the adjectives that name a people only with "the" or not at all ("Chinese", "British",
 * "Swiss", "Dutch", "Manx", "Malagasy", "Seychellois", "Turkmen", "Greenlandic"). Irregular
 * nouns ("Swedes", "Danes", "Spaniards") are curated in states-extra.jsonl.
 */
export const pluralDemonym = (d: string): string[] =>
  /^\p{Lu}[\p{L}' -]*\p{Ll}$/u.test(d) && !/(ese|ish|s|sh|tch|nch|x|y|men|na|tho|ic|ar|tu|z)$/.test(d) ? [`${d}s`] : [];

export function buildStates(countries: readonly WorldCountry[], extras: readonly StateExtra[]): StateEntry[] {
  const extra = new Map(extras.map((e) => [e.code, e]));
  const out: StateEntry[] = [];
  // A demonym or alias shared by several countries ("American": USA, ASM, MNP…) stays only
  // with the country whose curated entry lists it, or is dropped.
  const claims = new Map<string, Set<string>>();
  const claim = (form: string, code: string) => {
    const s = claims.get(form) ?? new Set<string>();
    s.add(code);
    claims.set(form, s);
  };
  for (const c of countries) {
    for (const d of demonymsOf(c)) claim(d, c.cca3);
    for (const a of c.altSpellings ?? []) claim(a, c.cca3);
    claim(c.name.common, c.cca3);
  }
  const curatedFor = (form: string): string | undefined =>
    extras.find((e) => e.adjectives?.includes(form) || e.aliases?.includes(form))?.code;
  const sovereign = new Set(countries.filter((c) => c.independent && c.unMember).map((c) => c.cca3));
  const mine = (form: string, code: string): boolean => {
    const owners = claims.get(form);
    if (!owners || owners.size <= 1) return true;
    const cur = curatedFor(form);
    if (cur) return cur === code;
    // otherwise the one sovereign state among the claimants ("Norwegian": Norway, not Svalbard)
    const states = [...owners].filter((o) => sovereign.has(o));
    return states.length === 1 && states[0] === code;
  };
  const wcProv = { source: 'npm:world-countries', note: 'ISO 3166-1 names, demonyms and capitals' };
  for (const c of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
    const x = extra.get(c.cca3);
    const name = c.name.common;
    const alt = (c.altSpellings ?? []).filter(
      (a) => a.length > 3 && a !== name && !/^[A-Z]{2,3}$/.test(a) && mine(a, c.cca3),
    );
    const aliases = uniq([
      ...withThe(name),
      c.name.official,
      ...withThe(c.name.official),
      ...alt,
      ...(x?.aliases ?? []),
    ]).filter((a) => a !== name);
    const own = demonymsOf(c).filter((d) => mine(d, c.cca3));
    const adjectives = uniq(own.concat(own.flatMap(pluralDemonym), x?.adjectives ?? []));
    out.push({
      id: `kb:state/${c.cca3.toLowerCase()}`,
      kind: 'state',
      name,
      aliases,
      adjectives,
      code: c.cca3,
      sector: null,
      country: c.cca3,
      ...datedRoles(x, c.cca3, null),
      provenance: x
        ? { source: 'npm:world-countries + dyad-curated', note: 'knowledge/actors/states-extra.jsonl' }
        : wcProv,
    });
    const seats: { text: string; sector: string; prov: ActorEntry['provenance'] }[] = [];
    if (c.independent !== false) {
      for (const cap of c.capital ?? []) {
        if (cap && cap !== name && !name.startsWith(cap)) seats.push({ text: cap, sector: 'GOV', prov: wcProv });
      }
    }
    for (const m of x?.metonyms ?? []) seats.push({ text: m.text, sector: m.sector, prov: x?.provenance ?? wcProv });
    const bySector = new Map<string, { names: string[]; prov: ActorEntry['provenance'] }>();
    for (const s of seats) {
      const k = `${s.sector}|${s.text.replace(/^the /, '')}`;
      const g = bySector.get(k) ?? { names: [], prov: s.prov };
      g.names.push(s.text);
      bySector.set(k, g);
    }
    for (const [k, g] of bySector) {
      const [sector = 'GOV', base = ''] = k.split('|');
      out.push({
        id: `kb:state/${c.cca3.toLowerCase()}#${base.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`,
        kind: 'metonym',
        name: base,
        aliases: uniq(g.names).filter((n) => n !== base),
        code: c.cca3,
        sector,
        country: c.cca3,
        ...datedRoles(x, c.cca3, sector),
        provenance: g.prov,
      });
    }
  }
  return out;
}

const header = (from: string[]) =>
  JSON.stringify({
    $generated: { by: 'scripts/build-actors.ts', from, note: 'generated file: do not edit; run npm run build:actors' },
  });

function writeJsonl(path: string, from: string[], rows: readonly unknown[]): void {
  writeFileSync(path, `${[header(from), ...rows.map((r) => JSON.stringify(r))].join('\n')}\n`);
}

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Writes knowledge/actors/index.generated.json from the source files as they are now. */
export function writeIndex(dir: string): void {
  const compiled = compileKb(buildActorKb(dir), sourceStamps(dir, SOURCE_FILES));
  writeFileSync(join(dir, INDEX_FILE), `${JSON.stringify(compiled)}\n`);
  process.stdout.write(`index: ${compiled.names.length} names, ${compiled.agents.length} role nouns\n`);
}

function main(argv: string[]): void {
  if (argv[0] === '--index-only') {
    writeIndex(outDir);
    return;
  }
  buildSources(argv);
  writeIndex(outDir);
}

function buildSources(argv: string[]): void {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const extras = readJsonl<StateExtra>(join(outDir, 'states-extra.jsonl'));
  const states = buildStates(countries, extras);
  writeJsonl(
    join(outDir, 'states.generated.jsonl'),
    ['npm:world-countries', 'knowledge/actors/states-extra.jsonl'],
    states,
  );
  process.stdout.write(`states: ${states.length} entries\n`);

  const ref = argv[0]
    ? resolve(argv[0])
    : join(resolve(process.env.DYAD_REFERENCE ?? join(root, '..', 'shared', 'reference')), 'phoenix-dictionaries');
  if (!existsSync(ref)) {
    process.stderr.write(`build-actors: Phoenix dictionaries not found at ${ref}; Phoenix files left as they are\n`);
    return;
  }
  const actors: ActorEntry[] = [];
  for (const f of [
    'Phoenix.Countries.actors.txt',
    'Phoenix.International.actors.txt',
    'Phoenix.MilNonState.actors.txt',
  ]) {
    // Country-level entries are left out: states.generated.jsonl has the names, and TABARI
    // lists a country's cities as its aliases, which are places rather than actors here.
    actors.push(...parseActorDictionary(readFileSync(join(ref, f), 'latin1'), f).filter((e) => e.kind !== 'state'));
  }
  writeJsonl(
    join(outDir, 'phoenix-actors.generated.jsonl'),
    ['reference/phoenix-dictionaries (MIT, Open Event Data Alliance)'],
    actors,
  );
  process.stdout.write(`phoenix actors: ${actors.length} entries\n`);
  const agents: AgentEntry[] = parseAgentDictionary(
    readFileSync(join(ref, 'Phoenix.agents.txt'), 'latin1'),
    'Phoenix.agents.txt',
  );
  writeJsonl(
    join(outDir, 'phoenix-agents.generated.jsonl'),
    ['reference/phoenix-dictionaries/Phoenix.agents.txt (MIT)'],
    agents,
  );
  process.stdout.write(`phoenix agents: ${agents.length} entries\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
