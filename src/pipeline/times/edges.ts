/**
 * Span edges the TimeML guidelines leave out of a TIMEX3: a determiner belongs to the noun
 * phrase, not to the time expression, when the expression only modifies a noun that is no time
 * ("the [14-day] waiting period", "the [third-quarter] loss", "The [year-ago] results") or when
 * the expression is a bare plural unit ("in the [weeks] before the vote").
 */
import type { Span } from '../../core/span.js';

const LEADING_THE = /^the\s+/i;
// a hyphenated modifier ending in a unit or in ago/earlier: "14-day", "third-quarter", "year-ago"
const HYPHEN_MODIFIER =
  /(?:^|\s)[\w.]+-(?:second|minute|hour|day|night|week|month|quarter|year|decade|century|ago|earlier)$/i;
const BARE_PLURAL_UNIT = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)$/i;
const NOUN_AFTER = /^\s+[A-Za-z]/;

/** Where a found expression should start, with a determiner the guidelines leave out dropped. */
export function trimDeterminer(text: string, span: Span): number {
  const s = text.slice(span.start, span.end);
  const the = LEADING_THE.exec(s);
  if (!the) return span.start;
  const rest = s.slice(the[0].length);
  if (BARE_PLURAL_UNIT.test(rest)) return span.start + the[0].length;
  if (HYPHEN_MODIFIER.test(rest) && NOUN_AFTER.test(text.slice(span.end, span.end + 3)))
    return span.start + the[0].length;
  return span.start;
}
