/**
 * The grammar of English time expressions, as TimeML annotates them: each rule is a regular
 * expression (compiled once) and a function from its match to a TIMEX3 value and type. Spans
 * follow TimeML: determiners and modifiers belong to the expression ("the past two years",
 * "last week", "early next year"), prepositions do not.
 */

import { relativeMonth, seasonYear, weekdayDate, yearOfDay, yearOfMonth } from './anchor.js';
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
  lastCompletedQuarter,
  quarterOf,
  type Ymd,
} from './calendar.js';
import {
  MONTH_NAME,
  monthOf,
  NUM,
  numberValue,
  ORDINALS,
  PART_OF_DAY,
  SEASON_MONTH,
  SEASONS,
  UNIT,
  UNIT_CODE,
  unitOf,
  WEEKDAY_NAME,
  weekdayOf,
} from './lexicon.js';
import type { Tense } from './tense.js';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a rule knows about where its match stands. */
export interface Env {
  readonly ref: Ymd | null;
  /** Tense of the words around the match. */
  tense(): Tense;
  /** The sentence is about quarterly figures ("a year earlier" is then last year's quarter). */
  readonly quarterly: boolean;
  /** The latest day-level date mentioned before the match, else the reference date. */
  anchor(): Ymd | null;
  /** The last year written before the match ("in June 1998 … later that year"). */
  lastYear(): number | null;
  /** Text just before and after the match (for context checks). */
  readonly before: string;
  readonly after: string;
}

export interface Found {
  readonly value: string;
  readonly type: TimeType;
}

export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  make(m: RegExpExecArray, env: Env): Found | null;
}

const rx = (src: string, flags = 'gi'): RegExp => new RegExp(`(?<![\\w$£€&/])${src}(?![\\w]|-old|-year-old)`, flags);
const cap = (s: string | undefined): boolean =>
  !!s && s[0] !== undefined && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
const lc = (s: string | undefined): string => (s ?? '').toLowerCase();
const date = (value: string): Found => ({ value, type: 'DATE' });

const MOD =
  '(?:(?:the (?:end|beginning|start|middle|rest|remainder) of|early|late|mid|the early part of|the latter part of)[- ]?)?';
const PART = '(?:morning|afternoon|evening|night)';
const TZ = '(?:\\s?(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|local time))?';

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
// words after a four-digit number that make it a quantity, not a year
const QUANTITY_AFTER =
  /^\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|feet|foot|metres|meters|miles|km|kilometers|kilometres|tons|tonnes|barrels|points|shares|dollars|yen|pounds|members|votes|acres|square|units|cars|jobs|workers|employees|cases|deaths|rooms|pages|copies|times|[A-Z]{2,}s?\b)/;
const YEAR_CUE_BEFORE =
  /\b(?:in|since|of|by|from|until|till|to|before|after|during|between|and|around|circa|c\.|year|early|late|mid|the|in\sthe\syear)[\s-]+$/i;
const TODAYS_EVENT =
  /^\s*(?:\w+\s)?(?:meeting|talks|vote|session|election|elections|announcement|attack|attacks|decision|summit|rally|protest|game|match|hearing|statement|speech|ceremony|visit|strike|deadline|trading|close|news|report|edition|ruling|verdict|launch)\b/i;
