/**
 * Speakers of speech: who says what in a sentence, from a mention or a noun phrase near the cue
 * (shared by the ways speech is found: quotes.ts, speechforms.ts, speech.ts).
 */
import type { ActorRef } from '../../schema/output.js';
import { toRef } from './args.js';
import { quoteMark } from './quotemarks.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** A speech act found in a sentence: who speaks, the cue word, and the token range of what is said. */
export interface Speech {
  readonly cue: number;
  readonly speaker: ActorRef | null;
  /** Sentence-relative token range [from, to] of the content. */
  readonly from: number;
  readonly to: number;
  readonly direct: boolean;
}

export const OPEN = new Set(['"', '“', "''", '``']);
export const CLOSE = new Set(['"', '”', "''"]);
export const NP_STOP = new Set([
  ',',
  ';',
  ':',
  '.',
  '"',
  '“',
  '”',
  'that',
  'and',
  'but',
  'who',
  'which',
  '(',
  ')',
  // subordinators open a clause; no speaker's noun phrase runs across them ("when he said")
  'when',
  'because',
  'if',
  'while',
  'although',
  'though',
  'whereas',
]);
export const SPEAKER_HEAD =
  /^(officials?|spokes(man|woman|person)|minister|ministry|president|military|army|police|government|sources?|leaders?|statement|agency|commander|general|diplomat|ambassador|envoy|analysts?|experts?|observers?|report|he|she|they|it|we|i|polls?|surveys?|study|studies|data|analysis|reports|records|documents?|figures|statistics|research|video|footage|investigation|review|audit|averages?|polling|numbers|results|findings|estimates?|projections?|forecasts?|filings?|emails?|transcripts?|tallies|tally)$/;

export function refFromTokens(v: SentenceView, from: number, to: number, useMentions = true): ActorRef | null {
  for (let k = from; k <= to && useMentions; k++) {
    const mi = v.mentionAt[k] ?? -1;
    if (mi >= 0) {
      const m = v.mentions[mi];
      if (m) return toRef(m);
    }
  }
  const a = v.tokens[from];
  const b = v.tokens[to];
  if (!a || !b || to < from) return null;
  const base = v.sentence.start;
  const actorText = v.text.slice(a.start - base, b.end - base);
  return { actorText, name: null, code: null, sector: null, role: null, id: null, start: a.start, end: b.end };
}

const PERSONAL = /^(he|she|they|we|i|you|it|who)$/;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/;

/**
 * Whether the parse's subject h of a speech verb can be its speaker: not inside a quotation, and an
 * actor mention, a proper name, a personal pronoun or a speaker-like noun ("officials", "the report")
 * — not "an insult" or "74 percent" picked from what is said.
 */
export function plausibleSpeaker(v: SentenceView, h: number, inside: readonly boolean[]): boolean {
  if (inside[h]) return false;
  const w = v.lower[h] ?? '';
  if ((v.mentionAt[h] ?? -1) >= 0 || PERSONAL.test(w) || SPEAKER_HEAD.test(w)) return true;
  if (CALENDAR.test(w)) return false;
  // "63 percent said …": poll respondents speak; a bare figure of what is said ("74 percent") does not
  if (w === 'percent') return dependents(v, h, 'nummod').length > 0 && v.deprel[h] === 'nsubj';
  if (v.upos[h] === 'PRON') return false;
  if (v.upos[h] !== 'NOUN' && v.upos[h] !== 'PROPN') return false;
  // "an insult", "a dog whistle": an indefinite common noun is what is said, not who says it
  return v.upos[h] === 'PROPN' || !dependents(v, h, 'det').some((d) => /^(a|an)$/.test(v.lower[d] ?? ''));
}

