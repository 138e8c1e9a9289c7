/**
 * The speaker of a parsed cue: its subject, unless the parse misplaces it (a relative clause before the cue,
 * a subject of what is said, an implausible subject); the subject of the clause a conjoined cue or a
 * participle hangs on; else a name right before the cue.
 */
import type { ActorRef } from '../../schema/output.js';
import { quoteMark } from './quotemarks.js';
import { addresses, lastContentToken, plausibleSpeaker, refFromTokens, speakerAt } from './speaker.js';
import { nameBefore, npAfter, npBefore, speakerBeforeComma } from './speaker-phrase.js';
import { type Settled, settle } from './speech-finish.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** The speaker of parsed cue k (settled when a name before the cue says the whole rest of the sentence). */
export function parsedSpeaker(
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
