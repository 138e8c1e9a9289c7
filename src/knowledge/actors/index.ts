export { type CompiledKb, compileKb, INDEX_FILE, kbFromCompiled, sourceStamps } from './compiled.js';
export {
  ACTOR_FILES,
  AGENT_FILES,
  buildActorKb,
  defaultActorsDir,
  type LoadActorKbOptions,
  loadActorKb,
  pluralOf,
  readKnowledgeJsonl,
  SOURCE_FILES,
} from './load.js';
export {
  MISSPELT_MIN_LENGTH,
  MISSPELT_MIN_LENGTH_IN_CONTEXT,
  misspeltPerson,
  misspeltState,
  misspeltStates,
} from './misspelt.js';
export { aliasTokens, isAllCaps, isCapitalised, normToken } from './normalize.js';
export { activeAt, roleAt } from './roles.js';
export { emptyIndex, indexGet, indexSet, prefixMatches } from './trie.js';
export type { ActorKb, ActorKind, AgentInfo, KbActor, KbRole, NameHit, SeqIndex } from './types.js';
