import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import YAML from 'yaml';
import { DEFAULT_PLACES_LEXICON, loadPlacesLexicon, parsePlacesLexicon } from './index.js';

describe('places lexicon', () => {
  it('matches its JSON Schema, with a known source on every list', () => {
    const schema = JSON.parse(readFileSync(new URL('lexicon.schema.json', DEFAULT_PLACES_LEXICON), 'utf8'));
    const data = YAML.parse(readFileSync(DEFAULT_PLACES_LEXICON, 'utf8')) as Record<string, { source?: string }> & {
      sources: Record<string, string>;
    };
    const ajv = new Ajv.default({ allErrors: true });
    assert.ok(ajv.validate(schema, structuredClone(data)), ajv.errorsText(ajv.errors));
    for (const [k, v] of Object.entries(data)) if (k !== 'sources') assert.ok(String(v.source) in data.sources, k);
  });
  it('loads as sets and maps', () => {
    const lx = loadPlacesLexicon();
    assert.ok(lx.locativePrepositions.has('in'));
    assert.deepEqual(lx.directions.get('northern'), [1, 0]);
    assert.equal(lx.placeHeads.get('county'), 'district');
  });
  it('refuses a list that is not a list (E012)', () => {
    assert.throws(() => parsePlacesLexicon({ connectors: { words: 'of' } }), /E012|places lexicon/);
  });
});
