/** Poll figures that speak ("42% say …", "60 percent of voters said …"): the respondents a figure counts. */
import { quoteMark } from './quotemarks.js';
import type { SentenceView } from './view.js';

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
