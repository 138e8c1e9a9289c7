import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createDocument } from '../../core/document.js';
import { emptyContext, pipeline, withResources } from '../../core/pipeline.js';
import type { ActorKb } from '../../knowledge/index.js';
import { segmentStage } from '../segment/index.js';
import { loadSyntaxModel, syntaxStage } from '../syntax/index.js';
import { ACTOR_KB, type ActorMention, actorsStage, loadActorsResource } from './index.js';

let kb: ActorKb;
let syntaxModel: unknown;
before(async () => {
  kb = loadActorsResource();
  syntaxModel = await loadSyntaxModel();
});

function mentions(text: string): readonly ActorMention[] {
  const ctx = withResources(emptyContext(), { [ACTOR_KB]: kb, syntaxModel });
  const doc = pipeline([segmentStage, syntaxStage, actorsStage]).run(createDocument('t', text, {}), ctx);
  return doc.layers.mentions ?? [];
}

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
