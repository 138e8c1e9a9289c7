import type { CompiledPattern, PatternSlot } from '../../knowledge/events/index.js';
import type { SentenceView } from './view.js';

/** A capitalised word inside the sentence that the tagger reads as a name ("Rally's shares", "Control Data"). */
function properName(v: SentenceView, k: number): boolean {
  // (a capitalised word with a possessive of its own is a name however tagged: "3,027,330 Rally's shares")
  if (k === 0) return false;
  if (v.upos[k] !== 'PROPN') {
    const next = v.lower[k + 1];
    if (next !== "'s" && next !== '’s') return false;
  }
  const t = v.tokens[k];
  const c = t ? v.text.charAt(t.start - v.sentence.start) : '';
  return c !== c.toLowerCase();
}

/**
 * Set phrases whose first word only looks like a pattern word: "according to" attributes a report (no ACCORD),
 * "based on" gives a ground (no military BASE), "within striking distance" measures a reach (no STRIKE).
 */
const SET_PHRASES: readonly (readonly [string, RegExp])[] = [
  ['according', /^to$/],
  ['based', /^(on|upon|in|at)$/],
  ['striking', /^(distance|range)$/],
];

/** The token opens a set phrase, and the pattern word is not that very word. */
function setPhrase(v: SentenceView, k: number, w: string): boolean {
  const low = v.lower[k];
  return SET_PHRASES.some(([word, next]) => low === word && next.test(v.lower[k + 1] ?? '') && w !== word);
}

/**
 * Does a pattern word match the token (`word_` exact, else the word as a stem or the lemma)? A name never
 * matches a pattern's common word: "holds 45% of Rally's shares" is no rally held, "extended Control Data
 * loans" no control extended.
 */
function wordMatches(v: SentenceView, k: number, w: string): boolean {
  const low = v.lower[k];
  if (low === undefined) return false;
  const matches = w.endsWith('_')
    ? low.length === w.length - 1 && w.startsWith(low)
    : low === w || v.lemma[k] === w || (low.startsWith(w) && low.length - w.length <= 3 && w.length >= 3);
  return matches && !properName(v, k) && !setPhrase(v, k, w);
}

/** The position after the slot when it matches at k, else -1. */
function slotAt(v: SentenceView, k: number, slot: PatternSlot): number {
  for (const alt of slot) {
    let ok = alt.length > 0;
    for (let j = 0; j < alt.length && ok; j++) ok = wordMatches(v, k + j, alt[j] ?? '');
    if (ok) return k + alt.length;
  }
  return -1;
}

/**
 * With a parse, a word after the verb that is the subject of another verb is no part of the trigger's phrase:
 * in "the plan took three months to complete and bombers were dispatched", "bombers" is no weapon taken.
 */
function subjectOfOther(v: SentenceView, at: number, verb: number): boolean {
  const h = v.head[at] ?? -1;
  return v.parsed && /^(nsubj|csubj)/.test(v.deprel[at] ?? '') && h !== verb && v.upos[h] === 'VERB';
}

/**
 * With a parse, a word inside a clause of its own under the verb (an adverbial clause with its own subject or
 * conjunction, a relative, conjoined or paratactic clause) is no part of the trigger's phrase: in "lawmakers
 * will convene sessions as protesting teachers fill the Capitol", "protesting" belongs to the "as" clause, so
 * no "convene … protest" pattern.
 */
function inOtherClause(v: SentenceView, at: number, verb: number): boolean {
  if (!v.parsed) return false;
  for (let k = at, steps = 0; k >= 0 && k !== verb && steps < 40; k = v.head[k] ?? -1, steps++) {
    if (v.upos[k] !== 'VERB') continue;
    const rel = v.deprel[k] ?? '';
    if (/^(parataxis|acl:relcl|conj)/.test(rel)) return true;
    // an adverbial clause with a subject or a conjunction of its own ("as teachers fill …"); a purpose
    // infinitive ("mobilized groups to help support X") stays the verb's phrase
    const kids = v.children[k] ?? [];
    if (
      rel.startsWith('advcl') &&
      kids.some((c) => /^nsubj/.test(v.deprel[c] ?? '') || (v.deprel[c] === 'mark' && v.lower[c] !== 'to'))
    )
      return true;
  }
  return false;
}

/**
 * With a parse, a word in a passive's "by" phrase (or a conjunct of it) names the actor, not what the verb acts
 * on: in "the rifle has been used by the police and armies", "armies" is no "use … military" (cooperation).
 */
