import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.js';
import { emptyContext, pipeline, withResources } from '../../core/pipeline.js';
import { segmentStage } from '../segment/index.js';
import { loadSyntaxModel, syntaxStage } from '../syntax/index.js';
import { ACTOR_KB, type ActorMention, actorsStage, loadActorsResource } from './index.js';

/** The actor mentions of a text (published on the given date, else `published` of the fixture). */
export type MentionsOf = (text: string, published?: string) => readonly ActorMention[];

/**
 * For tests: a function that runs segment → syntax → actors with the committed syntax model and
 * actor dictionaries on a text and returns its mentions. Load it once, in a `before` hook.
 */
export async function mentionsFixture(published?: string): Promise<MentionsOf> {
  const ctx = withResources(emptyContext(), { [ACTOR_KB]: loadActorsResource(), syntaxModel: await loadSyntaxModel() });
  const pipe = pipeline([segmentStage, syntaxStage, actorsStage]);
  return (text, date = published) =>
    pipe.run(createDocument('t', text, date ? { published: date } : {}), ctx).layers.mentions ?? [];
}

/** The nth mention whose text is `text`; fails the test when there is none. */
export function findMention(ms: readonly ActorMention[], text: string, nth = 0): ActorMention {
  const m = ms.filter((x) => x.actorText === text)[nth];
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(ms.map((x) => x.actorText))}`);
  return m;
}
