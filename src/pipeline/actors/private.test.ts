import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findMention, type MentionsOf, mentionsFixture } from './fixtures.js';

let mentions: MentionsOf;
before(async () => {
  mentions = await mentionsFixture('2019-03-14');
});

const find = findMention;

describe('private persons', () => {
  it('gives a person named in full, and the lone surname that refers back to them, sector CVL and no code', () => {
    const ms = mentions(
      'A man was charged on Tuesday, police said. Darnell K. Whitcombe, 41, faces two counts of assault. ' +
        'Witnesses say Whitcombe struck the clerk with a bottle.',
    );
    for (const m of [find(ms, 'Darnell K. Whitcombe'), find(ms, 'Whitcombe')]) {
      assert.equal(m.sector, 'CVL');
      assert.equal(m.code, null);
    }
  });

  it('leaves a name with a role set off beside it to the role ("X, the chief of the press office, …")', () => {
    const ms = mentions('Odile Marchetti, the chief of the press office of the Defence Ministry, denied the report.');
    assert.notEqual(find(ms, 'Odile Marchetti').sector, 'CVL');
    const written = mentions('District Attorney Orson P. Kettleby began presenting evidence on Monday.');
    assert.notEqual(find(written, 'Orson P. Kettleby').sector, 'CVL');
  });

  it('needs a sign of a person, not a firm that speaks ("Brackwell Foundry said")', () => {
    const ms = mentions(
      'Brackwell Foundry said on Monday it would close. Brackwell Foundry denied the claims. ' +
        'Lawrence Insurance also sold its shares.',
    );
    assert.ok(ms.every((m) => m.sector !== 'CVL'));
  });

  it('leaves a name before its verb of saying to the speech rules ("…, Mr. Halvorsen said")', () => {
    const ms = mentions(
      'Mr. Tomas Halvorsen runs the mill. The mill was the biggest employer, Mr. Halvorsen said, until it closed.',
    );
    assert.equal(find(ms, 'Mr. Tomas Halvorsen').sector, 'CVL');
    assert.equal(find(ms, 'Mr. Halvorsen').sector, null);
  });

  it('leaves a reporter credited at the foot of a story uncoded ("X in London contributed to this article")', () => {
    const ms = mentions('The talks ended on Friday. Harriet M. Quonsett in New York contributed to this article.');
    assert.equal(find(ms, 'Harriet M. Quonsett').sector, null);
  });

  it('gives no sector to a lone capitalised word that no full name introduced', () => {
    const ms = mentions('Quillan said the talks would resume.');
    const q = ms.find((m) => m.actorText === 'Quillan');
    assert.ok(!q || q.sector === null);
  });
});
