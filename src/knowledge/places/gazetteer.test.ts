import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import YAML from 'yaml';
import { buildGazetteer, DEFAULT_GAZETTEER, type GazetteerRow, loadGazetteer, nameKey } from './index.js';

const row = (over: Partial<GazetteerRow> & { name: string }): GazetteerRow => ({
  geonameid: null,
  feature: 'city',
  code: 'PPL',
  country: null,
  admin1: null,
  lat: 0,
  lon: 0,
  population: 0,
  size: 0,
  aliases: [],
  demonyms: [],
  ...over,
});

describe('place name keys', () => {
  it('folds case, diacritics, periods and hyphens', () => {
    assert.equal(nameKey('U.S.'), 'us');
    assert.equal(nameKey('Guinea-Bissau'), 'guinea bissau');
    assert.equal(nameKey('Sant Julià  de Lòria'), 'sant julia de loria');
    assert.equal(nameKey('Côte d’Ivoire'), "cote d'ivoire");
  });
  it('keeps an inner or final apostrophe and digits but drops a leading apostrophe', () => {
    assert.equal(nameKey("Freedonia's"), "freedonia's");
    assert.equal(nameKey("Freedonians'"), "freedonians'");
    assert.equal(nameKey('Route 66'), 'route 66');
    assert.equal(nameKey("'Freedonia"), 'freedonia');
    assert.equal(nameKey("Old 'Town"), 'old town');
  });
});

describe('gazetteer index', () => {
  const g = buildGazetteer([
    row({
      name: 'Freedonia',
      feature: 'country',
      code: 'PCLI',
      country: 'FRE',
      aliases: ['Republic of Freedonia'],
      demonyms: ['Freedonian', 'Freedonians'],
    }),
    row({ name: 'Port Alba', country: 'FRE', admin1: 'Coast', geonameid: 42, lat: 1.5, lon: 2.5, population: 90000 }),
    row({ name: 'Port Alba', country: 'SYL', population: 1200 }),
  ]);
  it('finds every place with a name, by key', () => {
    assert.deepEqual(
      g.byName(nameKey('Port Alba')).map((e) => e.country),
      ['FRE', 'SYL'],
    );
    assert.equal(g.byName('republic of freedonia')[0]?.name, 'Freedonia');
  });
  it('finds a country by its demonym and by its code', () => {
    assert.equal(g.byDemonym('freedonians')[0]?.name, 'Freedonia');
    assert.equal(g.country('FRE')?.name, 'Freedonia');
    assert.equal(g.byDemonym('port alba').length, 0);
  });
  it('keeps coordinates, population and GeoNames id', () => {
    const e = g.byName('port alba')[0];
    assert.deepEqual([e?.lat, e?.lon, e?.population, e?.geonameid, e?.admin1], [1.5, 2.5, 90000, 42, 'Coast']);
  });
  it('knows its longest name in words', () => {
    assert.equal(g.maxWords, 3);
  });
});

describe('curated gazetteer data', () => {
  it('matches its JSON Schema, with a known source on every entry', () => {
    const dir = new URL('../../../knowledge/gazetteer/', import.meta.url);
    const schema = JSON.parse(readFileSync(new URL('curated.schema.json', dir), 'utf8'));
    const data = YAML.parse(readFileSync(new URL('curated.yaml', dir), 'utf8')) as {
      sources: Record<string, string>;
      places: { source: string }[];
      aliases: { source: string }[];
    };
    const ajv = new Ajv.default({ allErrors: true });
    assert.ok(ajv.validate(schema, structuredClone(data)), ajv.errorsText(ajv.errors));
    for (const e of [...data.places, ...data.aliases])
      assert.ok(e.source in data.sources, `unknown source ${e.source}`);
  });
});

describe('compiled gazetteer', () => {
  it('holds countries, divisions, cities and regions', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER))
      return t.skip('models/gazetteer/gazetteer.tsv.gz absent: npm run build:gazetteer');
    const g = loadGazetteer();
    assert.ok(g.size > 100000);
    assert.equal(g.country('AFG')?.name, 'Afghanistan');
    assert.ok(g.byName('islamabad').some((e) => e.geonameid === 1176615 && e.country === 'PAK'));
    assert.ok(g.byName('central asia').some((e) => e.feature === 'region'));
    assert.ok(g.byDemonym('afghan').some((e) => e.country === 'AFG'));
    assert.ok(g.byName('california').some((e) => e.feature === 'admin1' && e.country === 'USA'));
  });

  it('answers the short form of an English "X-on-Sea" town ("Southend", "Stoke")', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER))
      return t.skip('models/gazetteer/gazetteer.tsv.gz absent: npm run build:gazetteer');
    const g = loadGazetteer();
    assert.ok(g.byName('southend').some((e) => e.name === 'Southend-on-Sea' && e.country === 'GBR'));
    assert.ok(g.byName('stoke').some((e) => e.name === 'Stoke-on-Trent'));
  });

  it('reads each demonym of a two-demonym field ("Bosnian, Herzegovinian"), and knows "Korea", "Korean", "Serbs"', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER))
      return t.skip('models/gazetteer/gazetteer.tsv.gz absent: npm run build:gazetteer');
    const g = loadGazetteer();
    assert.ok(g.byDemonym('bosnian').some((e) => e.country === 'BIH'));
    assert.ok(g.byDemonym('herzegovinian').some((e) => e.country === 'BIH'));
    assert.ok(g.byName('korea').some((e) => e.country === 'KOR'));
    assert.ok(g.byDemonym('korean').some((e) => e.country === 'KOR'));
    assert.ok(g.byDemonym('serbs').some((e) => e.country === 'SRB'));
  });
});