function inAgentPhrase(v: SentenceView, at: number, verb: number): boolean {
  if (!v.parsed) return false;
  let k = at;
  for (let steps = 0; v.deprel[k] === 'conj' && steps < 5; steps++) k = v.head[k] ?? -1;
  if (k < 0 || v.head[k] !== verb) return false;
  return (
    v.deprel[k] === 'obl:agent' || (v.children[k] ?? []).some((c) => v.deprel[c] === 'case' && v.lower[c] === 'by')
  );
}

/** Kinds of operation or mission that use no force against anyone ("surveillance drone operations"). */
const UNARMED_KIND =
  /^(surveillance|reconnaissance|rescue|relief|humanitarian|evacuation|recovery|salvage|cleanup|clean-up|mining|drilling|fishing|logging|maintenance|business|sales|marketing|training)$/;

/** With a parse, the pattern's noun is of an unarmed kind by a modifier of its own: no "conduct … operation" attack. */
function unarmedKind(v: SentenceView, at: number): boolean {
  if (!v.parsed || v.upos[at] !== 'NOUN') return false;
  return (v.children[at] ?? []).some(
    (c) => c < at && /^(compound|amod)$/.test(v.deprel[c] ?? '') && UNARMED_KIND.test(v.lower[c] ?? ''),
  );
}

/**
 * Matches slots in order within [from, to), allowing gaps of up to `gap` tokens between them; with `verb`, no
 * slot may be another verb's subject.
 */
function seq(v: SentenceView, from: number, to: number, slots: readonly PatternSlot[], gap: number, verb = -1): number {
  let cur = from;
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s];
    if (!slot) return -1;
    let found = -1;
    const limit = Math.min(to, cur + gap + 1);
    let at = -1;
    for (let k = cur; k < limit && found < 0; k++) {
      found = slotAt(v, k, slot);
      if (found >= 0) at = k;
    }
    if (found < 0) return -1;
    // a word that is the object of another verb in the gap belongs to that verb: in "agreed to lift
    // the sanctions", "sanctions" is what is lifted, so "agree to … sanctions" (impose) does not match
    const h = v.head[at] ?? -1;
    if (h >= cur && h < at && v.upos[h] === 'VERB' && /^(obj|iobj|obl)/.test(v.deprel[at] ?? '')) return -1;
    if (verb >= 0 && (subjectOfOther(v, at, verb) || inOtherClause(v, at, verb) || unarmedKind(v, at))) return -1;
    // (a pattern that itself names "by" matched it right before: "… by force")
    if (verb >= 0 && !(at === cur && v.lower[at - 1] === 'by') && inAgentPhrase(v, at, verb)) return -1;
    cur = found;
  }
  return cur;
}

/**
 * With a parse, a pattern's preposition must introduce a phrase of the verb itself ("met with X"), not of a
 * noun after it ("leave Hawaii in hopes for better opportunities" is no "leave for").
 */
function prepOfVerb(v: SentenceView, k: number, verb: number): boolean {
  // ("rush to take the boy", "rush to form a line": the infinitive's "to" is no "rush to <place>")
  if (v.parsed && v.deprel[k] === 'mark' && v.lower[k] === 'to') return false;
  if (!v.parsed || v.deprel[k] !== 'case') return true;
  const nominal = v.head[k] ?? -1;
  return nominal < 0 || v.head[nominal] === verb;
}

/** The best (most specific) Phoenix pattern matching around the verb at token i, if any. */
export function bestPattern(v: SentenceView, i: number, patterns: readonly CompiledPattern[]): CompiledPattern | null {
  let best: CompiledPattern | null = null;
  const stems = v.stems;
  const n = v.lower.length;
  const end = Math.min(n, i + 14);
  for (const p of patterns) {
    if (p.post.length === 0 && p.pre.length === 0) continue;
    if (best && p.weight <= best.weight) break;
    if (p.key && !stems.has(p.key)) continue;
    let cur = i + 1;
    let ok = true;
    for (const item of p.post) {
      const r = seq(v, cur, end, item.slots, cur === i + 1 ? 6 : 4, i);
      if (r < 0 || (item.prep && !prepOfVerb(v, r - 1, i))) {
        ok = false;
        break;
      }
      cur = r;
    }
    if (!ok) continue;
    if (p.pre.length) {
      const pre = p.pre.flat();
      if (seq(v, Math.max(0, i - 6), i, pre, 6) < 0) continue;
    }
    best = p;
  }
  return best;
}
