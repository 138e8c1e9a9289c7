export {
  ACTOR_FILES,
  AGENT_FILES,
  defaultActorsDir,
  type LoadActorKbOptions,
  loadActorKb,
  pluralOf,
  readKnowledgeJsonl,
} from './load.js';
export { aliasTokens, isAllCaps, isCapitalised, normToken } from './normalize.js';
export { activeAt, roleAt } from './roles.js';
export { emptyIndex, indexGet, indexSet, prefixMatches } from './trie.js';
export type { ActorKb, ActorKind, AgentInfo, KbActor, KbRole, NameHit, SeqIndex } from './types.js';
