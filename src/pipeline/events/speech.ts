/** Direct and indirect speech introduced by a cue word ("said", "according to", "criticised"), from the parse or word order. */
import type { Cues } from '../../knowledge/events/index.js';
import type { ActorRef } from '../../schema/output.js';
import { quotedTokens, quoteMark } from './quotemarks.js';
import { plainSupport } from './quotes.js';
import { inList, lastContentToken, refFromTokens, SPEAKER_HEAD, type Speech } from './speaker.js';
import { figureBefore } from './speaker-figure.js';
import { npAfter, npBefore } from './speaker-phrase.js';
import { type Draft, finished } from './speech-finish.js';
import { parsedDraft } from './speech-parsed.js';
import { wordOrderDraft } from './speech-wordorder.js';
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
import { dependents, type SentenceView } from './view.js';

/** Verbs of going on that introduce a quotation after a colon ("Limbaugh continued: …"). */
const CONTINUING = /^(continue|go|conclude|begin|start|end|close)$/;

/** Verbs of holding a view, reported or not: nested in another report, they are part of it. */
const HELD = /^(think|believe)$/;

/** Stance verbs whose infinitive ("to support", "to find") names an aim rather than a stance held. */
const INFINITIVE_INTENT = /^(support|back|defend|find|ask|speak|talk|learn|understand|know|show|expect|oppose|praise)$/;

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
