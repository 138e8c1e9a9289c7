/**
 * Calendar arithmetic on plain year-month-day triples (UTC, proleptic Gregorian) and the
 * TIMEX3 value formats built from them: `2018-02-08`, `2018-W06`, `2018-02`, `2018-Q1`, `2018`.
 */
export interface Ymd {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number; // 1-31
}

const DAY_MS = 86_400_000;

const toMs = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d);
const fromMs = (ms: number): Ymd => {
  const x = new Date(ms);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};

/** Reads the reference date from an ISO date or date-time (`2018-02-09`, `2018-02-09T10:00Z`). */
export function parseReference(published: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(t.y, t.m, t.d) ? t : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const addDays = (t: Ymd, n: number): Ymd => fromMs(toMs(t) + n * DAY_MS);

/** Days from a to b (positive when b is later). */
export const dayDiff = (a: Ymd, b: Ymd): number => Math.round((toMs(b) - toMs(a)) / DAY_MS);

export function addMonths(t: Ymd, n: number): Ymd {
  const k = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(k / 12);
  const m = k - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (t: Ymd): number => {
  const w = new Date(toMs(t)).getUTCDay();
  return w === 0 ? 7 : w;
};

/** ISO 8601 week-numbering year and week. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}

export const quarterOf = (t: Ymd): number => Math.floor((t.m - 1) / 3) + 1;

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDay = (t: Ymd): string => `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtWeek = (t: Ymd): string => {
  const w = isoWeek(t);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
};
export const fmtQuarter = (y: number, q: number): string => `${fmtYear(y)}-Q${q}`;

/** The quarter before the reference date's quarter: what financial news calls "the quarter". */
export function lastCompletedQuarter(t: Ymd): { y: number; q: number } {
  const q = quarterOf(t);
  return q === 1 ? { y: t.y - 1, q: 4 } : { y: t.y, q: q - 1 };
}
