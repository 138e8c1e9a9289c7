/** Direct and indirect speech introduced by a cue word ("said", "according to", "criticised"), from the parse or word order. */
import type { Cues } from '../../knowledge/events/index.js';
import type { ActorRef } from '../../schema/output.js';
import { quotedTokens, quoteMark } from './quotemarks.js';
import { plainSupport } from './quotes.js';
import {
  addresses,
  CLOSE,
  figureBefore,
  inList,
  lastContentToken,
  nameBefore,
  npAfter,
  npBefore,
  OPEN,
  plausibleSpeaker,
  refFromTokens,
  SPEAKER_HEAD,
  type Speech,
  speakerAfterQuote,
  speakerAt,
  speakerBeforeComma,
} from './speaker.js';
import {
  afterQuotation,
  askedBy,
  asPutIt,
  evidenceFrame,
  finalSpeech,
  interruptedSpeech,
  invertedSpeech,
  nounSpeech,
} from './speechforms.js';
import { unsourcedSpeech } from './speechunsourced.js';
import { dependents, type SentenceView, subtree } from './view.js';

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

/** "asked, “But why?”", "asked: “…”": a quotation opened right after the cue and a comma or colon is what is said. */
function quotedAfter(v: SentenceView, k: number, d: Draft): void {
  if (!/^[,:]$/.test(v.lower[k + 1] ?? '') || quoteMark(v, k + 2) !== 'open' || !d.speaker) return;
  let to = k + 3;
  while (to + 1 < v.lower.length && quoteMark(v, to + 1) !== 'close') to++;
  while (to > k + 3 && /^[,;:]$/.test(v.lower[to] ?? '')) to--;
  if (to >= k + 3) {
    d.from = k + 3;
    d.to = to;
  }
}

/** A day or time standing where a speaker should ("Tuesday", "last week"). */
const DAY =
  /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last week|this week)$/i;

/** Verbs of holding a view, reported or not: nested in another report, they are part of it. */
const HELD = /^(think|believe)$/;

/** Stance verbs whose infinitive ("to support", "to find") names an aim rather than a stance held. */
const INFINITIVE_INTENT = /^(support|back|defend|find|ask|speak|talk|learn|understand|know|show|expect|oppose|praise)$/;

/** Verbs of replying. */
const REPLY = /^(respond|reply|react|answer)$/;

/** The first quotation opened after token x in the sentence, as a token range, if any. */
function quotationAfter(v: SentenceView, x: number, inside: readonly boolean[]): [number, number] | null {
  let open = x + 1;
  while (open < v.lower.length && (quoteMark(v, open) !== 'open' || inside[open - 1])) open++;
  if (open >= v.lower.length - 1) return null;
  let to = open + 1;
  while (to + 1 < v.lower.length && quoteMark(v, to + 1) !== 'close') to++;
  while (to > open + 1 && /^[,;:.]$/.test(v.lower[to] ?? '')) to--;
  return [open + 1, to];
}

/** "sees Cruz as a uniter": an object right after the verb, then "as", before any comma. */
function seesAs(v: SentenceView, k: number): boolean {
  if (!dependents(v, k, 'obj').some((o) => o > k)) return false;
  for (let x = k + 2; x < Math.min(v.lower.length, k + 10); x++) {
    if (/^[,;:.]$/.test(v.lower[x] ?? '')) return false;
    if (v.lower[x] === 'as') return true;
  }
  return false;
}

/** "attacked Clinton for …": a "for" within a few words after the verb, before any comma. */
function forBeforeComma(v: SentenceView, k: number): boolean {
  for (let x = k + 1; x < Math.min(v.lower.length, k + 8); x++) {
    if (/^[,;:.]$/.test(v.lower[x] ?? '')) return false;
    if (v.lower[x] === 'for') return x > k + 1;
  }
  return false;
}

