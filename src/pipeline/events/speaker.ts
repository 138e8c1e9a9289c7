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
