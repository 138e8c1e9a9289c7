import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findMention, type MentionsOf, mentionsFixture } from './fixtures.js';
import type { ActorMention } from './index.js';

let mentions: MentionsOf;
before(async () => {
  mentions = await mentionsFixture('2019-03-14');
});

const find = findMention;

describe('posts set off after a name', () => {
  it("gives a person the body of a post set off after the name ('X, chairman of the … committee in Russia's lower house')", () => {
    const ms = mentions(
      "The row involves Boris Kalganov, chairman of the budget committee in Russia's lower house of parliament. " +
        'Kalganov denied the claims.',
    );
    for (const m of [find(ms, 'Boris Kalganov'), find(ms, 'Kalganov')]) {
      assert.equal(m.code, 'RUS');
      assert.equal(m.sector, 'LEG');
    }
  });

  it("gives a person the code of a role phrase set off after the name ('X, a Russian legislator,')", () => {
    const ms = mentions('Boris Kalganov, a Russian legislator, denied the claims.');
    assert.equal(find(ms, 'Boris Kalganov').code, 'RUS');
    assert.equal(find(ms, 'Boris Kalganov').sector, 'LEG');
  });

  it("gives no post for a word that is no office ('X, a critic of the government,')", () => {
    const ms = mentions("Boris Kalganov, a critic of Russia's government, spoke on Monday.");
    assert.equal(find(ms, 'Boris Kalganov').code, null);
  });

  it('looks for the body only inside the aside, not in the next quoted sentence', () => {
    const ms = mentions(
      "``It is a lie,'' said Carlos Ibarrola, spokesman for the family in Miami. ``Cuban spies want the boy.''",
    );
    assert.equal(find(ms, 'Carlos Ibarrola').code, null);
  });
});

describe('a person conjoined with a body', () => {
  it("keeps 'X Y and BBC Russian Service' two parties, the service news media of its broadcaster's country", () => {
    const ms = mentions('The claims were made by producer Oksana Vereshko and BBC Russian Service last week.');
    assert.ok(!ms.some((m) => m.actorText.includes(' and ')), JSON.stringify(ms.map((m) => m.actorText)));
    const bbc = find(ms, 'BBC Russian Service');
    assert.equal(bbc.code, 'GBR');
    assert.equal(bbc.sector, 'MED');
    find(ms, 'Oksana Vereshko');
  });
});

describe('private role nouns in coreference', () => {
  it("never resolves 'the boy' to the official named before it", () => {
    const ms = mentions(
      "The boy's father wrote to U.S. Attorney General Marla Quenby on Monday. Quenby said the boy would stay in Miami.",
    );
    const boy = ms.filter((m) => m.actorText === 'the boy')[0];
    assert.ok(boy);
    assert.notEqual(boy.sector, 'GOV');
    assert.notEqual(boy.name, 'Marla Quenby');
  });
});

describe('American legislators by party and state', () => {
  it("reads 'Sen. X, R-Neb.,' and 'Rep. X (D-Calif.)' as US legislators, and the lone surname after", () => {
    const ms = mentions(
      'Sen. Harlan Vossberg, R-Neb., called the plan foolish. Vossberg said so twice. Rep. Edna Quill (D-Calif.) agreed.',
    );
    for (const t of ['Sen. Harlan Vossberg', 'Vossberg', 'Rep. Edna Quill']) {
      assert.equal(find(ms, t).code, 'USA', t);
      assert.equal(find(ms, t).sector, 'LEG', t);
    }
  });
});

describe('a lone surname by the document date', () => {
  const dated = (text: string, published: string): readonly ActorMention[] => mentions(text, published);
  it("reads 'Bush' in 1991 as the president of the day, and after a full name as that person", () => {
    assert.equal(find(dated('On Monday, Bush said the talks had failed.', '1991-02-25'), 'Bush').sector, 'GOV');
    const later = dated('George W. Bush spoke on Monday. Later, Bush said it.', '2012-05-01');
    assert.equal(find(later, 'Bush').name, 'George W. Bush');
  });
});
