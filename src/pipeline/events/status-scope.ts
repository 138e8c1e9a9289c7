import type { Cues } from '../../knowledge/events/index.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * The modal scope of an act: "Russia should use the money to support Syria", "the minister will
 * travel to Cairo to discuss trade", "could start a war by attacking X", "would like to announce an
 * agreement", "a goal likely to be supported", "the capacity to launch attacks". The modal, the verb
 * of wanting or the word of possibility sits on a word the act's clause hangs on, not right before
 * the act; the act is as unreal as that word makes it. Needs the parse.
 */
export interface ModalScope {
  readonly status: 'intended' | 'hypothetical';
  /** The token that makes the act unreal (a modal, "likely", "capacity"). */
  readonly cue: number;
}

/** Modals of obligation and of possibility: what they govern has not happened. */
const UNREAL_AUX = new Set(['should', 'ought', 'must', 'could', 'might', 'may']);
/** Verbs of need and adjectives of likelihood or ability whose infinitive has not happened. */
const UNREAL_HEAD = new Set(['need', 'likely', 'unlikely', 'able', 'unable', 'possible']);
/**
 * Nouns of possibility or ability: the act they name with "of" or "to" has not happened ("the threat
 * of air strikes", "the capacity to launch attacks").
 */
const POSSIBILITY = new Set([
  'threat',
  'threats',
  'prospect',
  'prospects',
  'possibility',
  'possibilities',
  'risk',
  'risks',
  'danger',
  'dangers',
  'spectre',
  'specter',
  'capacity',
  'capability',
  'capabilities',
  'ability',
  'chance',
  'chances',
  'likelihood',
  'option',
  'options',
]);
/** Determiners of a noun that names a known, earlier act ("will respond to the attack"). */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

const has = (v: SentenceView, k: number, rel: RegExp, words?: ReadonlySet<string>): number =>
  (v.children[k] ?? []).find((c) => rel.test(v.deprel[c] ?? '') && (!words || words.has(v.lower[c] ?? ''))) ?? -1;

/** A verb's clause with a subject, a subordinator or a negation of its own is not the upper clause's. */
const ownClause = (v: SentenceView, k: number): boolean =>
  has(v, k, /^(nsubj|csubj|expl)/) >= 0 ||
  (v.children[k] ?? []).some(
    (c) => /^mark/.test(v.deprel[c] ?? '') && !/^(to|by)$/.test(v.lower[c] ?? '') && v.upos[c] !== 'PART',
  );

/** A noun that names an earlier act by a definite determiner or a possessive ("the attack", "Iraq's attack"). */
function definite(v: SentenceView, k: number): boolean {
  return (v.children[k] ?? []).some(
    (c) =>
      (/^(det|nmod:poss)/.test(v.deprel[c] ?? '') && (DEFINITE.has(v.lower[c] ?? '') || v.deprel[c] === 'nmod:poss')) ||
      (v.deprel[c] === 'nmod:poss' && c < k),
  );
}

/** A noun with an indefinite determiner ("an attack", "any attack", "another attack"). */
const indefinite = (v: SentenceView, k: number): boolean =>
  (v.children[k] ?? []).some((c) => /^det/.test(v.deprel[c] ?? '') && /^(a|an|any|another)$/.test(v.lower[c] ?? ''));

/**
 * Verbs that say an act takes place, starts, goes on to an end or is moved in time ("the talks will
 * resume", "the visit will be rescheduled", "the meeting would take place"): with a future auxiliary,
 * the act that is their subject is still ahead.
 */
const OCCUR = new Set([
  'happen',
  'occur',
  'resume',
  'begin',
  'start',
  'commence',
  'open',
  'proceed',
  'reschedule',
  'postpone',
  'delay',
  'schedule',
  'conclude',
  'end',
  'last',
  'focus',
  'hold',
  'convene',
]);

/**
 * The future auxiliary (will, would, shall, 'll) of the verb h when h says its subject takes place
 * ("will resume", "would take place", "will be held"), not negated; else -1.
 */
