import { addDays, fmtDay } from '../calendar.js';
import { MONTH_NAME, monthOf, WEEKDAY_NAME, weekdayOf } from '../lexicon.js';
import { MOD, PART, REL_DAY, TODAYS_EVENT, TZ } from './patterns.js';
import { cap, date, lc, type Rule, rx } from './types.js';
import { clock, dayOfWord, dayPart, monthDay, weekdayFound, zulu } from './values.js';

export const DAYS_RULES: readonly Rule[] = [
  {
    name: 'weekday',
    cue: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
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
    cue: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    re: rx(`(?:the\\s)?(${PART})\\sof\\s(${WEEKDAY_NAME})`),
    make(m, env) {
      const wd = weekdayOf(m[2] ?? '');
      if (!wd) return null;
      return weekdayFound(env, wd, '', m[1]);
    },
  },
  {
    name: 'deictic-day',
    cue: ['today', 'tonight', 'yesterday', 'tomorrow'],
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
    cue: ['morning', 'afternoon', 'evening', 'night'],
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
    cue: ['day'],
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
    cue: 'digit',
    re: rx('([01]\\d|2[0-3])([0-5]\\d)\\s?(?:UTC|GMT|Z)'),
    make(m, env) {
      const day = dayOfWord(env, undefined, undefined);
      return day ? { value: `${day}T${m[1]}:${m[2]}Z`, type: 'TIME' } : null;
    },
  },
  {
    name: 'overnight',
    cue: ['overnight'],
    re: rx('overnight'),
    make(_m, env) {
      if (/^\s*(?:trading|rate|rates|loans?|deposits?|funds?|market)/i.test(env.after)) return null;
      return env.ref ? { value: `${fmtDay(env.ref)}TNI`, type: 'TIME' } : null;
    },
  },
  {
    name: 'clock',
    cue: 'digit',
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
    cue: 'digit',
    // "16:00 UTC", "12:00 GMT Monday", "at 14:30 today"
    re: rx(`(\\d{1,2}):(\\d{2})${TZ}(?:,?\\s(?:(today|yesterday|tomorrow)|(?:on\\s)?(${WEEKDAY_NAME})))?`),
    make(m, env) {
      if (!/\s?[A-Z]{3}|local/.test(m[0]) && !/\b(?:at|around|about|until|by|since|from)\s+$/i.test(env.before))
        return null;
      const t = clock(Number(m[1]), Number(m[2]), undefined);
      const day = dayOfWord(env, m[3], m[4]);
      return t && day ? { value: `${day}${t}${zulu(m[0])}`, type: 'TIME' } : null;
    },
  },
  {
    name: 'noon',
    cue: ['noon', 'mid'],
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
];