const QUANTITY_BEFORE = /(?:(?:\$|US\$|No\.|#|\bnumber)\s*|\d[,.])$/i;

/**
 * A day with a part of it: "Tuesday morning" is 1998-01-06TMO (TIME). A night is left at the
 * day ("Friday night" → the Friday), as the TimeBank annotators mostly did: whether a night is
 * evening or night (TEV/TNI) is not decidable from the words.
 */
function dayPart(value: string, part: string | undefined): Found {
  if (lc(part) === 'night') return date(value);
  const code = part ? PART_OF_DAY[lc(part)] : undefined;
  return code ? { value: `${value}T${code}`, type: 'TIME' } : date(value);
}

function weekdayFound(env: Env, wd: number, rel: string, part: string | undefined): Found {
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
function offsetOf(rel: string): number {
  const r = lc(rel).replace(/\s+/g, ' ').trim();
  if (/^(?:last|the past|past|previous|the previous|this past|the last|the preceding|a year earlier)$/.test(r))
    return -1;
  if (/^(?:next|the next|the coming|coming|this coming|the following|following|the upcoming)$/.test(r)) return 1;
  return 0;
}

function periodValue(ref: Ymd, unit: string, off: number, tense: Tense, explicitThis = false): string | null {
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

function durationValue(n: number | null, unit: string): string | null {
  const code = UNIT_CODE[unit];
  if (!code) return null;
  const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : String(n);
  if (code.startsWith('T')) return `PT${amount}${code.slice(1)}`;
  if (code === '10Y') return n === null ? 'PXDE' : `P${n * 10}Y`;
  if (code === '100Y') return n === null ? 'PXCE' : `P${n * 100}Y`;
  if (code === '2W') return n === null ? 'PXW' : `P${n * 2}W`;
  return `P${amount}${code}`;
}

/** A date some amount before the reference, at the unit's granularity ("two weeks ago"). */
function agoValue(ref: Ymd, n: number, unit: string, sign: number): string | null {
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

function yearFromTwoDigits(d: string, ref: Ymd | null): number {
  const n = Number(d);
  const century = ref ? Math.floor(ref.y / 100) * 100 : 1900;
  return century + n > (ref?.y ?? 2000) + 10 ? century - 100 + n : century + n;
}

/** ISO 8601 marks a UTC clock time with Z ("18:00 UTC" → T18:00Z); other zones are left out. */
const zulu = (s: string): string => (/\b(?:UTC|GMT)\b/.test(s) ? 'Z' : '');

function clock(hour: number, minute: number, ampm: string | undefined): string | null {
  let h = hour;
  const a = lc(ampm).replace(/\./g, '');
  if (a === 'pm' && h < 12) h += 12;
  if (a === 'am' && h === 12) h = 0;
  if (h > 23 || minute > 59) return null;
  return `T${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function dayOfWord(env: Env, word: string | undefined, weekday: string | undefined): string | null {
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

function monthDay(env: Env, mo: number, d: number, yearStr: string | undefined): Found | null {
  if (yearStr) {
    const y = yearStr.length === 2 ? yearFromTwoDigits(yearStr, env.ref) : Number(yearStr);
    return isValidDay(y, mo, d) ? date(fmtDay({ y, m: mo, d })) : null;
  }
  if (d < 1 || d > 31) return null;
  if (!env.ref) return date(`XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const y = yearOfDay(env.ref, mo, d, env.tense());
  return y === null ? null : date(fmtDay({ y, m: mo, d }));
}

const REL_DAY = '(?:last|next|this|this past|this coming|past|coming)';
const REL_PERIOD =
  '(?:(?:earlier|later) (?:this|in the|that)|that same|that|this|last|next|the past|the coming|this past|this coming|the previous|the following|the current|the last|the next|the upcoming|previous|past|coming|current|the same|the)';
const PERIOD_UNIT = '(?:week|weekend|month|year|decade|century|summer|spring|fall|autumn|winter|quarter)';
const DUR_MOD =
  '(?:(?:more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|at least|at most|up to|only|just|just over|just under|well over|some|barely|the entire|an entire|a full|all)\\s)?';
const DUR_REL =
  '(?:the\\s)?(?:(?:past|last|next|first|final|coming|previous|latest|following|ensuing|initial|remaining|other|same|early|late|recent|year-earlier|year-ago|comparable|corresponding)\\s)?';

export const RULES: readonly Rule[] = [
  {
    name: 'iso-date',
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
    re: rx(`${MOD}(${MONTH_NAME}),?\\s(?:of\\s)?(${YEAR})(?!\\d|,\\d)`),
    make(m) {
      const mo = monthOf(m[1] ?? '');
      if (!mo || !cap(m[1])) return null;
      return date(fmtMonth(Number(m[2]), mo));
    },
  },
  {
    name: 'month',
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
      const yr = lc(m[3]);
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
    re: rx('(?:the\\syear\\s)?two\\sthousand(?:\\sand\\s(one|two|three|four|five|six|seven|eight|nine|ten))?'),
    make(m, env) {
      if (!/^the\s/i.test(m[0]) && !/\b(?:in|by|until|of|since)\s+$/i.test(env.before)) return null;
      return date(String(2000 + (numberValue(m[1] ?? '') ?? 0)));
    },
  },
  {
    name: 'decade',
    re: rx(
      `${MOD}(?:the\\s)?(?:(early|late|mid)[- ])?(?:(1[5-9]\\d|20\\d)0'?s|'(\\d)0'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    ),
    make(m, env) {
      if (m[2]) return date(m[2]);
      if (m[3]) return date(`${yearFromTwoDigits(`${m[3]}0`, env.ref) / 10}`);
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const k = words.indexOf(lc(m[4]));
      if (k < 0 || !/\bthe\s/i.test(m[0])) return null;
      return date(`19${k + 2}`);
    },
  },
  {
    name: 'century',
    re: rx('(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)[- ]century'),
    make(m) {
      return date(String(Number(m[1]) - 1).padStart(2, '0'));
    },
  },
  {
    name: 'year',
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
    name: 'quarter-ordinal',
    re: rx(
      `(?:the\\s)?(?:(${YEAR})\\s|(?:fiscal|year-earlier|year-ago|prior-year|last\\syear's|this\\syear's|next\\syear's)[- ])?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?:-|\\s)?quarter(?:,?\\s(?:of\\s)?(?:fiscal\\s)?(${YEAR}|this\\syear|last\\syear|next\\syear))?`,
    ),
    make(m, env) {
      const q = ORDINALS[lc(m[2])];
      if (!q) return null;
      const tail = lc(m[3]);
      const s = lc(m[0]);
      let y: number | null = null;
      if (m[1]) y = Number(m[1]);
      else if (/^\d{4}$/.test(tail)) y = Number(tail);
      else if (env.ref) {
        y = env.ref.y;
        if (tail === 'last year' || /year-earlier|year-ago|prior-year|last year's/.test(s)) y -= 1;
        if (tail === 'next year' || /next year's/.test(s)) y += 1;
      }
      return date(y === null ? `XXXX-Q${q}` : fmtQuarter(y, q));
    },
  },
  {
    name: 'quarter-relative',
    re: rx(
      `(?:(?:the|this|that)\\s)?(?:(?:comparable|corresponding|same)\\s)?(?:(latest|most\\srecent|recent|just-ended|just\\sended|past|last|previous|prior|current|present|next|coming|same|year-earlier|year-ago|prior-year|year-before|comparable|corresponding|(${YEAR}))\\s)?(?:fiscal\\s)?(quarter|period)(?:\\s(a\\syear\\s(?:ago|earlier)|last\\syear))?`,
    ),
    make(m, env) {
      const rel = lc(m[1]);
      const unit = lc(m[3]);
      const s = lc(m[0]);
      if (unit === 'period' && !rel) return null; // "the period" alone is not a date
      if (/^-/.test(env.after)) return null; // "quarter-to-quarter"
      if (unit === 'period' && !env.quarterly && !m[2]) return null;
      if (!/^(?:the|this|that)\s/.test(s) && !rel) return null;
      if (!env.ref) return date('XXXX-QX');
      const last = lastCompletedQuarter(env.ref);
      if (m[2]) return date(fmtQuarter(Number(m[2]), last.q));
      if (/year-earlier|year-ago|prior-year|year-before/.test(s) || m[4]) return date(fmtQuarter(last.y - 1, last.q));
      if (rel === 'current' || rel === 'present' || s.startsWith('this'))
        return date(fmtQuarter(env.ref.y, quarterOf(env.ref)));
      if (rel === 'next' || rel === 'coming') {
        const t = addMonths({ y: env.ref.y, m: env.ref.m, d: 1 }, 3);
        return date(fmtQuarter(t.y, quarterOf(t)));
      }
      return date(fmtQuarter(last.y, last.q));
    },
  },
  {
    name: 'half',
    re: rx(
      `(?:the\\s)?(first|second|1st|2nd)[- ]half(?:\\sof\\s(?:(?:fiscal\\s)?(${YEAR})|(this|last|next)\\syear|the\\syear))?`,
    ),
    make(m, env) {
      const h = ORDINALS[lc(m[1])];
      if (!h) return null;
      let y: number | null = m[2] ? Number(m[2]) : env.ref ? env.ref.y : null;
      if (y !== null && m[3]) y += lc(m[3]) === 'last' ? -1 : lc(m[3]) === 'next' ? 1 : 0;
      return date(`${y === null ? 'XXXX' : fmtYear(y)}-H${h}`);
    },
  },
  {
    name: 'year-earlier',
    re: rx('(?:a|one)\\syear\\s(?:earlier|ago|before)|(?:the\\s)?(?:year-earlier|year-ago)(?!\\s(?:quarter|period))'),
    make(_m, env) {
      if (!env.ref) return null;
      if (env.quarterly) {
        const last = lastCompletedQuarter(env.ref);
        return date(fmtQuarter(last.y - 1, last.q));
      }
      return date(fmtYear(env.ref.y - 1));
    },
  },
  {
    name: 'relative-period',
    re: rx(`${MOD}(${REL_PERIOD})\\s(?:(?:fiscal|full|calendar|financial)\\s)?(${PERIOD_UNIT})(?:'s)?`),
    make(m, env) {
      const rel = lc(m[1]).replace(/\s+/g, ' ');
      const unit = lc(m[2]) === 'autumn' ? 'fall' : lc(m[2]);
      if (unit === 'quarter') return null; // quarter rules
      // "the fall of Kabul", "the spring offensive": a season needs more than "the"
      if (
        (rel === 'the' || rel === 'the same') &&
        SEASONS[unit] &&
        /^\s*(?:of|in|from|to|\w+ing|offensive|campaign|session|semester|term|collection|season)\b/i.test(env.after)
      )
        return null;
      if (rel === 'the' && /^\s*(?:ended|ending|ends|through|to\s+date)\b/i.test(env.after)) {
        return { value: durationValue(1, unit) ?? 'PX', type: 'DURATION' }; // "the year ended March 31"
      }
      if ((rel === 'the' || rel === 'the same') && (unit === 'decade' || unit === 'century' || unit === 'weekend')) {
        if (unit !== 'weekend') return null;
      }
      if ((rel === 'the past' || rel === 'past') && (unit === 'decade' || unit === 'century')) {
        return { value: durationValue(1, unit) ?? 'PX', type: 'DURATION' }; // "over the past decade"
      }
      if (rel === 'the last' || rel === 'the next') {
        // "the last year" reads as a duration in TimeML
        if (unit === 'year' || unit === 'month' || unit === 'week' || unit === 'decade') {
          return { value: durationValue(1, unit) ?? 'PX', type: 'DURATION' };
        }
      }
      if (!env.ref) return date(rel.startsWith('the') || rel === 'this' ? 'PRESENT_REF' : 'XXXX');
      // "that year", "later that year", "the following year": counted from the year last written
      if (
        unit === 'year' &&
        /^(?:(?:earlier|later) that|that same|that|the same|the following|the previous)$/.test(rel)
      ) {
        const y = env.lastYear();
        if (y !== null) return date(fmtYear(y + (rel === 'the following' ? 1 : rel === 'the previous' ? -1 : 0)));
        if (/that/.test(rel)) return null;
      }
      if (/that/.test(rel)) return null; // "that week" without an anchor: not resolvable here
      const season = SEASONS[unit];
      if (season && (rel === 'the' || rel === 'the same')) {
        // "in the summer": the nearest summer, as a month would be
        return date(`${fmtYear(yearOfMonth(env.ref, (SEASON_MONTH[season] ?? 1) + 1, env.tense()))}-${season}`);
      }
      const off = offsetOf(rel.replace(/^(?:earlier|later) (?:this|in the|that)$/, 'this'));
      const v = periodValue(env.ref, unit, off, env.tense(), rel === 'this');
      return v ? date(v) : null;
    },
  },
  {
    name: 'weekday',
    re: rx(
      `${MOD}(?:(${REL_DAY})\\s)?(${WEEKDAY_NAME}|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs)?\\.|Fri\\.|Sat\\.|Sun\\.)(?:'s)?(?:\\s(${PART}))?`,
    ),
    make(m, env) {
      const wd = weekdayOf(m[2] ?? '');
      if (!wd || !cap(m[2])) return null;
      if (/\b(?:Good|Black|Cyber|Super|Man)\s+$/.test(env.before)) return null; // "Good Friday Agreement"
      if (/\.$/.test(m[2] ?? '') && /\bthe\s+$/i.test(env.before)) return null; // "the Sun." is a newspaper
      // "Wednesday's ruling" names an event: past unless awaited ("ahead of Friday's vote")
      if (!m[1] && /'s/.test(m[0]) && env.ref) {
        const ahead =
          /\b(?:ahead\s+of|before|until|awaiting|await)\s+$/i.test(env.before) ||
          /\b(?:upcoming|next)\b/i.test(env.after.slice(0, 20));
        return weekdayFound(env, wd, ahead ? 'coming' : 'past-or-today', m[3]);
      }
      return weekdayFound(env, wd, lc(m[1]), m[3]);
    },
  },
  {
    name: 'part-of-weekday',
    re: rx(`(?:the\\s)?(${PART})\\sof\\s(${WEEKDAY_NAME})`),
    make(m, env) {
      const wd = weekdayOf(m[2] ?? '');
      if (!wd) return null;
      return weekdayFound(env, wd, '', m[1]);
    },
  },
  {
    name: 'deictic-day',
    re: rx(
      `(?:(earlier|later)\\s)?(today|tonight|yesterday|tomorrow|the\\sday\\sbefore\\syesterday|the\\sday\\safter\\stomorrow)(?:'s)?(?:\\s(${PART}))?`,
    ),
    make(m, env) {
      const w = lc(m[2]);
      if (!env.ref) return dayPart('XXXX-XX-XX', m[3]);
      // "today's world" is the present age; "today's meeting" is the day
      if (/'s$/i.test(m[0]) && !m[3] && !TODAYS_EVENT.test(env.after)) return null;
      const shift =
        w === 'yesterday'
          ? -1
          : w === 'tomorrow'
            ? 1
            : w.includes('before yesterday')
              ? -2
              : w.includes('after tomorrow')
                ? 2
                : 0;
      if (w === 'tonight') return date(fmtDay(env.ref));
      return dayPart(fmtDay(addDays(env.ref, shift)), m[3]);
    },
  },
  {
    name: 'this-part-of-day',
    re: rx(`(?:(?:earlier|later)\\s)?(this|last|that)\\s(${PART})`),
    make(m, env) {
      const rel = lc(m[1]);
      if (rel === 'that' && !env.anchor()) return null;
      const base = rel === 'that' ? env.anchor() : env.ref;
      if (!base) return dayPart('XXXX-XX-XX', m[2]);
      const shift = rel === 'last' ? -1 : 0;
      return dayPart(fmtDay(addDays(base, shift)), m[2]);
    },
  },
  {
    name: 'the-day',
    re: rx('(?:(?:late|early|earlier|later)\\sin\\s)?the\\s(?:same\\s)?day'),
    make(m, env) {
      // "stocks rose 2% on the day": the day the story is about; not "the day after", "the day of"
      if (
        /^\s*(?:after|before|of|when|that|which|in\b|is|was|will|has|had|he|she|they|we|I|it|comes?|came)\b/i.test(
          env.after,
        )
      )
        return null;
      if (/\b(?:of|to|for|end)\s+$/i.test(env.before) && !/\bsame\b/i.test(m[0])) return null;
      const a = env.anchor();
      return a ? date(fmtDay(a)) : null;
    },
  },
  {
    name: 'military-time',
    re: rx('([01]\\d|2[0-3])([0-5]\\d)\\s?(?:UTC|GMT|Z)'),
    make(m, env) {
      const day = dayOfWord(env, undefined, undefined);
      return day ? { value: `${day}T${m[1]}:${m[2]}Z`, type: 'TIME' } : null;
    },
  },
  {
    name: 'overnight',
    re: rx('overnight'),
    make(_m, env) {
      if (/^\s*(?:trading|rate|rates|loans?|deposits?|funds?|market)/i.test(env.after)) return null;
      return env.ref ? { value: `${fmtDay(env.ref)}TNI`, type: 'TIME' } : null;
    },
  },
  {
    name: 'clock',
    re: rx(
      `(?:(${WEEKDAY_NAME}|today|yesterday|tomorrow|tonight)(?:,?\\s(?:at\\s)?))?(\\d{1,2})(?:[:.](\\d{2}))?\\s?(a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)${TZ}(?:,?\\s(?:(today|yesterday|tomorrow|tonight)|(?:on\\s)?(${WEEKDAY_NAME})|(${MONTH_NAME})\\s(\\d{1,2})(?!\\d)))?`,
    ),
    make(m, env) {
      if (
        lc(m[4]) === 'am' &&
        !/^\s*(?:[A-Z]{3}|local|today|yesterday|tomorrow|tonight|[.,;)]|$)/.test(env.after) &&
        m[0] === `${m[2]} ${m[4]}`
      )
        return null;
      const t = clock(Number(m[2]), Number(m[3] ?? 0), m[4]);
      if (!t) return null;
      const lead = m[1] && weekdayOf(m[1]) ? undefined : m[1];
      const wd = m[1] && weekdayOf(m[1]) ? m[1] : m[6];
      const mo = m[7] ? monthOf(m[7]) : undefined;
      const onDay = mo ? monthDay(env, mo, Number(m[8]), undefined)?.value : undefined;
      const day = onDay ?? dayOfWord(env, m[5] ?? lead, wd);
      return day ? { value: `${day}${t}${zulu(m[0])}`, type: 'TIME' } : null;
    },
  },
  {
    name: 'clock-24',
    re: rx(`(\\d{1,2}):(\\d{2})${TZ}`),
    make(m, env) {
      if (!/\s?[A-Z]{3}|local/.test(m[0]) && !/\b(?:at|around|about|until|by|since|from)\s+$/i.test(env.before))
        return null;
      const t = clock(Number(m[1]), Number(m[2]), undefined);
      const day = dayOfWord(env, undefined, undefined);
      return t && day ? { value: `${day}${t}${zulu(m[0])}`, type: 'TIME' } : null;
    },
  },
  {
    name: 'noon',
    re: rx(
      `(?:(${WEEKDAY_NAME})\\s)?(noon|midnight|midday|mid-day|mid\\safternoon|mid-afternoon|mid\\smorning|mid-morning)(?:\\s(?:(today|yesterday|tomorrow)|(?:on\\s)?(${WEEKDAY_NAME})))?`,
    ),
    make(m, env) {
      const w = lc(m[2]).replace(/[-\s]/g, '');
      if (/\bhigh\s+$/i.test(env.before)) return null; // "High Noon"
      const t = w === 'midnight' ? 'T24:00' : w === 'midafternoon' ? 'TAF' : w === 'midmorning' ? 'TMO' : 'T12:00';
      const day = dayOfWord(env, m[3], m[1] ?? m[4]);
      return day ? { value: `${day}${t}`, type: 'TIME' } : null;
    },
  },
  {
    name: 'ago',
    re: rx(`${DUR_MOD}(${NUM})\\s(${UNIT})\\s(?:or\\sso\\s)?(ago|earlier|before|later|from\\snow|hence|back)`),
    make(m, env) {
      const unit = unitOf(m[2] ?? '');
      const n = numberValue(m[1] ?? '');
      const dir = lc(m[3]);
      if (n === undefined) return null;
      if (dir === 'before' || dir === 'earlier' || dir === 'later') {
        // "two days earlier" counts from another event: a duration in TimeML
        const v = durationValue(n, unit);
        return v ? { value: v, type: 'DURATION' } : null;
      }
      if (!env.ref) return date(dir === 'ago' || dir === 'back' ? 'PAST_REF' : 'FUTURE_REF');
      if (n === null) return date(dir === 'ago' || dir === 'back' ? 'PAST_REF' : 'FUTURE_REF');
      const sign = dir === 'ago' || dir === 'back' ? -1 : 1;
      const v = agoValue(env.ref, n, unit, sign);
      return v ? date(v) : null;
    },
  },
  {
    name: 'vague-ago',
    re: rx(`(${UNIT})\\sago`),
    make() {
      return date('PAST_REF');
    },
  },
  {
    name: 'duration',
    re: rx(`${DUR_MOD}${DUR_REL}(${NUM})(?:[- ](?:and[- ]a[- ]half[- ])?)(${UNIT})(?:\\sor\\sso|[- ]long|[- ]old)?`),
    make(m, env) {
      const numText = lc(m[1]);
      const unit = unitOf(m[2] ?? '');
      if (m[0].toLowerCase().endsWith('old')) return null; // ages are not time expressions
      if (unit === 'second' && (numText === 'a' || numText === 'an')) return null; // "a second time"
      if (/^\s*(?:-old|old\b)/i.test(env.after)) return null;
      const n = numberValue(numText);
      if (n === undefined) return null;
      if (
        (numText === 'a' || numText === 'an') &&
        /\b(?:once|twice|times|per|\$[\d.,]+|cents?|dollars?)\s*$/i.test(env.before)
      ) {
        return null; // "$5 a day", "twice a year": rates, not annotated as times
      }
      if (unit === 'quarter' && /-quarters?$/i.test(m[0]) && /^\s*of\b/i.test(env.after)) return null; // "three-quarters of"
      if (unit === 'year' && /^\s*(?:or\s+so|or\s+two)/i.test(env.after)) {
        const v = durationValue(n, unit);
        return v ? { value: v, type: 'DURATION' } : null;
      }
      const v = durationValue(n, unit);
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    name: 'unit-long',
    re: rx('(day|week|month|year|hour|night)[- ]long'),
    make(m) {
      const v = durationValue(1, lc(m[1]));
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    name: 'vague-duration',
    re: rx(
      `(?:the\\s)?(?:(?:past|last|next|coming|recent)\\s)?(years|months|weeks|days|decades|hours|minutes)(?:\\sor\\s(?:years|months|weeks|days|decades))?`,
    ),
    make(m, env) {
      const s = lc(m[0]);
      if (/^(?:the )?recent\s(?:years|decades)/.test(s) || /^(?:the )?coming\s/.test(s)) return null; // refs
      if (s === lc(m[1]) && !/\b(?:for|in|within|over|after|take|takes|took|last|lasted)\s+$/i.test(env.before))
        return null;
      const v = durationValue(null, unitOf(m[1] ?? ''));
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    name: 'present-ref',
    re: rx("(?:right\\s)?now|currently|presently|at\\spresent|nowadays|these\\sdays|the\\spresent|today's|current"),
    make(m, env) {
      const w = lc(m[0]);
      if (w === 'now' && /^\s*-defunct\b/i.test(env.after)) return null;
      if (
        w === 'current' &&
        /^\s*(?:account|accounts|affairs|events|and\sformer|or\sformer|president|chairman|members?)\b/i.test(env.after)
      )
        return null;
      if (w === "today's") return null;
      return date('PRESENT_REF');
    },
  },
  {
    name: 'past-ref',
    re: rx(
      '(?:recently|lately|(?:the\\s)?recent\\s(?:years|times|decades|weeks\\sand\\smonths|months\\sand\\syears)|the\\spast(?!\\s(?:\\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|week|month|year|decade|century|day|quarter|weekend|summer|spring|fall|autumn|winter|\\w+\\s(?:years|months|weeks|days)))|formerly|once\\supon\\sa\\stime)',
    ),
    make() {
      return date('PAST_REF');
    },
  },
  {
    name: 'year-end',
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
    re: rx(
      `nineteen(?:\\s|-)(?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|hundred)`,
    ),
    make(m) {
      const n = numberValue([m[1], m[2], m[3]].filter(Boolean).join(' ')) ?? 0;
      return date(String(1900 + n));
    },
  },
  {
    name: 'previously',
    re: rx('Previously|Earlier(?=,)', 'g'),
    make(_m, env) {
      if (!/^\s*["'“‘`]*\s*$/.test(env.before)) return null; // sentence-initial only
      return date('PAST_REF');
    },
  },
  {
    name: 'future-ref',
    re: rx(
      '(?:soon|the\\s(?:near\\s|foreseeable\\s|distant\\s)?future|(?:the\\s)?(?:coming|upcoming|next\\sfew)\\s(?:days|weeks|months|years|decades)|the\\s(?:short|long|near|medium)\\sterm|the\\s(?:long|short)\\srun)',
    ),
    make(m, env) {
      if (
        lc(m[0]) === 'soon' &&
        (/\bas\s+$/i.test(env.before) || /^\s*(?:after|afterwards|as|thereafter)\b/i.test(env.after))
      )
        return null;
      return date('FUTURE_REF');
    },
  },
  {
    name: 'set',
    re: rx(
      `(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|every\\s(?:other\\s)?(?:day|week|month|year|quarter|morning|night|evening|${WEEKDAY_NAME})|each\\s(?:day|week|month|year|quarter)|per\\s(?:day|week|month|year))`,
    ),
    make(m) {
      const w = lc(m[1]);
      const unit = /day|daily|nightly|morning|night|evening/.test(w)
        ? 'D'
        : /week|biweekly/.test(w)
          ? 'W'
          : /month/.test(w)
            ? 'M'
            : /quarter/.test(w)
              ? 'Q'
              : /hour/.test(w)
                ? 'TH'
                : /year|annual/.test(w)
                  ? 'Y'
                  : 'W';
      const n = /other|biweekly/.test(w) ? 2 : 1;
      return { value: unit === 'TH' ? `PT${n}H` : `P${n}${unit}`, type: 'SET' };
    },
  },
  {
    name: 'holiday',
    re: rx(
      `(?:(last|next|this)\\s)?(Christmas(?:\\sDay|\\sEve)?|New\\sYear's(?:\\sDay|\\sEve)|Thanksgiving(?:\\sDay)?|Independence\\sDay|Valentine's\\sDay|Halloween)(?:\\s(${YEAR}))?`,
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
