/**
 * The grammar of English time expressions, as TimeML annotates them: each rule is a regular
 * expression (compiled once) and a function from its match to a TIMEX3 value and type. Spans
 * follow TimeML: determiners and modifiers belong to the expression ("the past two years",
 * "last week", "early next year"), prepositions do not. Overlapping matches are settled
 * longest first, then by this order.
 */
import { CALENDAR_DATES_RULES } from './calendar-dates.js';
import { DAYS_RULES } from './days.js';
import { DURATIONS_RULES } from './durations.js';
import { PERIODS_RULES } from './periods.js';
import { REFS_RULES } from './refs.js';
import type { Rule } from './types.js';

export type { Env, Found, Quarter, Rule, TimeType } from './types.js';

const ORDER = [
  'iso-date',
  'month-day-year',
  'day-month-year',
  'numeric-date',
  'month-year',
  'month',
  'spelled-year',
  'decade',
  'century',
  'year',
  'apostrophe-year',
  'quarter-ordinal',
  'same-period-year-ago',
  'quarter-relative',
  'half',
  'year-earlier',
  'relative-period',
  'season',
  'weekday',
  'part-of-weekday',
  'deictic-day',
  'this-part-of-day',
  'the-day',
  'military-time',
  'overnight',
  'clock',
  'clock-24',
  'noon',
  'ago',
  'vague-ago',
  'duration',
  'duration-range',
  'unit-long',
  'vague-duration',
  'present-ref',
  'past-ref',
  'year-end',
  'spelled-year-19',
  'earlier-ref',
  'future-ref',
  'set-calendar',
  'set',
  'holiday',
];

const byName = new Map(
  [...CALENDAR_DATES_RULES, ...PERIODS_RULES, ...DAYS_RULES, ...DURATIONS_RULES, ...REFS_RULES].map((r) => [r.name, r]),
);

/** All rules, in the order that breaks ties between equally long matches at the same place. */
export const RULES: readonly Rule[] = ORDER.map((name) => {
  const r = byName.get(name);
  if (!r) throw new Error(`time rule ${name} is missing`);
  return r;
});
