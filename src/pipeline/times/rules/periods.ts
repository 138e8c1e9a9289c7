/**
 * Periods relative to the reference date: quarters and halves (financial news), "a year earlier", and "this/last/next week, month, year, season".
 */
import { yearOfMonth } from '../anchor.js';
import { addMonths, fmtMonth, fmtQuarter, fmtYear, lastCompletedQuarter, quarterOf } from '../calendar.js';
import { MONTH_NAME, monthOf, ORDINALS, SEASON_MONTH, SEASONS } from '../lexicon.js';
import { MOD, PERIOD_UNIT, QUANTITY_AFTER, REL_PERIOD, YEAR } from './patterns.js';
import { date, lc, type Rule, rx } from './types.js';
import { durationValue, offsetOf, periodValue } from './values.js';

const MONTH_WORD = new RegExp(`\\b(${MONTH_NAME})\\b`, 'g');
const QUARTER_WORD = /\b(first|second|third|fourth)[- ]quarter/gi;
const QUARTER_NUMBER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };
// a span of several quarters the sentence reports on: "for the nine months", "in the first half", "for the year"
const MULTI_QUARTER =
  /\b(?:nine|six)\s+months\b|\b(?:first|second)\s+half\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\b(?:fiscal\s+)?year\s+(?:ended|ending)\b/gi;
const QUARTER_MENTION = /\bquarter/gi;

/**
 * Whether the sentence before a match reports on several quarters rather than one ("For the nine months,
 * net was $3 million, compared with $2 million a year earlier"): its last period named is not a quarter.
 */
function multiQuarterBefore(before: string): boolean {
  let multi = -1;
  for (const m of before.matchAll(MULTI_QUARTER)) multi = m.index;
  if (multi < 0) return false;
  let quarter = -1;
  for (const m of before.matchAll(QUARTER_MENTION)) quarter = m.index;
  return multi > quarter;
}

