export { nounForms, verbForms } from './forms.js';
export { eventKnowledgeDir, loadEventLexicon, readJsonl, readYaml } from './load.js';
export type { CameoInfo, CompiledPattern, Cues, EventLexicon, LexEntry, PatternSlot, TriggerRole } from './types.js';