/** The speaker whose head word is h: its mention, else the head with its determiners and modifiers. */
export function speakerAt(v: SentenceView, h: number): ActorRef | null {
  const rel = relativeSpeaker(v, h);
  if (rel) return rel;
  const mi = v.mentionAt[h] ?? -1;
  if (mi >= 0) {
    const m = v.mentions[mi];
    if (m) return toRef(m);
  }
  let from = h;
  let to = h;
  for (const c of dependents(v, h, 'det', 'amod', 'compound', 'nmod:poss', 'flat', 'nummod')) {
    const st = subtree(v, c);
    from = Math.min(from, st[0] ?? c);
    to = Math.max(to, st[st.length - 1] ?? c);
  }
  for (let k = from; k <= to; k++) {
    const x = v.mentionAt[k] ?? -1;
    const m = x >= 0 ? v.mentions[x] : undefined;
    if (m && (v.mentionTokens[x]?.last ?? -1) >= h) return toRef(m);
  }
  return refFromTokens(v, from, to, false);
}

/**
 * "entrance poll results that show …", "the ministry, which said …": a relative "that"/"which" speaks for
 * the noun phrase it follows; the speaker runs from that phrase to the pronoun (its code from a mention in it).
 */
function relativeSpeaker(v: SentenceView, h: number): ActorRef | null {
  if (!/^(that|which|who)$/.test(v.lower[h] ?? '') || !/^nsubj/.test(v.deprel[h] ?? '') || (v.mentionAt[h] ?? -1) >= 0)
    return null;
  const verb = v.head[h] ?? -1;
  const noun = v.head[verb] ?? -1;
  if (verb < 0 || v.deprel[verb] !== 'acl:relcl' || noun < 0 || noun >= h) return null;
  if (!/^(NOUN|PROPN|PRON)$/.test(v.upos[noun] ?? '')) return null;
  // the noun right before the pronoun (its own modifiers, or a comma, between them at most)
  const st = subtree(v, noun).filter((x) => x < h);
  // (not the punctuation the parse hangs on the noun: ", misogynist and birther who")
  const from = st.find((x) => x >= noun || !/^([,;:(—–-]|and|or|but|nor)$/.test(v.lower[x] ?? '')) ?? noun;
  for (let x = from; x < h; x++) if (quoteMark(v, x) || (!st.includes(x) && v.lower[x] !== ',')) return null;
  if (h - from > 12) return null;
  const a = v.tokens[from];
  const b = v.tokens[h];
  if (!a || !b) return null;
  const base = v.sentence.start;
  const actorText = v.text.slice(a.start - base, b.end - base);
  let m = null;
  for (let x = from; x < h && !m; x++) m = (v.mentionAt[x] ?? -1) >= 0 ? v.mentions[v.mentionAt[x] ?? -1] : null;
  const ref = m ? toRef(m) : null;
  return ref
    ? { ...ref, actorText, start: a.start, end: b.end }
    : { actorText, name: null, code: null, sector: null, role: null, id: null, start: a.start, end: b.end };
}

/** The noun phrase ending right before token k (the speaker of "X said"). */
export function npBefore(v: SentenceView, k: number): [number, number] | null {
  let i = k - 1;
  while (
    i >= 0 &&
    /^(also|later|earlier|then|has|have|had|was|were|is|reportedly|further|again)$/.test(v.lower[i] ?? '')
  )
    i--;
  const end = i;
  while (i >= 0 && !NP_STOP.has(v.lower[i] ?? '') && end - i < 8) i--;
  const start = i + 1;
  if (end < start) return null;
  // a mention or a speaker-like word must be in it
  for (let x = start; x <= end; x++)
    if ((v.mentionAt[x] ?? -1) >= 0 || SPEAKER_HEAD.test(v.lower[x] ?? '')) return [start, end];
  return null;
}

/** The capitalised name right before token k, past a parenthesis ("Rep. Stephen Lynch (D-Mass.) said"). */
export function nameBefore(v: SentenceView, k: number): [number, number] | null {
  let end = k - 1;
  if (v.lower[end] === ')') {
    while (end > 0 && v.lower[end] !== '(' && k - end < 8) end--;
    if (v.lower[end] !== '(') return null;
    end--;
  }
  const cap = (x: number) =>
    (v.mentionAt[x] ?? -1) >= 0 || /^\p{Lu}/u.test(v.text[(v.tokens[x]?.start ?? 0) - v.sentence.start] ?? '');
  let start = end + 1;
  while (start - 1 >= 0 && end - start < 7 && cap(start - 1) && (v.upos[start - 1] ?? 'PROPN') === 'PROPN') start--;
  return start <= end ? [start, end] : null;
}

/** The noun phrase starting right after token k ("…, said the military", "according to X"). */
export function npAfter(v: SentenceView, k: number, any = false): [number, number] | null {
  let i = k + 1;
  const start = i;
  while (i < v.lower.length && !NP_STOP.has(v.lower[i] ?? '') && i - start < 10) {
    if (
      /^(on|in|at|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(
        v.lower[i] ?? '',
      ) &&
      i > start
    )
      break;
    i++;
  }
  const end = i - 1;
  if (end < start) return null;
  if (any) return [start, end];
  for (let x = start; x <= end; x++)
    if ((v.mentionAt[x] ?? -1) >= 0 || SPEAKER_HEAD.test(v.lower[x] ?? '')) return [start, end];
  return null;
}

/** "…,'' Ivan Petrov, a spokesman for …, said": the name between a closing mark and the cue, up to its appositive. */
export function speakerAfterQuote(v: SentenceView, close: number, cue: number): [number, number] | null {
  let from = close + 1;
  while (from < cue && /^[,'"”’]$/.test(v.lower[from] ?? '')) from++;
  let to = from;
  while (to + 1 < cue && v.lower[to + 1] !== ',') to++;
  if (from >= cue || to - from > 7) return null;
  for (let x = from; x <= to; x++)
    if (
      (v.mentionAt[x] ?? -1) >= 0 ||
      SPEAKER_HEAD.test(v.lower[x] ?? '') ||
      /^[A-Z]/.test(v.text[(v.tokens[x]?.start ?? 0) - v.sentence.start] ?? '')
    )
      return [from, to];
  return null;
}

/** Whether token x is a capitalised word. */
const nameToken = (v: SentenceView, x: number): boolean =>
  /^\p{Lu}/u.test(v.text[(v.tokens[x]?.start ?? 0) - v.sentence.start] ?? '');

/**
 * "…,” Ann Lee, who served as chief of staff, told CBS." / "…, his top aide, Tad Devine, told CBS.": with a
 * comma right before cue k, the speaker is a name set off by commas before it — the nearest of the last two
 * comma-set phrases that is a short name (a relative clause "who …" passed over).
 */
export function speakerBeforeComma(v: SentenceView, k: number, inside: readonly boolean[]): [number, number] | null {
  if (v.lower[k - 1] !== ',') return null;
  let end = k - 2;
  for (let seg = 0; seg < 3 && end >= 0; seg++) {
    // ("Sen. Ann Lee (D-NY), a supporter of …, told": the name before its parenthesis)
    if (v.lower[end] === ')') {
      let open = end - 1;
      while (open > 0 && v.lower[open] !== '(' && end - open < 8) open--;
      if (v.lower[open] === '(') end = open - 1;
    }
    let start = end;
    while (start - 1 >= 0 && !/^[,;:(]$/.test(v.lower[start - 1] ?? '') && !quoteMark(v, start - 1) && end - start < 14)
      start--;
    const relative = /^(who|which|whose|whom)$/.test(v.lower[start] ?? '');
    if (!relative) {
      let name = end - start < 6 && !inside[start];
      for (let x = start; x <= end && name; x++)
        name = nameToken(v, x) || /^(of|de|van|von|al|bin|\.)$/.test(v.lower[x] ?? '');
      if (name) return [start, end];
      if (seg > 0) return null;
    }
    end = start - 2;
    if (v.lower[start - 1] !== ',' || seg === 2) return null;
  }
  return null;
}

/** Verbs whose object is the one spoken to ("told CBS News", "assured voters"): that object never speaks. */
const ADDRESSING = /^(tell|inform|assure|remind|brief|reassure)$/;
export const addresses = (v: SentenceView, k: number): boolean => ADDRESSING.test(v.lemma[k] ?? '');

export const lastContentToken = (v: SentenceView): number => {
  let e = v.lower.length - 1;
  while (e > 0 && /^[.!?"”’']$/.test(v.lower[e] ?? '')) e--;
  return e;
};

/**
 * Whether the word at k is in a cue list: by its lemma, else by its form with a regular ending taken
 * off ("tweeted" when the lemmatiser says "tweete").
 */
export function inList(v: SentenceView, k: number, list: ReadonlySet<string>): boolean {
  if (list.has(v.lemma[k] ?? '')) return true;
  const w = v.lower[k] ?? '';
  const m = /^(.{3,}?)(?:ed|d|es|s|ing)$/.exec(w);
  return Boolean(m?.[1] && (list.has(m[1]) || list.has(`${m[1]}e`)));
}

/** Words that end a poll figure's phrase going back from its verb ("…, with three in 10 saying"). */
const FIGURE_STOP = /^(,|;|:|\.|-|–|—|\(|\)|with|and|but|that|who|which|while|when|because|if|as|than)$/;
/** Words of a share of people ("two-thirds of voters", "a majority", "most said"). */
const SHARE = /^(half|thirds?|quarters?|two-thirds|three-quarters|majority|majorities|plurality|most|percent|%)$/;
const NUMBER_WORD =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?)$/;
/** Words that may stand before a figure ("about 4 in 10", "just over a quarter", "at least 21,000"). */
const FIGURE_LEAD =
  /^(about|around|roughly|nearly|almost|some|just|over|under|more|fewer|less|than|at|least|most|only|another|as|many|a|an|the|slightly|close|to|barely|well)$/;

/**
 * "42% say …", "About 4 in 10 said …", "60 percent of voters said …", "67 percent, say": a poll figure
 * (a number or share of people, with its "of"/"in" phrase) right before speech verb k speaks — the
 * respondents it counts; also "those surveyed/polled say". Token range, or null.
 */
export function figureBefore(v: SentenceView, k: number, inside: readonly boolean[]): [number, number] | null {
  let end = k - 1;
  while (end >= 0 && /^(also|still|now|further|again|each)$/.test(v.lower[end] ?? '')) end--;
  // an appositive figure set off by commas ("about two-thirds, 67 percent, say")
  const setOff = v.lower[end] === ',';
  if (setOff) end--;
  let start = end;
  while (start - 1 >= 0 && !FIGURE_STOP.test(v.lower[start - 1] ?? '') && !quoteMark(v, start - 1) && end - start < 10)
    start--;
  if (end < start || inside[start] || inside[end]) return null;
  if (v.lower[start] === 'those' && end === start + 1 && /ed$/.test(v.lower[end] ?? '')) return [start, end];
  let f = start;
  while (f < end && FIGURE_LEAD.test(v.lower[f] ?? '')) f++;
  const w = v.lower[f] ?? '';
  const figure =
    (/^\d[\d,.]*%?$/.test(w) && !/^(1[89]|20)\d\d$/.test(w)) ||
    SHARE.test(w) ||
    (NUMBER_WORD.test(w) && /^(in|of|percent)$/.test(v.lower[f + 1] ?? ''));
  if (!figure) return null;
  // "Susan Sarandon, 69, told …": a bare number set off by commas is an age, not a share of people
  const bare = start === end && /^\d[\d,.]*$/.test(w);
  if (bare && (setOff || v.lower[start - 1] === ',')) return null;
  // no verb and no name before the figure ("In 2015 Trump …" is no share of people)
  for (let x = start; x <= end; x++)
    if (/^(VERB|AUX)$/.test(v.upos[x] ?? '') && !/ed$/.test(v.lower[x] ?? '')) return null;
  for (let x = start; x < f; x++) if (v.upos[x] === 'PROPN') return null;
  // a bare share word is a figure only as the whole phrase ("most said") or with "of" after it
  if (
    SHARE.test(w) &&
    w !== 'percent' &&
    w !== '%' &&
    f < end &&
    v.lower[f + 1] !== 'of' &&
    !/^(in)$/.test(v.lower[f + 1] ?? '')
  )
    return null;
  return [start, end];
}
