export { parseReference } from './calendar.js';
export { dateEvents, eventDatesStage } from './event-dates.js';
export { monthOf, UNITS_SMALL as NUMBER_WORDS } from './lexicon.js';
export { timesStage } from './stage.js';
export { type TagInput, type TimeFound, tagTimes } from './tag.js';
