import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActorDictionary, parseAgentDictionary, phoenixCode, phoenixDate } from './build-actors-phoenix.js';

const ACTORS = `# a comment
JANE_Q_EXAMPLE_  # made-up person
+PRESIDENT_EXAMPLE_
+MS._EXAMPLE_
\t[FRDGOV 100101-150601]
\t[FRDELI]
FREEDONIAN_NAVY_ [FRDMIL]
+FREEDONIA_FLEET_
GRAND_ALLIANCE_OF_NATIONS_ [IGOGAN]
`;

describe('Phoenix converter', () => {
  it('reads dated roles, aliases and codes of a TABARI actor dictionary', () => {
    const es = parseActorDictionary(ACTORS, 'test.actors.txt');
    const jane = es.find((e) => e.name === 'Jane Q Example');
    assert.ok(jane);
    assert.equal(jane.kind, 'person');
    assert.deepEqual(jane.aliases, ['President Example', 'Ms. Example']);
    assert.deepEqual(jane.roles?.[0], { code: 'FRD', sector: 'GOV', from: '2010-01-01', to: '2015-06-01' });
    // every code line after the name is one of its roles, not only the first
    assert.deepEqual(jane.roles?.[1], { code: 'FRD', sector: 'ELI' });
    const navy = es.find((e) => e.name === 'Freedonian Navy');
    assert.equal(navy?.code, 'FRD');
    assert.equal(navy?.sector, 'MIL');
    assert.deepEqual(navy?.aliases, ['Freedonia Fleet']);
    const igo = es.find((e) => e.name.startsWith('Grand Alliance'));
    assert.equal(igo?.kind, 'igo');
    assert.equal(igo?.code, 'IGO');
    assert.equal(jane.provenance.source, 'phoenix-dictionaries/test.actors.txt');
  });

  it('reads a country block with dated bare state codes as a territory, not a person', () => {
    const es = parseActorDictionary(
      'FREEDONIA_NORTH_\n+NORTHTOWN_\n+LAKE_PROVINCE_\n\t[FRD <900101]\n\t[NFR >900102]\nJOHN_EXAMPLE_ [NFRGOV 950101-990101]\n',
      'test.actors.txt',
    );
    assert.equal(es.find((e) => e.name === 'Freedonia North')?.kind, 'state');
    assert.equal(es.find((e) => e.name === 'John Example')?.kind, 'person');
  });

  it('drops a bare body noun given as an alias ("+ORGANIZATION_" of a named group)', () => {
    const es = parseActorDictionary('TANZIMAT_FRONT_ [FRDREB]\n+ORGANIZATION_\n+THE_TANZIMAT_\n', 'test.actors.txt');
    assert.deepEqual(es.find((e) => e.name === 'Tanzimat Front')?.aliases, ['the Tanzimat']);
  });

  it('reads two- and four-digit years and open ranges', () => {
    assert.equal(phoenixDate('090120'), '2009-01-20');
    assert.equal(phoenixDate('640101'), '1964-01-01');
    assert.equal(phoenixDate('19270101'), '1927-01-01');
    assert.equal(phoenixDate('2004017'), undefined);
    assert.deepEqual(phoenixCode('IMGMUSALQ'), { code: 'IMG', sector: 'INS' });
    assert.equal(phoenixCode('---'), null);
  });

  it("writes the dictionaries' non-ISO country codes as ISO ('ANGREB' is AGO REB, 'JAPGOV' JPN GOV)", () => {
    assert.deepEqual(phoenixCode('ANGREB'), { code: 'AGO', sector: 'REB' });
    assert.deepEqual(phoenixCode('JAPGOV'), { code: 'JPN', sector: 'GOV' });
    assert.deepEqual(phoenixCode('USAGOV'), { code: 'USA', sector: 'GOV' });
  });

  it('expands agent macros and drops trailing prepositions', () => {
    const ag = parseAgentDictionary(
      '!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\nAMBASSADOR_TO {} [~GOV]\nDEFENCE_MINIST [~GOVMIL]\n',
      't.txt',
    );
    const terms = ag.map((a) => a.term);
    assert.ok(terms.includes('police man') && terms.includes('police woman'));
    assert.ok(!terms.includes('ambassador to'));
    assert.ok(terms.includes('defence minister') && terms.includes('defence ministry'));
  });
});
