import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addLayer, createDocument, type Document } from '../../core/document.js';
import { emptyContext, pipeline, withResources } from '../../core/pipeline.js';
import { buildGazetteer, type GazetteerRow, loadPlacesLexicon } from '../../knowledge/places/index.js';
import type { Event } from '../../schema/output.js';
import { segmentStage } from '../segment/index.js';
import { eventPlacesStage, placesStage, type Toponym } from './index.js';

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

// An invented world: two countries, a region, a capital, a town that shares a capital's name.
const gazetteer = buildGazetteer([
  row({
    name: 'Norland',
    feature: 'country',
    code: 'PCLI',
    country: 'NOR',
    lat: 40,
    lon: 60,
    size: 800,
    demonyms: ['Norlandic', 'Norlander', 'Norlanders'],
    geonameid: 1,
  }),
  row({
    name: 'Sudmark',
    feature: 'country',
    code: 'PCLI',
    country: 'SUD',
    lat: 30,
    lon: 70,
    size: 900,
    aliases: ['S.M.', "People's Republic of Sudmark"],
    demonyms: ['Sudmarkian'],
    geonameid: 2,
  }),
  row({ name: 'Kestria', feature: 'country', code: 'PCLI', country: 'KES', lat: 45, lon: 80, size: 300, geonameid: 3 }),
  row({ name: 'Inner Steppe', feature: 'region', code: 'CUR', lat: 42, lon: 64, demonyms: ['Inner Steppe'] }),
  row({
    name: 'Velgrad',
    code: 'PPLC',
    country: 'SUD',
    admin1: 'Capital Territory',
    lat: 33.7,
    lon: 73,
    population: 600000,
    geonameid: 10,
    abbreviations: ['V.G.'],
  }),
  row({
    name: 'Velgrad',
    code: 'PPL',
    country: 'KES',
    admin1: 'East',
    lat: 46,
    lon: 81,
    population: 3000,
    geonameid: 11,
  }),
  row({
    name: 'Oskar',
    code: 'PPL',
    country: 'NOR',
    admin1: 'West',
    lat: 41,
    lon: 59,
    population: 30000,
    geonameid: 12,
  }),
  row({
    name: 'Drummond',
    code: 'PPL',
    country: 'SUD',
    admin1: 'North',
    lat: 31,
    lon: 71,
    population: 40000,
    geonameid: 13,
  }),
  row({
    name: 'Drummond',
    code: 'PPL',
    country: 'KES',
    admin1: 'Hills',
    lat: 44,
    lon: 79,
    population: 45000,
    geonameid: 14,
  }),
  row({
    name: 'Hills',
    feature: 'admin1',
    code: 'ADM1',
    country: 'KES',
    admin1: 'Hills',
    lat: 44.5,
    lon: 79.5,
    population: 500000,
    geonameid: 20,
  }),
  row({
    name: "Cote d'Orla",
    feature: 'country',
    code: 'PCLI',
    country: 'ORL',
    lat: 5,
    lon: -5,
    size: 500,
    geonameid: 4,
  }),
  row({ name: 'South Norland', country: 'KES', admin1: 'East', lat: 45, lon: 80, population: 5000, geonameid: 16 }),
  row({ name: 'Tarvik', code: 'PPLC', country: 'NOR', lat: 40, lon: 60, population: 1000000, geonameid: 17 }),
  row({ name: 'Tarvik', country: 'KES', admin1: 'Hills', lat: 44, lon: 79, population: 300000, geonameid: 18 }),
  row({ name: 'Marren', country: 'KES', admin1: 'Hills', lat: 44.2, lon: 79.2, population: 8000, geonameid: 15 }),
  // a small Norland division and its seat, and a Kestrian town of the same name
  row({
    name: 'Brennmark',
    feature: 'admin1',
    code: 'ADM1',
    country: 'NOR',
    admin1: 'Brennmark',
    lat: 38,
    lon: 58,
    population: 60000,
    geonameid: 21,
  }),
  row({
    name: 'Brennmark',
    code: 'PPLA',
    country: 'NOR',
    admin1: 'Brennmark',
    lat: 38,
    lon: 58,
    population: 60000,
    geonameid: 22,
  }),
  row({ name: 'Brennmark', country: 'KES', admin1: 'Hills', lat: 44.6, lon: 79.6, population: 11000, geonameid: 23 }),
  // a district seat whose population is not known, a plain village of unknown size, a small town
  row({
    name: 'Orin State',
    feature: 'admin1',
    code: 'ADM1',
    country: 'SUD',
    admin1: 'Orin State',
    lat: 32,
    lon: 72,
    population: 900000,
    geonameid: 27,
  }),
  row({ name: 'Quellin', code: 'PPLA2', country: 'KES', admin1: 'Hills', lat: 44.3, lon: 79.1, geonameid: 24 }),
  row({ name: 'the West', feature: 'region', code: 'CUR', lat: 45, lon: -30, demonyms: ['Western', 'Westerners'] }),
  row({ name: 'Kirkwell', country: 'GBR', admin1: 'England', lat: 52, lon: -2, population: 9000, geonameid: 29 }),
  row({ name: 'Brightwell', country: 'NOR', admin1: 'West', lat: 41.5, lon: 59.5, population: 120000, geonameid: 39 }),
  row({ name: 'Dunmore', code: 'PPL', country: 'KES', admin1: 'Hills', lat: 44.1, lon: 79.3, geonameid: 25 }),
  row({
    name: 'Penrig',
    code: 'PPLA3',
    country: 'KES',
    admin1: 'Hills',
    lat: 44.4,
    lon: 79.4,
    population: 700,
    geonameid: 28,
  }),
  row({
    name: 'Ashby',
    code: 'PPL',
    country: 'NOR',
    admin1: 'West',
    lat: 41.2,
    lon: 59.2,
    population: 4000,
    geonameid: 26,
  }),
]);
const placesLexicon = loadPlacesLexicon();
const ctx = withResources(emptyContext(), { gazetteer, placesLexicon });
const run = (text: string): Document => pipeline([segmentStage, placesStage]).run(createDocument('t', text), ctx);
const tops = (text: string): Toponym[] => [...(run(text).layers.toponyms ?? [])];
const find = (ts: readonly Toponym[], text: string): Toponym | undefined => ts.find((t) => t.place.text === text);

