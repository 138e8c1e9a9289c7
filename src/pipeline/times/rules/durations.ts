import { MONTH_NAME, monthOf, NUM, numberValue, UNIT, unitOf, WEEKDAY_NAME, weekdayOf } from '../lexicon.js';
import { AGO_MOD, DUR_MOD, DUR_REL } from './patterns.js';
import { date, lc, type Rule, rx } from './types.js';
import { agoValue, durationValue, halfDuration } from './values.js';

export const DURATIONS_RULES: readonly Rule[] = [
  {
    name: 'ago',
    cue: ['ago', 'earlier', 'now', 'hence', 'back'],
    re: rx(`${AGO_MOD}(${NUM})\\s(${UNIT})\\s(?:or\\sso\\s)?(ago|earlier|from\\snow|hence|back)`),
    make(m, env) {
      const unit = unitOf(m[2] ?? '');
      const n = numberValue(m[1] ?? '');
      const dir = lc(m[3]);
      if (n === undefined) return null;
      if (dir === 'earlier') {
        // "two days earlier" counts from another event: a duration in TimeML ("two days before/later"
        // is one too, without its signal word: the duration rule finds "[two days] later")
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
    cue: ['ago'],
    re: rx(`(${UNIT})\\sago`),
    make() {
      return date('PAST_REF');
    },
  },
  {
    name: 'duration',
    cue: ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'centur'],
    re: rx(
      `${DUR_MOD}${DUR_REL}(${NUM})(\\s1\\/2)?(?:[- ](?:and[- ]a[- ]half[- ])?)(?:(?:straight|consecutive|successive|trading|business|working|more|additional|extra|further)\\s)?(${UNIT})(?:\\sand\\sa\\shalf)?(?:\\sor\\sso|[- ]long|[- ]old)?`,
    ),
    make(m, env) {
      const numText = lc(m[1]);
      const unit = unitOf(m[3] ?? '');
      // "2 1/2 years", "two and a half years": the half in the next smaller unit (P2Y6M, PT5H30M)
      const half = !!m[2] || /and[- ]a[- ]half/i.test(m[0]);
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
      const v = half && n !== null ? halfDuration(n, unit) : durationValue(n, unit);
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    // "two to three weeks", "the next 12 to 18 months": one duration of an unknown number of units
    name: 'duration-range',
    cue: [' to ', ' or '],
    re: rx(`${DUR_REL}(${NUM})\\s(?:to|or)\\s(${NUM})\\s(${UNIT})`),
    make(m) {
      const a = numberValue(lc(m[1]));
      const b = numberValue(lc(m[2]));
      if (a === undefined || b === undefined || a === null || b === null || !(a < b)) return null;
      const v = durationValue(null, unitOf(m[3] ?? ''));
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    name: 'unit-long',
    cue: ['long'],
    re: rx('(day|week|month|year|hour|night)[- ]long'),
    make(m) {
      const v = durationValue(1, lc(m[1]));
      return v ? { value: v, type: 'DURATION' } : null;
    },
  },
  {
    name: 'vague-duration',
    cue: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes'],
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
    // "every Monday" XXXX-WXX-1, "each July" XXXX-07, "on Tuesdays" XXXX-WXX-2: a day of every week or a
    // month of every year (SET)
    name: 'set-calendar',
    cue: ['every', 'each', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
    re: rx(
      `(?:(?:every|each)\\s(${WEEKDAY_NAME}|${MONTH_NAME})|(?<=\\bon\\s)(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)`,
    ),
    make(m) {
      const word = m[1] ?? `${m[2] ?? ''}day`;
      const wd = weekdayOf(word);
      if (wd !== undefined) return { value: `XXXX-WXX-${wd}`, type: 'SET' };
      const mo = monthOf(word);
      return mo === undefined ? null : { value: `XXXX-${String(mo).padStart(2, '0')}`, type: 'SET' };
    },
  },
  {
    name: 'set',
    cue: ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'every', 'each', 'per'],
    re: rx(
      `(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|every\\s(?:other\\s)?(?:day|week|month|year|quarter|morning|night|evening)|each\\s(?:day|week|month|year|quarter)|per\\s(?:day|week|month|year))`,
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
];
