/** Speech in fixed forms: inverted and interrupted reports, sentence-final cues, cue nouns, evidence frames, "as X put it". */
import type { Cues } from '../../knowledge/events/index.js';
import { quoteMark } from './quotemarks.js';
import {
  addresses,
  CLOSE,
  inList,
  lastContentToken,
  OPEN,
  refFromTokens,
  SPEAKER_HEAD,
  type Speech,
  speakerAt,
} from './speaker.js';
import { NP_STOP, npAfter, npBefore } from './speaker-phrase.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** Words of time that may follow a cue ("said Sunday", "said last week", "said earlier"). */
const WHEN =
  /^(in|on|at|during|by|via|through|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|earlier|later|recently|again|previously|afterward|then)$/;

/**
 * "<content>, said Alan Cole, an economist at …" / "''…,'' said the ministry.": after a comma or closing
 * mark, a cue followed only by a noun phrase (and its appositive or prepositional phrases, no verb)
 * has that noun phrase as speaker and what comes before as content.
 */
export function invertedSpeech(v: SentenceView, k: number): Speech | null {
  const prev = k - 1;
  if (k < 3 || !(v.lower[prev] === ',' || v.lower[prev] === "'" || CLOSE.has(v.lower[prev] ?? ''))) return null;
  // "…,” Ann Lee, a former aide, told CBS News.": the one told is no speaker
  if (addresses(v, k)) return null;
  const np = npAfter(v, k, true);
  // "…, Ann Lee, a spokeswoman, said in an email / said Sunday": a phrase of manner or time after the cue is no speaker
  if (!np || v.upos[np[0]] === 'ADP' || WHEN.test(v.lower[np[0]] ?? '')) return null;
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
export function finalSpeech(v: SentenceView, k: number): Speech | null {
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
export function interruptedSpeech(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
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
export function nounSpeech(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
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
export function evidenceFrame(v: SentenceView, cues: Cues): Speech | null {
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
export function asPutIt(v: SentenceView, inside: readonly boolean[]): Speech | null {
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

/** Marks ending a quotation that a report of its speaker follows in the same sentence ("“…,” he joked"). */
const OPEN_ENDING = /^[,?!—–-]$/;
/** Words that may follow a cue in the attribution slot ("he joked.", "he recalled in an interview"). */
const AFTER_SLOT =
  /^[,.;]$|^(in|to|on|at|during|before|after|later|again|afterward|afterwards|recently|yesterday|today)$/;

/**
 * "“Let’s boil it down,” he continued." / "“Can we win?” Mr. Manafort asked." / "“…,” joked Sanders.": a
 * verb in the attribution slot of a quotation — right after a quotation that ends on a comma, question or
 * exclamation mark or dash, next to its speaker — reports the quotation, whatever the verb.
 */
export function afterQuotation(v: SentenceView, k: number, inside: readonly boolean[]): boolean {
  if (!v.parsed || v.upos[k] !== 'VERB' || inside[k]) return false;
  let c = k - 1;
  while (c >= 0 && k - c <= 7 && quoteMark(v, c) !== 'close') c--;
  if (c < 1 || quoteMark(v, c) !== 'close') return false;
  let before = c - 1;
  while (before > 0 && v.lower[before] === "'") before--;
  if (!OPEN_ENDING.test(v.lower[before] ?? '')) return false;
  let from = c + 1;
  while (from < k && /^['"”’]$/.test(v.lower[from] ?? '')) from++;
  const last = lastContentToken(v);
  if (from === k) {
    // inverted: "…,” joked Sanders": a named noun phrase after the cue
    const np = npAfter(v, k, true);
    return np !== null && np[0] === k + 1 && /^(PROPN|PRON|NOUN|DET|ADJ)$/.test(v.upos[k + 1] ?? '');
  }
  let named = false;
  for (let x = from; x < k; x++) {
    if (/^(VERB|AUX|ADP|SCONJ|CCONJ|PUNCT)$/.test(v.upos[x] ?? '') && v.lower[x] !== '.') return false;
    named ||=
      (v.mentionAt[x] ?? -1) >= 0 ||
      v.upos[x] === 'PROPN' ||
      v.upos[x] === 'PRON' ||
      SPEAKER_HEAD.test(v.lower[x] ?? '');
  }
  return named && (k >= last || AFTER_SLOT.test(v.lower[k + 1] ?? ''));
}

/** Words that open a question asked ("whether", "if", "how"). */
const ASKED = /^(whether|if|how|what|why|when|where)$/;

/**
 * "When asked by a reporter whether …", "was asked by CNN if …": the question is put by the one after "by";
 * the question clause, up to a comma, is what is asked.
 */
export function askedBy(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
  if (
    v.lemma[k] !== 'ask' ||
    v.lower[k + 1] !== 'by' ||
    !/^(when|was|were|is|are|been|being|after|once)$/.test(v.lower[k - 1] ?? '')
  )
    return null;
  let q = k + 2;
  while (q < v.lower.length && q - k < 10 && !ASKED.test(v.lower[q] ?? '') && !/^[,;:.]$/.test(v.lower[q] ?? '')) q++;
  if (q <= k + 2 || !ASKED.test(v.lower[q] ?? '') || inside[k + 2]) return null;
  let to = q + 1;
  while (to + 1 <= lastContentToken(v) && !/^[,;:]$/.test(v.lower[to + 1] ?? '')) to++;
  const speaker = refFromTokens(v, k + 2, q - 1);
  return speaker && to > q ? { cue: k, speaker, from: q, to, direct: false } : null;
}