/** Direct and indirect speech in a sentence (with a null speaker where the sentence names no source). */
export function findSpeech(v: SentenceView, cues: Cues, inside: readonly boolean[] = quotedTokens(v).inside): Speech[] {
  const out: Speech[] = [];
  const framed = evidenceFrame(v, cues);
  if (framed) out.push(framed);
  const putIt = asPutIt(v, inside);
  if (putIt) out.push(putIt);
  for (let k = 0; k < v.lower.length; k++) {
    // "Trump is expected to win", "when asked whether …": an attribution with no source names none
    const s = askedBy(v, k, inside) ?? unsourcedSpeech(v, k, inside) ?? speechAt(v, cues, inside, k);
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
  // "primaries in five states", "these are also states where …": "state(s)" is a cue only as a verb
  // (tagged a verb or not: a copula, determiner, number or adjective on it, or right before it, makes it a noun)
  if (
    v.parsed &&
    /^states?$/.test(w) &&
    (v.upos[k] !== 'VERB' ||
      dependents(v, k, 'cop', 'det', 'nummod', 'amod', 'case').length > 0 ||
      /^(NUM|DET|ADJ|ADP)$/.test(v.upos[k - 1] ?? ''))
  )
    return null;
  // "Limbaugh continued: “…”": a verb of going on introduces a quotation after a colon
  const reporting =
    inList(v, k, cues.speech) ||
    (CONTINUING.test(v.lemma[k] ?? '') && v.lower[k + 1] === ':') ||
    afterQuotation(v, k, inside);
  // "Trump attacked Clinton for her support of …": attacking someone for something is criticism
  const criticism = v.parsed && v.lemma[k] === 'attack' && forBeforeComma(v, k);
  // "He sees Cruz as a uniter", "voters see the campaign as unfair": seeing something as something is a view held
  const seeAs = v.parsed && v.lemma[k] === 'see' && seesAs(v, k);
  if ((!reporting && !criticism && !seeAs && !(v.parsed && inList(v, k, cues.attitude))) || v.mentionAt[k] !== -1)
    return null;
  // "plans to support Lee", "wanted to find out", "refused to speak": the infinitive of a stance verb is
  // what is meant to be done, seldom a stance held
  if (!reporting && v.lower[k - 1] === 'to' && INFINITIVE_INTENT.test(v.lemma[k] ?? '')) return null;
  // "voters said they want change", "arguing he didn't want to …": a stance held inside what another
  // verb of saying reports is part of that report, not an attribution of its own
  if ((!reporting || HELD.test(v.lemma[k] ?? '')) && nestedInReport(v, k, cues)) return null;
  // "I support Trump", "he would not support mass deportation": the present/base form "support" is
  // seldom marked as an attribution; kept only for those "who support" a side
  if (!reporting && plainSupport(v, k)) return null;
  // "can't find jobs", "might find peace", "found themselves atop a party": finding a thing holds no view;
  // a finding is a clause ("found that …") or a thing found to be so ("find him unfit")
  if (!reporting && v.parsed && w === 'find' && !findsAView(v, k)) return null;
  // "the estimated 55 million", "speaking fees": a stance participle modifying a noun reports nothing
  // (a verb of saying may still: "Lee's repeated emphasis that …")
  if (
    v.parsed &&
    !reporting &&
    (/^(amod|compound)$/.test(v.deprel[k] ?? '') || /^(the|a|an)$/.test(v.lower[k - 1] ?? '')) &&
    /(ed|ing)$/.test(w)
  )
    return null;
  // "speaking on (the) condition of anonymity": the terms of speaking are not what is said
  if (
    /^(speak|talk)$/.test(v.lemma[k] ?? '') &&
    v.lower[k + 1] === 'on' &&
    /^(condition|the)$/.test(v.lower[k + 2] ?? '') &&
    v.lower.slice(k + 2, k + 4).includes('condition')
  )
    return null;
  // "Video shows that …" tagged as a noun: a verb-like cue before "that" after a noun phrase
  const beforeThat =
    v.lower[k + 1] === 'that' &&
    // "shows that"; "show that" after a plural or evidence noun ("Data from the survey show that")
    (/s$/.test(v.lower[k] ?? '') || SPEAKER_HEAD.test(v.lower[k - 1] ?? '')) &&
    k > 0 &&
    !/^(the|a|an|his|her|its|their)$/.test(v.lower[k - 1] ?? '');
  const nounTagged = v.parsed && v.upos[k] && v.upos[k] !== 'VERB';
  // "The new poll shows Trump far ahead" with "shows" tagged a noun: a cue in -s/-ed right after an evidence
  // or speaker noun, with words after it, is that noun's verb
  const evidenceVerb =
    nounTagged &&
    /(s|ed)$/.test(v.lower[k] ?? '') &&
    SPEAKER_HEAD.test(v.lower[k - 1] ?? '') &&
    !/^(he|she|they|it|we|i)$/.test(v.lower[k - 1] ?? '') &&
    k + 1 < lastContentToken(v);
  // "…, a new analysis of the reports shows.": a cue ending the sentence after a comma, however tagged
  const final = !reporting || nounTagged ? finalSpeech(v, k) : null;
  if (final) return final;
  if (nounTagged && !beforeThat && !evidenceVerb) return nounSpeech(v, k, inside);
  const inverted = reporting ? (invertedSpeech(v, k) ?? interruptedSpeech(v, k, inside)) : null;
  if (inverted) return inverted;
  let d: Draft = { speaker: null, from: -1, to: -1 };
  if (v.parsed) {
    const r = parsedDraft(v, k, inside, reporting);
    if ('settled' in r) return r.settled;
    d = r;
  }
  // "42% say …", "60 percent of voters said …": the poll figure before a verb of saying speaks
  const figure = reporting && inList(v, k, cues.speech) ? figureBefore(v, k, inside) : null;
  if (figure && !within(v, d.speaker, figure)) d.speaker = refFromTokens(v, figure[0], figure[1], false);
  if (d.from < 0 && (beforeThat || evidenceVerb) && v.upos[k] !== 'VERB') {
    // the noun-tagged cue: "<speaker> shows (that) <content>"
    const np = npBefore(v, k);
    if (np) {
      d.speaker = refFromTokens(v, np[0], np[1]);
      d.from = v.lower[k + 1] === 'that' ? k + 2 : k + 1;
      d.to = lastContentToken(v);
    }
  }
  if (d.from < 0) quotedAfter(v, k, d);
  if (d.from < 0 && !reporting) return null;
  if (d.from < 0) wordOrderDraft(v, cues, inside, k, d);
  return finished(v, k, d, inside);
}

/** Whether a speaker found already lies in token range r (the figure's own words). */
function within(v: SentenceView, sp: ActorRef | null, r: [number, number]): boolean {
  const a = v.tokens[r[0]];
  const b = v.tokens[r[1]];
  return Boolean(sp && a && b && sp.start !== undefined && sp.start >= a.start && sp.start < b.end);
}

/** Finding k reports a view: a clause ("found that …", "find it is …") or a predicate ("find him unfit"). */
function findsAView(v: SentenceView, k: number): boolean {
  return dependents(v, k, 'ccomp', 'xcomp').length > 0 || v.lower[k + 1] === 'that';
}

/** Attitude cue k is the clause complement of a verb of saying ("said they want", "adding that he thinks"). */
function nestedInReport(v: SentenceView, k: number, cues: Cues): boolean {
  if (!v.parsed || v.deprel[k] !== 'ccomp') return false;
  const h = v.head[k] ?? -1;
  return h >= 0 && h < k && inList(v, h, cues.speech);
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
function finished(v: SentenceView, k: number, d: Draft, inside: readonly boolean[]): Speech | null {
  const { from } = d;
  let speaker = d.speaker;
  // "Tuesday at X University, Gov. Ann Lee (R-OH), said …", "on Monday announced …": a day is no speaker;
  // the name before the cue is, else no one is named
  if (speaker && DAY.test(speaker.actorText.trim())) {
    const np = nameBefore(v, k) ?? npBefore(v, k) ?? speakerBeforeComma(v, k, inside);
    // ("Monday Ann Lee said": not the day before the name)
    while (np && np[0] < np[1] && DAY.test(v.lower[np[0]] ?? '')) np[0]++;
    const alt = np && !inside[np[0]] ? refFromTokens(v, np[0], np[1]) : null;
    speaker = alt && !DAY.test(alt.actorText.trim()) ? alt : null;
    if (!speaker) {
      let to = d.to;
      if (from < k && to > k) to = k - 1;
      return from >= 0 && to >= from ? { cue: k, speaker: null, from, to, direct: false } : null;
    }
  }
  let to = d.to;
  if (from < k && to > k) {
    // '"Tom is a visionary," said Robert McAtee, one of …': what is said stops before the cue
    to = k - 1;
    while (to > from && (/^[,;:]$/.test(v.lower[to] ?? '') || quoteMark(v, to) || v.lower[to] === "'")) to--;
  }
  if (from < 0 || to < from || !speaker) return null;
  // "responds to Mills with, “Why now?”": a quotation after what is replied to is what is said
  if (REPLY.test(v.lemma[k] ?? '') && /^(to|by)$/.test(v.lower[from] ?? '')) {
    const q = quotationAfter(v, from, inside);
    if (q) return { cue: k, speaker, from: q[0], to: q[1], direct: true };
  }
  // "Barkley, who said he votes Democratic, said …": a relative clause's speech ends at the comma before the main verb
  if (from > k && /(^|\W)(who|which)$/i.test(speaker.actorText)) {
    for (let x = from + 1; x < to; x++)
      if (v.lower[x] === ',' && v.upos[x + 1] === 'VERB' && !inside[x]) {
        to = x - 1;
        break;
      }
  }
  // "“…,” Ann Lee, who served …, told CBS": what is said stops before a speaker set off after it
  const sx = speaker.start === undefined ? -1 : v.tokens.findIndex((t) => t.start === speaker.start);
  if (sx > from && sx <= to && (v.lower[sx - 1] === ',' || quoteMark(v, sx - 1) === 'close')) {
    to = sx - 1;
    while (to > from && (/^[,;:]$/.test(v.lower[to] ?? '') || quoteMark(v, to) || v.lower[to] === "'")) to--;
  }
  const direct = OPEN.has(v.lower[from - 1] ?? '') || CLOSE.has(v.lower[to + 1] ?? '');
  return { cue: k, speaker, from, to, direct };
}

/** Speaker and content of cue k from the parse (settled when the parse says it all, or that it is no report). */
function parsedDraft(v: SentenceView, k: number, inside: readonly boolean[], reporting: boolean): Settled | Draft {
  // two subjects in a misparse ("The revelation … set off fireworks: Republicans said …"): the nearer one
  // (a day the parse makes a subject, "says Tuesday", only when there is no other)
  const subjects = dependents(v, k, 'nsubj');
  const dated = subjects.filter((c) => !WHEN_SAID.test(v.lower[c] ?? ''));
  const subj = (dated.length ? dated : subjects).reduce<number | undefined>(
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
  // "adding to his wins", "adds to deficits": adding to a thing reports nothing
  if (v.lemma[k] === 'add' && v.lower[k + 1] === 'to') return true;
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
  // "Barkley, who said he votes Democratic, said …": a subject inside the relative clause before the cue is not its speaker
  const rel = subj !== undefined && subj < k ? relativeBefore(v, k) : null;
  if (rel && subj !== undefined && subj >= rel.clause && !inside[rel.name[0]])
    return { speaker: refFromTokens(v, rel.name[0], rel.name[1]) };
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
    // (never the one told: "A producer told The New York Times that …" keeps its subject; nor, for a subject
    // before the cue, what is said after it: "Twenty-four percent said they were …", "Another said he …")
    const np = npBefore(v, k) ?? (addresses(v, k) || subj < k ? null : npAfter(v, k));
    // ("Ann Lee, director of research at X, said “…”" with the subject inside the quotation: the name set off before the cue)
    const named = np ? null : speakerBeforeComma(v, k, inside);
    if (np && !inside[np[0]]) speaker = refFromTokens(v, np[0], np[1]);
    else if (subj < k && !inside[subj] && adjoins(v, subj, k)) speaker = speakerAt(v, subj);
    else if (named && !inside[named[0]]) speaker = refFromTokens(v, named[0], named[1]);
  } else if (
    subj === undefined &&
    (/^conj/.test(v.deprel[k] ?? '') ||
      (/ing$/.test(v.lower[k] ?? '') && /^(advcl|xcomp|acl)/.test(v.deprel[k] ?? '')) ||
      // "She brought it down …, but said …" parsed as the first verb's complement: a conjunct all the same
      (v.deprel[k] === 'ccomp' && dependents(v, k, 'cc').some((c) => c < k)))
  )
    speaker = headSubjectSpeaker(v, k, inside);
  if (!speaker && subj === undefined) {
    // "…, Mr. Clarke said he expected …" parsed with no subject: the noun phrase right before the cue
    const np = npBefore(v, k);
    const name =
      (np && np[1] >= k - 2 ? np : nameBefore(v, k)) ?? speakerBeforeComma(v, k, inside) ?? openingName(v, k);
    if (name && !inside[name[0]]) speaker = refFromTokens(v, name[0], name[1]);
  }
  return { speaker };
}

/** "Barkley, who said …, said": the name before a relative clause that a comma closes right before cue k. */
function relativeBefore(v: SentenceView, k: number): { name: [number, number]; clause: number } | null {
  if (v.lower[k - 1] !== ',') return null;
  let c = k - 2;
  while (c > 0 && v.lower[c] !== ',' && k - c < 30) c--;
  if (v.lower[c] !== ',' || !/^(who|which)$/.test(v.lower[c + 1] ?? '')) return null;
  const name = nameBefore(v, c) ?? npBefore(v, c);
  return name ? { name, clause: c + 1 } : null;
}

/** "Jolly said …", "Schilling told …": capitalised words opening the sentence right before cue k, however tagged. */
function openingName(v: SentenceView, k: number): [number, number] | null {
  if (k < 1 || k > 3) return null;
  for (let x = 0; x < k; x++) {
    const cap = /^\p{Lu}/u.test(v.text[(v.tokens[x]?.start ?? 0) - v.sentence.start] ?? '');
    if (!cap || /^(DET|ADP|CCONJ|SCONJ|AUX|PART|PUNCT|PRON|NUM)$/.test(v.upos[x] ?? '')) return null;
  }
  return [0, k - 1];
}

/** Whether subject `subj` runs up to cue k with no punctuation between its phrase and the cue. */
function adjoins(v: SentenceView, subj: number, k: number): boolean {
  const st = subtree(v, subj);
  const last = st[st.length - 1] ?? subj;
  if (last >= k) return false;
  for (let x = last + 1; x < k; x++) if (v.upos[x] === 'PUNCT' || quoteMark(v, x)) return false;
  return true;
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
  if (hs === undefined && h >= 0 && v.upos[h] === 'VERB' && h < k) {
    // "In a statement, Gov. Ann Lee (R) blasted Congress and said …" with the name parsed away from the
    // first verb: the name (or speaker noun phrase) right before that verb
    // (right before it, or before a parenthesis right before it: "Ann Lee (R) blasted")
    const np = nameBefore(v, h) ?? npBefore(v, h);
    if (np && (np[1] === h - 1 || v.lower[h - 1] === ')') && !inside[np[0]]) return refFromTokens(v, np[0], np[1]);
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
  // "In a statement early Saturday, the DNC said …": an opening phrase of place, time or manner is not what is said
  // "asked (the senator) if/whether he would run": the question asked, before any object
  const question = /^(ask|wonder|inquire|question)$/.test(v.lemma[k] ?? '')
    ? dependents(v, k, 'advcl', 'ccomp').find(
        (c) => c > k && /^(if|whether)$/.test(v.lower[subtree(v, c)[0] ?? -1] ?? ''),
      )
    : undefined;
  if (question !== undefined) return complementSpan(v, k, question);
  const comp = comps.find(
    (c) => (c > k && !when(c)) || (c < k && setOff(c) && !relative(c) && !openingPhrase(v, subtree(v, c)[0] ?? c, k)),
  );
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

/** Verbs whose "to" phrase is what they are about: "referring to the convention", "pointed to the polls". */
const TO_WHAT = /^(refer|point)$/;

/** Whether token x is a preposition introducing what cue k is about ("called for", "spoke of", "referring to"). */
const aboutWord = (v: SentenceView, k: number, x: number): boolean =>
  /^(for|on|of|about)$/.test(v.lower[x] ?? '') || (v.lower[x] === 'to' && TO_WHAT.test(v.lemma[k] ?? ''));

/**
 * "Clinton cited derogatory comments", "critics questioned his health": a stance toward a thing;
 * "called for more investment", "called on Congress to act", "spoke of a new era": toward the phrase.
 */
function objectSpan(v: SentenceView, k: number): [number, number] {
  const n = v.lower.length;
  const obj =
    dependents(v, k, 'obj')[0] ??
    // "called for eliminating the tax": a gerund clause after "for" too
    dependents(v, k, 'obl', 'advcl').find((c) => k + 1 < c && aboutWord(v, k, k + 1));
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
  // "sees Cruz as a uniter": the "as" phrase after the object is part of the view
  if (v.lemma[k] === 'see' && v.lower[to + 1] === 'as') {
    const last = lastContentToken(v);
    while (to < last && !/^[,;:]$/.test(v.lower[to + 1] ?? '')) to++;
  }
  if (aboutWord(v, k, from)) from++;
  if (to < from) from = -1;
  return [from, to];
}

/** Words opening a sentence with a phrase of place, time or manner ("In a statement, …", "Shortly after …, …"). */
const OPENER =
  /^(in|on|at|after|before|during|since|following|amid|despite|alongside|with|without|shortly|soon|earlier|later|last|this|for|from|by|under|over|throughout|within|upon|unlike|like)$/;

/**
 * "Courted by most candidates, X said …", "Meanwhile, speaking to MSNBC, X said …": a participle (with no
 * subject of its own) opening the sentence, outside any quotation, says how or when, not what.
 */
function participleOpening(v: SentenceView, f: number, k: number): boolean {
  // (after an opening adverb and comma: "Meanwhile, speaking to …")
  if (f !== 0 && !(f === 2 && v.upos[0] === 'ADV' && v.lower[1] === ',')) return false;
  if (!/(ing|ed|en)$/.test(v.lower[f] ?? '') || v.upos[f] !== 'VERB') return false;
  if (dependents(v, f, 'nsubj', 'expl').length) return false;
  // ("Shifting monsoon patterns could affect …, X said": a participle inside a clause of its own is no opening)
  let comma = k;
  while (comma > f && v.lower[comma] !== ',') comma--;
  for (let x = f; x < comma; x++)
    if (v.upos[x] === 'AUX' || (x !== f && dependents(v, x, 'nsubj').length)) return false;
  for (let x = 0; x < k; x++) if (quoteMark(v, x)) return false;
  return comma > f;
}

/** Tokens from..(cue k) open the sentence with such a phrase: an opener word and no verb up to the comma before k. */
function openingPhrase(v: SentenceView, from: number, k: number): boolean {
  let f = from;
  while (f < k && quoteMark(v, f) === 'open') f++;
  if (participleOpening(v, f, k)) return true;
  if (f !== 0 || !OPENER.test(v.lower[f] ?? '')) return false;
  for (let x = f; x < k && v.lower[x] !== ','; x++) if (v.upos[x] === 'VERB' || v.upos[x] === 'AUX') return false;
  return true;
}

/** The noun phrase after cue k that may speak: none after a verb of telling, nor a phrase of time or manner ("in an email"). */
function phraseAfter(v: SentenceView, k: number): [number, number] | null {
  const np = addresses(v, k) ? null : npAfter(v, k);
  return np && v.upos[np[0]] !== 'ADP' && !WHEN_SAID.test(v.lower[np[0]] ?? '') ? np : null;
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
  const opening = end > 0 && openingPhrase(v, 0, end) && lastContentToken(v) > k + 1;
  if (
    end > 0 &&
    !opening &&
    (!np || np[0] > end) &&
    !(clauseAfter && (quoteMark(v, end) !== 'close' || reportBefore))
  ) {
    const sp =
      np ??
      phraseAfter(v, k) ??
      (end === close ? speakerAfterQuote(v, close, k) : null) ??
      speakerBeforeComma(v, k, inside);
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
    // "said earlier on Friday during a news conference that …": adverbial phrases before "that"
    else {
      let x = from;
      while (x < n && x - from < 10 && v.lower[x] !== 'that' && !/^(VERB|AUX|PUNCT)$/.test(v.upos[x] ?? '')) x++;
      if (x > from && v.lower[x] === 'that' && /^(ADV|ADP)$/.test(v.upos[from] ?? '')) from = x + 1;
    }
    // "told a seminar", "told reporters": skip the addressee up to "that"
    if (v.lemma[k] === 'tell') {
      const th = v.lower.indexOf('that', from);
      from = th > 0 && th - from < 6 ? th + 1 : from;
    }
    d.from = from;
    d.to = lastContentToken(v);
  }
}
