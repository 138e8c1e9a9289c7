/**
 * The noun phrase or name near a speech cue that may be its speaker: before it ("X said"), after it ("said
 * the military"), after a closing quotation mark, or set off by commas ("…,” Ann Lee, who served …, told").
 */
import { quoteMark } from './quotemarks.js';
import { SPEAKER_HEAD } from './speaker.js';
import type { SentenceView } from './view.js';

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
