import type { ActorRef, Quote } from '../../schema/output.js';
import { toRef } from './args.js';
import { lastContentToken } from './speaker.js';
import type { SentenceView } from './view.js';

const OPENING = /^\s*([“"]|'')/;
const CLOSING = /([”"]|'')\s*$/;

/**
 * The cue of a short trailing attribution: a reporting verb, else (“Can we win?” / Mr. Manafort asked.) the
 * one verb of a sentence that is only a speaker and that verb, whatever the verb.
 */
function trailingCue(v: SentenceView, speech: ReadonlySet<string>): number {
  const k = v.lower.findIndex((w, i) => speech.has(v.lemma[i] ?? w));
  if (k >= 1 || !v.parsed) return k;
  const verbs = v.upos.flatMap((u, i) => (u === 'VERB' ? [i] : []));
  const only = verbs.length === 1 ? (verbs[0] ?? -1) : -1;
  if (only < 1 || v.upos.some((u) => u === 'AUX')) return -1;
  for (let x = 0; x < only; x++) if (!/^(PROPN|PRON|NOUN|DET|ADJ|PUNCT)$/.test(v.upos[x] ?? '')) return -1;
  const after = v.lower[only + 1] ?? '.';
  const named = v.upos[only - 1] === 'PROPN' || v.upos[only - 1] === 'PRON';
  return named && (only === lastContentToken(v) || /^(,|to|in)$/.test(after)) ? only : -1;
}

/**
 * “How many times do we have to see this?” / Clinton said.: a short sentence that only names a
 * speaker and a reporting verb attributes the quotation that ends the sentence before it.
 */
export function trailingAttribution(
  text: string,
  views: readonly SentenceView[],
  v: SentenceView,
  speech: ReadonlySet<string>,
): Quote | null {
  const prev = views[v.index - 1];
  if (!prev || prev.sentence.paragraph !== v.sentence.paragraph || !CLOSING.test(prev.text)) return null;
  // (a longer sentence only after a sentence that is all quotation: “Who knows?” / Trump told ITV in an interview …)
  const whole = OPENING.test(prev.text);
  if (v.lower.length > (whole ? 40 : 12)) return null;
  const k = trailingCue(v, speech);
  if (k < 1 || (v.lower.length > 12 && k > 4)) return null;
  const rest = v.lower.slice(k + 1).filter((w) => !/^[.,]$/.test(w));
  if (rest.length > 3 && !(whole && !rest.some((w) => /^(that|:|"|“|''|``)$/.test(w)))) return null;
  const mi = v.mentionAt.slice(0, k).find((x) => x >= 0);
  const m = mi !== undefined ? v.mentions[mi] : undefined;
  const first = v.tokens[0];
  const before = v.tokens[k - 1];
  const cue = v.tokens[k];
  if (!first || !before || !cue) return null;
  const speaker: ActorRef = m
    ? toRef(m)
    : {
        actorText: text.slice(first.start, before.end),
        name: null,
        code: null,
        sector: null,
        role: null,
        id: null,
        start: first.start,
        end: before.end,
      };
  const lead = prev.text.length - prev.text.trimStart().length;
  const start = prev.sentence.start + lead + (OPENING.exec(prev.text)?.[1]?.length ?? 0);
  const end =
    prev.sentence.end - (prev.text.length - prev.text.trimEnd().length) - (CLOSING.exec(prev.text)?.[1]?.length ?? 1);
  if (end <= start) return null;
  return { speaker, cue: { start: cue.start, end: cue.end }, content: { start, end }, direct: true };
}

/**
 * “How many times …?” Clinton said. “In Tulsa, …”: a direct quote whose speaker is named between
 * two quoted stretches goes on in the next sentence when that one opens a quotation and names no
 * speaker of its own; the content span then covers both.
 */
export function continueQuote(text: string, views: readonly SentenceView[], index: number, q: Quote): Quote {
  if (!q.direct) return q;
  const next = views[index + 1];
  if (!next || next.sentence.paragraph !== views[index]?.sentence.paragraph) return q;
  if (!OPENING.test(next.text) || /[”"]\s*,?\s*\S+(\s+\S+)?\s+(said|says|added|told)\b/.test(next.text)) return q;
  const close = text.indexOf('”', next.sentence.start + 1);
  const end = close > 0 && close <= next.sentence.end ? close : next.sentence.end;
  const start = next.sentence.start + (next.text.length - next.text.trimStart().length) + 1;
  return end > start ? { ...q, content: { start: q.content.start, end } } : q;
}
