/**
 * chrono-node's strict parser (explicit calendar dates and clock times in many formats) as a
 * fallback behind our grammar. Its results are kept only when they name a month and a day or
 * a clock time; the year of a year-less date is chosen by our own anchoring (tense), and the
 * preposition chrono includes ("on 7 August") is left out of the span, as TimeML does.
 */
import * as chrono from 'chrono-node/en'; // the English parsers only: the package root also loads ten other locales
import { yearOfDay } from './anchor.js';
import { fmtDay, fmtMonth, isValidDay, type Ymd } from './calendar.js';
import type { TimeType } from './rules/index.js';
import type { Tense } from './tense.js';

export interface ChronoTime {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly type: TimeType;
  readonly rule: 'chrono';
}

const LEADING = /^(?:(?:on|in|at|by|from|since|until|till|to|of|the|during|before|after)\s+)+/i;
const MONTH_OR_YEAR = /[A-Za-z]{3}|\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Explicit dates chrono finds in one sentence (offsets made absolute with `offset`). */
export function chronoDates(
  sentence: string,
  offset: number,
  ref: Ymd | null,
  tenseAt: (start: number, end: number) => Tense,
): ChronoTime[] {
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: ChronoTime[] = [];
  for (const r of chrono.strict.parse(sentence, { instant, timezone: 0 })) {
    const lead = LEADING.exec(r.text)?.[0].length ?? 0;
    const start = offset + r.index + lead;
    const end = offset + r.index + r.text.replace(/[\s,.]+$/, '').length;
    if (end <= start) continue;
    const c = r.start;
    const hasDay = c.isCertain('day') && c.isCertain('month');
    const hasTime = c.isCertain('hour');
    if (!hasDay && !(c.isCertain('month') && c.isCertain('year'))) continue; // clock times: our grammar
    if (!/\d/.test(r.text) || !MONTH_OR_YEAR.test(r.text)) continue; // "7/8" is a fraction, "the day before" relative
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    let day: string | null = null;
    if (hasDay) {
      let y: number | null = c.isCertain('year') ? (c.get('year') ?? null) : null;
      if (y === null) y = ref ? yearOfDay(ref, m, d, tenseAt(start, end)) : null;
      if (y !== null && !isValidDay(y, m, d)) continue;
      day = y === null ? `XXXX-${pad(m)}-${pad(d)}` : fmtDay({ y, m, d });
    } else if (!hasTime) {
      out.push({ start, end, value: fmtMonth(c.get('year') ?? 0, m), type: 'DATE', rule: 'chrono' });
      continue;
    } else {
      day = ref ? fmtDay(ref) : 'XXXX-XX-XX';
    }
    if (hasTime) {
      const value = `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      out.push({ start, end, value, type: 'TIME', rule: 'chrono' });
    } else out.push({ start, end, value: day, type: 'DATE', rule: 'chrono' });
  }
  return out;
}
