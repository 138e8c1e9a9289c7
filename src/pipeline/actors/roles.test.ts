import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findMention, type MentionsOf, mentionsFixture } from './fixtures.js';
import type { ActorMention } from './index.js';

let mentions: MentionsOf;
before(async () => {
  mentions = await mentionsFixture();
});

const sectorOf = (ms: readonly ActorMention[], text: string): string | null => {
  const m = ms.find((x) => x.actorText === text);
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(ms.map((x) => x.actorText))}`);
  return m.sector;
};

describe('role nouns: officers', () => {
  it('reads a bare "officers" as police ("officers arrested the driver")', () => {
    assert.equal(sectorOf(mentions('Officers arrested the driver after a short chase.'), 'Officers'), 'COP');
  });
  it('keeps "army officers" military', () => {
    assert.equal(sectorOf(mentions('Two army officers were detained on Monday.'), 'Two army officers'), 'MIL');
  });
});

describe('role nouns: exiles', () => {
  it('reads "exile leaders" as opposition, not as the government of the state they left', () => {
    const ms = mentions('Two Freedonian exile leaders addressed a rally. Freedonian exile groups joined them.');
    assert.equal(sectorOf(ms, 'Two Freedonian exile leaders'), 'OPP');
    assert.equal(sectorOf(ms, 'Freedonian exile groups'), 'OPP');
  });
});

describe('role nouns: committees of a legislature', () => {
  it('finds "the ethics committee" and "the parliamentary ethics committee" as the legislature (LEG)', () => {
    const ms = mentions(
      'Two reporters filed complaints to the parliamentary ethics committee. The ethics committee dismissed them.',
    );
    assert.equal(sectorOf(ms, 'the parliamentary ethics committee'), 'LEG');
    assert.equal(sectorOf(ms, 'The ethics committee'), 'LEG');
  });
});

describe('regional peoples', () => {
  it("reads the plural people noun 'Arabs' as the Arab peoples (Phoenix/CAMEO ARB), not the adjective 'Arab'", () => {
    const ms = mentions('The colonel called on Arabs to rise up. Arab troops massed at the border.');
    const arabs = ms.find((m) => m.actorText === 'Arabs');
    assert.equal(arabs?.code, 'ARB');
    assert.ok(!ms.some((m) => m.code === 'ARB' && m.actorText !== 'Arabs'));
  });
});

describe('broadcast networks', () => {
  it("reads a network named for what it broadcasts as news media ('Zenith Business Network'), other networks as NGOs", () => {
    const ms = mentions('He spoke to Zenith Business Network on Monday. The Harbour Trade Network objected.');
    assert.equal(sectorOf(ms, 'Zenith Business Network'), 'MED');
    assert.notEqual(
      ms.find((m) => m.actorText.endsWith('Trade Network'))?.sector,
      'MED',
      JSON.stringify(ms.map((m) => m.actorText)),
    );
  });
});

describe('role nouns: kin', () => {
  it("finds 'his Miami relatives' and 'her cousins' as private persons (CVL)", () => {
    const ms = mentions('The father asked his Tampa relatives to end the case. Her cousins refused.');
    assert.equal(sectorOf(ms, 'his Tampa relatives'), 'CVL');
    assert.equal(sectorOf(ms, 'Her cousins'), 'CVL');
  });
  it("leaves the adjective 'relative' alone ('a period of relative calm')", () => {
    assert.deepEqual(
      mentions('After a period of relative calm, trading resumed.').map((m) => m.actorText),
      [],
    );
  });
});

describe('conjoined titled persons', () => {
  it('splits "Ambassador X and French Foreign Minister Y" into two persons, each with its own code', () => {
    const ms = mentions('U.S. Ambassador Karl Brenner and French Foreign Minister Paul Roux met on Monday.');
    assert.equal(findMention(ms, 'U.S. Ambassador Karl Brenner').code, 'USA');
    assert.equal(findMention(ms, 'French Foreign Minister Paul Roux').code, 'FRA');
  });
  it('splits a U.N. envoy and a minister joined by "and" after a role word', () => {
    const ms = mentions(
      'The pact was signed by U.N. Secretary-General Kofi Mensah and Egyptian Deputy Prime Minister Karim Hadi.',
    );
    assert.equal(findMention(ms, 'U.N. Secretary-General Kofi Mensah').code, 'IGO');
    assert.ok(
      ms.some((m) => m.actorText.endsWith('Deputy Prime Minister Karim Hadi') && !m.actorText.includes('Mensah')),
    );
  });
  it('splits a known person and a titled person after "and" ("Vladimir Putin and Iranian President X")', () => {
    const ms = mentions('The deal was signed by Russian President Vladimir Putin and Iranian President Reza Karimi.');
    assert.equal(findMention(ms, 'Iranian President Reza Karimi').code, 'IRN');
    assert.ok(!ms.some((m) => m.actorText.includes('Putin and')));
  });
  it('keeps "Chairman and Chief Executive Officer X" one person', () => {
    const ms = mentions('Chairman and Chief Executive Officer John Smith resigned.');
    findMention(ms, 'Chairman and Chief Executive Officer John Smith');
  });
});

describe('a person named with a bare role', () => {
  it('takes the code of the same role\'s nominal in the sentence before ("A Pentagon spokesman … said spokesman X")', () => {
    const ms = mentions(
      'A Pentagon spokesman said on Monday that the troops would stay. "We will remain," said spokesman Karl Brenner.',
    );
    assert.equal(findMention(ms, 'spokesman Karl Brenner').code, 'USA');
  });
  it('leaves the code open when the role differs', () => {
    const ms = mentions(
      'A Pentagon spokesman said on Monday that the troops would stay. Analyst Karl Brenner disagreed.',
    );
    assert.equal(findMention(ms, 'Analyst Karl Brenner').code, null);
  });
});

describe('role nouns: inspectors of an arms-control regime', () => {
  it('codes "U.N. weapons inspector X" and his surname later as the U.N. (IGO)', () => {
    const ms = mentions('U.N. weapons inspector Karl Brenner left on Monday. Brenner said the site was clean.');
    assert.equal(findMention(ms, 'U.N. weapons inspector Karl Brenner').code, 'IGO');
    assert.equal(findMention(ms, 'Brenner').code, 'IGO');
  });
  it('leaves "a police inspector" no arms inspector', () => {
    const ms = mentions('A police inspector was shot on Monday.');
    assert.ok(!ms.some((m) => m.role?.endsWith('inspector') && m.code === 'IGO'));
  });
});
