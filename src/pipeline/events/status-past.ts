import type { Time } from '../../schema/output.js';
import { monthOf, NUMBER_WORDS } from '../times/index.js';
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Time phrases that put an act well before the report (PLOVER's "historical" mode) beyond a bare
 * year after a preposition (historical, below): "last year", "the previous year", "a year earlier", a month
 * with an earlier year ("in May 2017", "on April 4, 1949"), a decade ("in the 1960s"), a year in words
 * ("in nineteen seventy-nine").
 */
/** A month name or abbreviation ("may", "sept."). */
const isMonth = (w: string): boolean => monthOf(w) !== undefined;
/** A year of the last two centuries ("1998", "2016"). */
export const YEAR = /^(1[89]\d\d|20\d\d)$/;
const END = new Set([';', '.', '"', '“', '”', 'but', 'while', 'although', 'whereas', ':']);

/** "nineteen seventy-nine" (one token or two) at k: the year, else null. */
function yearInWords(v: SentenceView, k: number): number | null {
  if (v.lower[k] !== 'nineteen') return null;
  const next = v.lower[k + 1] ?? '';
  const [a = '', b = ''] = next.split('-');
  const tens = NUMBER_WORDS[a];
  if (tens === undefined || tens < 20 || tens > 90 || tens % 10 !== 0) return null;
  const units = NUMBER_WORDS[b];
  return 1900 + tens + (units !== undefined && units < 10 && b !== 'a' ? units : 0);
}

/**
 * The phrase that dates the act at t well before a report of year `published` (null when unknown:
 * only relative phrases then), within the act's clause, else null.
 */
export function earlierTime(v: SentenceView, t: Trigger, published: number | null): string | null {
  const lo = Math.max(0, t.i - 6);
  let from = t.i;
  while (from > lo && !END.has(v.lower[from - 1] ?? '')) from--;
  let to = t.last;
  while (to < Math.min(v.lower.length - 1, t.last + 10) && !END.has(v.lower[to + 1] ?? '') && v.lower[to + 1] !== ',')
    to++;
  for (let k = from; k <= to; k++) {
    if (k >= t.i && k <= t.last) continue;
    const w = v.lower[k] ?? '';
    const next = v.lower[k + 1] ?? '';
    // ("at last year's summit" dates the act; "arrested over last year's bombing" names an earlier one)
    const owner = /^('s|')$/.test(v.lower[k + 2] ?? '');
    if ((w === 'last' || w === 'previous') && next === 'year' && (!owner || /^(at|during)$/.test(v.lower[k - 1] ?? '')))
      return `${w} year`;
    if ((w === 'a' || w === 'one') && next === 'year' && /^(earlier|before)$/.test(v.lower[k + 2] ?? ''))
      return `${w} year ${v.lower[k + 2]}`;
    if (published === null) continue;
    if (YEAR.test(next) && isMonth(w) && Number(next) < published) return `${w} ${next}`;
    // "on April 4, 1949", "the Aug. 7, 1998, bombings"
    const year = v.lower[k + 3] ?? '';
    if (isMonth(w) && /^\d{1,2}$/.test(next) && v.lower[k + 2] === ',' && YEAR.test(year) && Number(year) < published)
      return `${w} ${next}, ${year}`;
    // "in the 1960s" (a decade wholly before the report's year)
    const decade = /^(1[89]\d0|20\d0)s$/.exec(next);
    if (
      w === 'the' &&
      decade &&
      Number(decade[1]) + 10 <= published &&
      /^(in|during|since)$/.test(v.lower[k - 1] ?? '')
    )
      return `the ${next}`;
    const y = yearInWords(v, k);
    if (y !== null && y < published && /^(in|of|since|during)$/.test(v.lower[k - 1] ?? '')) return `${w} ${next}`;
  }
  return null;
}

/**
 * What the report's date says about the acts it tells: its year and day (null when the document
 * has none) and its time expressions, resolved by the times stage against that day.
 */
export interface Report {
  readonly year: number | null;
  readonly day: string | null;
  readonly times: readonly Time[];
}

/** The report of a document published on `published` (an ISO date or null) with time expressions `times`. */
export function reportOf(published: string | null | undefined, times: readonly Time[] = []): Report {
  const year = /^(\d{4})/.exec(published ?? '')?.[1];
  const day = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '')?.[0];
  return { year: year ? Number(year) : null, day: day ?? null, times };
}