export const PERIODS_RULES: readonly Rule[] = [
  {
    name: 'quarter-ordinal',
    cue: ['quarter'],
    re: rx(
      `(?:the\\s)?(?:(${YEAR})\\s|(?:fiscal|year-earlier|year-ago|prior-year|last\\syear's|this\\syear's|next\\syear's)[- ])?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:fiscal[- ])?(?:-|\\s)?quarter(?:,?\\s(?:of\\s)?(?:fiscal\\s)?(${YEAR}|this\\syear|last\\syear|next\\syear))?`,
    ),
    make(m, env) {
      const q = lc(m[2]) === 'final' ? 4 : ORDINALS[lc(m[2])];
      if (!q) return null;
      if (lc(m[2]) === 'final' && !m[1] && !m[3]) return null; // "the final quarter" of a game
      const tail = lc(m[3]);
      const s = lc(m[0]);
      let y: number | null = null;
      if (m[1]) y = Number(m[1]);
      else if (/^\d{4}$/.test(tail)) y = Number(tail);
      else if (env.ref) {
        y = env.ref.y;
        if (tail === 'last year' || /year-earlier|year-ago|prior-year|last year's/.test(s)) y -= 1;
        if (tail === 'next year' || /next year's/.test(s)) y += 1;
        // a quarter still ahead of this one is last year's, unless the clause looks forward
        if (!tail && !/year's|year-|prior-/.test(s) && q > quarterOf(env.ref) && env.tense() !== 'future') y -= 1;
      }
      return date(y === null ? `XXXX-Q${q}` : fmtQuarter(y, q));
    },
  },
  {
    name: 'quarter-relative',
    cue: ['quarter', 'period'],
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
      // the quarter the report is about: the one it named by number before (a fiscal "first quarter"
      // ended in September), else the last completed calendar quarter
      const named = env.quarter();
      const last =
        named && !/^(?:last|previous|prior|next|coming|current|present)$/.test(rel)
          ? named
          : lastCompletedQuarter(env.ref);
      if (m[2]) {
        // "in the 1988 period" after "In the first nine months, …" is that year's nine months
        if (unit === 'period' && multiQuarterBefore(env.sentenceBefore())) return date(fmtYear(Number(m[2])));
        return date(fmtQuarter(Number(m[2]), last.q));
      }
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
    cue: ['half'],
    re: rx(
      `(?:the\\s)?(first|second|1st|2nd|last|latter)[- ]half(?:\\sof\\s(?:(?:fiscal\\s)?(${YEAR})|(this|last|next)\\syear|the\\syear))?`,
    ),
    make(m, env) {
      const h = /^la/.test(lc(m[1])) ? 2 : ORDINALS[lc(m[1])];
      if (!h) return null;
      if (h === 2 && /^la/.test(lc(m[1])) && !m[2] && !m[3] && !/of\s/.test(m[0])) return null; // "the last half" of a game
      let y: number | null = m[2] ? Number(m[2]) : env.ref ? env.ref.y : null;
      if (y !== null && m[3]) y += lc(m[3]) === 'last' ? -1 : lc(m[3]) === 'next' ? 1 : 0;
      return date(`${y === null ? 'XXXX' : fmtYear(y)}-H${h}`);
    },
  },
  {
    // "spring 2019", "the summer of 2009" (2009-SU); a bare season after a preposition ("open in spring"),
    // dated as the nearest one, as a month is
    name: 'season',
    cue: ['spring', 'summer', 'autumn', 'fall', 'winter'],
    re: rx(
      `(?:the\\s)?(spring|summer|autumn|fall|winter)(?:,?\\s(?:of\\s)?(${YEAR})(?![\\d,.]\\d)|(?<=(?:\\b(?:in|during|since|until|by|through|over|this|last|next)\\s)(?:spring|summer|autumn|winter)))`,
    ),
    make(m, env) {
      const season = SEASONS[lc(m[1])];
      if (!season) return null;
      if (m[2]) return QUANTITY_AFTER.test(env.after) ? null : date(`${m[2]}-${season}`); // "a fall of 1500 points"
      if (!env.ref) return date(`XXXX-${season}`);
      if (/^\s*(?:of|offensive|campaign|session|semester|term|collection|season|olympics|games)\b/i.test(env.after))
        return null;
      return date(`${fmtYear(yearOfMonth(env.ref, (SEASON_MONTH[season] ?? 1) + 1, env.tense()))}-${season}`);
    },
  },
  {
    name: 'year-earlier',
    cue: ['year'],
    re: rx('(?:a|one)\\syear\\s(?:earlier|ago|before)|(?:the\\s)?(?:year-earlier|year-ago)(?!\\s(?:quarter|period))'),
    make(_m, env) {
      if (!env.ref) return null;
      const before = env.sentenceBefore();
      if (env.quarterly && !multiQuarterBefore(before)) {
        // the quarter the sentence names before it ("in the third quarter … a year earlier"), else the last completed one
        const quarters = [...before.matchAll(QUARTER_WORD)];
        const named = quarters.length ? QUARTER_NUMBER[lc(quarters[quarters.length - 1]?.[1])] : undefined;
        const q = named
          ? { y: named <= quarterOf(env.ref) ? env.ref.y : env.ref.y - 1, q: named }
          : (env.quarter() ?? lastCompletedQuarter(env.ref));
        return date(fmtQuarter(q.y - 1, q.q));
      }
      return date(fmtYear(env.ref.y - 1));
    },
  },
  {
    name: 'same-period-year-ago',
    cue: ['same', 'corresponding', 'comparable'],
    re: rx(
      '(?:the\\s)?(?:same|corresponding|comparable)\\s(period|month|quarter)\\s(?:of\\s)?(?:(?:a|one)\\syear\\s(?:ago|earlier|before)|last\\syear|the\\s(?:previous|prior)\\syear)',
    ),
    make(m, env) {
      if (!env.ref) return null;
      const unit = lc(m[1]);
      // the month or quarter the sentence names before it ("sales fell in January, compared to the same month a year ago")
      const before = env.sentenceBefore();
      const months = [...before.matchAll(MONTH_WORD)];
      const lastMonth = months.length ? monthOf(months[months.length - 1]?.[1] ?? '') : undefined;
      const quarters = [...before.matchAll(QUARTER_WORD)];
      const lastQuarter = quarters.length ? QUARTER_NUMBER[lc(quarters[quarters.length - 1]?.[1])] : undefined;
      if (unit !== 'quarter' && lastMonth && !(unit === 'period' && env.quarterly && lastQuarter)) {
        const y = yearOfMonth(env.ref, lastMonth, 'past');
        return date(fmtMonth(y - 1, lastMonth));
      }
      if (unit === 'quarter' || env.quarterly) {
        const q = lastQuarter
          ? { y: lastQuarter <= quarterOf(env.ref) ? env.ref.y : env.ref.y - 1, q: lastQuarter }
          : lastCompletedQuarter(env.ref);
        return date(fmtQuarter(q.y - 1, q.q));
      }
      if (unit === 'month') {
        const t = addMonths(env.ref, -12);
        return date(fmtMonth(t.y, t.m));
      }
      return date(fmtYear(env.ref.y - 1));
    },
  },
  {
    name: 'relative-period',
    cue: ['week', 'month', 'year', 'decade', 'century', 'summer', 'spring', 'fall', 'autumn', 'winter', 'quarter'],
    re: rx(
      `${MOD}(${REL_PERIOD})\\s(?:(?:fiscal|full|calendar|financial)\\s)?(?:(?:early|late|mid)[-\\s])?(${PERIOD_UNIT})(?:'s)?`,
    ),
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
      // "the year before", "the year previous": the year before the one last written, else before the reference
      if (rel === 'the' && unit === 'year' && env.ref && /^\s*(?:before|previous|prior|earlier)\b/i.test(env.after))
        return date(fmtYear((env.lastYear() ?? env.ref.y) - 1));
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
      if (season && rel === 'this past') {
        // "this past spring": the latest spring that has ended
        const ended = (SEASON_MONTH[season] ?? 1) + 3 <= env.ref.m;
        return date(`${fmtYear(ended ? env.ref.y : env.ref.y - 1)}-${season}`);
      }
      if (season && (rel === 'the' || rel === 'the same')) {
        // "in the summer": the nearest summer, as a month would be
        return date(`${fmtYear(yearOfMonth(env.ref, (SEASON_MONTH[season] ?? 1) + 1, env.tense()))}-${season}`);
      }
      const off = offsetOf(rel.replace(/^(?:earlier|later) (?:this|in the|that)$/, 'this'));
      const v = periodValue(env.ref, unit, off, env.tense(), rel === 'this');
      return v ? date(v) : null;
    },
  },
];
