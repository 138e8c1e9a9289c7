import { unitOf } from '../lexicon.js';
import { date, lc, type Rule, rx } from './types.js';
import { durationValue } from './values.js';

export const REFS_RULES: readonly Rule[] = [
  {
    name: 'present-ref',
    cue: ['now', 'current', 'present', 'days', 'today'],
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
    cue: ['recent', 'lately', 'past', 'formerly', 'upon'],
    re: rx(
      '(?:recently|lately|(?:the\\s)?recent\\s(?:years|times|decades|weeks\\sand\\smonths|months\\sand\\syears)|the\\spast(?!\\s(?:\\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|week|month|year|decade|century|day|quarter|weekend|summer|spring|fall|autumn|winter|\\w+\\s(?:years|months|weeks|days)))|formerly|once\\supon\\sa\\stime)',
    ),
    make() {
      return date('PAST_REF');
    },
  },
  {
    name: 'earlier-ref',
    cue: ['earlier'],
    re: rx('Earlier(?=,)', 'g'),
    make(_m, env) {
      if (!/^\s*["'“‘`]*\s*$/.test(env.before)) return null; // sentence-initial only
      return date('PAST_REF');
    },
  },
  {
    name: 'future-ref',
    cue: ['soon', 'future', 'coming', 'next', 'term', 'run'],
    re: rx(
      '(?:soon|the\\s(?:near\\s|foreseeable\\s|distant\\s)?future|(?:the\\s)?(?:coming|upcoming|next\\sfew)\\s(days|weeks|months|years|decades)|the\\s(?:short|long|near|medium)\\sterm|the\\s(?:long|short)\\srun)',
    ),
    make(m, env) {
      // "in coming weeks", "the next few years": a stretch of unknown length ahead (PXW, PXY), as TimeBank writes it
      if (m[1]) {
        const v = durationValue(null, unitOf(m[1]));
        return v ? { value: v, type: 'DURATION' } : null;
      }
      if (
        lc(m[0]) === 'soon' &&
        (/\bas\s+$/i.test(env.before) || /^\s*(?:after|afterwards|as|thereafter)\b/i.test(env.after))
      )
        return null;
      return date('FUTURE_REF');
    },
  },
];
