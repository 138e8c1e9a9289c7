import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Time phrases that put an act well before the report (PLOVER's "historical" mode) beyond a bare
 * year after a preposition (status.ts): "last year", "the previous year", "a year earlier", a month
 * with an earlier year ("in May 2017", "on April 4, 1949"), a decade ("in the 1960s"), a year in words
 * ("in nineteen seventy-nine").
 */
const MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const TENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const END = new Set([';', '.', '"', '“', '”', 'but', 'while', 'although', 'whereas', ':']);

/** "nineteen seventy-nine" (one token or two) at k: the year, else null. */
function yearInWords(v: SentenceView, k: number): number | null {
  if (v.lower[k] !== 'nineteen') return null;
  const next = v.lower[k + 1] ?? '';
  const [a = '', b = ''] = next.split('-');
  const tens = TENS[a];
  if (tens === undefined || tens < 20) return null;
  const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(b);
  return 1900 + tens + Math.max(0, units);
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
    if (YEAR.test(next) && MONTH.test(w) && Number(next) < published) return `${w} ${next}`;
    // "on April 4, 1949", "the Aug. 7, 1998, bombings"
    const year = v.lower[k + 3] ?? '';
    if (
      MONTH.test(w) &&
      /^\d{1,2}$/.test(next) &&
      v.lower[k + 2] === ',' &&
      YEAR.test(year) &&
      Number(year) < published
    )
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
