/**
 * Finds the time expressions of a text, sentence by sentence: our grammar (rules.ts) first,
 * then chrono-node's strict parser for explicit calendar dates the grammar does not cover.
 * Overlapping matches are settled longest first.
 */
import type { Span } from '../../core/span.js';
import type { SyntaxLayer } from '../syntax/types.js';
import { lastCompletedQuarter, parseReference, type Ymd } from './calendar.js';
import { chronoDates } from './chrono.js';
import { trimDeterminer } from './edges.js';
import { type Env, type Quarter, RULES, type Rule, type TimeType } from './rules/index.js';
import { lexicalTense, syntacticTense, type Tense } from './tense.js';

export interface TimeFound extends Span {
  readonly text: string;
  readonly value: string;
  readonly type: TimeType;
  /** The rule (or "chrono") that found it. */
  readonly rule: string;
}

export interface SentenceLike extends Span {
  readonly firstToken?: number;
  readonly lastToken?: number;
}

export interface TagInput {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly SentenceLike[];
  readonly tokens?: readonly Span[];
  readonly syntax?: SyntaxLayer;
}

// chrono adds numeric and ordinal date formats to the grammar; other sentences skip it (speed)
const CHRONO_CUE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d(?:st|nd|rd|th)\b/;
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
// a quarter named as a year back ("the year-ago third quarter") is no quarter the report is about
const YEAR_BACK = /year-ago|year-earlier|prior-year|last\syear|\b(?:1[5-9]|20)\d\d\b/i;
const MONEY_WORDS = /\$|cents|profit|earnings|\bnet\b|revenue|sales|income|loss|results/i;
const EFFECTIVE = /\beffective\s+(?:on\s+|as\s+of\s+)?$/i;
const BECAME_EFFECTIVE = /\b(?:became|become|becomes|was|were|been|went)\s+effective\s+(?:on\s+|as\s+of\s+)?$/i;
const SPACE = /\s/;
const SPACE_OR_COMMA = /[\s,]/;
const POSSESSIVE = /['\u2019]s$/;

/** Time expressions of a whole text, in text order. */
export function tagTimes(input: TagInput): TimeFound[] {
  const { text } = input;
  const ref = parseReference(input.published);
  const docQuarterly = (text.match(/\bquarter/gi)?.length ?? 0) >= 1;
  const out: TimeFound[] = [];
  let anchor: Ymd | null = null;
  let quarter: Quarter | null = null;
  for (const s of joinAbbreviated(text, input.sentences)) {
    const found = tagSentence(input, s, ref, anchor, docQuarterly, quarter);
    for (const f of found) {
      out.push(f);
      const q = QUARTER_VALUE.exec(f.value);
      if (q && f.rule === 'quarter-ordinal' && !YEAR_BACK.test(f.text)) {
        // a quarter reported on, not one still ahead ("a fourth-quarter charge" expected in October)
        const named = { y: Number(q[1]), q: Number(q[2]) };
        const last = ref ? lastCompletedQuarter(ref) : null;
        if (!last || named.y * 4 + named.q <= last.y * 4 + last.q) quarter = named;
      }
      const d = DAY_VALUE.exec(f.value);
      if (d && f.type !== 'DURATION' && f.type !== 'SET')
        anchor = { y: Number(d[1]), m: Number(d[2]), d: Number(d[3]) };
    }
  }
  return out;
}

const YEAR_MENTION = /(?<![\w$.,])(1[5-9]\d\d|20\d\d)(?![\w%]|,\d|\.\d)/g;

/** The last four-digit year written in the 1,500 characters before `pos` ("later that year"). */
function lastYearBefore(text: string, pos: number): number | null {
  let y: number | null = null;
  for (const m of text.slice(Math.max(0, pos - 1500), pos).matchAll(YEAR_MENTION)) y = Number(m[1]);
  return y;
}

// a sentence split after "p.m." or "Nov." may cut a time expression in two
const ENDS_ABBREVIATED = /(?:\b[ap]\.m\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/;

/** Sentences, with those the segmenter cut after a time abbreviation joined to the next. */
function joinAbbreviated(text: string, sentences: readonly SentenceLike[]): SentenceLike[] {
  const out: SentenceLike[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && s.start - prev.end <= 2 && ENDS_ABBREVIATED.test(text.slice(prev.start, prev.end))) {
      const joined: SentenceLike = { start: prev.start, end: s.end };
      out[out.length - 1] =
        prev.firstToken !== undefined && s.lastToken !== undefined
          ? { ...joined, firstToken: prev.firstToken, lastToken: s.lastToken }
          : joined;
    } else out.push(s);
  }
  return out;
}

/**
 * What `s.matchAll(re)` yields for a global pattern, without the copy of the pattern matchAll
 * makes on every call (38 rules × every sentence): the matches are collected first and
 * `lastIndex` is back at 0 before any is used.
 */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) return [...s.matchAll(re)]; // a TypeError, as matchAll gives
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') {
      const unicode = re.unicode || re.flags.includes('v');
      const i = re.lastIndex;
      const c = s.charCodeAt(i);
      const wide = unicode && c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      re.lastIndex = i + (wide ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}