describe('places stage', () => {
  it('resolves "in Velgrad" to the capital, a literal place with exact span and coordinates', () => {
    const text = 'The envoy told a seminar in Velgrad on Monday.';
    const t = find(tops(text), 'Velgrad');
    assert.ok(t);
    assert.equal(text.slice(t.place.start, t.place.end), 'Velgrad');
    assert.deepEqual([t.place.country, t.place.geonameid, t.place.lat, t.place.feature], ['SUD', 10, 33.7, 'city']);
    assert.equal(t.use, 'literal');
    assert.ok(t.locative);
  });

  it('finds country names with an elided article or a possessive ("Cote d\'Orla", "People\'s Republic of …")', () => {
    const ts = tops("Envoys from Cote d'Orla met the People's Republic of Sudmark.");
    assert.equal(find(ts, "Cote d'Orla")?.place.country, 'ORL');
    assert.equal(find(ts, "People's Republic of Sudmark")?.place.country, 'SUD');
  });

  it('reads "South Norland" as a region of Norland, not a foreign town of that name', () => {
    const t = find(tops('Fighting spread across South Norland on Sunday.'), 'South Norland');
    assert.ok(t);
    assert.equal(t.place.country, 'NOR');
    assert.equal(t.place.feature, 'region');
  });

  it('lets the countries a document names choose between same-name cities ("Tarvik" in a Kestria story)', () => {
    const ts = tops("Kestria closed its border on Monday, Kestria's minister said. Protesters marched in Tarvik.");
    assert.equal(find(ts, 'Tarvik')?.place.country, 'KES');
    assert.equal(find(tops('Protesters marched in Tarvik.'), 'Tarvik')?.place.country, 'NOR');
  });

  it('does not let a name be its own evidence: "Brennmark" in a Hills story is the Hills town, not the Norland division', () => {
    const ts = tops(
      'A new office opened in Brennmark, the Hills government said. The Brennmark office will help farmers across Hills.',
    );
    assert.deepEqual(
      ts.filter((t) => t.place.text === 'Brennmark').map((t) => t.place.country),
      ['KES', 'KES'],
    );
  });

  it('keeps a division seat of unknown or small population after "in" or "from" ("in Quellin"), not a plain village', () => {
    assert.equal(find(tops('Refugees were moved to a camp in Quellin on Monday.'), 'Quellin')?.place.geonameid, 24);
    assert.equal(find(tops('Refugees were moved to a camp in Dunmore on Monday.'), 'Dunmore'), undefined);
    assert.equal(find(tops('Lifeboats from Penrig were launched on Monday.'), 'Penrig')?.place.geonameid, 28);
  });

  it('keeps a division right after a big city ("in Velgrad Orin State"): the city is no first name', () => {
    assert.equal(find(tops('The parade was held in Velgrad Orin State on Friday.'), 'Orin State')?.place.geonameid, 27);
  });

  it('takes the second word of "Ashby Oskar" for a surname though a small town bears the first', () => {
    const ts = tops('Coach Ashby Oskar praised the team. The fans cheered Oskar.');
    assert.equal(find(ts, 'Oskar'), undefined);
  });

  it('takes a place name after a given name, or a given name before a surname, for a person ("Andrew Norland")', () => {
    const people = withResources(ctx, { actorKb: { givenNames: new Set(['andrew', 'tarvik']) } });
    const names = (text: string): string[] =>
      (pipeline([segmentStage, placesStage]).run(createDocument('t', text), people).layers.places ?? []).map(
        (p) => p.text,
      );
    assert.deepEqual(names('The coach praised Andrew Norland after the match.'), []);
    assert.deepEqual(names('The coach praised Tarvik Baines after the match.'), []);
    assert.deepEqual(names('The court heard that Tarvik had left the house.'), []);
    assert.deepEqual(names('The court heard that she had moved to Tarvik.'), ['Tarvik']);
    // a big city's name used as a given name leaves the word after it a surname ("Kobe Bryant … Bryant tweeted")
    assert.deepEqual(names('Tarvik Oskar scored twice. The fans cheered Oskar.'), []);
  });

  it('takes a big city after a given name of the places lexicon, or after a given name and a particle, for a surname ("Rob Tarvik", "Mario de Tarvik")', () => {
    const names = (text: string): string[] => (run(text).layers.places ?? []).map((p) => p.text);
    assert.deepEqual(names('The fans cheered Rob Tarvik after the race.'), []);
    assert.deepEqual(names('The mural was painted by Mario de Tarvik last year.'), []);
    assert.deepEqual(names('The fans cheered in Tarvik after the race.'), ['Tarvik']);
  });

  it('takes a town named twice ("Velgrad, V.G.") as one toponym', () => {
    const ts = tops('Talks were held in Velgrad, V.G., on Monday.');
    assert.deepEqual(
      ts.map((t) => [t.place.text, t.place.geonameid]),
      [['Velgrad, V.G.', 10]],
    );
  });

  it('reads British road numbers after "the" as streets of a British story ("the A417", "via the A436, A40 and A429")', () => {
    const ts = tops('Police closed the A417 in Kirkwell after a crash. Drivers went via the A436, A40 and A429.');
    assert.deepEqual(
      ts.filter((t) => t.place.feature === 'street').map((t) => [t.place.text, t.place.lat]),
      [
        ['A417', 52],
        ['A436', 52],
        ['A40', 52],
        ['A429', 52],
      ],
    );
    assert.equal(find(tops('She printed it on an A4 sheet in Kirkwell.'), 'A4'), undefined);
    assert.equal(find(tops('Passengers boarded the A320 in Velgrad.'), 'A320'), undefined);
  });

  it('keeps a sizeable town that names an organisation ("the Brightwell Analytica scandal"), not a small one', () => {
    assert.equal(find(tops('The Brightwell Analytica scandal grew.'), 'Brightwell')?.place.geonameid, 39);
    assert.equal(find(tops('The Ashby Analytica scandal grew.'), 'Ashby'), undefined);
  });

  it('keeps a small town before a place noun ("the Dunmore area")', () => {
    assert.equal(find(tops('Officials toured the Dunmore area on Monday.'), 'Dunmore')?.place.geonameid, 25);
  });

  it('reads "the West" as a party and "Western" before states or their people, not "the West Bank" or "in the West"', () => {
    const names = (text: string): string[] => tops(text).map((t) => `${t.place.text}:${t.place.name}`);
    assert.deepEqual(names('Relations between Norland and the West soured.'), ['Norland:Norland', 'West:the West']);
    assert.deepEqual(names('Norland expelled Western diplomats.'), ['Norland:Norland', 'Western:the West']);
    assert.deepEqual(names('Settlers moved into the West Bank.'), []);
    assert.deepEqual(names('Its image in the West improved.'), []);
    assert.deepEqual(names('Fighting spread in Western Norland.').includes('Western:the West'), false);
  });

  it('reads "northern Norland" as a region of the country, north of its centre', () => {
    const t = find(tops('Militants are gathering in northern Norland, officials said.'), 'northern Norland');
    assert.ok(t);
    assert.equal(t.place.name, 'northern Norland');
    assert.equal(t.place.country, 'NOR');
    assert.equal(t.place.feature, 'region');
    assert.ok((t.place.lat ?? 0) > 40);
    assert.equal(t.use, 'literal');
  });

  it('reads a toponym before a title as its modifier even after "to" ("a telegram to Kestria President Marek")', () => {
    const t = find(tops('Norland sent a telegram to Kestria President Marek.'), 'Kestria');
    assert.equal(t?.use, 'modifier');
    const u = find(tops('Norland sent a telegram to Kestria, officials said.'), 'Kestria');
    assert.equal(u?.use, 'literal');
  });

  it('finds both countries in "the border with Sudmark and Kestria" as locations', () => {
    const ts = tops('Camps operate near the border with Sudmark and Kestria.');
    for (const name of ['Sudmark', 'Kestria']) {
      const t = find(ts, name);
      assert.ok(t, name);
      assert.equal(t.use, 'literal');
      assert.ok(t.locative, name);
    }
  });

  it('makes a demonym before a place noun a place ("Norlandic provinces which border Inner Steppe states")', () => {
    const ts = tops('Fighters moved to Norlandic provinces, which border Inner Steppe states.');
    const prov = find(ts, 'Norlandic');
    assert.equal(prov?.place.country, 'NOR');
    assert.equal(prov?.use, 'literal');
    assert.equal(find(ts, 'Inner Steppe')?.place.feature, 'region');
  });

  it('keeps a bare demonym as a demonym, never a literal place', () => {
    const t = find(tops('The Norlandic ambassador spoke.'), 'Norlandic');
    assert.equal(t?.use, 'demonym');
    assert.equal(t?.place.name, 'Norland');
  });

  it('takes a capital used as an actor as an actor ("Velgrad rejects")', () => {
    assert.equal(find(tops('Velgrad rejects the charges.'), 'Velgrad')?.use, 'actor');
    assert.equal(find(tops('Velgrad vehemently rejects the charges.'), 'Velgrad')?.use, 'actor');
  });

  it('takes a possessive or hyphenated country as a modifier', () => {
    const ts = tops("Sudmark's army joined S.M.-led efforts.");
    assert.equal(find(ts, 'Sudmark')?.use, 'modifier');
    assert.equal(find(ts, 'S.M.')?.use, 'modifier');
  });

  it('prefers the place in a country the document names', () => {
    const ts = tops('Kestria is tense. Protests spread in Drummond on Friday.');
    assert.equal(find(ts, 'Drummond')?.place.geonameid, 14);
  });

  it('lets a following division pick the town ("Drummond, Hills")', () => {
    const ts = tops('He grew up in Drummond, Hills.');
    assert.equal(find(ts, 'Drummond')?.place.geonameid, 14);
  });

  it('does not take a surname for a town ("Anna Oskar")', () => {
    assert.equal(find(tops('The minister Anna Oskar resigned.'), 'Oskar'), undefined);
  });

  it('does not take a surname for a town when the person is named again ("Anna Oskar … Oskar said")', () => {
    assert.equal(find(tops('Anna Oskar resigned. Later Oskar said she was tired.'), 'Oskar'), undefined);
  });

  it('reads a division abbreviation only after a comma and with its period ("Drummond, Hl.")', () => {
    const g2 = buildGazetteer([
      row({
        name: 'Hills',
        feature: 'admin1',
        code: 'ADM1',
        country: 'KES',
        admin1: 'Hills',
        population: 500000,
        abbreviations: ['Hl.'],
      }),
      row({ name: 'Drummond', country: 'KES', admin1: 'Hills', population: 45000, geonameid: 14 }),
    ]);
    const ctx2 = withResources(emptyContext(), { gazetteer: g2, placesLexicon });
    const go = (text: string) =>
      pipeline([segmentStage, placesStage]).run(createDocument('a', text), ctx2).layers.toponyms ?? [];
    assert.equal(find(go('He moved to Drummond, Hl. last year.'), 'Hl.')?.place.name, 'Hills');
    assert.equal(find(go('He said Hl was fine.'), 'Hl'), undefined);
  });

  it('takes the village in the country the document keeps naming over a city fifty times its size in a country it never names', () => {
    const g4 = buildGazetteer([
      row({ name: 'Bravia', feature: 'country', code: 'PCLI', country: 'BRV', lat: 10, lon: 10, geonameid: 40 }),
      row({ name: 'Calland', feature: 'country', code: 'PCLI', country: 'CAL', lat: 50, lon: 50, geonameid: 41 }),
      row({ name: 'Portwell', country: 'CAL', lat: 50, lon: 50, population: 150000, geonameid: 42 }),
      row({ name: 'Portwell', country: 'BRV', lat: 10, lon: 10, population: 2000, geonameid: 43 }),
    ]);
    const ctx4 = withResources(emptyContext(), { gazetteer: g4, placesLexicon });
    const go = (text: string) =>
      pipeline([segmentStage, placesStage]).run(createDocument('a', text), ctx4).layers.toponyms ?? [];
    const bravian = 'Floods hit Bravia. Roads in Bravia were cut and Bravia asked for help. Crews arrived in Portwell.';
    assert.equal(find(go(bravian), 'Portwell')?.place.country, 'BRV');
    assert.equal(find(go('Floods hit Bravia. Crews arrived in Portwell.'), 'Portwell')?.place.country, 'CAL');
    assert.equal(find(go(`${bravian} Calland sent aid.`), 'Portwell')?.place.country, 'CAL');
  });

  it('takes a people before a division of the same name ("Norlandic" names a division too)', () => {
    const g3 = buildGazetteer([
      row({ name: 'Norland', feature: 'country', code: 'PCLI', country: 'NOR', demonyms: ['Norlandic'] }),
      row({
        name: 'Norlandic',
        feature: 'admin1',
        code: 'ADM1',
        country: 'SUD',
        admin1: 'Norlandic',
        population: 100000,
      }),
    ]);
    const ctx3 = withResources(emptyContext(), { gazetteer: g3, placesLexicon });
    const ts =
      pipeline([segmentStage, placesStage]).run(createDocument('b', 'Norlandic militants attacked.'), ctx3).layers
        .toponyms ?? [];
    assert.equal(find(ts, 'Norlandic')?.place.country, 'NOR');
    assert.equal(find(ts, 'Norlandic')?.use, 'demonym');
  });

  it('skips lower-case words and unknown names', () => {
    assert.equal(tops('the velgrad of ideas is a place of no name').length, 0);
  });
});

