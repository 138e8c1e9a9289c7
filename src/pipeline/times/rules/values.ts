/**
 * TIMEX3 values the rules build: days with parts, weekdays in a direction, periods relative to
 * the reference date, durations, "ago" dates, clock times.
 */
import { seasonYear, weekdayDate, yearOfDay } from '../anchor.js';
import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  isoWeekday,
  isValidDay,
  quarterOf,
  type Ymd,
} from '../calendar.js';
import { PART_OF_DAY, SEASONS, UNIT_CODE, weekdayOf } from '../lexicon.js';
import type { Tense } from '../tense.js';
import { date, type Env, type Found, lc } from './types.js';

/**
 * A day with a part of it: "Tuesday morning" is 1998-01-06TMO (TIME). A night is left at the
 * day ("Friday night" → the Friday), as the TimeBank annotators mostly did: whether a night is
 * evening or night (TEV/TNI) is not decidable from the words.
 */
export function dayPart(value: string, part: string | undefined): Found {
  if (lc(part) === 'night') return date(value);
  const code = part ? PART_OF_DAY[lc(part)] : undefined;
  return code ? { value: `${value}T${code}`, type: 'TIME' } : date(value);
}

export function weekdayFound(env: Env, wd: number, rel: string, part: string | undefined): Found {
  if (!env.ref) return dayPart(`XXXX-WXX-${wd}`, part);
  let t: Ymd;
  if (rel === 'last' || rel === 'this past' || rel === 'past') t = weekdayDate(env.ref, wd, 'past', true);
  else if (rel === 'next' || rel === 'this coming' || rel === 'coming')
    t = weekdayDate(env.ref, wd, 'future', rel !== 'coming');
  else if (rel === 'this') t = weekdayDate(env.ref, wd, 'this');
  else if (rel === 'past-or-today') t = weekdayDate(env.ref, wd, 'past');
  else t = weekdayDate(env.ref, wd, env.tense() === 'future' ? 'future' : 'past');
  return dayPart(fmtDay(t), part);
}

/** Offset of a relative word: "last" -1, "next" +1, "this" 0. */
export function offsetOf(rel: string): number {
  const r = lc(rel).replace(/\s+/g, ' ').trim();
  if (/^(?:last|the past|past|previous|the previous|this past|the last|the preceding|a year earlier)$/.test(r))
    return -1;
  if (/^(?:next|the next|the coming|coming|this coming|the following|following|the upcoming)$/.test(r)) return 1;
  return 0;
}

export function periodValue(ref: Ymd, unit: string, off: number, tense: Tense, explicitThis = false): string | null {
  switch (unit) {
    case 'week':
      return fmtWeek(addDays(ref, 7 * off));
    case 'weekend': {
      let base: Ymd;
      const w = isoWeekday(ref);
      if (off < 0) base = addDays(ref, w >= 6 ? -7 : -w);
      else if (off > 0) base = addDays(ref, 7 - w + 6);
      else if (w >= 6) base = ref;
      else if (explicitThis && !(tense === 'past' && w <= 2))
        base = addDays(ref, 6 - w); // "this weekend": the coming one
      else base = tense === 'future' ? addDays(ref, 6 - w) : addDays(ref, -w);
      return `${fmtWeek(base)}-WE`;
    }
    case 'month': {
      const t = addMonths({ y: ref.y, m: ref.m, d: 1 }, off);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      if (off === 0) return fmtQuarter(ref.y, quarterOf(ref));
      const t = addMonths({ y: ref.y, m: ref.m, d: 1 }, 3 * off);
      return fmtQuarter(t.y, quarterOf(t));
    }
    case 'year':
      return fmtYear(ref.y + off);
    case 'decade':
      return String(Math.floor(ref.y / 10) + off);
    case 'century':
      return String(Math.floor(ref.y / 100) + off).padStart(2, '0');
    default: {
      const season = SEASONS[unit];
      if (!season) return null;
      return `${fmtYear(seasonYear(ref, season, off))}-${season}`;
    }
  }
}

