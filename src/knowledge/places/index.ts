export { type Feature, formatRow, GAZETTEER_HEADER, type GazetteerRow, parseRow } from './format.js';
export {
  buildGazetteer,
  compileGazetteer,
  DEFAULT_GAZETTEER,
  type Gazetteer,
  type GazetteerEntry,
  indexSection,
  loadGazetteer,
  parseGazetteer,
} from './gazetteer.js';
export {
  DEFAULT_PLACES_LEXICON,
  type HeadKind,
  loadPlacesLexicon,
  type PlacesLexicon,
  parsePlacesLexicon,
} from './lexicon.js';
export { nameKey } from './normalize.js';
