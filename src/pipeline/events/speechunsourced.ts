/**
 * Attributions with no one named as their source: appearances ("Trump seemed to be tired", "it appears
 * that …"), expectations and hearsay in the passive ("The vote is expected to pass", "X is said to have
 * …"), "reportedly", questions put to someone ("when asked whether …", "was asked about …"), and nouns
 * of saying or holding with a "that" clause ("fears that …"; an owner speaks: "Lee's claim that …").
 * What is held or asked is the content; the speaker is null. They make quotes only: an event inside
 * one is attributed to no one.
 */
import { quoteMark } from './quotemarks.js';
import { lastContentToken, type Speech, speakerAt } from './speaker.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** Verbs of appearing: "seemed to falter", "appears unlikely", "it seems that …". */
const APPEAR = /^(seem|appear)$/;
/** Passive verbs of expecting or hearsay with no agent: "is expected to win", "was said to be furious". */
const HEARSAY = /^(expect|say|believe|think|report|rumor|rumour|understand)$/;
/** Words that open a question asked: "asked whether …", "asked how …". */
const QUESTION = /^(whether|if|how|what|why|who|whom|which|when|where)$/;
/** Words before "asked" that make it a question put to the subject, not asked by it. */
const PUT_TO = /^(when|was|were|is|are|been|being|after|before|if|once)$/;

