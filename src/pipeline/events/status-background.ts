/**
 * Events that are only background to a sentence's report: a relative clause, a participle that modifies
 * a noun, or an event noun that frames another act in time ("during a visit"). Needs the parse.
 */
import { misreadRelative } from './args.js';
import { answersCharge } from './status-answer.js';
import { YEAR } from './status-past.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** The clause from k to its next comma speaks of an earlier time ("last March", "years ago", "had", a year). */
function pastClause(v: SentenceView, k: number): boolean {
  for (let j = k + 1; j < v.lower.length && !/^[,;.]$/.test(v.lower[j] ?? ''); j++)
    if (/^(last|ago|earlier|previously|once|had)$/.test(v.lower[j] ?? '') || YEAR.test(v.lower[j] ?? '')) return true;
  return false;
}

/** Prepositions whose event-noun object is the time frame of another act ("during a visit"). */
const FRAME_PREPS = new Set(['during', 'after', 'before', 'following', 'amid', 'amidst', 'since', 'despite', 'until']);

/**
 * "Vietnamese-led forces launched rocket fire against …, killing 50, sources said": a parse may hang
 * the main verb of a reported clause on its subject as a participle. A past participle right after
 * its noun, with a direct object of its own (a reduced relative is passive and has none), whose noun
 * is the subject of the verb it hangs on, is that clause's verb.
 */
function misreadMainVerb(v: SentenceView, i: number): boolean {
  const h = v.head[i] ?? -1;
  if (v.xpos[i] !== 'VBD' && v.xpos[i] !== 'VBN') return false;
  if (h !== i - 1 || !/^(nsubj|root)/.test(v.deprel[h] ?? '') || v.upos[h] !== 'NOUN') return false;
  return dependents(v, i, 'obj').some((o) => /^(NOUN|PROPN)$/.test(v.upos[o] ?? ''));
}

/**
 * Why the event at t is only background to the sentence's report, or null: a participle that
 * modifies a noun ("a member jailed a year ago", "officials accused of …"), a relative clause
 * ("the group that has seized parts of Iraq"), or an event noun framing another act in time
 * ("during a visit to Beirut", "after the invasion"). Needs the parse.
 */
export function backgroundOf(v: SentenceView, t: Trigger): string | null {
  if (!v.parsed) return null;
  // "…, which Russia denies", "…, a charge denied by Iran": the answer to a charge is news of its own
  if (answersCharge(v, t)) return null;
  const rel = v.deprel[t.i] ?? '';
  const kids = v.children[t.i] ?? [];
  if (t.pos === 'verb') {
    // "the group that has seized …" describes the group; "remarks in which he ruled out …" reports
    // "… whom they had taken hostage", "those it fires": the relative word as subject or object, or none
    // ("the consensus that Russia hacked …" is a noun's content, not an object relative)
    const relSubject = kids.some(
      (c) =>
        (/^nsubj/.test(v.deprel[c] ?? '') && /^(who|that|which)$/.test(v.lower[c] ?? '')) ||
        (/^obj/.test(v.deprel[c] ?? '') && /^(whom|which)$/.test(v.lower[c] ?? '')),
    );
    const zeroRelative =
      !kids.some((c) => /^(who|whom|whose|that|which|where|when|what)$/.test(v.lower[c] ?? '')) &&
      !kids.some((c) => (v.children[c] ?? []).some((g) => /^(which|whom|whose)$/.test(v.lower[g] ?? '')));
    if (rel === 'acl:relcl') return relSubject || zeroRelative ? 'relative clause' : null;
    // "Jordan's visiting King Abdullah": a participle used as an adjective describes the person
    if (
      v.xpos[t.i] === 'VBG' &&
      (rel === 'amod' || (/^('s|')$/.test(v.lower[t.i - 1] ?? '') && /^(NOUN|PROPN)$/.test(v.upos[t.i + 1] ?? '')))
    )
      return 'participle modifying a noun';
    // "…, whom they had taken hostage": an object relative, whatever the parse made of it
    for (let k = t.i - 1; k >= Math.max(0, t.i - 5); k--) {
      const w = v.lower[k] ?? '';
      if (w === 'whom' || (w === 'which' && v.lower[k - 1] !== 'in' && k < t.i - 1)) return 'relative clause';
      // "…, in Serbia, where 24 people were killed in riots last March": a clause recalling the place's past
      // (not "…, in Geneva, where they signed the accord", which goes on with the news)
      if (w === 'where' && v.lower[k - 1] === ',' && pastClause(v, k)) return 'relative clause';
      if (!/^(PRON|PROPN|NOUN|NUM|DET|AUX|ADV|PART)$/.test(v.upos[k] ?? '')) break;
    }
    if (misreadRelative(v, t.i) >= 0) return 'participle modifying a noun';
    if (
      rel === 'acl' &&
      !kids.some((c) => /^(aux|nsubj|mark)/.test(v.deprel[c] ?? '')) &&
      /(ed|en|wn|ing)$/.test(v.lower[t.i] ?? '') &&
      !misreadMainVerb(v, t.i)
    )
      return 'participle modifying a noun';
    return null;
  }
  const prep = kids.find((c) => v.deprel[c] === 'case');
  if (prep !== undefined && FRAME_PREPS.has(v.lower[prep] ?? '') && /^(obl|nmod|advcl)/.test(rel))
    return `time frame ("${v.lower[prep]}")`;
  // "…, following the peace deal, has taken …": the parse makes "following" a verb with the noun as its
  // object, yet it frames the act in time as a preposition would (not "is following the talks")
  const h = v.head[t.i] ?? -1;
  if (
    /^obj/.test(rel) &&
    v.lower[h] === 'following' &&
    !/^(is|are|was|were|be|been|am|'s|'re)$/.test(v.lower[h - 1] ?? '') &&
    (h === 0 || /^(,|;|\(|—|–|-)$/.test(v.lower[h - 1] ?? '') || /^(advcl|obl|acl|case|mark)/.test(v.deprel[h] ?? ''))
  )
    return 'time frame ("following")';
  return null;
}
