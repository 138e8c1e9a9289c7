import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type MentionsOf, mentionsFixture } from './fixtures.js';

let mentions: MentionsOf;
before(async () => {
  mentions = await mentionsFixture();
});

describe('words opening a sentence', () => {
  it("reads 'Let's' as a verb, not the armed group LeT, which is still found when written so", () => {
    assert.ok(!mentions("Let's settle this with a plan.").some((m) => m.code === 'LET'));
    assert.ok(mentions('LeT claimed the attack.').some((m) => m.code === 'LET'));
  });

  it("keeps an opening adverb out of a role phrase ('Hopefully the President …' → 'the President')", () => {
    const texts = mentions('Hopefully the President is only joking.').map((m) => m.actorText);
    assert.deepEqual(texts, ['the President']);
  });
});
