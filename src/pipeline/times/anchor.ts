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

/**
 * The year of a month named without one ("in April"): the nearest April to the reference
 * month, unless the tense of the clause points the other way ("will launch in December" said
 * in March; "was held in May" said in February); a tie (six months either way) goes by tense, past by default.
 */
export function yearOfMonth(ref: Ymd, month: number, tense: Tense): number {
  const d = month - ref.m; // -11 … 11
  let y = ref.y;
  if (d > 6 || (d === 6 && tense !== 'future')) y = ref.y - 1;
  else if (d < -6 || (d === -6 && tense === 'future')) y = ref.y + 1;
  const behind = (ref.y - y) * 12 - d; // months the chosen month lies before the reference
  if (tense === 'future' && behind >= 2) y += 1;
  else if (tense === 'past' && behind <= -2) y -= 1;
  return y;
}

/**
 * The year of a month and day named without one ("Aug. 7"): the nearest such date, unless the
 * tense says otherwise: a past-tense clause sends a date more than two months ahead back a
 * year ("the year ended March 31"), a future one sends a date more than a week past forward.
 */
export function yearOfDay(ref: Ymd, month: number, day: number, tense: Tense): number | null {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDay(y, month, day));
  if (candidates.length === 0) return null;
  const dist = (y: number) => dayDiff(ref, { y, m: month, d: day });
  let best = candidates[0] ?? ref.y;
  for (const y of candidates) if (Math.abs(dist(y)) < Math.abs(dist(best))) best = y;
  if (tense === 'past' && dist(best) > 60 && candidates.includes(best - 1)) return best - 1;
  if (tense === 'future' && dist(best) < -30 && candidates.includes(best + 1)) return best + 1;
  // no tense: news reports what happened, so a date about as far back as ahead is the past one
  if (tense === null && dist(best) > 0 && candidates.includes(best - 1)) {
    const back = -dist(best - 1);
    if (dist(best) >= 0.8 * back) return best - 1;
  }
  return best;
}

/** "last April" (the most recent April before the reference month), "next April", "this April". */
export function relativeMonth(ref: Ymd, month: number, rel: 'last' | 'next' | 'this'): number {
  if (rel === 'last') return month < ref.m ? ref.y : ref.y - 1;
  if (rel === 'next') return month > ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

/** Year of a season: "last fall" is last year's fall, "next spring" the first spring ahead. */
export function seasonYear(ref: Ymd, season: string, offset: number): number {
  const start = SEASON_MONTH[season] ?? 1;
  if (offset < 0) return ref.y + offset;
  if (offset > 0) return (start > ref.m ? ref.y : ref.y + 1) + offset - 1;
  return ref.y;
}

export const monthsBefore = (ref: Ymd, n: number): Ymd => addMonths(ref, -n);
