import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildStates, pluralDemonym } from './build-actors.js';

const prov = { source: 'test', note: 'invented' };
type Countries = Parameters<typeof buildStates>[0];
type Extras = Parameters<typeof buildStates>[1];

const COUNTRIES = [
  {
    name: { common: 'Northland', official: 'Republic of Northland' },
    cca3: 'NLD',
    independent: true,
    unMember: true,
    capital: ['Ostbury'],
    demonyms: { eng: { m: 'Northlander, Ostian', f: 'Northlander, Ostian' } },
  },
  {
    name: { common: 'Southmark', official: 'Southmark' },
    cca3: 'SMK',
    independent: true,
    unMember: true,
    capital: ['Vell'],
    demonyms: { eng: { m: 'Southmarki', f: 'Southmarki' } },
  },
] as unknown as Countries;

describe('states converter', () => {
  it('splits a listed demonym into its forms and adds the plural people', () => {
    const nl = buildStates(COUNTRIES, []).find((e) => e.id === 'kb:state/nld');
    assert.deepEqual(nl?.adjectives, ['Northlander', 'Ostian', 'Northlanders', 'Ostians']);
    assert.deepEqual(pluralDemonym('Iraqi'), ['Iraqis']);
    assert.deepEqual(pluralDemonym('Chinese'), []);
    for (const [d, p] of [
      ['Filipino', 'Filipinos'],
      ['Czech', 'Czechs'],
      ['Icelander', 'Icelanders'],
      ['Cypriot', 'Cypriots'],
      ['South African', 'South Africans'],
    ])
      assert.deepEqual(pluralDemonym(d as string), [p], d);
    for (const d of [
      'British',
      'Dutch',
      'French',
      'Swiss',
      'Manx',
      'Malagasy',
      'Seychellois',
      'Turkmen',
      'Greenlandic',
    ])
      assert.deepEqual(pluralDemonym(d), [], d);
  });

  it('dates a state that was part of another before independence, and its seats', () => {
    const extras = [{ code: 'SMK', formerly: { code: 'NLD', until: '1999-01-01' }, provenance: prov }] as Extras;
    const out = buildStates(COUNTRIES, extras);
    const seat = out.find((e) => e.id === 'kb:state/smk#vell');
    assert.deepEqual(seat?.roles, [
      { code: 'NLD', sector: 'GOV', to: '1999-01-01' },
      { code: 'SMK', sector: 'GOV', from: '1999-01-01' },
    ]);
    assert.equal(out.find((e) => e.id === 'kb:state/nld')?.roles, undefined);
  });
});
