/**
 * Places: the `places` stage finds toponyms (gazetteer names, demonyms, "northern
 * Afghanistan", head-word places such as "Royal Street" or "Daviess County", unknown towns
 * placed by the division after their comma, "Knockhill, Fife"), resolves each to one gazetteer
 * place with population and feature priors, the document's countries and a following
 * ", California", and says how each is used (literal, actor, modifier, demonym); the
 * `eventPlaces` stage gives every event its location.
 */

export { loadGazetteer as loadPlacesResource, loadPlacesLexicon } from '../../knowledge/places/index.js';
export { documentFocus, eventPlacesStage, locateEvent } from './event-places.js';
export { choose, type DocFocus, prior } from './resolve.js';
export { findPlaces, placesStage } from './stage.js';
export type { PlaceUse, Toponym } from './types.js';
