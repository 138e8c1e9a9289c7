import type { SentenceView } from './view.js';

/** A quotation mark token: opening, closing, or null for any other token. */
export type QuoteMark = 'open' | 'close' | null;

const OPENERS = new Set(['“', '«', '``', '`']);
const CLOSERS = new Set(['”', '»']);

/**
 * The quotation mark at token k. Curly and guillemet marks say which side they are on; straight
 * marks (`"`, and `''` written as two apostrophe tokens) open when nothing but space or an opening
 * bracket precedes them and a word follows. The second apostrophe of `''` is not a mark of its own.
 */
export function quoteMark(v: SentenceView, k: number): QuoteMark {
  const w = v.lower[k] ?? '';
  if (OPENERS.has(w)) return 'open';
  // a closing mark misused as an opener ('”Fear. I am …' at the start of a line) is read from context
  if (CLOSERS.has(w) && w !== '”') return 'close';
  const tok = v.tokens[k];
  if (!tok) return null;
  const base = v.sentence.start;
  let end = tok.end;
  if (w === "'") {
    // only a pair of apostrophes is a quotation mark; its first token carries it
    if (v.lower[k - 1] === "'" && v.tokens[k - 1]?.end === tok.start) return null;
    const next = v.tokens[k + 1];
    if (v.lower[k + 1] !== "'" || next?.start !== tok.end) return null;
    end = next.end;
  } else if (w !== '"' && w !== "''" && w !== '”') return null;
  const before = v.text[tok.start - base - 1];
  const after = v.text[end - base];
  const opens = (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && /\S/.test(after);
  return opens ? 'open' : 'close';
}

/**
 * Which tokens of a sentence lie inside a direct quotation: between an opening and a closing mark, or
 * before a closing mark that comes first (the quotation began in an earlier sentence), or after an
 * opening mark that is never closed (it goes on in the next sentence: `openAtEnd`). `openAtStart`
 * says a quotation of an earlier sentence of the paragraph is still open. The marks themselves are
 * not inside.
 */
export function quotedTokens(v: SentenceView, openAtStart = false): { inside: boolean[]; openAtEnd: boolean } {
  const n = v.lower.length;
  const inside = new Array<boolean>(n).fill(openAtStart);
  const marks: { k: number; m: 'open' | 'close' }[] = [];
  for (let k = 0; k < n; k++) {
    const m = quoteMark(v, k);
    if (m) marks.push({ k, m });
  }
  if (!marks.length) return { inside, openAtEnd: openAtStart };
  inside.fill(false);
  let open = openAtStart || marks[0]?.m === 'close' ? 0 : -1;
  for (const { k, m } of marks) {
    if (m === 'open' && open < 0) open = k + 1;
    else if (m === 'close' && open >= 0) {
      for (let x = open; x < k; x++) inside[x] = true;
      open = -1;
    }
  }
  if (open >= 0) for (let x = open; x < n; x++) inside[x] = true;
  return { inside, openAtEnd: open >= 0 };
}
