/**
 * The timeline's columns: event counts per day, month or year (whichever keeps the columns few
 * enough to read), only for periods that have events, each marked when time was skipped before
 * it. News dates are sparse (a story's background event years before its other events), so an
 * even time axis would squeeze most of them into one pixel; the gap marks keep the skip visible.
 */

export interface TimelineItem {
  readonly date: string;
  readonly event: string;
  readonly events: number;
}

export type Unit = 'day' | 'month' | 'year';

export interface Column {
  /** the period as shown: 2018-02-09, 2018-02 or 2018 */
  readonly label: string;
  /** first and last day of the period (inclusive, YYYY-MM-DD), for the event list */
  readonly from: string;
  readonly to: string;
  /** events per PLOVER type, in the order the items gave them */
  readonly stacks: readonly { readonly event: string; readonly events: number }[];
  readonly total: number;
  /** periods without events lie between this column and the one before */
  readonly gapBefore: boolean;
}

/** Most columns drawn before a coarser unit is used. */
export const MAX_COLUMNS = 40;

const keyOf = (date: string, unit: Unit): string =>
  unit === 'day' ? date.slice(0, 10) : unit === 'month' ? date.slice(0, 7) : date.slice(0, 4);

function lastDay(key: string, unit: Unit): string {
  if (unit === 'day') return key;
  if (unit === 'year') return `${key}-12-31`;
  const [y, m] = key.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${key}-${String(d).padStart(2, '0')}`;
}

/** The index of a period on a continuous scale of its unit, so that neighbours differ by 1. */
function ordinal(key: string, unit: Unit): number {
  if (unit === 'day') return Math.round(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
  const [y, m] = key.split('-').map(Number) as [number, number];
  return unit === 'year' ? y : y * 12 + (m - 1);
}

/** Groups timeline items into columns of the finest unit with at most `max` columns. */
export function timelineColumns(items: readonly TimelineItem[], max = MAX_COLUMNS): { unit: Unit; columns: Column[] } {
  const valid = items.filter((i) => /^\d{4}-\d{2}-\d{2}/.test(i.date) && i.events > 0);
  const units: Unit[] = ['day', 'month', 'year'];
  const unit = units.find((u) => new Set(valid.map((i) => keyOf(i.date, u))).size <= max) ?? ('year' satisfies Unit);
  const byKey = new Map<string, Map<string, number>>();
  for (const i of valid) {
    const k = keyOf(i.date, unit);
    const stacks = byKey.get(k) ?? new Map<string, number>();
    stacks.set(i.event, (stacks.get(i.event) ?? 0) + i.events);
    byKey.set(k, stacks);
  }
  const keys = [...byKey.keys()].sort();
  const columns = keys.map((k, n) => {
    const stacks = [...(byKey.get(k) ?? new Map<string, number>())].map(([event, events]) => ({ event, events }));
    const prev = n > 0 ? keys[n - 1] : undefined;
    return {
      label: k,
      from: unit === 'day' ? k : unit === 'month' ? `${k}-01` : `${k}-01-01`,
      to: lastDay(k, unit),
      stacks,
      total: stacks.reduce((a, s) => a + s.events, 0),
      gapBefore: prev !== undefined && ordinal(k, unit) - ordinal(prev, unit) > 1,
    };
  });
  return { unit, columns };
}
