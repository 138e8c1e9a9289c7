import type { Cues } from '../../knowledge/events/index.js';
import type { ActorRef, Place, Quote } from '../../schema/output.js';
import { toRef } from './args.js';
import { quotedTokens, quoteMark } from './quotemarks.js';
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

const OPEN = new Set(['"', '“', "''", '``']);
const CLOSE = new Set(['"', '”', "''"]);
const NP_STOP = new Set([
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
const SPEAKER_HEAD =
  /^(officials?|spokes(man|woman|person)|minister|ministry|president|military|army|police|government|sources?|leaders?|statement|agency|commander|general|diplomat|ambassador|envoy|analysts?|experts?|observers?|report|he|she|they|it|we|i|polls?|surveys?|study|studies|data|analysis|reports|records|documents?|figures|statistics|research|video|footage|investigation|review|audit|averages?|polling|numbers|results|findings|estimates?|projections?|forecasts?|filings?|emails?|transcripts?|tallies|tally)$/;

function refFromTokens(v: SentenceView, from: number, to: number, useMentions = true): ActorRef | null {
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
/** Words telling when something was said ("said on Wednesday night that …"). */
const WHEN_SAID =
  /^(on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year)$/;
/** Verbs of thinking and knowing that, with "you" as subject, speak of anyone ("if you think …"). */
const GENERIC_YOU = /^(think|believe|feel|want|find|see|call|consider|imagine|expect)$/;
/** Verbs of going on that introduce a quotation after a colon ("Limbaugh continued: …"). */
const CONTINUING = /^(continue|go|conclude|begin|start|end|close)$/;
/** Verbs that give something a name or label: "called him a genius". */
const NAMING = /^(call|label|brand|dub|term|describe)$/;
const QUOTE_CHAR = /^['"“”‘’]$/;
/** Words opening a clause of time or manner after a cue ("said as she marched"), not what is said. */
const TIME_CLAUSE = /^(when|as|after|before|while|once|whenever)$/;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/;

/**
 * Whether the parse's subject h of a speech verb can be its speaker: not inside a quotation, and an
 * actor mention, a proper name, a personal pronoun or a speaker-like noun ("officials", "the report")
 * — not "an insult" or "74 percent" picked from what is said.
 */
function plausibleSpeaker(v: SentenceView, h: number, inside: readonly boolean[]): boolean {
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
function speakerAt(v: SentenceView, h: number): ActorRef | null {
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

/** The noun phrase ending right before token k (the speaker of "X said"). */
function npBefore(v: SentenceView, k: number): [number, number] | null {
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
function nameBefore(v: SentenceView, k: number): [number, number] | null {
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
function npAfter(v: SentenceView, k: number, any = false): [number, number] | null {
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
function speakerAfterQuote(v: SentenceView, close: number, cue: number): [number, number] | null {
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

const lastContentToken = (v: SentenceView): number => {
  let e = v.lower.length - 1;
  while (e > 0 && /^[.!?"”’']$/.test(v.lower[e] ?? '')) e--;
  return e;
};

/**
 * Whether the word at k is in a cue list: by its lemma, else by its form with a regular ending taken
 * off ("tweeted" when the lemmatiser says "tweete").
 */
function inList(v: SentenceView, k: number, list: ReadonlySet<string>): boolean {
  if (list.has(v.lemma[k] ?? '')) return true;
  const w = v.lower[k] ?? '';
  const m = /^(.{3,}?)(?:ed|d|es|s|ing)$/.exec(w);
  return Boolean(m?.[1] && (list.has(m[1]) || list.has(`${m[1]}e`)));
}

/**
 * "<content>, said Alan Cole, an economist at …" / "''…,'' said the ministry.": after a comma or closing
 * mark, a cue followed only by a noun phrase (and its appositive or prepositional phrases, no verb)
 * has that noun phrase as speaker and what comes before as content.
 */
function invertedSpeech(v: SentenceView, k: number): Speech | null {
  const prev = k - 1;
  if (k < 3 || !(v.lower[prev] === ',' || v.lower[prev] === "'" || CLOSE.has(v.lower[prev] ?? ''))) return null;
  const np = npAfter(v, k, true);
  if (!np) return null;
  const named = (x: number) =>
    (v.mentionAt[x] ?? -1) >= 0 ||
    SPEAKER_HEAD.test(v.lower[x] ?? '') ||
    /^\p{Lu}/u.test(v.text[(v.tokens[x]?.start ?? 0) - v.sentence.start] ?? '');
  let isNamed = false;
  for (let x = np[0]; x <= np[1]; x++) isNamed ||= named(x);
  // without a parse to tell verbs, only a name right after the cue ("said Ivan Petrov")
  if (!isNamed || !(v.parsed || named(np[0]))) return null;
  // verbs may follow only in an appositive after a comma ("…, a senior official with the board that oversees them")
  const last = lastContentToken(v);
  let stop = np[1] + 1;
  while (stop <= last && v.lower[stop] !== ',') stop++;
  for (let x = np[0]; x < stop; x++)
    if (v.upos[x] === 'VERB' || v.upos[x] === 'AUX' || v.lower[x] === 'that') return null;
  let from = quoteMark(v, 0) === 'open' ? (v.lower[1] === "'" ? 2 : 1) : 0;
  let to = prev;
  while (to > from && (/^[,;:'"”]$/.test(v.lower[to] ?? '') || quoteMark(v, to))) to--;
  while (from < to && quoteMark(v, from) === 'open') from++;
  const speaker = refFromTokens(v, np[0], np[1]);
  if (!speaker || to - from < 2) return null;
  const direct = OPEN.has(v.lower[from - 1] ?? '') || quoteMark(v, to + 1) === 'close';
  return { cue: k, speaker, from, to, direct };
}

/**
 * "<content>, a new analysis of the reports shows." — a cue (in -s or -ed) that ends the sentence, with
 * a short noun phrase between it and a comma: that phrase speaks, what comes before the comma is said.
 */
function finalSpeech(v: SentenceView, k: number): Speech | null {
  if (k !== lastContentToken(v) || !/(s|ed)$/.test(v.lower[k] ?? '')) return null;
  let c = k - 1;
  while (c > 0 && v.lower[c] !== ',' && k - c <= 9) {
    if (NP_STOP.has(v.lower[c] ?? '') || v.upos[c] === 'VERB' || v.upos[c] === 'AUX') return null;
    c--;
  }
  if (v.lower[c] !== ',' || c + 1 > k - 1 || /^(the|a|an|his|her|its|their)$/.test(v.lower[k - 1] ?? '')) return null;
  let from = quoteMark(v, 0) === 'open' ? 1 : 0;
  let to = c - 1;
  while (to > from && (/^[,;:'"”]$/.test(v.lower[to] ?? '') || quoteMark(v, to))) to--;
  while (from < to && quoteMark(v, from) === 'open') from++;
  const speaker = refFromTokens(v, c + 1, k - 1);
  if (!speaker || to - from < 3) return null;
  return { cue: k, speaker, from, to, direct: false };
}

/**
 * "And perhaps, he said, it could help …" / "It would take weeks, he said, and …": a speaker and cue set
 * off by commas inside what is said; the content runs over the whole sentence around them.
 */
function interruptedSpeech(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
  const last = lastContentToken(v);
  if (v.lower[k + 1] !== ',' || k + 2 >= last) return null;
  const np = npBefore(v, k);
  if (!np || np[1] !== k - 1 || np[0] < 2 || v.lower[np[0] - 1] !== ',' || inside[np[0]]) return null;
  const speaker = refFromTokens(v, np[0], np[1]);
  let from = 0;
  while (from < np[0] && (quoteMark(v, from) === 'open' || v.lower[from] === "'")) from++;
  if (!speaker || np[0] - 1 - from < 1) return null;
  const direct = from > 0 || quoteMark(v, last + 1) === 'close';
  return { cue: k, speaker, from, to: last, direct };
}

/**
 * "Trump's claim that there have been thousands of shootings": a cue used as a noun, with its owner as
 * speaker and the "that" clause right after it as content (wherever the parse attaches that clause).
 */
function nounSpeech(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
  if (v.lower[k + 1] !== 'that' || v.deprel[k + 1] !== 'mark') return null;
  const owner = dependents(v, k, 'nmod:poss')[0];
  const h = v.head[k + 1] ?? -1;
  if (owner === undefined || owner > k || inside[owner] || h <= k) return null;
  const ct = subtree(v, h).filter((x) => x > k + 1 && !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  const speaker = speakerAt(v, owner);
  const [from, to] = [ct[0], ct[ct.length - 1]];
  if (!speaker || from === undefined || to === undefined) return null;
  return { cue: k, speaker, from, to, direct: false };
}

/** Evidence nouns that, as the frame of a sentence ("In this poll, …"), are the source of what follows. */
const EVIDENCE = /^(poll|polls|survey|surveys|study|studies|analysis|report|reports|data|tally|census|audit|review)$/;

/**
 * "In this poll, Trump rose 1 point …": a sentence opening with "in" and a noun phrase headed by an
 * evidence noun, set off by a comma, attributes the clause after the comma to it — unless a reporting
 * verb in the sentence names a speaker of its own ("In a report, the ministry said …").
 */
function evidenceFrame(v: SentenceView, cues: Cues): Speech | null {
  if (v.lower[0] !== 'in') return null;
  const comma = v.lower.indexOf(',');
  if (comma < 2 || comma > 14) return null;
  let head = -1;
  for (let x = 1; x < comma; x++) {
    if (v.upos[x] === 'VERB' || v.upos[x] === 'AUX') break;
    if (EVIDENCE.test(v.lower[x] ?? '')) head = x;
  }
  const last = lastContentToken(v);
  if (head < 0 || last - comma < 4) return null;
  for (let x = comma + 1; x <= last; x++)
    if (inList(v, x, cues.speech) && (!v.parsed || v.upos[x] === 'VERB')) return null;
  const speaker = refFromTokens(v, 1, head, false);
  return speaker ? { cue: 0, speaker, from: comma + 1, to: last, direct: false } : null;
}

/**
 * "As Ms. Simonyan put it, RT is …" / "RT is …, as Ms. Simonyan put it": "as <speaker> put it" attributes the
 * clause on the other side of its comma to the speaker.
 */
function asPutIt(v: SentenceView, inside: readonly boolean[]): Speech | null {
  const n = v.lower.length;
  for (let k = 2; k + 1 < n; k++) {
    if (v.lemma[k] !== 'put' || v.lower[k + 1] !== 'it' || inside[k]) continue;
    let as = k - 1;
    while (as >= 0 && k - as <= 8 && v.lower[as] !== 'as' && v.lower[as] !== ',') as--;
    if (as < 0 || v.lower[as] !== 'as' || as + 1 > k - 1) continue;
    const speaker = refFromTokens(v, as + 1, k - 1);
    const last = lastContentToken(v);
    if (v.lower[k + 2] === ',' && as === 0 && last - (k + 3) >= 2)
      return speaker ? { cue: k, speaker, from: k + 3, to: last, direct: false } : null;
    if (as >= 3 && v.lower[as - 1] === ',')
      return speaker ? { cue: k, speaker, from: 0, to: as - 2, direct: false } : null;
  }
  return null;
}

/** "attacked Clinton for …": a "for" within a few words after the verb, before any comma. */
function forBeforeComma(v: SentenceView, k: number): boolean {
  for (let x = k + 1; x < Math.min(v.lower.length, k + 8); x++) {
    if (/^[,;:.]$/.test(v.lower[x] ?? '')) return false;
    if (v.lower[x] === 'for') return x > k + 1;
  }
  return false;
}

/** Direct and indirect speech in a sentence. */
export function findSpeech(v: SentenceView, cues: Cues, inside: readonly boolean[] = quotedTokens(v).inside): Speech[] {
  const out: Speech[] = [];
  const framed = evidenceFrame(v, cues);
  if (framed) out.push(framed);
  const putIt = asPutIt(v, inside);
  if (putIt) out.push(putIt);
  for (let k = 0; k < v.lower.length; k++) {
    const s = speechAt(v, cues, inside, k);
    if (s) out.push(s);
  }
  return out;
}

/** A cue's speech as found so far: its speaker and content token range (from -1 while none). */
interface Draft {
  speaker: ActorRef | null;
  from: number;
  to: number;
}

/** A cue settled before its speech is complete: its speech, or null when it reports nothing. */
interface Settled {
  readonly settled: Speech | null;
}

const settle = (s: Speech | null): Settled => ({ settled: s });

/** The speech whose cue is token k, if any. */
function speechAt(v: SentenceView, cues: Cues, inside: readonly boolean[], k: number): Speech | null {
  const w = v.lower[k] ?? '';
  // "“I think we'll win,” he said": a cue inside a quotation is part of what is quoted
  if (inside[k]) return null;
  if (w === 'according' && v.lower[k + 1] === 'to') return accordingTo(v, k);
  // "Limbaugh continued: “…”": a verb of going on introduces a quotation after a colon
  const reporting = inList(v, k, cues.speech) || (CONTINUING.test(v.lemma[k] ?? '') && v.lower[k + 1] === ':');
  // "Trump attacked Clinton for her support of …": attacking someone for something is criticism
  const criticism = v.parsed && v.lemma[k] === 'attack' && forBeforeComma(v, k);
  if ((!reporting && !criticism && !(v.parsed && inList(v, k, cues.attitude))) || v.mentionAt[k] !== -1) return null;
  // "Video shows that …" tagged as a noun: a verb-like cue before "that" after a noun phrase
  const beforeThat =
    v.lower[k + 1] === 'that' &&
    // "shows that"; "show that" after a plural or evidence noun ("Data from the survey show that")
    (/s$/.test(v.lower[k] ?? '') || SPEAKER_HEAD.test(v.lower[k - 1] ?? '')) &&
    k > 0 &&
    !/^(the|a|an|his|her|its|their)$/.test(v.lower[k - 1] ?? '');
  const nounTagged = v.parsed && v.upos[k] && v.upos[k] !== 'VERB';
  // "…, a new analysis of the reports shows.": a cue ending the sentence after a comma, however tagged
  const final = !reporting || nounTagged ? finalSpeech(v, k) : null;
  if (final) return final;
  if (nounTagged && !beforeThat) return nounSpeech(v, k, inside);
  const inverted = reporting ? (invertedSpeech(v, k) ?? interruptedSpeech(v, k, inside)) : null;
  if (inverted) return inverted;
  let d: Draft = { speaker: null, from: -1, to: -1 };
  if (v.parsed) {
    const r = parsedDraft(v, k, inside, reporting);
    if ('settled' in r) return r.settled;
    d = r;
  }
  if (d.from < 0 && beforeThat && v.upos[k] !== 'VERB') {
    // the noun-tagged cue: "<speaker> shows that <content>"
    const np = npBefore(v, k);
    if (np) {
      d.speaker = refFromTokens(v, np[0], np[1]);
      d.from = k + 2;
      d.to = lastContentToken(v);
    }
  }
  if (d.from < 0 && !reporting) return null;
  if (d.from < 0) wordOrderDraft(v, cues, inside, k, d);
  return finished(v, k, d);
}

/** "according to <speaker>": the speaker says the rest of the sentence. */
function accordingTo(v: SentenceView, k: number): Speech | null {
  const np = npAfter(v, k + 1, true);
  if (!np) return null;
  const speaker = refFromTokens(v, np[0], np[1]);
  const before = k > 1 ? [0, k - 2] : [np[1] + 2, lastContentToken(v)];
  return { cue: k, speaker, from: before[0] ?? 0, to: before[1] ?? 0, direct: false };
}

/** The speech of cue k from its draft: content stops before the cue; none without speaker or content. */
function finished(v: SentenceView, k: number, d: Draft): Speech | null {
  const { speaker, from } = d;
  let to = d.to;
  if (from < k && to > k) {
    // '"Tom is a visionary," said Robert McAtee, one of …': what is said stops before the cue
    to = k - 1;
    while (to > from && (/^[,;:]$/.test(v.lower[to] ?? '') || quoteMark(v, to) || v.lower[to] === "'")) to--;
  }
  if (from < 0 || to < from || !speaker) return null;
  const direct = OPEN.has(v.lower[from - 1] ?? '') || CLOSE.has(v.lower[to + 1] ?? '');
  return { cue: k, speaker, from, to, direct };
}

/** Speaker and content of cue k from the parse (settled when the parse says it all, or that it is no report). */
function parsedDraft(v: SentenceView, k: number, inside: readonly boolean[], reporting: boolean): Settled | Draft {
  // two subjects in a misparse ("The revelation … set off fireworks: Republicans said …"): the nearer one
  const subj = dependents(v, k, 'nsubj').reduce<number | undefined>(
    (best, c) => (best === undefined || Math.abs(c - k) < Math.abs(best - k) ? c : best),
    undefined,
  );
  if (subj !== undefined && v.deprel[subj] === 'nsubj:pass') return settle(passiveSpeech(v, k, subj, inside));
  if (noReport(v, k, subj)) return settle(null);
  const who = parsedSpeaker(v, k, subj, inside);
  if ('settled' in who) return who;
  const [from, to] = parsedContent(v, k, reporting, who.speaker);
  return { speaker: who.speaker, from, to };
}

/**
 * "Clinton has been endorsed by dozens of papers": the agent holds the stance, toward the subject (or
 * the clause); "the efforts are expected to continue", with no agent, is no one's speech.
 */
function passiveSpeech(v: SentenceView, k: number, subj: number, inside: readonly boolean[]): Speech | null {
  const agent = dependents(v, k, 'obl').find((c) => v.deprel[c] === 'obl:agent');
  if (agent === undefined || inside[agent]) return null;
  const ct = subtree(v, dependents(v, k, 'ccomp')[0] ?? subj).filter((x) => !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  const sp = speakerAt(v, agent);
  const [a, b] = [ct[0], ct[ct.length - 1]];
  return sp && a !== undefined && b !== undefined && !inside[a]
    ? { cue: k, speaker: sp, from: a, to: b, direct: false }
    : null;
}

/** Cue k (parsed) reports no words: "hard to say", telling a thing, answering questions, a generic "you". */
function noReport(v: SentenceView, k: number, subj: number | undefined): boolean {
  // "too early to tell", "hard to say": a cue after an adjective and "to" reports nothing
  if (v.lower[k - 1] === 'to' && v.upos[k - 2] === 'ADJ') return true;
  // "tell more jokes", "told an American story": telling a thing (no one told, no clause) is no report
  if (
    v.lemma[k] === 'tell' &&
    !dependents(v, k, 'ccomp', 'iobj').length &&
    !v.lower.slice(k + 1).some((w) => w === 'that' || OPEN.has(w) || w === ':') &&
    dependents(v, k, 'obj').some(
      (o) =>
        v.upos[o] === 'NOUN' &&
        (v.mentionAt[o] ?? -1) < 0 &&
        !SPEAKER_HEAD.test(v.lower[o] ?? '') &&
        !/^(truth|lie|lies)$/.test(v.lower[o] ?? ''),
    )
  )
    return true;
  // "answered questions", "responded to requests": a reply verb with an object is no report of words
  if (
    /^(answer|respond|reply)$/.test(v.lemma[k] ?? '') &&
    dependents(v, k, 'obj').length &&
    !v.lower.slice(k + 1).includes(':')
  )
    return true;
  // "if you think …", "you know …": a generic "you" holding a thought is no one's attribution
  return subj !== undefined && v.lower[subj] === 'you' && GENERIC_YOU.test(v.lemma[k] ?? '');
}

/** The speaker of parsed cue k (settled when a name before the cue says the whole rest of the sentence). */
function parsedSpeaker(
  v: SentenceView,
  k: number,
  subj: number | undefined,
  inside: readonly boolean[],
): Settled | { speaker: ActorRef | null } {
  let speaker: ActorRef | null = null;
  if (subj !== undefined) speaker = speakerAt(v, subj);
  // "In an interview, House Speaker Paul Ryan (R-Wis.) said the recent spate of … demands …": a subject
  // after a cue that follows a name is the subject of what is said; the name speaks
  const named = subj !== undefined && subj > k && !/^[,'"”]$/.test(v.lower[k - 1] ?? '') ? nameBefore(v, k) : null;
  if (named && !inside[named[0]] && (v.mentionAt[subj ?? -1] ?? -1) < 0) {
    const n = v.lower.length;
    let from = k + 1;
    while (from < n && /^(that|,|"|“|:)$/.test(v.lower[from] ?? '')) from++;
    return settle({
      cue: k,
      speaker: refFromTokens(v, named[0], named[1]),
      from,
      to: lastContentToken(v),
      direct: false,
    });
  }
  // "Secret Service protocol called for …, sources said": the parse's subject lies before a comma
  // that a noun phrase right before the cue follows; that noun phrase speaks
  const np = subj !== undefined && subj < k ? npBefore(v, k) : null;
  if (np && subj !== undefined && v.lower.slice(subj, np[0]).includes(',') && !inside[np[0]])
    speaker = refFromTokens(v, np[0], np[1]);
  else if (subj !== undefined && !plausibleSpeaker(v, subj, inside)) {
    // an implausible parse subject ("an insult", a word of the quotation): the noun phrase next to the cue
    const np = npBefore(v, k) ?? npAfter(v, k);
    if (np && !inside[np[0]]) speaker = refFromTokens(v, np[0], np[1]);
  } else if (
    subj === undefined &&
    (/^conj/.test(v.deprel[k] ?? '') || (/ing$/.test(v.lower[k] ?? '') && /^(advcl|xcomp|acl)/.test(v.deprel[k] ?? '')))
  )
    speaker = headSubjectSpeaker(v, k, inside);
  if (!speaker && subj === undefined) {
    // "…, Mr. Clarke said he expected …" parsed with no subject: the noun phrase right before the cue
    const np = npBefore(v, k);
    const name = np && np[1] >= k - 2 ? np : nameBefore(v, k);
    if (name && !inside[name[0]]) speaker = refFromTokens(v, name[0], name[1]);
  }
  return { speaker };
}

/**
 * "…, saying they are …": the speaker is the subject of the clause the participle hangs on;
 * "Schultz supported Democrats … and said he …": a conjoined cue shares its head's subject; up a
 * chain of conjuncts and participles ("…, touting X and saying …") to the first clause with one.
 */
function headSubjectSpeaker(v: SentenceView, k: number, inside: readonly boolean[]): ActorRef | null {
  let h = v.head[k] ?? -1;
  let hs: number | undefined;
  for (let up = 0; h >= 0 && up < 3; up++) {
    // of two subjects in a misparse (one inside the quotation), the one outside it
    hs =
      dependents(v, h, 'nsubj').find((c) => v.deprel[c] === 'nsubj' && !inside[c]) ??
      dependents(v, h, 'nsubj').find((c) => v.deprel[c] === 'nsubj');
    if (hs !== undefined || !/^(conj|advcl|xcomp|acl)/.test(v.deprel[h] ?? '')) break;
    h = v.head[h] ?? -1;
  }
  return hs !== undefined && plausibleSpeaker(v, hs, inside) ? speakerAt(v, hs) : null;
}

/** The content token range [from, to] of parsed cue k ([-1, -1] when the parse gives none). */
function parsedContent(v: SentenceView, k: number, reporting: boolean, speaker: ActorRef | null): [number, number] {
  // "felt comfortable", "proved ineffective": an adjective complement is a state, not what is held
  const comps = dependents(v, k, 'ccomp', 'parataxis', ...(reporting ? [] : ['xcomp'])).filter(
    (c) => v.deprel[c] !== 'xcomp' || v.upos[c] !== 'ADJ',
  );
  // a complement before the cue only when a comma or closing mark sets it off ("<content>, he said"),
  // not a word of the speaker's title the parse misattached ("Retired Gen. X said …")
  const setOff = (c: number) => {
    for (let x = c + 1; x < k; x++) if (v.lower[x] === ',' || quoteMark(v, x) === 'close') return true;
    return false;
  };
  // a relative clause of the speaker ("X, who studies tax policy, said …") is not what is said
  const relative = (c: number) => dependents(v, c, 'nsubj').some((x) => /^(who|which)$/.test(v.lower[x] ?? ''));
  // "said when she resigned", "said as they marched": a time clause right after the cue says when, not what
  const when = (c: number) =>
    reporting &&
    TIME_CLAUSE.test(v.lower[k + 1] ?? '') &&
    (subtree(v, c)[0] ?? -1) === k + 1 &&
    v.upos[k + 1] !== 'PRON';
  const comp = comps.find((c) => (c > k && !when(c)) || (c < k && setOff(c) && !relative(c)));
  if (comp !== undefined) return complementSpan(v, k, comp);
  if ((v.head[k] ?? -1) >= 0 && v.deprel[k] === 'parataxis') return parataxisSpan(v, k);
  if (!reporting && speaker) return objectSpan(v, k);
  return [-1, -1];
}

/** The span of the complement clause `comp` of cue k (with an object before its predicate). */
function complementSpan(v: SentenceView, k: number, comp: number): [number, number] {
  const ct = subtree(v, comp).filter((x) => !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  let from = ct[0] ?? -1;
  const to = ct[ct.length - 1] ?? -1;
  // "called Sylvania a threat", "urged Congress to act": the object before the predicate belongs to it
  const obj = v.deprel[comp] === 'xcomp' ? dependents(v, k, 'obj').find((c) => k < c && c < comp) : undefined;
  if (obj !== undefined) from = Math.min(from, subtree(v, obj)[0] ?? from);
  return [from, to];
}

/** A cue in parataxis ("<content>, he said" parsed with the cue hanging on the content): what comes before it. */
function parataxisSpan(v: SentenceView, k: number): [number, number] {
  const h = v.head[k] ?? 0;
  const ct = subtree(v, h).filter((x) => x < k && !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  let from = ct[0] ?? -1;
  let to = ct[ct.length - 1] ?? -1;
  // '"…, thinking we're going to shut up," Quina Jones said': a quotation opening the sentence and
  // closed before the cue is said whole, and the speaker after its closing mark is not part of it
  let close = -1;
  for (let x = k - 1; x > 0 && close < 0; x--) if (quoteMark(v, x) === 'close') close = x;
  if (close > 0 && quoteMark(v, 0) === 'open' && from >= 0 && from < close) {
    from = 1;
    to = close - 1;
    while (to > from && /^[,;:'"”]$/.test(v.lower[to] ?? '')) to--;
  }
  return [from, to];
}

/**
 * "Clinton cited derogatory comments", "critics questioned his health": a stance toward a thing;
 * "called for more investment", "called on Congress to act", "spoke of a new era": toward the phrase.
 */
function objectSpan(v: SentenceView, k: number): [number, number] {
  const n = v.lower.length;
  const obj =
    dependents(v, k, 'obj')[0] ??
    // "called for eliminating the tax": a gerund clause after "for" too
    dependents(v, k, 'obl', 'advcl').find((c) => k + 1 < c && /^(for|on|of|about)$/.test(v.lower[k + 1] ?? ''));
  if (obj === undefined) return [-1, -1];
  const ct = subtree(v, obj).filter((x) => x > k && !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  let from = ct[0] ?? -1;
  let to = ct[ct.length - 1] ?? -1;
  // "called Oz a quack", "labeled the group a threat": the predicate after the object is said too
  for (const c of dependents(v, k, 'xcomp', 'obj')) {
    const st = subtree(v, c).filter((x) => !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
    // ("called him ''a genius''": quotation marks may stand between them)
    let next = to + 1;
    while (next < (st[0] ?? -1) && (quoteMark(v, next) || /^['"“”‘’]$/.test(v.lower[next] ?? ''))) next++;
    if (c > to && (st[0] ?? -1) === next) to = st[st.length - 1] ?? to;
  }
  // "called him ''a genius''" misparsed: a name-giving verb's quoted name after its object is said too
  if (NAMING.test(v.lemma[k] ?? '') && QUOTE_CHAR.test(v.lower[to + 1] ?? '')) {
    let x = to + 1;
    while (QUOTE_CHAR.test(v.lower[x] ?? '')) x++;
    const open = x;
    while (x < n && x - open < 12 && !QUOTE_CHAR.test(v.lower[x] ?? '')) x++;
    if (x > open && QUOTE_CHAR.test(v.lower[x] ?? '')) to = x - 1;
    while (to > from && /^[,.;:]$/.test(v.lower[to] ?? '')) to--;
  }
  if (/^(for|on|of|about)$/.test(v.lower[from] ?? '')) from++;
  if (to < from) from = -1;
  return [from, to];
}

/**
 * Word order, for a reporting cue k the parse gave no content: "<content>, <speaker> said" /
 * "<content>, said <speaker>" / "<speaker> said (that) <content>". Fills `d`.
 */
function wordOrderDraft(v: SentenceView, cues: Cues, inside: readonly boolean[], k: number, d: Draft): void {
  const n = v.lower.length;
  const comma = (() => {
    for (let x = k - 1; x >= 0; x--) {
      if (v.lower[x] === ',' || CLOSE.has(v.lower[x] ?? '')) return x;
      if (k - x > 10) return -1;
    }
    return -1;
  })();
  const np = npBefore(v, k);
  // "''…,'' Leonard E. Burman, director of …, said": the quotation ends at its closing mark
  let close = -1;
  for (let x = k - 1; x > 0 && close < 0; x--) if (quoteMark(v, x) === 'close') close = x;
  const end = close > 0 && (comma < 0 || comma > close) ? close : comma;
  // "But in interviews, many Democrats say <clause>": a clause after the cue is what is said
  const after = v.lower.slice(k + 1, lastContentToken(v) + 1).filter((w) => !/^[,.;:"“”']$/.test(w));
  // ("said on Monday that …": a time before "that" still opens the clause said)
  const timedThat =
    after.slice(0, 5).indexOf('that') > 0 && after.slice(0, after.indexOf('that')).every((w) => WHEN_SAID.test(w));
  const clauseAfter =
    after.length > 4 &&
    (timedThat ||
      !/^(on|in|at|last|this|yesterday|today|during|after|before|while|when|as|once|earlier|later)$/.test(
        after[0] ?? '',
      ));
  // "X said Y was “right” when he said Wednesday that …": what stands before the closing mark is
  // another speaker's report, so the clause after this cue is what is said
  let reportBefore = false;
  for (let x = 0; x < end && clauseAfter && !reportBefore; x++)
    reportBefore = !inside[x] && inList(v, x, cues.speech) && (!v.parsed || v.upos[x] === 'VERB');
  if (end > 0 && (!np || np[0] > end) && !(clauseAfter && (quoteMark(v, end) !== 'close' || reportBefore))) {
    const sp = np ?? npAfter(v, k) ?? (end === close ? speakerAfterQuote(v, close, k) : null);
    if (sp) d.speaker = d.speaker ?? refFromTokens(v, sp[0], sp[1]);
    d.from = quoteMark(v, 0) === 'open' ? (v.lower[1] === "'" ? 2 : 1) : 0;
    // "Y scolded him: “…,” she said": the quotation is what is said, not the words introducing it
    if (end === close && d.from === 0) {
      let open = -1;
      for (let x = close - 1; x > 0 && open < 0; x--) if (quoteMark(v, x) === 'open') open = x;
      if (open > 0 && /^[:,]$/.test(v.lower[open - 1] ?? '')) d.from = open + 1;
    }
    d.to = end - 1;
    while (d.to > d.from && /^[,"”']$/.test(v.lower[d.to] ?? '')) d.to--;
  } else if (np || d.speaker || clauseAfter) {
    // "Angelique Brunner, a developer and spokeswoman for …, said <clause>": the speaker opens the sentence
    const first = v.mentionAt.findIndex((x, i) => x >= 0 && i < k && !inside[i]);
    const opener = first >= 0 ? ([first, v.mentionTokens[v.mentionAt[first] ?? 0]?.last ?? first] as const) : null;
    const sp = np ?? opener;
    d.speaker = d.speaker ?? (sp ? refFromTokens(v, sp[0], sp[1]) : null);
    let from = k + 1;
    while (from < n && /^(that|,|"|“|:)$/.test(v.lower[from] ?? '')) from++;
    // "said Wednesday night that …": the time of saying is not what is said
    let t = from;
    while (t < n && t - from < 4 && WHEN_SAID.test(v.lower[t] ?? '')) t++;
    if (t > from && v.lower[t] === 'that') from = t + 1;
    // "told a seminar", "told reporters": skip the addressee up to "that"
    if (v.lemma[k] === 'tell') {
      const th = v.lower.indexOf('that', from);
      from = th > 0 && th - from < 6 ? th + 1 : from;
    }
    d.from = from;
    d.to = lastContentToken(v);
  }
}

/** Labels before a colon that introduce no speaker ("UPDATE:", "Editor's note:"). */
const NOT_SPEAKER =
  /^(update|updated|note|editor|editors|related|read|watch|video|photo|photos|source|correction|breaking|exclusive|live|analysis|opinion|warning|q|a|question|answer|by|and|or|the|but|so|also|here|there|this|that|these|those|what|why|how|when|where|who|which|it|he|she|they|we|i|you)$/;

const isName = (v: SentenceView, k: number): boolean =>
  (v.mentionAt[k] ?? -1) >= 0 ||
  /^[A-Z][\p{L}'’.-]*$/u.test(
    v.text.slice((v.tokens[k]?.start ?? 0) - v.sentence.start, (v.tokens[k]?.end ?? 0) - v.sentence.start),
  ) ||
  /^(\.|'s|’s|of|de|van|von|al|bin)$/.test(v.lower[k] ?? '');

/**
 * Speech labelled by its speaker's name rather than a verb: "PENCE: Well, look, …" and headlines
 * like "Sanders: Clinton needs to …" (a short run of capitalised words before a colon at the start
 * of the sentence), and "“…” ― Carla Sanchez" (a name after a dash that follows a closing
 * quotation mark). Datelines ("LYON: …", a place before the colon) and labels like "UPDATE:" are
 * not speakers.
 */
export function labelledSpeech(v: SentenceView, places: readonly Place[]): Speech[] {
  const n = v.lower.length;
  const out: Speech[] = [];
  const colon = v.lower.indexOf(':');
  // '"PENCE: Well, …' (a transcript turn may open with a quotation mark)
  const s0 = quoteMark(v, 0) === 'open' ? 1 : 0;
  if (colon >= s0 + 1 && colon <= s0 + 6 && n - colon > 3) {
    const words = v.lower.slice(s0, colon);
    const first = v.tokens[s0];
    const last = v.tokens[colon - 1];
    const isPlace =
      first && last && places.some((p) => p.start <= first.start && last.end <= p.end && p.start >= v.sentence.start);
    const named = words.every((_, k) => isName(v, s0 + k)) && !words.some((w) => NOT_SPEAKER.test(w));
    if (named && !isPlace) {
      const speaker = refFromTokens(v, s0, colon - 1);
      const from = colon + 1 + (quoteMark(v, colon + 1) === 'open' ? 1 : 0);
      const to = lastContentToken(v);
      if (speaker && to > from) out.push({ cue: colon, speaker, from, to, direct: true });
    }
  }
  for (let d = 1; d < n - 1; d++) {
    if (!/^[―—–]$/.test(v.lower[d] ?? '') || quoteMark(v, d - 1) !== 'close') continue;
    // the name runs to the end of the sentence, a line break or the next opening mark
    let end = d + 1;
    while (
      end + 1 < n &&
      quoteMark(v, end + 1) !== 'open' &&
      !/\n/.test(
        v.text.slice((v.tokens[end]?.end ?? 0) - v.sentence.start, (v.tokens[end + 1]?.start ?? 0) - v.sentence.start),
      )
    )
      end++;
    while (end > d && /^[.,;]$/.test(v.lower[end] ?? '')) end--;
    if (end - d < 1 || end - d > 6) continue;
    let ok = true;
    for (let k = d + 1; k <= end && ok; k++) ok = isName(v, k) || v.lower[k] === ',';
    if (!ok) continue;
    let from = 0;
    for (let k = d - 2; k >= 0; k--)
      if (quoteMark(v, k) === 'open') {
        from = k + 1;
        break;
      }
    const speaker = refFromTokens(v, d + 1, end);
    const to = d - 2;
    if (speaker && to >= from) out.push({ cue: d, speaker, from, to, direct: true });
  }
  return out;
}

/**
 * "Trump attacked Machado", "the paper endorsed Clinton", "critics rejected the plan": a verbal act
 * (accusing, supporting, rejecting, demanding …) is also a stance of its actor toward what it is about.
 * The speech of the event verb at token i by `speaker`: its clausal complement or object (tokens after
 * the verb). Null when the parse gives none.
 */
export function actSpeech(v: SentenceView, i: number, speaker: ActorRef): Speech | null {
  if (!v.parsed) return null;
  const comp = dependents(v, i, 'ccomp', 'xcomp', 'obj')[0];
  if (comp === undefined || comp < i) return null;
  const ct = subtree(v, comp).filter((x) => x > i && !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  const from = ct[0];
  const to = ct[ct.length - 1];
  if (from === undefined || to === undefined || to < from) return null;
  return { cue: i, speaker, from, to, direct: false };
}

export function toQuote(v: SentenceView, s: Speech): Quote | null {
  const a = v.tokens[s.from];
  const b = v.tokens[s.to];
  const c = v.tokens[s.cue];
  if (!a || !b || !c) return null;
  const cueEnd = v.lower[s.cue] === 'according' ? (v.tokens[s.cue + 1]?.end ?? c.end) : c.end;
  return {
    speaker: s.speaker,
    cue: { start: c.start, end: cueEnd },
    content: { start: a.start, end: b.end },
    direct: s.direct,
  };
}
