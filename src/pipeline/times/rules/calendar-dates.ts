/**
 * Explicit calendar dates: ISO and numeric dates, month-day-year in either order, months, years, decades, centuries, spelled-out years, year ends and holidays.
 */
import { relativeMonth, yearOfMonth } from '../anchor.js';
import { addDays, fmtDay, fmtMonth, fmtYear, isoWeekday, isValidDay, type Ymd } from '../calendar.js';
import { MONTH_NAME, monthOf, numberValue, WEEKDAY_NAME } from '../lexicon.js';
import { MOD, QUANTITY_AFTER, QUANTITY_BEFORE, REL_DAY, YEAR, YEAR_CUE_BEFORE } from './patterns.js';
import { cap, date, lc, type Rule, rx } from './types.js';
import { monthDay, yearFromTwoDigits } from './values.js';

export const CALENDAR_DATES_RULES: readonly Rule[] = [
  {
    name: 'iso-date',
    cue: 'digit',
    re: rx('(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?'),
    make(m) {
      const y = Number(m[1]);
      const mo = Number(m[3]);
      const d = Number(m[4]);
      if (!isValidDay(y, mo, d)) return null;
      const day = fmtDay({ y, m: mo, d });
      return m[5] ? { value: `${day}T${m[5]}:${m[6]}`, type: 'TIME' } : date(day);
    },
  },
  {
    name: 'month-day-year',
    cue: 'digit',
    re: rx(
      `(?:(${WEEKDAY_NAME}),?\\s)?${MOD}(${MONTH_NAME})\\s?(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s?|\\s)(${YEAR}|'\\d\\d)(?!\\d|,\\d))?`,
    ),
    make(m, env) {
      const mo = monthOf(m[2] ?? '');
      if (!mo || !cap(m[2])) return null;
      if (/^\s*(?:%|percent|million|billion|points)/i.test(env.after)) return null;
      return monthDay(env, mo, Number(m[3]), m[4]?.replace("'", ''));
    },
  },
  {
    name: 'day-month-year',
    cue: 'digit',
    re: rx(
      `(?:(${WEEKDAY_NAME}),?\\s)?(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\sof)?\\s(${MONTH_NAME})(?:,?\\s(${YEAR}))?`,
    ),
    make(m, env) {
      const mo = monthOf(m[3] ?? '');
      if (!mo || !cap(m[3])) return null;
      return monthDay(env, mo, Number(m[2]), m[4]);
    },
  },
  {
    name: 'numeric-date',
    cue: 'digit',
    re: rx('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(\\d{1,2})-(\\d{1,2})-(\\d{4})'),
    make(m, env) {
      const a = Number(m[1] ?? m[4]);
      const b = Number(m[2] ?? m[5]);
      const yy = m[3] ?? m[6] ?? '';
      const y = yy.length === 2 ? yearFromTwoDigits(yy, env.ref) : Number(yy);
      // month first (US), unless the first number cannot be a month
      const [mo, d] = a > 12 ? [b, a] : [a, b];
      return isValidDay(y, mo, d) ? date(fmtDay({ y, m: mo, d })) : null;
    },
  },
  {
    name: 'month-year',
    cue: 'digit',
    re: rx(`${MOD}(${MONTH_NAME}),?\\s(?:of\\s)?(${YEAR})(?!\\d|,\\d)`),
    make(m) {
      const mo = monthOf(m[1] ?? '');
      if (!mo || !cap(m[1])) return null;
      return date(fmtMonth(Number(m[2]), mo));
    },
  },
  {
    name: 'month',
    cue: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    re: rx(`${MOD}(?:(${REL_DAY})\\s)?(${MONTH_NAME})(?:\\s(this|last|next)\\syear)?`),
    make(m, env) {
      const name = m[2] ?? '';
      const mo = monthOf(name);
      if (!mo || !cap(name)) return null;
      const rel = lc(m[1]);
      const whole = m[0];
      // "May" the modal and "March" the verb: a bare month needs a cue before it
      if (
        (mo === 5 || mo === 3) &&
        whole === name &&
        !/\b(?:in|since|until|till|by|of|during|from|through|to|before|after|between|and|early|late|mid|last|next|this|that|each|every)\s+$/i.test(
          env.before,
        )
      )
        return null;
      if (whole === name && /^(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(name)) return null; // "Jan" without a dot is too often a name
      if (!env.ref) return date(`XXXX-${String(mo).padStart(2, '0')}`);
      let y: number;
      // "October of next year": the year phrase is an expression of its own, but it says which October
      const yr = lc(m[3] ?? /^,?\s+of\s+(this|last|next)\s+year\b/i.exec(env.after)?.[1]);
      if (yr) y = env.ref.y + (yr === 'last' ? -1 : yr === 'next' ? 1 : 0);
      else if (rel === 'last' || rel === 'this past' || rel === 'past') y = relativeMonth(env.ref, mo, 'last');
      else if (rel === 'next' || rel === 'this coming' || rel === 'coming') y = relativeMonth(env.ref, mo, 'next');
      else if (rel === 'this') y = env.ref.y;
      else y = yearOfMonth(env.ref, mo, env.tense());
      return date(fmtMonth(y, mo));
    },
  },
  {
    name: 'spelled-year',
    cue: ['thousand'],
    re: rx('(?:the\\syear\\s)?two\\sthousand(?:\\sand\\s(one|two|three|four|five|six|seven|eight|nine|ten))?'),
    make(m, env) {
      if (!/^the\s/i.test(m[0]) && !/\b(?:in|by|until|of|since)\s+$/i.test(env.before)) return null;
      return date(String(2000 + (numberValue(m[1] ?? '') ?? 0)));
    },
  },
  {
    name: 'decade',
    cue: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'ties'],
    re: rx(
      `${MOD}(?:the\\s)?(?:(early|late|mid)[- ])?(?:(1[5-9]\\d|20\\d)0'?s|(?:['\u2019]|(?<=\\bthe\\s(?:(?:early|late|mid)[- ])?))(\\d)0['\u2019]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    ),
    make(m, env) {
      if (m[2]) return date(m[2]);
      // "the 80s", "the '80s" (the pattern wants "the" before a decade without apostrophe); not "in their 70s"
      if (m[3]) return date(`${yearFromTwoDigits(`${m[3]}0`, env.ref) / 10}`);
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const k = words.indexOf(lc(m[4]));
      if (k < 0 || !/\bthe\s/i.test(m[0])) return null;
      return date(`19${k + 2}`);
    },
  },
  {
    name: 'century',
    cue: ['century'],
    re: rx('(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)[- ]century'),
    make(m) {
      return date(String(Number(m[1]) - 1).padStart(2, '0'));
    },
  },
  {
    name: 'year',
    cue: 'digit',
    re: rx(
      `${MOD}(?:(?:fiscal(?:\\syear)?|FY|calendar(?:\\syear)?|the\\syear|model\\syear)\\s?)?(${YEAR})(?!\\d|,\\d|\\.\\d|'?s|[/.]\\d|-\\d\\d?[-/])`,
    ),
    make(m, env) {
      if (QUANTITY_AFTER.test(env.after) || QUANTITY_BEFORE.test(env.before)) return null;
      if (/(?<!\d)\d{1,2}[-/.]$/.test(env.before)) return null; // the year of a numeric date ("12-25-2017")
      // before 1900 a number needs a cue to be a year ("in 1648"), not a count ("killing 1750")
      if (Number(m[1]) < 1900 && m[0] === m[1] && !YEAR_CUE_BEFORE.test(env.before)) return null;
      if (/^\s*(?:-|to|and)\s*\d{2}\b(?!\d)/.test(env.after) && !/^\s*-\s*\d{2}\b/.test(env.after)) return null;
      return date(m[1] ?? '');
    },
  },
  {
    name: 'apostrophe-year',
    cue: 'digit',
    re: rx("['\u2019](\\d{2})(?![\\d'\u2019s])"),
    make(m, env) {
      // "in '82", "since '99", "the class of '75": a cue before it, not a quote closing on a number
      if (
        !/\b(?:in|since|of|by|from|until|till|to|before|after|during|circa|summer|spring|fall|autumn|winter)\s+$/i.test(
          env.before,
        )
      )
        return null;
      return date(fmtYear(yearFromTwoDigits(m[1] ?? '', env.ref)));
    },
  },
  {
    name: 'year-end',
    cue: ['year'],
    re: rx("(?:the\\s)?(?:(this|last|next)\\s)?(?:year-end|year\\send|year's\\send|end\\sof\\s(?:the|this)\\syear)"),
    make(m, env) {
      if (!env.ref) return date('XXXX-12-31');
      const rel = lc(m[1]);
      let y = env.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      if (!rel && /\bsince\s+$/i.test(env.before)) y -= 1;
      return date(`${fmtYear(y)}-12-31`);
    },
  },
  {
    name: 'spelled-year-19',
    cue: ['nineteen'],
    re: rx(
      `nineteen(?:\\s|-)(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|hundred)`,
    ),
    make(m) {
      const n = numberValue([m[1], m[2], m[3]].filter(Boolean).join(' ')) ?? 0;
      return date(String(1900 + n));
    },
  },
  {
    name: 'holiday',
    cue: ['christmas', 'year', 'thanksgiving', 'independence', 'valentine', 'halloween', 'easter', 'good friday'],
    re: rx(
      `(?:(last|next|this)\\s)?(Christmas(?:\\sDay|\\sEve)?|New\\sYear's(?:\\sDay|\\sEve)|Thanksgiving(?:\\sDay)?|Independence\\sDay|Valentine's\\sDay|Halloween|Easter(?:\\s(?:Sunday|Monday|Day))?(?!\\s(?:week|weekend|holidays?|break|Island|Rising|egg|eggs|bunny|season|Parade|Uprising|offensive|vigil|Mass|message|service|services|celebrations?))|Good\\sFriday(?!\\s(?:Agreement|accord|Accords|deal|peace)))(?:\\s(${YEAR}))?`,
    ),
    make(m, env) {
      const name = lc(m[2]);
      const ref = env.ref;
      let y = m[3] ? Number(m[3]) : (ref?.y ?? null);
      if (y === null) return null;
      const md = (yy: number): Ymd => {
        if (name.startsWith('christmas eve')) return { y: yy, m: 12, d: 24 };
        if (name.startsWith('christmas')) return { y: yy, m: 12, d: 25 };
        if (name.endsWith('eve')) return { y: yy, m: 12, d: 31 };
        if (name.startsWith('new year')) return { y: yy, m: 1, d: 1 };
        if (name.startsWith('independence')) return { y: yy, m: 7, d: 4 };
        if (name.startsWith('valentine')) return { y: yy, m: 2, d: 14 };
        if (name.startsWith('halloween')) return { y: yy, m: 10, d: 31 };
        if (name.startsWith('easter')) return addDays(easterSunday(yy), name.endsWith('monday') ? 1 : 0);
        if (name.startsWith('good')) return addDays(easterSunday(yy), -2);
        const nov1 = { y: yy, m: 11, d: 1 };
        return addDays(nov1, ((4 - isoWeekday(nov1) + 7) % 7) + 21);
      };
      if (!m[3] && ref) {
        const rel = lc(m[1]);
        const t = md(y);
        const after = t.m > ref.m || (t.m === ref.m && t.d > ref.d);
        if (rel === 'last' || (!rel && env.tense() === 'past')) y = after ? y - 1 : y;
        else if (rel === 'next' || (!rel && env.tense() === 'future')) y = after ? y : y + 1;
      }
      return date(fmtDay(md(y)));
    },
  },
];

/** Western (Gregorian) Easter Sunday of a year, by the anonymous Gregorian computus. */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