function futureOf(v: SentenceView, h: number, cues: Cues): number {
  const lemma = v.lemma[h] ?? '';
  const occurs =
    OCCUR.has(lemma) ||
    (lemma === 'take' && (v.children[h] ?? []).some((c) => v.lower[c] === 'place')) ||
    (lemma === 'go' && (v.children[h] ?? []).some((c) => v.lower[c] === 'ahead'));
  if (!occurs || has(v, h, /^(advmod|neg)/, cues.negation) >= 0) return -1;
  // ("will be held": a passive of holding is the act taking place; an active "will hold" has an agent)
  if (lemma === 'hold' && has(v, h, /^aux:pass/) < 0) return -1;
  return (
    (v.children[h] ?? []).find(
      (c) => /^aux/.test(v.deprel[c] ?? '') && c < h && cues.intentAux.has(v.lower[c] ?? '') && v.lower[c] !== 'going',
    ) ?? -1
  );
}

/** What in the head word h makes its dependent unreal, or null. */
function unrealAt(v: SentenceView, h: number, cues: Cues, lexical: boolean): ModalScope | null {
  const aux = (v.children[h] ?? []).filter((c) => /^aux/.test(v.deprel[c] ?? '') && c < h);
  // "will not attack" is negated, not intended: a negated upper clause is left to its own reading
  if (has(v, h, /^(advmod|neg)/, cues.negation) >= 0) return null;
  // "could have played a role": a modal perfect speaks of the past, not of a possible act
  if (aux.some((a) => /^(have|'ve)$/.test(v.lower[a] ?? ''))) return null;
  for (const a of aux) {
    const w = v.lower[a] ?? '';
    if (UNREAL_AUX.has(w)) return { status: 'hypothetical', cue: a };
    if (cues.intentAux.has(w) && !(w === 'going' && v.lower[a + 1] !== 'to')) return { status: 'intended', cue: a };
  }
  if (!lexical) return null;
  const lemma = v.lemma[h] ?? '';
  if (UNREAL_HEAD.has(lemma) || UNREAL_HEAD.has(v.lower[h] ?? '')) return { status: 'hypothetical', cue: h };
  // "looked forward to visiting", "would like to announce"
  if (lemma === 'look' && (v.children[h] ?? []).some((c) => v.lower[c] === 'forward'))
    return { status: 'intended', cue: h };
  // (not verbs of trying: PLOVER codes an attempted act as the act, "tried to hack")
  if (cues.intent.has(lemma) || cues.intentAdj.has(v.lower[h] ?? '')) return { status: 'intended', cue: h };
  return null;
}

/**
 * The modal scope the trigger t stands in, through the words its clause hangs on: an infinitive or
 * "by" gerund of purpose or manner, a participle of result, a conjunct without a subject of its
 * own, the object of a light or ordinary verb (an indefinite act: "could face sanctions", not "will
 * respond to the attack"), the "of"/"to" act of a noun of possibility. Stops at another trigger (an
 * event governs its own complements) and at any clause with a subject or subordinator of its own.
 */
export function modalScope(v: SentenceView, triggers: readonly Trigger[], t: Trigger, cues: Cues): ModalScope | null {
  if (!v.parsed) return null;
  const at = new Set(triggers.filter((x) => x !== t).map((x) => x.i));
  // "the two governments are to agree controls": "be to" + infinitive is a plan
  if (
    t.pos === 'verb' &&
    has(v, t.i, /^mark/, new Set(['to'])) >= 0 &&
    has(v, t.i, /^(cop|aux)/, new Set(['is', 'are', 'was', 'were', "'re", "'s"])) >= 0
  )
    return { status: 'intended', cue: has(v, t.i, /^(cop|aux)/) };
  let k = t.i;
  for (let depth = 0; depth < 5; depth++) {
    const h = v.head[k] ?? -1;
    const rel = v.deprel[k] ?? '';
    if (h < 0) return null;
    const noun = /^(NOUN|PROPN)$/.test(v.upos[k] ?? '');
    if (noun) {
      // "the threat of NATO air strikes", "the capacity to launch attacks" (the act may be the noun
      // itself or the verb of its "to" clause, reached through that clause)
      if (POSSIBILITY.has(v.lower[h] ?? '') && /^(nmod|acl|compound)/.test(rel))
        return { status: 'hypothetical', cue: h };
      if (k === t.i) {
        // the act itself as an object ("could face sanctions", not "will investigate the attack", though a
        // light verb's noun is its act whatever its determiner: "strengthen their cooperation") or as an
        // indefinite oblique ("will respond to an attack", not "may plead guilty to charges")
        const light = cues.light.has(v.lemma[h] ?? '');
        if (/^obj/.test(rel)) {
          if (definite(v, k) && !light) return null;
        } else if (/^nsubj/.test(rel)) {
          // "US air strikes could do serious harm": an act with no determiner, or an indefinite one, as the
          // subject of a modal of possibility (not "the bombings would not …", "sanctions may remain")
          const bare =
            indefinite(v, k) || !(v.children[k] ?? []).some((c) => /^(det|nmod:poss)/.test(v.deprel[c] ?? ''));
          const aux = (v.children[h] ?? []).find((c) => /^aux/.test(v.deprel[c] ?? '') && c < h);
          // "the visit will be rescheduled", "talks would resume": an act whose taking place is still
          // ahead (whatever its determiner; not "the attack will be investigated")
          const future = futureOf(v, h, cues);
          if (future >= 0) return { status: 'intended', cue: future };
          if (!bare || aux === undefined || !cues.hypotheticalAux.has(v.lower[aux] ?? '')) return null;
          if (/^(remain|continue|stay|persist|last|be)$/.test(v.lemma[h] ?? '')) return null;
          if (has(v, h, /^(advmod|neg)/, cues.negation) >= 0) return null;
          return { status: 'hypothetical', cue: aux };
        } else if (!/^obl/.test(rel) || !indefinite(v, k)) return null;
      } else if (!/^obj/.test(rel)) return null;
    } else {
      if (POSSIBILITY.has(v.lower[h] ?? '') && /^acl/.test(rel) && v.lower[k - 1] === 'to')
        return { status: 'hypothetical', cue: h };
      if (ownClause(v, k) && !/^xcomp/.test(rel)) return null;
      if (/^(advcl|acl)/.test(rel)) {
        // an infinitive ("to support"), a "by" gerund or a bare participle ("…, leaving X destroyed")
        // (an infinitive is a base form: "plead guilty to charges" read as a clause is no infinitive)
        const to =
          (v.lower[k - 1] === 'to' || has(v, k, /^mark/, new Set(['to'])) >= 0) &&
          (!v.xpos[k] || /^VB[G]?$/.test(v.xpos[k] ?? ''));
        const by = has(v, k, /^(mark|case)/, new Set(['by'])) >= 0;
        const participle = /^VB[GN]$/.test(v.xpos[k] ?? '') && has(v, k, /^(mark|case)/) < 0;
        if (!to && !by && !participle) return null;
        // (a "by" gerund the parse hangs on the verb's object: "would break the law by attacking")
        if (/^acl/.test(rel) && !to && !by) return null;
      } else if (/^conj/.test(rel)) {
        if (has(v, k, /^aux/) >= 0) return null;
      } else if (!/^xcomp/.test(rel)) return null;
    }
    // (a conjunct is no complement of the act it is coordinated with: "continue visiting and investing")
    if (at.has(h) && !/^conj/.test(rel)) return null;
    // (a conjunct shares its head's auxiliary, not what its head verb means: "agreed that … and agreed to")
    const unreal = unrealAt(v, h, cues, !/^conj/.test(rel));
    // "will respond to an attack": an act in a prepositional phrase of a planned act is only possible
    if (unreal) return noun && k === t.i && /^obl/.test(rel) ? { ...unreal, status: 'hypothetical' } : unreal;
    k = h;
  }
  return null;
}

/** Verbs that carry out what a promise, threat or plan announced ("kept their promise to kill"). */
const FULFIL = new Set(['keep', 'fulfil', 'fulfill', 'honor', 'honour', 'carry', 'execute', 'implement', 'make']);

/**
 * "Kidnappers kept their promise to kill the owner", "carried out their threat to attack": the intent
 * noun at k is the object of a verb that carries it out, so the act it names was done. Only a noun
 * after a determiner or possessive (not the verb of "they promise to …").
 */
export function fulfilled(v: SentenceView, k: number): boolean {
  if (v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return false;
  let j = k - 1;
  const modifier = (x: number) =>
    /^(DET|PRON|ADJ)$/.test(v.upos[x] ?? '') || /^(the|their|its|his|her|a|an)$/.test(v.lower[x] ?? '');
  while (j >= 0 && j >= k - 3 && modifier(j)) j--;
  if (j === k - 1) return false;
  // ("made good on its threat to …")
  if (v.lower[j] === 'on' && v.lower[j - 1] === 'good') j -= 2;
  if (!FULFIL.has(v.lemma[j] ?? '')) return false;
  return v.lemma[j] !== 'make' || v.lower[j + 1] === 'good';
}
