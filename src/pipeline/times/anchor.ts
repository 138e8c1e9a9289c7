/**
 * Anchoring underspecified dates to the reference date: which Friday, which April, which
 * fall. The direction comes from the tense around the expression (past by default in news).
 */
import { addDays, addMonths, dayDiff, isoWeekday, isValidDay, type Ymd } from './calendar.js';
import { SEASON_MONTH } from './lexicon.js';
import type { Tense } from './tense.js';

export type Direction = 'past' | 'future' | 'this';

/** The weekday `wd` (1 = Monday) nearest the reference in a direction; the reference day itself counts unless strict. */
export function weekdayDate(ref: Ymd, wd: number, dir: Direction, strict = false): Ymd {
  const w0 = isoWeekday(ref);
  if (dir === 'this') return addDays(ref, wd - w0);
  if (dir === 'past') {
    let back = (w0 - wd + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let fwd = (wd - w0 + 7) % 7;
  if (strict && fwd === 0) fwd = 7;
  return addDays(ref, fwd);
}

/** The year of a month named without one ("in April"). */
export function yearOfMonth(ref: Ymd, month: number, tense: Tense): number {
  if (tense === 'past' && month > ref.m) return ref.y - 1;
  if (tense === 'future' && month < ref.m) return ref.y + 1;
  return ref.y;
}

/** The year of a month and day named without one ("Aug. 7"): by tense, else the nearest. */
export function yearOfDay(ref: Ymd, month: number, day: number, tense: Tense): number | null {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, month, day));
  if (candidates.length === 0) return null;
  const dist = (y: number) => dayDiff(ref, { y, m: month, d: day });
  const same = dist(ref.y);
  // the tense decides only between candidates of similar distance: deadlines a few weeks
  // ahead in a past-tense report ("said it expires Dec. 15") stay in the same year
  if (tense === 'past' && same > 90) return ref.y - 1;
  if (tense === 'future' && same < -60) return ref.y + 1;
  if (tense && Math.abs(same) <= 183) return ref.y;
  let best = candidates[0] ?? ref.y;
  for (const y of candidates) if (Math.abs(dist(y)) < Math.abs(dist(best))) best = y;
  return best;
}

/** "last April" (the most recent April before the reference month), "next April", "this April". */
export function relativeMonth(ref: Ymd, month: number, rel: 'last' | 'next' | 'this'): number {
  if (rel === 'last') return month < ref.m ? ref.y : ref.y - 1;
  if (rel === 'next') return month > ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

/** Year of a season: "last fall" is the latest fall that ended before the reference date. */
export function seasonYear(ref: Ymd, season: string, offset: number): number {
  const start = SEASON_MONTH[season] ?? 1;
  if (offset < 0) return (start + 3 <= ref.m ? ref.y : ref.y - 1) + offset + 1;
  if (offset > 0) return (start > ref.m ? ref.y : ref.y + 1) + offset - 1;
  return ref.y;
}

export const monthsBefore = (ref: Ymd, n: number): Ymd => addMonths(ref, -n);
