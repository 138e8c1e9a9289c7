import type { Context, Pipeline, Stage } from '../core/pipeline.js';
import { emptyContext, pipeline, withResources } from '../core/pipeline.js';
import { actorsStage, loadActorsResource } from './actors/index.js';
import { eventsStage, loadEventLexicon } from './events/index.js';
import { eventPlacesStage, loadPlacesLexicon, loadPlacesResource, placesStage } from './places/index.js';
import { segmentStage } from './segment/index.js';
import { compileLemmas, loadSyntaxModel, syntaxStage } from './syntax/index.js';
import { eventDatesStage, timesStage } from './times/index.js';

/**
 * The stages of `dyad code`, in order:
 *   segment → syntax → actors → times → places → events → eventDates → eventPlaces
 * Each stage's own folder holds its code; this list is the one place that says which run.
 */
export function defaultStages(): Stage[] {
  return [
    segmentStage,
    syntaxStage, // tags, lemmas, dependencies (src/pipeline/syntax)
    actorsStage, // actors: mentions resolved to codes (src/pipeline/actors)
    timesStage, // time expressions (src/pipeline/times)
    placesStage, // toponyms (src/pipeline/places)
    eventsStage, // events, claims, quotes (src/pipeline/events)
    eventDatesStage, // event dates (src/pipeline/times)
    eventPlacesStage, // event locations (src/pipeline/places)
  ];
}

export function defaultPipeline(): Pipeline {
  return pipeline(defaultStages());
}

/**
 * Loads everything the default stages read (models, knowledge) into a context, once per
 * process; each stage's folder exports its own loader and it is called here.
 */
export async function loadContext(options: Record<string, unknown> = {}): Promise<Context> {
  const ctx = emptyContext(options);
  const resources: Record<string, unknown> = {};
  const syntaxModel = await loadSyntaxModel();
  resources.syntaxModel = syntaxModel;
  resources.syntaxLemmas = compileLemmas(syntaxModel.lemma);
  resources.actorKb = loadActorsResource();
  resources.gazetteer = loadPlacesResource();
  resources.placesLexicon = loadPlacesLexicon();
  resources.eventLexicon = loadEventLexicon();
  return withResources(ctx, resources);
}
