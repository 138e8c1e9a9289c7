export { type Feature, formatRow, GAZETTEER_HEADER, type GazetteerRow, parseRow } from './format.js';
export {
  buildGazetteer,
  DEFAULT_GAZETTEER,
  type Gazetteer,
  type GazetteerEntry,
  indexLines,
  loadGazetteer,
  parseGazetteer,
} from './gazetteer.js';
export { nameKey } from './normalize.js';