/**
 * How long before the report an act must be over to be background (PLOVER's "historical"): a
 * period that ended more than about three months before the day of the report ("in June last
 * year", "last fall", "on Nov. 3" in a report of the next May). A late report of last month's act
 * ("in January" in an April report, the "Aug. 7 blasts" eleven days on) stays asserted. A period
 * known only by its year is background when the year is an earlier one ("in 2016"), as a bare year
 * in the text is (status.ts).
 */
export const HISTORICAL_DAYS = 90;

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
// the last month of a season, quarter or half (a winter runs into the next year)
const LAST_MONTH: Readonly<Record<string, number>> = {
  SP: 5,
  SU: 8,
  FA: 11,
  WI: 14,
  Q1: 3,
  Q2: 6,
  Q3: 9,
  Q4: 12,
  H1: 6,
  H2: 12,
};

/**
 * The last day (UTC ms) of the calendar period a TIMEX3 date value names, and whether only its
 * year is known; null for anything else (a reference, a duration, a set).
 */
export function periodEnd(value: string): { end: number; yearOnly: boolean } | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return { end: utc(Number(day[1]), Number(day[2]), Number(day[3])), yearOnly: false };
  const week = /^(\d{4})-W(\d{2})(?:$|-)/.exec(value);
  if (week) {
    // ISO week n ends on the Sunday of the week holding 4 January + 7(n − 1) days
    const jan4 = utc(Number(week[1]), 1, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    return { end: jan4 - dow * DAY_MS + ((Number(week[2]) - 1) * 7 + 6) * DAY_MS, yearOnly: false };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { end: utc(Number(month[1]), Number(month[2]) + 1, 0), yearOnly: false };
  const part = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  const last = part ? LAST_MONTH[part[2] ?? ''] : undefined;
  if (part && last !== undefined) return { end: utc(Number(part[1]), last + 1, 0), yearOnly: false };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { end: utc(Number(year[1]), 13, 0), yearOnly: true };
  // a decade ("199") or a century ("19")
  const span = /^(\d{2,3})$/.exec(value);
  if (span) {
    const n = Number(span[1]);
    const to = span[1]?.length === 3 ? n * 10 + 10 : n * 100 + 100;
    return { end: utc(to, 1, 0), yearOnly: true };
  }
  return null;
}

/** Whether a period with TIMEX3 value `value` is over well before the report's day `day` (YYYY-MM-DD). */
export function wellBefore(value: string, day: string): boolean {
  const p = periodEnd(value);
  const r = periodEnd(day);
  if (!p || !r) return false;
  if (p.yearOnly) return p.end < utc(Number(day.slice(0, 4)), 1, 1);
  return r.end - p.end > HISTORICAL_DAYS * DAY_MS;
}

// words before a time expression that make it a bound, not the act's date ("since 2016", "until May")
const BOUND = /^(since|until|till|after|from|by|through|throughout|between|to)$/;

/**
 * The time expression that dates the act at t (as the parse attaches it) when it lies well before
 * the report: one attached to the trigger itself ("was arrested in June last year"), or fronted
 * before (or trailing after) a coordination the act is a conjunct of ("In June last year, the
 * leadership fell out, and Pol Pot was arrested"). Dates the times stage resolved only; none
 * without the report's day. Returns the expression's text, else null.
 */
export function datedBefore(v: SentenceView, t: Trigger, report: Report): string | null {
  if (!report.day || !v.parsed) return null;
  const { start, end } = v.sentence;
  for (const time of report.times) {
    if (time.start < start || time.end > end || (time.type !== 'DATE' && time.type !== 'TIME')) continue;
    if (!wellBefore(time.value, report.day)) continue;
    const inside = (k: number): boolean => {
      const tok = v.tokens[k];
      return !!tok && tok.start >= time.start && tok.end <= time.end;
    };
    const first = v.tokens.findIndex((tok) => tok.start >= time.start);
    if (first < 0 || !inside(first)) continue;
    if (BOUND.test(v.lower[first - 1] ?? '') || BOUND.test(v.lower[first] ?? '')) continue;
    let h = first;
    while (inside(h) && (v.head[h] ?? -1) >= 0 && inside(v.head[h] ?? -1)) h = v.head[h] ?? -1;
    let gov = v.head[h] ?? -1;
    if (gov < 0) continue;
    // a bare time phrase after a noun of the clause dates the clause's verb ("was killed by a
    // sniper's bullet last fall", "rescued by fishermen last November"); not one before it ("that
    // 1978 resolution calls for …") nor one after a preposition ("the attack of last fall")
    const bare = v.upos[first - 1] !== 'ADP' && !/^(in|on|at|of|during)$/.test(v.lower[first - 1] ?? '');
    if (bare && first > gov && v.upos[gov] !== 'VERB' && (gov < t.i || gov > t.last)) gov = v.head[gov] ?? -1;
    if (gov < 0) continue;
    if (gov >= t.i && gov <= t.last) return time.text;
    if (v.upos[gov] === 'VERB' && reaches(v, t, gov, first < gov || first > t.last)) return time.text;
  }
  return null;
}

/**
 * Whether the act at t shares the date of the verb at gov: an act noun that is its subject or object
 * ("In March, X received an offer"), a "when" clause of it ("in 1961 when Y repelled the
 * invasion"), or, for a date fronted before or trailing after a coordination (`outside`), a later
 * conjunct, though the parse attaches the date to the nearest ("kidnapped and presumed killed two
 * years ago"; not "attacked in 1990 and now controls it").
 */
function reaches(v: SentenceView, t: Trigger, gov: number, outside: boolean): boolean {
  let x = t.i;
  for (let up = 0; up < 4; up++) {
    const rel = v.deprel[x] ?? '';
    const h = v.head[x] ?? -1;
    const arg = x === t.i && t.pos === 'noun' && /^(obj|nsubj)/.test(rel);
    const when = /^advcl/.test(rel) && (v.children[x] ?? []).some((c) => v.lower[c] === 'when' && c < x);
    const conj = outside && /^(conj|xcomp)/.test(rel);
    if (h < 0 || !(arg || when || conj)) return false;
    if (h === gov) return true;
    x = h;
  }
  return false;
}

const YEAR_PREP = new Set(['in', 'since', 'during', 'of', 'between', 'and', 'until', 'from']);

/** Background: a year before the report's in the trigger's clause ("drills in 2016 and 2017"). */
export function historical(v: SentenceView, t: Trigger, published: number | null): number | null {
  if (published === null) return null;
  const lo = Math.max(0, t.i - 6);
  const hi = Math.min(v.lower.length - 1, t.last + 10);
  for (let k = lo; k <= hi; k++) {
    const w = v.lower[k] ?? '';
    if (k > t.i && STOP.has(w)) break;
    if (YEAR.test(w) && YEAR_PREP.has(v.lower[k - 1] ?? '') && Number(w) < published) {
      // a later year in the same clause ("in 2016 and this year") keeps it current
      return Number(w);
    }
  }
  return null;
}

/** "jailed over a year ago", "taken hostage 15 months ago": background well before the report (a year or more). */
export function longAgo(v: SentenceView, t: Trigger): string | null {
  for (let k = t.last + 1; k <= Math.min(v.lower.length - 2, t.last + 6); k++) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',') return null;
    if (v.lower[k + 1] !== 'ago') continue;
    const n = v.lower[k - 1] ?? '';
    const count = /^\d+$/.test(n)
      ? Number(n)
      : n === 'a' || n === 'an' || n === 'one'
        ? 1
        : /^(two|three|four|five|six|several|many)$/.test(n)
          ? 2
          : 0;
    if (/^(years?|decades?)$/.test(w) || (/^months?$/.test(w) && count >= 12)) return `${n} ${w} ago`;
  }
  return null;
}