const punct = (v: SentenceView, x: number): boolean => /^[,.;:"“”'‘’—–-]$/.test(v.lower[x] ?? '') || !!quoteMark(v, x);

/** The first and last non-punctuation tokens of the subtree of `i` (with tokens of `after` only). */
function span(v: SentenceView, i: number, after = -1): [number, number] | null {
  const st = subtree(v, i).filter((x) => x > after && !punct(v, x));
  const a = st[0];
  const b = st[st.length - 1];
  return a === undefined || b === undefined ? null : [a, b];
}

/** Content [from, to] of a verb with a subject and a complement: the subject through the complement. */
function subjectThrough(v: SentenceView, k: number, comp: number): [number, number] | null {
  const c = span(v, comp, k);
  if (!c) return null;
  const subj = dependents(v, k, 'nsubj').find((s) => s < k && v.lower[s] !== 'it');
  if (subj === undefined) return dependents(v, k, 'nsubj', 'expl').some((s) => v.lower[s] === 'it') ? c : null;
  const s = span(v, subj);
  return s ? [s[0], c[1]] : null;
}

/** "Trump seemed to be tired", "The plan appears unlikely to pass", "It seems that …". */
function appearing(v: SentenceView, k: number): [number, number] | null {
  if (!APPEAR.test(v.lemma[k] ?? '') || !/^(VERB|AUX)$/.test(v.upos[k] ?? '')) return null;
  const comp = dependents(v, k, 'xcomp', 'ccomp').find(
    (c) => c > k && (v.upos[c] === 'ADJ' || v.upos[c] === 'VERB' || v.upos[c] === 'AUX' || v.upos[c] === 'NOUN'),
  );
  if (comp === undefined) return null;
  // "appeared to" + a verb, or an adjective right after (an adverb between): not "appeared on Fox News"
  const next = v.lower[k + 1] ?? '';
  if (!(next === 'to' || next === 'that' || v.upos[k + 1] === 'ADJ' || v.upos[k + 1] === 'ADV')) return null;
  return subjectThrough(v, k, comp);
}

/** "The vote is expected to pass", "X was said to be furious": a passive with an infinitive and no agent. */
function hearsay(v: SentenceView, k: number): [number, number] | null {
  if (!HEARSAY.test(v.lemma[k] ?? '') || v.lower[k + 1] !== 'to') return null;
  if (!dependents(v, k, 'aux').some((a) => v.deprel[a] === 'aux:pass') && !dependents(v, k, 'nsubj:pass').length)
    return null;
  if (dependents(v, k, 'obl').some((c) => v.deprel[c] === 'obl:agent')) return null;
  const comp = dependents(v, k, 'xcomp').find((c) => c > k);
  return comp === undefined ? null : subjectThrough(v, k, comp);
}

/** "X is reportedly considering a run": the clause the adverb modifies. */
function reportedly(v: SentenceView, k: number): [number, number] | null {
  if (v.lower[k] !== 'reportedly') return null;
  const h = v.head[k] ?? -1;
  if (h < 0) return null;
  const subj = dependents(v, h, 'nsubj')[0];
  const whole = span(v, h);
  if (!whole) return null;
  const from = subj !== undefined ? (span(v, subj)?.[0] ?? whole[0]) : Math.min(k, whole[0]);
  // the clause up to the end of the head's own words (not a clause after a comma that hangs on it)
  let to = whole[1];
  for (let x = Math.max(h, k) + 1; x <= to; x++)
    if (v.lower[x] === ',' || v.lower[x] === ';') {
      to = x - 1;
      break;
    }
  return to >= from ? [from, to] : null;
}

/** "when asked whether …", "Asked about X, …", "was asked: “…”": the question put to someone. */
function askedOf(v: SentenceView, k: number, inside: readonly boolean[]): [number, number] | null {
  if (v.lemma[k] !== 'ask' || v.upos[k] !== 'VERB') return null;
  const before = v.lower[k - 1] ?? '';
  if (!(k === 0 || PUT_TO.test(before) || (before === ',' && v.lower[k + 1] === 'about'))) return null;
  if (dependents(v, k, 'nsubj').some((s) => v.deprel[s] === 'nsubj' && s < k && before !== 'when')) return null;
  if (dependents(v, k, 'obl').some((c) => v.deprel[c] === 'obl:agent')) return null;
  const next = v.lower[k + 1] ?? '';
  if (next === 'about') {
    // the thing asked about, up to a comma
    let to = k + 2;
    while (to + 1 <= lastContentToken(v) && !/^[,;:]$/.test(v.lower[to + 1] ?? '')) to++;
    return to >= k + 2 ? [k + 2, to] : null;
  }
  if (QUESTION.test(next)) {
    const comp = dependents(v, k, 'ccomp', 'advcl').find((c) => (subtree(v, c)[0] ?? -1) === k + 1);
    return comp === undefined ? null : span(v, comp, k);
  }
  if (/^[,:]$/.test(next) && quoteMark(v, k + 2) === 'open') {
    let to = k + 3;
    while (to + 1 < v.lower.length && quoteMark(v, to + 1) !== 'close' && !inside[k]) to++;
    while (to > k + 3 && punct(v, to)) to--;
    return [k + 3, to];
  }
  return null;
}

/** Nouns of saying or holding whose "that" clause is what is said or held: "the claim that …", "fears that …". */
const NOUN_CUE =
  /^(claim|statement|assertion|argument|suggestion|insistence|belief|view|promise|pledge|warning|charge|allegation|accusation|contention|notion|idea|fear|hope|concern|assurance|prediction|rumor|rumour|report|speculation)$/;

/** "the allegation that he lied", "Lee's claim that …": the clause after the noun and "that" (its owner speaks). */
function nounThat(v: SentenceView, k: number): { content: [number, number]; owner: number | undefined } | null {
  if (v.upos[k] !== 'NOUN' || !NOUN_CUE.test(v.lemma[k] ?? '') || v.lower[k + 1] !== 'that') return null;
  if (v.deprel[k + 1] !== 'mark') return null;
  const h = v.head[k + 1] ?? -1;
  if (h <= k + 1) return null;
  const c = span(v, h, k + 1);
  if (!c) return null;
  return { content: c, owner: dependents(v, k, 'nmod:poss')[0] };
}

/** The attribution with no source whose cue is token k, if any. */
export function unsourcedSpeech(v: SentenceView, k: number, inside: readonly boolean[]): Speech | null {
  if (!v.parsed || inside[k] || (v.mentionAt[k] ?? -1) !== -1) return null;
  const noun = nounThat(v, k);
  if (noun) {
    // the owner's claim is the owner's ("Lee's claim that …"); a claim of no one named is no one's
    const speaker = noun.owner !== undefined && noun.owner < k && !inside[noun.owner] ? speakerAt(v, noun.owner) : null;
    return { cue: k, speaker, from: noun.content[0], to: noun.content[1], direct: false };
  }
  const r = appearing(v, k) ?? hearsay(v, k) ?? reportedly(v, k) ?? askedOf(v, k, inside);
  if (!r || r[1] < r[0]) return null;
  return { cue: k, speaker: null, from: r[0], to: r[1], direct: false };
}
