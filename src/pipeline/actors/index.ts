/**
 * Actors: finds every actor mention (names from the knowledge base, unknown names, role
 * phrases, nominal actors, pronouns) and resolves it to code, sector, role and id.
 */

import type { ActorKb } from '../../knowledge/index.js';
import { type LoadActorKbOptions, loadActorKb } from '../../knowledge/index.js';

export { antecedentOf, headMentionAt, mentionsIn, referenceAt } from './query.js';
export { ACTOR_KB, type ActorMention, actorsStage, findActorMentions, findMentions } from './stage.js';

/** Loads the actor knowledge base for ctx.resources (name: ACTOR_KB, "actorKb"). */
export function loadActorsResource(opts: LoadActorKbOptions = {}): ActorKb {
  return loadActorKb(opts);
}