export function durationValue(n: number | null, unit: string): string | null {
  const code = UNIT_CODE[unit];
  if (!code) return null;
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : String(n);
  if (code.startsWith('T')) return `PT${amount}${code.slice(1)}`;
  if (code === '10Y') return n === null ? 'PXDE' : `P${n * 10}Y`;
  if (code === '100Y') return n === null ? 'PXCE' : `P${n * 100}Y`;
  if (code === '2W') return n === null ? 'PXW' : `P${n * 2}W`;
  return `P${amount}${code}`;
}

/** A count and a half of a unit, the half written in the next smaller unit: P2Y6M, PT5H30M, P3DT12H. */
export function halfDuration(n: number, unit: string): string | null {
  switch (unit) {
    case 'year':
      return `P${n}Y6M`;
    case 'month':
      return `P${n}M15D`;
    case 'week':
      return `P${n * 7 + 3}DT12H`;
    case 'day':
      return `P${n}DT12H`;
    case 'hour':
      return `PT${n}H30M`;
    case 'minute':
      return `PT${n}M30S`;
    case 'decade':
      return `P${n * 10 + 5}Y`;
    case 'century':
      return `P${n * 100 + 50}Y`;
    default:
      return durationValue(n, unit);
  }
}

/** A date some amount before the reference, at the unit's granularity ("two weeks ago"). */
export function agoValue(ref: Ymd, n: number, unit: string, sign: number): string | null {
  const k = sign * n;
  switch (unit) {
    case 'day':
    case 'night':
      return fmtDay(addDays(ref, k));
    case 'week': // "a week ago" points at a day, "six weeks ago" at a week
      return Math.abs(k) === 1 ? fmtDay(addDays(ref, 7 * k)) : fmtWeek(addDays(ref, 7 * k));
    case 'month': {
      const t = addMonths(ref, k);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(ref, 3 * k);
      return fmtQuarter(t.y, quarterOf(t));
    }
    case 'year':
      return fmtYear(ref.y + k);
    case 'decade':
      return fmtYear(ref.y + 10 * k);
    case 'century':
      return fmtYear(ref.y + 100 * k);
    case 'hour':
    case 'minute':
    case 'second':
      return fmtDay(ref);
    default:
      return null;
  }
}

export function yearFromTwoDigits(d: string, ref: Ymd | null): number {
  const n = Number(d);
  const century = ref ? Math.floor(ref.y / 100) * 100 : 1900;
  return century + n > (ref?.y ?? 2000) + 10 ? century - 100 + n : century + n;
}

/** ISO 8601 marks a UTC clock time with Z ("18:00 UTC" → T18:00Z); other zones are left out. */
export const zulu = (s: string): string => (/\b(?:UTC|GMT)\b/.test(s) ? 'Z' : '');

export function clock(hour: number, minute: number, ampm: string | undefined): string | null {
  let h = hour;
  const a = lc(ampm).replace(/\./g, '');
  if (a === 'pm' && h < 12) h += 12;
  if (a === 'am' && h === 12) h = 0;
  if (h > 23 || minute > 59) return null;
  return `T${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function dayOfWord(env: Env, word: string | undefined, weekday: string | undefined): string | null {
  const ref = env.ref;
  if (weekday) {
    const wd = weekdayOf(weekday);
    if (wd && ref) return fmtDay(weekdayDate(ref, wd, env.tense() === 'future' ? 'future' : 'past'));
    return wd ? `XXXX-WXX-${wd}` : null;
  }
  if (!ref) return 'XXXX-XX-XX';
  const w = lc(word);
  if (w === 'yesterday' || w === 'last night') return fmtDay(addDays(ref, -1));
  if (w === 'tomorrow') return fmtDay(addDays(ref, 1));
  if (w === 'today' || w === 'tonight') return fmtDay(ref);
  const a = env.anchor();
  return a ? fmtDay(a) : fmtDay(ref);
}

export function monthDay(env: Env, mo: number, d: number, yearStr: string | undefined): Found | null {
  if (yearStr) {
    const y = yearStr.length === 2 ? yearFromTwoDigits(yearStr, env.ref) : Number(yearStr);
    return isValidDay(y, mo, d) ? date(fmtDay({ y, m: mo, d })) : null;
  }
  if (d < 1 || d > 31) return null;
  if (!env.ref) return date(`XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const y = yearOfDay(env.ref, mo, d, env.tense());
  return y === null ? null : date(fmtDay({ y, m: mo, d }));
}
