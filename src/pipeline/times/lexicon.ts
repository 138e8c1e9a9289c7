/**
 * Words of English time expressions: months, weekdays, number words, units, seasons and parts
 * of the day, with the regular-expression sources built from them. Constants only.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Number words and their values ("seventy" 70, "dozen" 12, "a" 1). */
export const UNITS_SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
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
  hundred: 100,
  dozen: 12,
  a: 1,
  an: 1,
  single: 1,
};

/** Words for an unspecified amount: "several years" is PXY. */
const VAGUE = ['several', 'a few', 'few', 'some', 'many', 'a number of', 'a couple of', 'couple of', 'a couple'];

/** The number a word or digit string names, `null` for a vague amount ("several"), undefined if none. */
export function numberValue(s: string): number | null | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a couple of' || w === 'couple of' || w === 'a couple') return 2;
  if (VAGUE.includes(w)) return null;
  if (w === 'a half' || w === 'half a' || w === 'half') return 0.5;
  let total = 0;
  for (const part of w.split(/[-\s]+/)) {
    const v = UNITS_SMALL[part];
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(1, total) * 100 : total + v;
  }
  return total;
}

const NUM_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** A count: digits, number words ("twenty-five"), "a", "an", or a vague amount. */
export const NUM = `(?:\\d+(?:\\.\\d+)?|${NUM_WORD}(?:[- ]${NUM_WORD})?|a couple of|couple of|a few|several|a|an|few|some|a dozen|dozen|a number of|one hundred|a hundred)`;

/** TIMEX3 duration unit letters. */
export const UNIT_CODE: Readonly<Record<string, string>> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  night: 'D',
  week: 'W',
  weekend: 'WE',
  fortnight: '2W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: '10Y',
  century: '100Y',
  session: 'D',
};
export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';
export const unitOf = (s: string): string => {
  const w = s.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
};

export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const monthOf = (s: string): number | undefined => MONTHS[s.toLowerCase().replace(/\.$/, '')];
export const weekdayOf = (s: string): number | undefined => WEEKDAYS[s.toLowerCase().replace(/\.$/, '')];

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};
/** Month in which each season is taken to start, to order it against the reference date. */
export const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