describe('place names with a head word', () => {
  it('places a street at the document\'s only town ("Harbour Street" in Velgrad)', () => {
    const ts = tops('Shops in Velgrad reopened. Crowds filled Harbour Street on Sunday.');
    const t = find(ts, 'Harbour Street');
    assert.equal(t?.place.feature, 'street');
    assert.equal(t?.place.country, 'SUD');
    assert.equal(t?.place.lat, 33.7);
  });
  it('places "Marren County" at Marren when the document is in its division', () => {
    const t = find(tops('Floods hit Hills on Monday. Marren County was worst hit.'), 'Marren County');
    assert.equal(t?.place.feature, 'district');
    assert.equal(t?.place.admin1, 'Hills');
  });
  it('places "Lake Kestria" in the country it is named after', () => {
    assert.equal(find(tops('Boats sank on Lake Kestria.'), 'Lake Kestria')?.place.country, 'KES');
  });
  it('leaves out a street it cannot place', () => {
    assert.equal(find(tops('Crowds filled Harbour Street on Sunday.'), 'Harbour Street'), undefined);
  });
});

describe('eventPlaces stage', () => {
  const ev = (doc: Document, id: string, trigger: string, sentence: number): Event => {
    const start = doc.text.indexOf(trigger);
    return {
      id,
      event: 'ASSAULT',
      mode: null,
      context: [],
      cameo: null,
      goldstein: null,
      quadClass: null,
      actor: [],
      recipient: [],
      status: 'asserted',
      attributedTo: null,
      eventText: trigger,
      trigger: { start, end: start + trigger.length },
      sentence,
      text: '',
      date: null,
      eventLoc: null,
      confidence: 1,
    };
  };
  const locate = (text: string, triggers: [string, number][]) => {
    let doc = run(text);
    doc = addLayer(
      doc,
      'events',
      triggers.map(([t, s], i) => ev(doc, `e${i}`, t, s)),
    );
    return [...(eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [])];
  };

  it('places an event where its own clause says ("airstrikes in northern Norlandic regions")', () => {
    const [p] = locate('Sudmark said its airstrikes in northern Norlandic regions hit camps.', [['airstrikes', 0]]);
    assert.equal(p?.place?.name, 'northern Norland');
    assert.equal(p?.rule, 'sentence-locative');
  });

  it('places a statement where it was made ("told a seminar in Velgrad")', () => {
    const [p] = locate('Kestria accused Norland, its envoy told a seminar in Velgrad.', [['accused', 0]]);
    assert.equal(p?.place?.geonameid, 10);
  });

  it('never uses a capital acting as an actor or a demonym as the location', () => {
    const [p] = locate('Velgrad rejects the Norlandic charges. Troops gathered in Kestria.', [['rejects', 0]]);
    assert.notEqual(p?.place?.geonameid, 10);
    assert.notEqual(p?.place?.country, 'NOR');
    assert.equal(p?.rule, 'document-focus');
    assert.equal(p?.place?.country, 'KES');
  });

  it("prefers the event's own clause to a nearer place in another clause (with the syntax layer)", () => {
    const text = 'Troops who trained in Oskar clashed with police in Velgrad.';
    let doc = run(text);
    assert.equal(doc.layers.tokens?.length, 11);
    doc = addLayer(doc, 'syntax', {
      upos: ['NOUN', 'PRON', 'VERB', 'ADP', 'PROPN', 'VERB', 'ADP', 'NOUN', 'ADP', 'PROPN', 'PUNCT'],
      xpos: [],
      lemma: [],
      head: [5, 2, 0, 4, 2, -1, 7, 5, 9, 5, 5],
      deprel: ['nsubj', 'nsubj', 'acl:relcl', 'case', 'obl', 'root', 'case', 'obl', 'case', 'obl', 'punct'],
    });
    doc = addLayer(doc, 'events', [ev(doc, 'e0', 'clashed', 0)]);
    const [p] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(p?.place?.geonameid, 10);
    assert.equal(p?.rule, 'clause-locative');
  });

  it('never places an event at a toponym inside its own actor ("Troops from Oskar attacked …")', () => {
    const text = 'Troops from Oskar attacked the camp. Talks were held in Kestria.';
    let doc = run(text);
    const e = ev(doc, 'e0', 'attacked', 0);
    const actor = { actorText: 'Troops from Oskar', name: null, code: 'NOR', sector: 'MIL', role: null, id: null };
    doc = addLayer(doc, 'events', [{ ...e, actor: [{ ...actor, start: 0, end: 17 }] }]);
    const [p] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.notEqual(p?.place?.name, 'Oskar');
    const [q] = locate(text, [['attacked', 0]]);
    assert.equal(q?.place?.name, 'Oskar', 'with no actor span the place after "from" is used');
  });

  it("places a state's statement at home, not in the country the document is about", () => {
    const text = 'Troops gathered in Kestria. The government condemned the move. The army shelled the camp.';
    let doc = run(text);
    const gov = { actorText: 'The government', name: null, code: 'NOR', sector: 'GOV', role: null, id: null };
    const army = { ...gov, actorText: 'The army', sector: 'MIL' };
    const said = ev(doc, 'e0', 'condemned', 1);
    const shelled = ev(doc, 'e1', 'shelled', 2);
    doc = addLayer(doc, 'events', [
      { ...said, event: 'ACCUSE', quadClass: 3, actor: [{ ...gov, start: 28, end: 42 }] },
      { ...shelled, quadClass: 4, actor: [{ ...army, start: 62, end: 70 }] },
    ]);
    const [p, q] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(p?.place?.country, 'NOR');
    assert.equal(p?.rule, 'actor-home');
    assert.equal(q?.place?.country, 'KES', "a state's troops strike abroad: the document's focus");
  });

  it('never places an event at the country an envoy is sent to ("the ambassador to Kestria")', () => {
    const [p] = locate('An adviser backed the decision to recall the ambassador to Kestria. Norland agreed.', [
      ['backed', 0],
    ]);
    assert.notEqual(p?.place?.text, 'Kestria');
    const [q] = locate('An adviser backed the decision to send troops to Kestria.', [['backed', 0]]);
    assert.equal(q?.place?.text, 'Kestria', 'troops sent to a place are there');
  });

  it('never places a report at a place of what is reported ("accused Sudmark of the attack in Velgrad")', () => {
    const text = 'In Kestria, the minister accused Sudmark of the attack in Velgrad.';
    let doc = run(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    doc = addLayer(doc, 'quotes', [
      { speaker: null, cue: at('accused'), content: at('Sudmark of the attack in Velgrad') },
    ]);
    doc = addLayer(doc, 'events', [ev(doc, 'e0', 'accused', 0), ev(doc, 'e1', 'attack', 0)]);
    const [said, attack] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(said?.place?.text, 'Kestria');
    assert.equal(attack?.place?.text, 'Velgrad');
  });

  it('takes the dateline over another place of the sentence, and no one\'s origin ("Marek of Kestria")', () => {
    const [p] = locate('VELGRAD (AP) - President Marek of Kestria signed the plan on Friday.', [['signed', 0]]);
    assert.equal(p?.place?.text, 'VELGRAD');
    assert.equal(p?.rule, 'dateline');
    const [q] = locate('President Marek of Kestria signed the plan. Talks went on in Sudmark.', [['signed', 0]]);
    assert.notEqual(q?.place?.text, 'Kestria');
    const [r] = locate('Marek, of Kestria, signed the plan. Talks went on in Sudmark.', [['signed', 0]]);
    assert.notEqual(r?.rule, 'sentence', 'a name, a comma, then "of X"');
  });

  const parsed = (
    text: string,
    head: number[],
    deprel: string[],
    trigger: string,
    quadClass: Event['quadClass'] = null,
    upos: string[] = [],
  ) => {
    let doc = run(text);
    assert.equal(doc.layers.tokens?.length, head.length);
    doc = addLayer(doc, 'syntax', { upos, xpos: [], lemma: [], head, deprel });
    doc = addLayer(doc, 'events', [{ ...ev(doc, 'e0', trigger, 0), quadClass }]);
    return (eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [])[0];
  };

  it("never places a reported act where its speaker is ('Sources in Velgrad said troops attacked Oskar')", () => {
    const head = [3, 2, 0, -1, 5, 3, 5, 3];
    const rel = ['nsubj', 'case', 'nmod', 'root', 'nsubj', 'ccomp', 'obj', 'punct'];
    const p = parsed('Sources in Velgrad said troops attacked Oskar.', head, rel, 'attacked');
    assert.notEqual(p?.place?.text, 'Velgrad');
    const q = parsed('Sources in Velgrad said Norland condemned Oskar.', head, rel, 'condemned', 3);
    assert.equal(q?.place?.text, 'Velgrad', 'a statement is made where it is said');
  });

  it("takes a journey's destination as where its traveller is, not a destination of things sent", () => {
    const p = parsed(
      'Marek arrived on a visit to Velgrad and praised Jon.',
      [1, -1, 4, 4, 1, 6, 4, 8, 1, 8, 1],
      ['nsubj', 'root', 'case', 'det', 'obl', 'case', 'nmod', 'cc', 'conj', 'obj', 'punct'],
      'praised',
      1,
      ['PROPN', 'VERB', 'ADP', 'DET', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'VERB', 'PROPN', 'PUNCT'],
    );
    assert.equal(p?.place?.text, 'Velgrad');
    assert.equal(p?.rule, 'sentence-locative');
    const q = parsed(
      'Marek sent troops to Velgrad and praised Jon.',
      [1, -1, 1, 4, 1, 6, 1, 6, 1],
      ['nsubj', 'root', 'obj', 'case', 'obl', 'cc', 'conj', 'obj', 'punct'],
      'praised',
      1,
      ['PROPN', 'VERB', 'NOUN', 'ADP', 'PROPN', 'CCONJ', 'VERB', 'PROPN', 'PUNCT'],
    );
    assert.equal(q?.rule, 'document-focus', 'only as the place the document is about');
  });

  it("keeps a setting put first for what is reported ('In Velgrad, police said troops attacked Oskar')", () => {
    const p = parsed(
      'In Velgrad, police said troops attacked Oskar.',
      [1, 4, 4, 4, -1, 6, 4, 6, 4],
      ['case', 'obl', 'punct', 'nsubj', 'root', 'nsubj', 'ccomp', 'obj', 'punct'],
      'attacked',
    );
    assert.equal(p?.place?.text, 'Velgrad');
  });

  it("takes the place of a time clause below the act but not of another noun's relative clause", () => {
    const p = parsed(
      'Marek met Jon after arriving in Velgrad.',
      [1, -1, 1, 4, 1, 6, 4, 1],
      ['nsubj', 'root', 'obj', 'mark', 'advcl', 'case', 'obl', 'punct'],
      'met',
    );
    assert.equal(p?.place?.text, 'Velgrad');
    const q = parsed(
      'Marek met men who fought in Velgrad.',
      [1, -1, 1, 4, 2, 6, 4, 1],
      ['nsubj', 'root', 'obj', 'nsubj', 'acl:relcl', 'case', 'obl', 'punct'],
      'met',
    );
    assert.notEqual(q?.place?.text, 'Velgrad');
  });

  it("places a statement with no place of its own at the document's dateline, a material act at its focus", () => {
    const text =
      'VELGRAD (AP) - Talks began. Troops gathered in Kestria and Kestria. The council condemned it. Troops left.';
    let doc = run(text);
    const said = ev(doc, 'e0', 'condemned', 2);
    const left = ev(doc, 'e1', 'left', 3);
    doc = addLayer(doc, 'events', [
      { ...said, event: 'ACCUSE', quadClass: 3 },
      { ...left, event: 'RETREAT', quadClass: 2 },
    ]);
    const [p, q] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(p?.place?.text, 'VELGRAD');
    assert.equal(q?.place?.country, 'KES');
  });

  const party = (actorText: string, code: string | null, sector: string | null, text: string) => ({
    actorText,
    name: null,
    code,
    sector,
    role: null,
    id: null,
    start: text.indexOf(actorText),
    end: text.indexOf(actorText) + actorText.length,
  });
  const withEvents = (text: string, events: ((doc: Document) => Event)[]) => {
    let doc = run(text);
    doc = addLayer(
      doc,
      'events',
      events.map((f) => f(doc)),
    );
    return [...(eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [])];
  };

  it("places an attack where its named target is, not at another clause's place ('lived in Velgrad when Sudmark invaded Kestria')", () => {
    const text = 'Marek lived in Velgrad when Sudmark invaded Kestria.';
    const [p, q] = withEvents(text, [
      (d) => ({ ...ev(d, 'e0', 'invaded', 0), quadClass: 4, recipient: [party('Kestria', 'KES', null, text)] }),
      (d) => ({
        ...ev(d, 'e1', 'invaded', 0),
        event: 'COERCE',
        quadClass: 4,
        recipient: [party('Kestria', 'KES', null, text)],
      }),
    ]);
    assert.equal(p?.place?.country, 'KES');
    assert.equal(p?.rule, 'target');
    assert.notEqual(q?.rule, 'target', 'only an attack takes its target as its place');
  });

  it("places an attack on a state's government in that state, not on its envoy abroad", () => {
    const text = 'Troops gathered in Kestria and Kestria. Sudmark threatened strikes against the president.';
    const strikes = (recipient: ReturnType<typeof party>) => (d: Document) => ({
      ...ev(d, 'e0', 'strikes', 1),
      quadClass: 4 as const,
      recipient: [recipient],
    });
    const [p] = withEvents(text, [strikes(party('the president', 'NOR', 'GOV', text))]);
    assert.equal(p?.place?.country, 'NOR');
    assert.equal(p?.rule, 'target');
    const envoy = 'Troops gathered in Kestria and Kestria. The Norlandic ambassador was hurt in the strikes.';
    const [q] = withEvents(envoy, [strikes(party('The Norlandic ambassador', 'NOR', 'GOV', envoy))]);
    assert.equal(q?.place?.country, 'KES', "an envoy serves abroad: the document's focus");
  });

  it("places a physical act at the place that names its noun ('after the Kestria bombings'), not a verbal act's", () => {
    const head = [1, -1, 5, 5, 5, 1, 1];
    const rel = ['nsubj', 'root', 'case', 'det', 'compound', 'obl', 'punct'];
    const upos = ['NOUN', 'VERB', 'ADP', 'DET', 'PROPN', 'NOUN', 'PUNCT'];
    const p = parsed('Aid came after the Kestria bombings.', head, rel, 'bombings', 4, upos);
    assert.equal(p?.rule, 'noun-modifier');
    assert.equal(p?.place?.country, 'KES');
    let doc = run('Aid came after the Kestria investigation.');
    doc = addLayer(doc, 'syntax', { upos, xpos: [], lemma: [], head, deprel: rel });
    doc = addLayer(doc, 'events', [{ ...ev(doc, 'e0', 'investigation', 0), event: 'ACCUSE', quadClass: 3 }]);
    const [q] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.notEqual(q?.rule, 'noun-modifier', 'what an investigation is about is no place');
  });

  it("places a state institution's statement at home rather than at a foreign dateline, a person's at the dateline", () => {
    const text =
      'VELGRAD (AP) - Talks began. Norland gathered troops in Norland and Norland. The Norlandic authorities condemned it. Marek condemned it.';
    const said = (trigger: string, k: number, actor: ReturnType<typeof party>) => (d: Document) => {
      const e = ev(d, `e${k}`, trigger, k + 2);
      const start = d.text.indexOf(trigger, k === 0 ? 0 : d.text.indexOf('Marek'));
      return {
        ...e,
        event: 'ACCUSE' as const,
        quadClass: 3 as const,
        trigger: { start, end: start + trigger.length },
        actor: [actor],
      };
    };
    const [p, q] = withEvents(text, [
      said('condemned', 0, party('The Norlandic authorities', 'NOR', 'GOV', text)),
      said('condemned', 1, party('Marek', 'NOR', 'GOV', text)),
    ]);
    assert.equal(p?.place?.country, 'NOR');
    assert.equal(p?.rule, 'actor-home');
    assert.equal(q?.place?.text, 'VELGRAD', 'a person travels: the dateline');
  });

  it("places a travelling person's statement at a foreign dateline, an institution's at home", () => {
    const text =
      'VELGRAD (AP) - Talks began. Troops gathered in Kestria and Kestria. Marek condemned it. The Norlandic government condemned it.';
    const said = (actorText: string, sentence: number) => (d: Document) => {
      const start = d.text.indexOf('condemned', d.text.indexOf(actorText));
      return {
        ...ev(d, `e${sentence}`, 'condemned', sentence),
        event: 'ACCUSE' as const,
        quadClass: 3 as const,
        trigger: { start, end: start + 9 },
        actor: [party(actorText, 'NOR', 'GOV', text)],
      };
    };
    const [p, q] = withEvents(text, [said('Marek', 2), said('The Norlandic government', 3)]);
    assert.equal(p?.place?.text, 'VELGRAD');
    assert.equal(q?.place?.country, 'NOR');
    assert.equal(q?.rule, 'actor-home');
  });

  it("places an attack on a thing at the place an earlier sentence gave it ('a clinic in Oskar … bombed the clinic')", () => {
    const text = 'Troops gathered in Kestria and Kestria. Marek ran a clinic in Oskar. Rebels bombed the clinic.';
    let doc = run(text);
    const tokens = doc.layers.tokens ?? [];
    const n = tokens.length;
    const at = (w: string) => tokens.findIndex((t) => text.slice(t.start, t.end) === w && t.start > 60);
    const head = Array.from({ length: n }, () => -1);
    const deprel = Array.from({ length: n }, () => 'dep');
    const upos = Array.from({ length: n }, () => 'X');
    const bombed = at('bombed');
    head[at('clinic')] = bombed;
    deprel[at('clinic')] = 'obj';
    upos[at('clinic')] = 'NOUN';
    upos[bombed] = 'VERB';
    doc = addLayer(doc, 'syntax', { upos, xpos: [], lemma: [], head, deprel });
    doc = addLayer(doc, 'events', [{ ...ev(doc, 'e0', 'bombed', 2), quadClass: 4 }]);
    const [p] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(p?.place?.text, 'Oskar');
    assert.equal(p?.rule, 'antecedent');
  });

  it("places a state's easing of its own rules or its sanctions at home, not in the country the document is about", () => {
    const text = 'Troops gathered in Kestria and Kestria. The government eased travel rules.';
    const [p, q] = withEvents(text, [
      (d) => ({
        ...ev(d, 'e0', 'eased', 1),
        event: 'CONCEDE',
        quadClass: 2,
        actor: [party('The government', 'NOR', 'GOV', text)],
      }),
      (d) => ({
        ...ev(d, 'e1', 'eased', 1),
        event: 'AID',
        quadClass: 2,
        actor: [party('The government', 'NOR', 'GOV', text)],
      }),
    ]);
    assert.equal(p?.place?.country, 'NOR');
    assert.equal(q?.place?.country, 'KES', 'aid is given where it goes');
  });

  it('places a person the lead never names at home, not at a foreign dateline; an envoy at the dateline', () => {
    const filler = ' The talks went on for many hours and nothing at all was agreed by anyone there.'.repeat(6);
    const text = `VELGRAD (AP) - Talks began. Troops gathered in Kestria and Kestria.${filler} Jon Brell condemned it. The Norlandic ambassador condemned it.`;
    const said = (actorText: string, name: string | null) => (d: Document) => {
      const start = d.text.indexOf('condemned', d.text.indexOf(actorText));
      return {
        ...ev(d, actorText, 'condemned', 2),
        event: 'ACCUSE' as const,
        quadClass: 3 as const,
        trigger: { start, end: start + 9 },
        actor: [{ ...party(actorText, 'NOR', 'GOV', text), name }],
      };
    };
    const [p, q] = withEvents(text, [said('Jon Brell', 'Jon Brell'), said('The Norlandic ambassador', null)]);
    assert.equal(p?.place?.country, 'NOR');
    assert.equal(p?.rule, 'actor-home');
    assert.equal(q?.place?.text, 'VELGRAD', 'an envoy serves abroad');
  });

  it("places an arrest by a state's police at home, not in the country the document is about", () => {
    const text = 'Troops gathered in Kestria and Kestria. The police arrested ten men.';
    const [p] = withEvents(text, [
      (d) => ({
        ...ev(d, 'e0', 'arrested', 1),
        event: 'COERCE',
        quadClass: 4,
        actor: [party('The police', 'NOR', 'COP', text)],
      }),
    ]);
    assert.equal(p?.place?.country, 'NOR');
    const [q] = withEvents(text, [
      (d) => ({
        ...ev(d, 'e0', 'arrested', 1),
        event: 'COERCE',
        quadClass: 4,
        actor: [party('The police', 'NOR', 'MIL', text)],
      }),
    ]);
    assert.equal(q?.place?.country, 'KES', 'troops may hold people abroad');
  });

  it("places a material act with no place at the dateline's town when it is in the country the document is about", () => {
    const text = 'OSKAR (AP) - Talks began. Troops gathered in Norland and Norland. Troops left.';
    let doc = run(text);
    doc = addLayer(doc, 'events', [{ ...ev(doc, 'e0', 'left', 2), event: 'RETREAT', quadClass: 2 }]);
    const [p] = eventPlacesStage.run(doc, ctx).layers.eventPlaces ?? [];
    assert.equal(p?.place?.text, 'OSKAR');
    assert.equal(p?.rule, 'dateline');
  });

  it('gives null when the document names no place', () => {
    const [p] = locate('The talks failed.', [['failed', 0]]);
    assert.equal(p?.place, null);
  });
});

describe('places stage: counties and unplaced streets', () => {
  const g2 = buildGazetteer([
    row({ name: 'Norland', feature: 'country', code: 'PCLI', country: 'NOR', lat: 40, lon: 60, size: 800 }),
    row({ name: 'Kestria', feature: 'country', code: 'PCLI', country: 'KES', lat: 45, lon: 80, size: 300 }),
    row({
      name: 'Ambershire',
      feature: 'county',
      code: 'CUR',
      country: 'NOR',
      admin1: 'West',
      lat: 41,
      lon: 58,
      population: 1500000,
    }),
    row({ name: 'Ambershire', country: 'KES', admin1: 'East', lat: 46, lon: 81, population: 120000, geonameid: 30 }),
    row({ name: 'Holt', country: 'KES', admin1: 'East', lat: 46.5, lon: 81.5, population: 90000, geonameid: 31 }),
    row({ name: 'Holt', country: 'NOR', admin1: 'West', lat: 41.2, lon: 58.2, population: 2000, geonameid: 32 }),
    // two Fenbys of the county's division, one in the county, one far from it; a far Dunton only
    row({ name: 'Fenby', country: 'NOR', admin1: 'West', lat: 44, lon: 62, population: 5000, geonameid: 36 }),
    row({ name: 'Fenby', country: 'NOR', admin1: 'West', lat: 41.3, lon: 57.9, population: 1500, geonameid: 37 }),
    row({ name: 'Dunton', country: 'NOR', admin1: 'West', lat: 44, lon: 62, population: 5000, geonameid: 38 }),
    row({ name: 'Tarvik', country: 'KES', admin1: 'East', lat: 44, lon: 79, population: 300000, geonameid: 33 }),
    row({ name: 'Marren', country: 'KES', admin1: 'East', lat: 44.2, lon: 79.2, population: 80000, geonameid: 34 }),
    row({ name: 'Ostmark', feature: 'admin1', code: 'ADM1', country: 'KES', admin1: 'Ostmark', lat: 45.5, lon: 80.5 }),
    row({ name: 'Westmark', feature: 'admin1', code: 'ADM1', country: 'KES', admin1: 'Westmark', lat: 44, lon: 78 }),
    row({ name: 'Lindmark', feature: 'admin1', code: 'ADM1', country: 'KES', admin1: 'Lindmark', lat: 43, lon: 77 }),
    row({
      name: 'Lindmark',
      code: 'PPLA',
      country: 'NOR',
      admin1: 'West',
      lat: 42,
      lon: 57,
      population: 300000,
      geonameid: 35,
    }),
  ]);
  const ctx2 = withResources(emptyContext(), { gazetteer: g2, placesLexicon });
  const tops2 = (text: string): Toponym[] => [
    ...(pipeline([segmentStage, placesStage]).run(createDocument('t', text), ctx2).layers.toponyms ?? []),
  ];

  it('resolves a county name to the county rather than a mid-sized foreign town of that name', () => {
    const t = find(tops2('The rally was held in Ambershire on Sunday.'), 'Ambershire');
    assert.deepEqual([t?.place.country, t?.place.feature], ['NOR', 'county']);
  });

  it('reads "Holt, Ambershire" as the Holt in the county\'s division, not the bigger foreign Holt', () => {
    const t = find(tops2('The race starts at Holt, Ambershire, on Sunday.'), 'Holt');
    assert.equal(t?.place.geonameid, 32);
  });

  it('reads "Fenby, Ambershire" as the Fenby in the county, and a far Dunton\'s name as a town of the county', () => {
    assert.equal(find(tops2('The race starts at Fenby, Ambershire, on Sunday.'), 'Fenby')?.place.geonameid, 37);
    const t = find(tops2('The race starts at Dunton, Ambershire, on Sunday.'), 'Dunton');
    assert.deepEqual([t?.place.lat, t?.place.feature], [41, 'locality']);
  });

  it('places a street of a document naming several towns at the town named just before it', () => {
    const ts = tops2(
      'Kestria closed a border post. Marchers left Tarvik for Marren on Monday. Police closed Mill Road.',
    );
    const road = find(ts, 'Mill Road');
    assert.deepEqual([road?.place.country, road?.place.lat, road?.place.feature], ['KES', 44.2, 'street']);
  });

  it('keeps a town that names an organisation as a modifier ("the Marren Police Department"), not a first name', () => {
    const t = find(tops2('Officers of the Marren Police Department arrived.'), 'Marren');
    assert.deepEqual([t?.place.geonameid, t?.use], [34, 'modifier']);
    assert.equal(find(tops2('Officers met Marren Jones yesterday.'), 'Marren'), undefined);
  });

  it('reads a capitalised town opening a sentence before a dash as a dateline ("MARREN – …"), not before a colon', () => {
    assert.equal(find(tops2('MARREN – The council met on Monday.'), 'MARREN')?.place.geonameid, 34);
    assert.equal(find(tops2('MARREN: The council met on Monday.'), 'MARREN'), undefined);
  });

  it('finds a mid-sized town after a sentence-initial "The" ("The Marren council")', () => {
    assert.equal(find(tops2('The Marren council met on Monday.'), 'Marren')?.place.geonameid, 34);
  });

  it('places an unknown name before ", <county>" at that county ("at Stoneford, Ambershire.")', () => {
    const t = find(tops2('The last race is at Stoneford, Ambershire.'), 'Stoneford');
    assert.deepEqual([t?.place.country, t?.place.lat, t?.place.feature], ['NOR', 41, 'locality']);
    assert.equal(find(tops2('Senator Bill Stoneford, Ambershire Republican, spoke.'), 'Bill Stoneford'), undefined);
  });

  it('places a town the gazetteer lists only abroad at the division written after it ("Tarvik, Ambershire")', () => {
    const t = find(tops2('The next race is at Tarvik, Ambershire.'), 'Tarvik');
    assert.deepEqual([t?.place.country, t?.place.lat, t?.place.feature], ['NOR', 41, 'locality']);
  });

  it('places "Pike County, Ostmark" at the division named after it', () => {
    const t = find(tops2('Schools in Pike County, Ostmark, will get more money.'), 'Pike County');
    assert.deepEqual([t?.place.country, t?.place.lat, t?.place.feature], ['KES', 45.5, 'district']);
  });

  it('reads a name of both a division and a city as the division when listed beside a division', () => {
    assert.equal(find(tops2('Jobs left Westmark or Lindmark last year.'), 'Lindmark')?.place.feature, 'admin1');
    assert.equal(find(tops2('Officials in Lindmark said so.'), 'Lindmark')?.place.geonameid, 35);
  });

  it('reads "the Old Quarter" as a district of the town, but not "Third Quarter" results', () => {
    const q = find(tops2('Marchers in Tarvik reached the Old Quarter on Monday.'), 'Old Quarter');
    assert.deepEqual([q?.place.feature, q?.place.lat], ['district', 44]);
    assert.equal(find(tops2('Tarvik Mills posted Third Quarter results.'), 'Third Quarter'), undefined);
  });

  it('takes no district from an agency whose name is no place ("the Environmental Protection Agency")', () => {
    const ts = tops2('Kestria closed a border post. The Environmental Protection Agency in Tarvik said so.');
    assert.equal(find(ts, 'Environmental Protection Agency'), undefined);
  });

  it('places a street or county far from any town at the biggest town the document names, and leaves it out when it names none', () => {
    const ts = tops2(
      'Marchers left Marren for Tarvik on Monday. They sang. They danced. They slept. Police closed Mill Road.',
    );
    const road = find(ts, 'Mill Road');
    assert.deepEqual([road?.place.lat, road?.place.feature, road?.place.geonameid], [44, 'street', null]);
    assert.equal(find(tops2('They sang. They danced. They slept. Police closed Mill Road.'), 'Mill Road'), undefined);
    const county = find(
      tops2(
        'Marchers left Marren for Tarvik on Monday. They sang. They danced. They slept. Schools in Pike County closed.',
      ),
      'Pike County',
    );
    assert.deepEqual([county?.place.lat, county?.place.feature], [44, 'district']);
  });

  it('places a street or building at the town written after "in" or "at" ("Mill Road in Marren")', () => {
    const ts = tops2(
      'Marchers left Tarvik for Marren on Monday. They sang. They danced. They slept. Police closed Mill Road in Marren.',
    );
    const road = find(ts, 'Mill Road');
    assert.deepEqual([road?.place.country, road?.place.lat, road?.place.feature], ['KES', 44.2, 'street']);
  });
});
