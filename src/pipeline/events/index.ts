export { loadEventLexicon } from '../../knowledge/events/index.js';
export { explainDocument, explainEvent } from './explain.js';
export { codeEvents, type EventOptions, eventsStage } from './stage.js';