const DIGIT = /\d/;

/**
 * Whether a sentence has what every match of a rule contains (its `cue`): the rule's pattern is
 * not run on the others, whose matches it would not find anyway. ASCII letters lower-case to
 * ASCII letters, so a case-insensitive match of a cue's letters is in the lower-cased sentence.
 */
export function cued(cue: Rule['cue'], low: string, digit: boolean, pairs: Uint32Array | null = null): boolean {
  if (cue === undefined) return true;
  if (cue === 'digit') return digit;
  for (const c of cue) {
    // a cue whose first two characters never stand side by side in the sentence is not in it
    if (pairs && c.length >= 2) {
      const a = c.charCodeAt(0);
      const b = c.charCodeAt(1);
      const k = (a << 7) | b;
      if ((a | b) < 128 && (pairs[k >>> 5]! & (1 << (k & 31))) === 0) continue;
    }
    if (low.includes(c)) return true;
  }
  return false;
}

/**
 * The pairs of adjacent ASCII characters of a (lower-cased) sentence, as a bit set (bit a << 7 | b):
 * `cued` skips the search for a cue whose first pair is absent (most cues of most rules).
 */
export function asciiPairs(low: string): Uint32Array {
  const bits = new Uint32Array(512);
  let a = low.charCodeAt(0);
  for (let i = 1; i < low.length; i++) {
    const b = low.charCodeAt(i);
    if ((a | b) < 128) {
      const k = (a << 7) | b;
      bits[k >>> 5]! |= 1 << (k & 31);
    }
    a = b;
  }
  return bits;
}

function tagSentence(
  input: TagInput,
  s: SentenceLike,
  ref: Ymd | null,
  anchor: Ymd | null,
  docQuarterly: boolean,
  quarter: Quarter | null,
): TimeFound[] {
  const { text } = input;
  const sText = text.slice(s.start, s.end);
  if (!/[0-9A-Za-z]/.test(sText)) return [];
  const quarterly = /\bquarter/i.test(sText) || (docQuarterly && MONEY_WORDS.test(sText));
  const tenseAt = (start: number, end: number): Tense => {
    // "a new contract effective June 1", "resigned, effective Dec. 7": the date something takes effect lies ahead
    const lead = text.slice(Math.max(s.start, start - 30), start);
    if (EFFECTIVE.test(lead) && !BECAME_EFFECTIVE.test(lead)) return 'future';
    const { syntax, tokens } = input;
    if (syntax && tokens && s.firstToken !== undefined && s.lastToken !== undefined) {
      const t = syntacticTense(syntax, tokens, s.firstToken, s.lastToken, start, end);
      if (t) return t;
    }
    return lexicalTense(text, s.start, s.end, start, end);
  };
  const candidates: (TimeFound & { order: number })[] = [];
  const low = sText.toLowerCase();
  const digit = DIGIT.test(sText);
  const pairs = asciiPairs(low);
  RULES.forEach((rule, order) => {
    if (!cued(rule.cue, low, digit, pairs)) return;
    for (const m of allMatches(rule.re, sText)) {
      let a = m.index ?? 0;
      let b = a + m[0].length;
      while (b > a && SPACE_OR_COMMA.test(sText[b - 1] ?? '')) b--;
      const matchEnd = b;
      if (POSSESSIVE.test(sText.slice(a, b))) b -= 2; // "Friday's": the possessive is not part of it
      while (a < b && SPACE.test(sText[a] ?? '')) a++;
      if (b <= a) continue;
      const start = s.start + a;
      const end = s.start + b;
      let tense: Tense | undefined; // computed once, when a rule asks
      const env: Env = {
        ref,
        quarterly,
        tense: () => {
          if (tense === undefined) tense = tenseAt(start, end);
          return tense;
        },
        anchor: () => anchor ?? ref,
        quarter: () => quarter,
        lastYear: () => lastYearBefore(text, start),
        before: sText.slice(Math.max(0, a - 40), a),
        sentenceBefore: () => sText.slice(0, a),
        after: sText.slice(matchEnd, matchEnd + 40),
      };
      const r = rule.make(m as RegExpExecArray, env);
      if (!r) continue;
      candidates.push({
        start,
        end,
        text: text.slice(start, end),
        value: r.value,
        type: r.type,
        rule: rule.name,
        order,
      });
    }
  });
  candidates.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start || x.order - y.order);
  const taken: TimeFound[] = [];
  for (const c of candidates) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
    const { order: _order, ...time } = c;
    const start = trimDeterminer(text, time);
    taken.push(start === time.start ? time : { ...time, start, text: text.slice(start, time.end) });
  }
  if (CHRONO_CUE.test(sText)) {
    for (const c of chronoDates(sText, s.start, ref, (a, b) => tenseAt(a, b))) {
      if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
      taken.push({ ...c, text: text.slice(c.start, c.end) });
    }
  }
  return taken.sort((x, y) => x.start - y.start);
}
