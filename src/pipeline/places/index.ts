/**
 * Places: the `places` stage finds toponyms (gazetteer names, demonyms, "northern
 * Afghanistan", head-word places such as "Royal Street" or "Daviess County", unknown towns
 * placed by the division after their comma, "Knockhill, Fife", British road numbers "the A417"),
 * resolves each to one gazetteer place with population and feature priors, the countries the
 * document's other names give (a name is no evidence for itself), a following ", California" or
 * ", Yorkshire", and says how each is used (literal, actor, modifier, demonym); people's names
 * ("Andrew Jordan") are left out; streets and counties no town next to them places lie in the
 * story's biggest town; the `eventPlaces` stage gives every event its location.
 */

export { loadGazetteer as loadPlacesResource, loadPlacesLexicon } from '../../knowledge/places/index.js';
export { documentFocus, eventPlacesStage, locateEvent } from './event-places.js';
export { choose, type DocFocus, prior } from './resolve.js';
export { findPlaces, placesStage } from './stage.js';
export type { PlaceUse, Toponym } from './types.js';
