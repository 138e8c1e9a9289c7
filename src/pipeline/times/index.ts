export { parseReference } from './calendar.js';
export { dateEvents, eventDatesStage } from './event-dates.js';
export { timesStage } from './stage.js';
export { type TagInput, type TimeFound, tagTimes } from './tag.js';
