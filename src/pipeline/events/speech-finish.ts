/**
 * The draft of a cue's speech (its speaker and content as found so far) and how it is finished: no day
 * as speaker, content that stops before the cue or a speaker set off after it, the quotation a reply gives.
 */
import type { ActorRef } from '../../schema/output.js';
import { quoteMark } from './quotemarks.js';
import { CLOSE, OPEN, refFromTokens, type Speech } from './speaker.js';
import { nameBefore, npBefore, speakerBeforeComma } from './speaker-phrase.js';
import type { SentenceView } from './view.js';

/** A cue's speech as found so far: its speaker and content token range (from -1 while none). */
export interface Draft {
  speaker: ActorRef | null;
  from: number;
  to: number;
}

/** A cue settled before its speech is complete: its speech, or null when it reports nothing. */
export interface Settled {
  readonly settled: Speech | null;
}

export const settle = (s: Speech | null): Settled => ({ settled: s });

/** A day or time standing where a speaker should ("Tuesday", "last week"). */
const DAY =
  /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last week|this week)$/i;

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

/** The speech of cue k from its draft: content stops before the cue; none without speaker or content. */
export function finished(v: SentenceView, k: number, d: Draft, inside: readonly boolean[]): Speech | null {
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
  // "Britain says Sylvania was involved, a charge that Sylvania denies": the writer's aside answering the charge
  // is not what the speaker says
  if (!inside[k]) to = beforeAnsweredCharge(v, from, to, inside);
  const direct = OPEN.has(v.lower[from - 1] ?? '') || CLOSE.has(v.lower[to + 1] ?? '');
  return { cue: k, speaker, from, to, direct };
}

/** Nouns naming a charge. */
const CHARGE = /^(charge|charges|claim|claims|accusation|accusations|allegation|allegations|assertion|assertions)$/;

/** Verbs answering a charge. */
const ANSWER = /^(deny|reject|dispute|dismiss|contest|refute|rebut)$/;

/**
 * The end of content [from, to] before an aside set off by a comma that names the charge and its answer
 * (", a charge that Sylvania denies", ", accusations Sylvania has rejected"), outside quotation marks; `to` otherwise.
 */
function beforeAnsweredCharge(v: SentenceView, from: number, to: number, inside: readonly boolean[]): number {
  for (let x = from + 1; x < to; x++) {
    if (v.lower[x] !== ',' || inside[x]) continue;
    let n = x + 1;
    if (/^(a|an|the|its|their)$/.test(v.lower[n] ?? '')) n++;
    if (!CHARGE.test(v.lower[n] ?? '')) continue;
    for (let y = n + 1; y <= Math.min(to, n + 6); y++) {
      if (!ANSWER.test(v.lemma[y] ?? '')) continue;
      let end = x - 1;
      while (end > from && (quoteMark(v, end) || v.lower[end] === "'")) end--;
      return end;
    }
  }
  return to;
}
