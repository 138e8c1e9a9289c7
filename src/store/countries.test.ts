import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { ADM1_CODES, FIPS_FILE, ISO3_TO_FIPS, ISO3_TO_ISO2 } from './countries.js';

describe('ISO → FIPS 10-4 country codes', () => {
  it('match their JSON Schema, with a known source on every entry', () => {
    const schema = JSON.parse(readFileSync(new URL('fips.schema.json', FIPS_FILE), 'utf8'));
    for (const name of ['fips.json', 'fips-curated.json']) {
      const data = JSON.parse(readFileSync(new URL(name, FIPS_FILE), 'utf8')) as {
        sources: Record<string, string>;
        countries: { source: string }[];
        divisions?: { source: string }[];
      };
      const ajv = new Ajv.default({ allErrors: true });
      assert.ok(ajv.validate(schema, data), `${name}: ${ajv.errorsText(ajv.errors)}`);
      for (const c of [...data.countries, ...(data.divisions ?? [])])
        assert.ok(c.source in data.sources, `${name}: unknown source ${c.source}`);
    }
  });

  it('gives GDELT codes where FIPS and ISO differ, and the same where they agree', () => {
    assert.equal(ISO3_TO_FIPS.get('DEU'), 'GM');
    assert.equal(ISO3_TO_FIPS.get('RUS'), 'RS');
    assert.equal(ISO3_TO_FIPS.get('GBR'), 'UK');
    assert.equal(ISO3_TO_FIPS.get('CHN'), 'CH');
    assert.equal(ISO3_TO_FIPS.get('AUT'), 'AU');
    assert.equal(ISO3_TO_FIPS.get('AUS'), 'AS');
    assert.equal(ISO3_TO_FIPS.get('PAK'), 'PK');
    assert.equal(ISO3_TO_FIPS.get('AFG'), 'AF');
  });

  it('covers every country of the gazetteer that FIPS names', () => {
    const lacking = [...ISO3_TO_ISO2.keys()].filter((c) => !ISO3_TO_FIPS.has(c));
    assert.deepEqual(lacking.sort(), ['ALA', 'BES', 'UMI']);
  });

  it('gives divisions GDELT ADM1 codes: FIPS country and division, US states by abbreviation', () => {
    assert.equal(ADM1_CODES.get('AFG/Kabul Province'), 'AF13');
    assert.equal(ADM1_CODES.get('PAK/Islamabad Capital Territory'), 'PK08');
    assert.equal(ADM1_CODES.get('CHE/Canton of Zurich'), 'SZ25');
    assert.equal(ADM1_CODES.get('USA/California'), 'USCA');
    assert.equal(ADM1_CODES.get('USA/District of Columbia'), 'USDC');
    for (const [k, code] of ADM1_CODES) {
      const fips = ISO3_TO_FIPS.get(k.slice(0, 3));
      assert.ok(fips && code.startsWith(fips), `${k}: ${code} does not start with its country's code`);
    }
  });
});
