import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createDocument } from '../../core/document.js';
import { emptyContext, pipeline, withResources } from '../../core/pipeline.js';
import { DEFAULT_GAZETTEER, loadGazetteer, loadPlacesLexicon } from '../../knowledge/places/index.js';
import { segmentStage } from '../segment/index.js';
import { placesStage } from './index.js';

// The project's reference article (examples/), coded with the compiled gazetteer.
const article = new URL('../../../examples/voa-russia-is-afghanistan.txt', import.meta.url);

describe('places in the reference article', () => {
  it('resolves Islamabad, northern Afghanistan, Tajikistan, China and Central Asia', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER) || !existsSync(article)) return t.skip('gazetteer or example article absent');
    const ctx = withResources(emptyContext(), { gazetteer: loadGazetteer(), placesLexicon: loadPlacesLexicon() });
    const doc = pipeline([segmentStage, placesStage]).run(createDocument('ref', readFileSync(article, 'utf8')), ctx);
    const ts = doc.layers.toponyms ?? [];
    const by = (text: string) => ts.filter((x) => x.place.text === text);
    const islamabad = by('Islamabad').find((x) => x.locative);
    assert.equal(islamabad?.place.geonameid, 1176615);
    assert.equal(islamabad?.use, 'literal');
    const north = by('northern Afghanistan')[0];
    assert.equal(north?.place.country, 'AFG');
    assert.equal(north?.place.feature, 'region');
    assert.ok((north?.place.lat ?? 0) > 33);
    assert.equal(by('Tajikistan')[0]?.place.country, 'TJK');
    assert.equal(by('Tajikistan')[0]?.use, 'literal');
    assert.equal(by('China')[0]?.place.country, 'CHN');
    assert.equal(by('Central Asian')[0]?.place.name, 'Central Asia');
    assert.equal(by('northern Afghan')[0]?.use, 'literal');
    // capitals acting and demonyms are kept, but not as literal places
    assert.ok(by('Washington').some((x) => x.use === 'actor'));
    assert.ok(by('Russian').every((x) => x.use === 'demonym'));
  });
});

describe('places with the compiled gazetteer', () => {
  const tops = (text: string) => {
    const ctx = withResources(emptyContext(), { gazetteer: loadGazetteer(), placesLexicon: loadPlacesLexicon() });
    return pipeline([segmentStage, placesStage]).run(createDocument('t', text), ctx).layers.toponyms ?? [];
  };

  it('knows news spellings of conflict places ("Raqqa", "Hodeidah", "eastern Ghouta") and English counties ("Kent")', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER)) return t.skip('gazetteer absent');
    const ts = tops('Shelling hit Raqqa and Hodeidah, and convoys left eastern Ghouta. A rally was held in Kent.');
    const at = (text: string) => ts.find((x) => x.place.text === text)?.place;
    assert.equal(at('Raqqa')?.country, 'SYR');
    assert.equal(at('Hodeidah')?.country, 'YEM');
    assert.equal(at('eastern Ghouta')?.country, 'SYR');
    assert.deepEqual([at('Kent')?.country, at('Kent')?.feature], ['GBR', 'county']);
  });

  it('knows English exonyms of cities GeoNames names locally ("Gothenburg", "Cologne", "Bombay")', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER)) return t.skip('gazetteer absent');
    const ts = tops('The band played in Gothenburg, Cologne and Bombay.');
    const at = (text: string) => ts.find((x) => x.place.text === text)?.place.country;
    assert.deepEqual([at('Gothenburg'), at('Cologne'), at('Bombay')], ['SWE', 'DEU', 'IND']);
  });

  it('places "the White House" in Washington, not at the Tennessee town of that name', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER)) return t.skip('gazetteer absent');
    const at = tops('The governors met the president in the White House on Monday.').find(
      (x) => x.place.text === 'White House',
    )?.place;
    assert.deepEqual([at?.country, at?.admin1], ['USA', 'District of Columbia']);
    const said = tops('The White House said its aides would not comment. White House aides left.');
    assert.equal(said.filter((x) => x.place.text === 'White House').length, 0, 'the government speaking is no place');
  });

  it('knows "Dar es Salaam" (a lower-case particle) and "Dar-es-Salaam", and states of older news ("Zaire", "Czechoslovakia")', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER)) return t.skip('gazetteer absent');
    const ts = tops(
      'Ships sailed from Dar es Salaam to Dar-es-Salaam, then on to Zaire, Yugoslavia and Czechoslovakia.',
    );
    const at = (text: string) => ts.find((x) => x.place.text === text)?.place;
    assert.deepEqual([at('Dar es Salaam')?.geonameid, at('Dar-es-Salaam')?.geonameid], [160263, 160263]);
    assert.equal(at('Zaire')?.country, 'COD');
    assert.ok((at('Yugoslavia')?.lat ?? 0) > 40 && (at('Czechoslovakia')?.lat ?? 0) > 45);
  });

  it('reads short forms of divisions in capitals ("NSW", "KZN") and "FATA"', (t) => {
    if (!existsSync(DEFAULT_GAZETTEER)) return t.skip('gazetteer absent');
    const ts = tops('Fires burned across NSW while floods hit KZN and troops moved into FATA.');
    const at = (text: string) => ts.find((x) => x.place.text === text)?.place.country;
    assert.deepEqual([at('NSW'), at('KZN'), at('FATA')], ['AUS', 'ZAF', 'PAK']);
    assert.equal(tops('The siege of Marawi ended.').find((x) => x.place.text === 'Marawi')?.place.country, 'PHL');
    const air = tops('Officers searched a plane at Heathrow airport.').find((x) => x.place.text === 'Heathrow')?.place;
    assert.deepEqual([air?.country, air?.feature], ['GBR', 'airport']);
  });
});
