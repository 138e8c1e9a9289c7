/**
 * What a parsed cue says: its complement clause (with an object before the predicate), what comes before a
 * cue in parataxis, or, for a stance, the thing it is toward ("called for more investment").
 */
import type { ActorRef } from '../../schema/output.js';
import { quoteMark } from './quotemarks.js';
import { lastContentToken } from './speaker.js';
import { openingPhrase, TIME_CLAUSE } from './speech-frame.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** Verbs that give something a name or label: "called him a genius". */
const NAMING = /^(call|label|brand|dub|term|describe)$/;

const QUOTE_CHAR = /^['"“”‘’]$/;

/** The content token range [from, to] of parsed cue k ([-1, -1] when the parse gives none). */
export function parsedContent(
  v: SentenceView,
  k: number,
  reporting: boolean,
  speaker: ActorRef | null,
): [number, number] {
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
