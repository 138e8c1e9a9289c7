import type { Cues } from '../../knowledge/events/index.js';
import type { Status } from '../../schema/output.js';
import { conjoinedPassive, misreadRelative, UNDERGOES, verbJoinedToNoun } from './args.js';
import { intentCode } from './intent.js';
import { ANSWERS_CHARGE, answeredClaimNoun, answersCharge } from './status-answer.js';
import { hopedFor } from './status-hope.js';
import { datedBefore, earlierTime, type Report } from './status-past.js';
import { fulfilled, modalScope } from './status-scope.js';
import { unsaid } from './status-unsaid.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

/** Nouns that name an accusation: an event they govern is claimed ("allegations of arming"). */
export const CLAIM_NOUNS = new Set([
  'allegation',
  'allegations',
  'charge',
  'charges',
  'accusation',
  'accusations',
  'claim',
  'claims',
  'report',
  'reports',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'suspicion',
  'suspicions',
]);
/** Verbs that answer, make or repeat a claim as their object ("a charge that Russia denies"). */
const ANSWERS = new Set([
  'deny',
  'reject',
  'dispute',
  'dismiss',
  'contest',
  'refute',
  'rebut',
  'confirm',
  'repeat',
  'echo',
  'make',
  'level',
  'file',
  'bring',
]);
/** Verbs of claiming that are not events themselves: their complement is claimed. */
const CLAIM_SPEECH = new Set(['claim', 'allege', 'suspect']);

/**
 * A claim verb used as an adjective ("his alleged part", "hand over alleged bombers", "suspected
 * militants") qualifies its noun; it governs no act said after it.
 */
function attributive(v: SentenceView, k: number): boolean {
  if (v.deprel[k] === 'amod' || v.upos[k] === 'ADJ') return true;
  return /ed$/.test(v.lower[k] ?? '') && v.upos[k + 1] === 'NOUN';
}

/** A claim noun, or a claim verb used as a verb: what it governs is claimed. */
function claimWord(v: SentenceView, k: number): boolean {
  const noun = /^(NOUN|PROPN)$/.test(v.upos[k] ?? '');
  // ("reports on the visit": a verb of news, no claim; "confirmed reports that …": a claim confirmed)
  if (CLAIM_NOUNS.has(v.lower[k] ?? ''))
    return !(v.upos[k] === 'VERB' && dependents(v, k, 'nsubj').length) && !confirmed(v, k);
  // ("arrested the suspects", "the suspect jumped": people suspected, not a claim about what follows)
  return CLAIM_SPEECH.has(v.lemma[k] ?? '') && !noun && !attributive(v, k);
}

/** The claim noun at k is the object of a verb that confirms it ("confirmed reports that …"). */
function confirmed(v: SentenceView, k: number): boolean {
  const h = v.head[k] ?? -1;
  return h >= 0 && /^obj/.test(v.deprel[k] ?? '') && /^(confirm|verify|corroborate)$/.test(v.lemma[h] ?? '');
}

/**
 * Whether the claim word at h governs the act whose word is k: not an infinitive of purpose hung on
 * a claim noun ("used charges to imprison critics"; only a claim takes an infinitive as its content:
 * "its claim to have downed a jet").
 */
function claimOver(v: SentenceView, h: number, k: number): boolean {
  if (!claimWord(v, h)) return false;
  const infinitive = v.lower[k - 1] === 'to' || dependents(v, k, 'mark').some((m) => v.lower[m] === 'to');
  return !(infinitive && v.upos[h] !== 'VERB' && !/^claims?$/.test(v.lower[h] ?? ''));
}
const STOP = new Set([';', '.', '"', '“', '”', 'but', 'while', 'although', 'whereas']);
const LINK = new Set(['to', 'of', 'that', 'for', 'in', 'from']);

export interface Governor {
  /** The governing trigger, when the event is the complement of another event. */
  readonly trigger: Trigger | null;
  /** A governing claim noun or claim verb token (not an event). */
  readonly claimToken: number;
}

/**
 * "filed a new charge against X -- kidnapping", "allegations: torture and murder": an act named right
 * after a dash or colon that follows a claim noun (no verb or comma between) is what the claim says.
 * Returns the claim noun, or -1.
 */
function chargeListed(v: SentenceView, t: Trigger): number {
  if (!/^(--|—|–|:)$/.test(v.lower[t.i - 1] ?? '')) return -1;
  for (let k = t.i - 2; k >= Math.max(0, t.i - 8); k--) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',' || (v.upos[k] === 'VERB' && !CLAIM_NOUNS.has(w))) return -1;
    if (CLAIM_NOUNS.has(w) && v.upos[k] !== 'VERB') return k;
  }
  return -1;
}

/** Passive verbs of belief or report that raise their subject ("the sniper is thought to have fired"). */
const RAISED_CLAIM = new Set([
  'thought',
  'believed',
  'suspected',
  'alleged',
  'said',
  'reported',
  'rumored',
  'rumoured',
  'presumed',
  'feared',
]);
const BE = /^(is|are|was|were|be|been|being|'s|'re)$/;

/**
 * "Congress is unlikely to act" (a forecast: hypothetical), "the sniper is thought to have fired" (a
 * belief or report: claimed): the adjective or passive verb right before the act's "to" (or "to have
 * (been)"), with a form of "be" before it. Null otherwise.
 */
function raisedBy(v: SentenceView, t: Trigger): { status: 'hypothetical' | 'claimed'; words: string } | null {
  if (t.pos !== 'verb') return null;
  let k = t.i - 1;
  if (v.lower[k] === 'been') k--;
  if (v.lower[k] === 'have') k--;
  if (v.lower[k] !== 'to') return null;
  const w = v.lower[k - 1] ?? '';
  if (!BE.test(v.lower[k - 2] ?? '') && !(v.upos[k - 2] === 'ADV' && BE.test(v.lower[k - 3] ?? ''))) return null;
  const words = v.lower.slice(k - 1, t.i).join(' ');
  if (w === 'likely' || w === 'unlikely') return { status: 'hypothetical', words };
  return RAISED_CLAIM.has(w) ? { status: 'claimed', words } : null;
}

/** Finds the event or claim word that governs trigger t (its complement-taking head). */
export function governorOf(v: SentenceView, triggers: readonly Trigger[], t: Trigger): Governor {
  const at = new Map(triggers.map((x) => [x.i, x]));
  const listed = chargeListed(v, t);
  if (listed >= 0) return { trigger: null, claimToken: listed };
  if (v.parsed) {
    let k = t.i;
    const hasSubject = (x: number) => (v.children[x] ?? []).some((c) => /^nsubj/.test(v.deprel[c] ?? ''));
    // "Sudan must return …": a demand trigger on the auxiliary governs its verb
    for (const c of v.children[t.i] ?? []) {
      const g = /^aux/.test(v.deprel[c] ?? '') ? at.get(c) : undefined;
      if (g) return { trigger: g, claimToken: -1 };
    }
    // "the US must be ready to mediate", "Iran should be willing to talk": the demand on the
    // predicate whose infinitive the act is governs the act (demanded, not intended)
    const xh = /^xcomp/.test(v.deprel[t.i] ?? '') ? (v.head[t.i] ?? -1) : -1;
    if (xh >= 0 && !at.has(xh))
      for (const c of v.children[xh] ?? []) {
        const g = /^aux/.test(v.deprel[c] ?? '') ? at.get(c) : undefined;
        if (g) return { trigger: g, claimToken: -1 };
      }
    // "authorities allege the attacks were plotted by X", "denies the raid was carried out by its
    // troops": an act noun that is the subject of a clause an allegation or denial takes is what is
    // claimed or denied of it
    if (t.pos === 'noun' && /^nsubj/.test(v.deprel[t.i] ?? '')) {
      const clause = v.head[t.i] ?? -1;
      const over = /^ccomp/.test(v.deprel[clause] ?? '') ? (v.head[clause] ?? -1) : -1;
      const g = at.get(over);
      if (g && (g.entry.role === 'accuse' || g.entry.role === 'deny')) return { trigger: g, claimToken: -1 };
      if (over >= 0 && !g && claimWord(v, over)) return { trigger: null, claimToken: over };
    }
    // "claimed that ISIL had attacked Iraq and taken Mosul": a conjunct that shares its head's
    // subject stands where its head stands, so it is governed as the head is
    let self = true;
    for (let depth = 0; depth < 4; depth++) {
      const rel = v.deprel[k] ?? '';
      const h = v.head[k] ?? -1;
      if (h < 0) break;
      // a clause with its own subject that is not the trigger's is reported, not governed
      if (!self && v.upos[k] === 'VERB' && hasSubject(k)) break;
      // a noun in a compound ("mediation efforts") is governed through its head noun
      const allowed = self
        ? t.pos === 'noun'
          ? /^(xcomp|ccomp|advcl|acl|obj|nmod|obl|conj|compound)/
          : /^(xcomp|ccomp|advcl|acl|obj|nmod|obl|conj)/
        : /^(xcomp|obj|nmod|obl|acl)/;
      if (!allowed.test(rel)) break;
      if (rel.startsWith('advcl') && hasSubject(k)) break;
      // "Backed by Russia, Syria rejected …": a clause fronted before its head is no complement of it
      if (self && rel.startsWith('advcl') && k < h && v.lower.slice(k + 1, h).includes(',')) break;
      // a relative clause with a subject of its own and a wh-word ("…, where X signed a treaty") is no
      // complement ("an admission that NKVD forces murdered …" parsed as a relative clause still is)
      if (
        rel.startsWith('acl:relcl') &&
        hasSubject(k) &&
        (v.children[k] ?? []).some((c) => /^(where|when|who|whom|whose|which)$/.test(v.lower[c] ?? ''))
      )
        break;
      // "a charge that Russia denies": "that" is the object of a verb that answers or makes the claim,
      // not the mark of what is claimed ("reports that soldiers had surrendered", "an admission that
      // NKVD forces murdered 15,000 officers", however the parse reads "that")
      const objects = (v.children[k] ?? []).filter((c) => /^obj/.test(v.deprel[c] ?? ''));
      if (
        rel.startsWith('acl:relcl') &&
        ANSWERS.has(v.lemma[k] ?? '') &&
        objects.length === 1 &&
        objects.some((c) => c < k && v.lower[c] === 'that')
      )
        return { trigger: null, claimToken: -1 };
      if (rel.startsWith('conj')) {
        // "charged with subversion but authorities have blocked …": a verb with a subject of its own
        // the parse joins to a noun starts a clause of its own
        if (v.upos[k] === 'VERB' && hasSubject(k) && /^(NOUN|PROPN)$/.test(v.upos[h] ?? ''))
          return { trigger: null, claimToken: -1 };
        self = self && !(t.pos === 'verb' && hasSubject(k));
        // "killing one person and arresting 12": a verb the parse joins to the object noun of
        // another verb is that verb's conjunct
        k = v.upos[k] === 'VERB' && verbJoinedToNoun(v, k) ? (v.head[h] ?? h) : h;
        continue;
      }
      const g = at.get(h);
      // "rejected allegations that it had armed …" with the clause hung on the verb: the claim governs it
      const answered = g ? answeredClaimNoun(v, h, k, (w) => CLAIM_NOUNS.has(w)) : -1;
      if (answered >= 0) return { trigger: null, claimToken: answered };
      if (g) return { trigger: g, claimToken: -1 };
      if (claimOver(v, h, k)) return { trigger: null, claimToken: h };
      k = h;
      self = false;
    }
    // "alleged that X …, and that Y …": a second "that" clause is governed as the first
    for (let x = t.i, up = 0; x >= 0 && up < 8; x = v.head[x] ?? -1, up++) {
      const first = firstThatClause(v, x);
      if (first < 0) continue;
      const g = at.get(first);
      if (g) return { trigger: g, claimToken: -1 };
      if (claimWord(v, first)) return { trigger: null, claimToken: first };
      break;
    }
  }
  return linearGovernor(v, at, t, v.parsed);
}

/**
 * "alleged that France was aware …, and that its troops helped …": when clause k opens with "and that"
 * (or "or that"), the word that governs the nearest earlier "that" clause of the sentence (its
 * complement-taking head, however the parse hangs the second clause; the word before that clause's
 * "that" when the parse misreads it), else -1.
 */
function firstThatClause(v: SentenceView, k: number): number {
  const kids = v.children[k] ?? [];
  const mark = kids.find((c) => c < k && v.lower[c] === 'that' && /^mark/.test(v.deprel[c] ?? ''));
  if (mark === undefined || !/^(and|or)$/.test(v.lower[mark - 1] ?? '')) return -1;
  for (let j = mark - 2; j >= 0; j--) {
    if (v.lower[j] !== 'that' || !/^mark/.test(v.deprel[j] ?? '')) continue;
    const c = v.head[j] ?? -1;
    if (c < 0 || c === k) continue;
    // (a first clause the parse misreads, "denied that its forces shelled villages" as a modifier:
    // the word right before its "that")
    return /^ccomp/.test(v.deprel[c] ?? '') ? (v.head[c] ?? -1) : j - 1;
  }
  return -1;
}

/**
 * A "that" (or the "for" of "pushing for X to …") between g and t opens a clause with a subject of its own
 * before t ("demand that Israel ease").
 */
function thatSubject(v: SentenceView, g: number, t: number): boolean {
  for (let k = g + 1; k < t - 1; k++) {
    if (v.lower[k] !== 'that' && v.lower[k] !== 'for') continue;
    // only the subject (and "to", modals, adverbs) between: no verb, conjunction or clause break
    // ("called for a free-trade zone and pledged to …" is two acts)
    let subject = false;
    for (let j = k + 1; j < t; j++) {
      if ((v.mentionAt[j] ?? -1) >= 0 || /^(NOUN|PROPN|PRON)$/.test(v.upos[j] ?? '')) subject = true;
      else if (/^(VERB|CCONJ|SCONJ|PUNCT)$/.test(v.upos[j] ?? '') || /^(and|or|but|,|;)$/.test(v.lower[j] ?? ''))
        return false;
    }
    return subject;
  }
  return false;
}

/** Word order: the nearest trigger or claim word to the left, linked by to/of/that/for. */
function linearGovernor(v: SentenceView, at: ReadonlyMap<number, Trigger>, t: Trigger, strict: boolean): Governor {
  let linked = false;
  let comma = false;
  // a verb with its own subject right before it starts a new clause ("… and Sylvania condemned it")
  const ownSubject = t.pos === 'verb' && (v.mentionAt[t.i - 1] ?? -1) >= 0;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 12); k--) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w)) break;
    if (LINK.has(w)) linked = true;
    if (w === ',') comma = true;
    const g = at.get(k);
    // (with a parse: only when just determiners and modifiers stand between, "had halted economic aid")
    const objectNoun =
      t.pos === 'noun' &&
      g?.pos === 'verb' &&
      t.i - k <= 4 &&
      !linked &&
      (!strict || v.upos.slice(k + 1, t.i).every((u) => /^(DET|ADJ|NUM|NOUN|VERB)$/.test(u ?? '')));
    const clausal = g !== undefined && g.entry.role !== 'event' && g.pos === 'verb' && (!strict || linked);
    const sameClause = !strict && t.pos === 'verb' && g?.pos === 'verb' && !comma && !ownSubject;
    // "faces pressure from Congress to help Iran": the infinitive after a demand or threat noun is its content;
    // so is a "that" clause with its own subject ("its demand that Israel ease …", not "the demand that angered"),
    // and the infinitive or clause of a demand verb however the parse hangs it ("demanded the parties … to allow")
    // (not a noun the parse makes the verb's own argument: "Its demand that X halt …" read as "demand … halt")
    const content =
      linked &&
      g !== undefined &&
      t.pos === 'verb' &&
      (!strict || v.head[g.i] !== t.i) &&
      (g.pos === 'noun'
        ? (g.info.plover === 'REQUEST' || g.info.plover === 'THREATEN') &&
          ((v.lower[t.i - 1] === 'to' && t.i - k <= 6) || (thatSubject(v, k, t.i) && t.i - k <= 8))
        : g.info.plover === 'REQUEST' &&
          g.entry.role === 'event' &&
          (v.lower[t.i - 1] === 'to' || thatSubject(v, k, t.i)) &&
          t.i - k <= 10);
    if (g)
      return (linked && (!strict || g.entry.role !== 'event')) ||
        objectNoun ||
        content ||
        clausal ||
        sameClause ||
        (!strict && k === t.i - 1)
        ? { trigger: g, claimToken: -1 }
        : { trigger: null, claimToken: -1 };
    if (v.mentionAt[k] !== -1 && !linked && t.pos === 'noun') break;
    if (linked && claimOver(v, k, t.i)) return { trigger: null, claimToken: k };
  }
  return { trigger: null, claimToken: -1 };
}

export interface StatusResult {
  readonly status: Status;
  /** The event is the complement of another event ("agreed to cooperate") and is not coded apart. */
  readonly swallowed: boolean;
  /** The event is intended through an intent cue (will, vows, plans, ready to). */
  readonly intent: boolean;
  /**
   * "pledged to expel", "threatened to attack": the intent verb that is itself an event and whose
   * infinitive is this act. PLOVER codes the pair once, as the intended act (AGREE or THREATEN by
   * what is intended), so the verb yields to its complement when that is coded.
   */
  readonly yields?: Trigger;
  /** The intent word ("plans", "ready", "prepared") when the act is intended through one. */
  readonly intentCue?: number;
  readonly explain: string[];
}

/** Modals of obligation: the act they govern is owed, not done. */
const OBLIGATION: ReadonlySet<string> = new Set(['should', 'ought', 'must', 'shall']);

/** Verbs whose infinitive complement did not happen ("failed to reach agreement"). */
const FAILING = new Set(['fail', 'failure', 'refusal']);

/** Verbs that keep an act from happening ("prevented X from attacking", "protected X from being killed"). */
const PREVENTING = new Set([
  'prevent',
  'stop',
  'protect',
  'keep',
  'bar',
  'ban',
  'block',
  'deter',
  'dissuade',
  'save',
  'shield',
  'refrain',
  'restrain',
  'prohibit',
  'spare',
  'discourage',
  'forbid',
  'preclude',
]);

/** "prevented Syria from attacking Iraq", "protected Libya from being attacked": the act was kept from happening. */
function prevented(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  const from =
    v.lower[t.i - 1] === 'from' ? t.i - 1 : v.lower[t.i - 1] === 'being' && v.lower[t.i - 2] === 'from' ? t.i - 2 : -1;
  if (from < 0) return false;
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',') return false;
    if (PREVENTING.has(v.lemma[k] ?? '')) return true;
  }
  return false;
}

/** "failed to reach agreement", "are failing to uphold": the act did not happen. */
function failed(v: SentenceView, t: Trigger): boolean {
  if (prevented(v, t)) return true;
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 3; depth++) {
      const h = v.head[k] ?? -1;
      if (h < 0 || !/^(xcomp|obj|acl)/.test(v.deprel[k] ?? '')) break;
      if (FAILING.has(v.lemma[h] ?? '') && h < t.i) return true;
      k = h;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',') break;
    if (FAILING.has(v.lemma[k] ?? '') && v.lower[k + 1] === 'to') return true;
    if (/^(failure|refusal)$/.test(v.lower[k] ?? '') && v.lower[k + 1] === 'to') return true;
  }
  return false;
}

/** "None of the doctors were killed", "No civilians were hurt": the subject phrase opens with a negation. */
function noneDid(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  let k = t.i - 1;
  while (k >= 0 && /^(was|were|is|are|be|been|being|had|has|have|not|reportedly|also)$/.test(v.lower[k] ?? '')) k--;
  // back over the subject phrase (no verb, no clause break) to its first word
  for (let n = 0; k >= 0 && n < 8; k--, n++) {
    const w = v.lower[k] ?? '';
    if (/^(no|none|nobody|neither|nothing)$/.test(w))
      return k === 0 || /^[,;:]$|^(but|and|that)$/.test(v.lower[k - 1] ?? '');
    if (STOP.has(w) || w === ',' || v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return false;
  }
  return false;
}

/** Words opening a clause of its own, which a negation before them does not reach. */
const WH_OPENER = /^(who|whom|whose|what|which|when|where|why|how|whether)$/;

function negated(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (failed(v, t) || noneDid(v, t)) return true;
  // "is not being investigated only by Britain", "not only attacked": the act is done, and more
  // ("cannot stop mobilizing": a stop denied, the act goes on)
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    if (v.lower[k] !== 'not' && v.lower[k] !== "n't") continue;
    if (v.lower[k + 1] === 'only' || v.lower[t.last + 1] === 'only') return false;
    if (v.lemma.slice(k + 1, t.i).some((l) => /^(stop|cease|quit)$/.test(l ?? ''))) return false;
  }
  if (v.parsed) {
    const kids = v.children[t.i] ?? [];
    if (kids.some((c) => v.deprel[c] === 'advmod' || v.deprel[c] === 'neg' || v.deprel[c] === 'det')) {
      if (kids.some((c) => cues.negation.has(v.lower[c] ?? '') && (v.deprel[c] !== 'det' || v.lower[c] === 'no')))
        return true;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (cues.negation.has(w))
      return !(w === 'no' && t.pos === 'verb') && !(w === 'without' && t.pos === 'noun' && k < t.i - 1);
    // "did not say who attacked the convoy": the clause a wh-word opens is not under the negation
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1 || WH_OPENER.test(w)) break;
  }
  return false;
}

/** "allegedly", "purportedly" or "supposedly" just before the trigger, past auxiliaries ("had allegedly been paid"). */
function allegedly(v: SentenceView, t: Trigger): boolean {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (/^(allegedly|purportedly|supposedly)$/.test(w)) return true;
    if (!/^(has|have|had|was|were|is|are|been|be|being|also)$/.test(w)) return false;
  }
  return false;
}

/** A capitalised word inside the sentence is a name or a month, not an auxiliary ("Theresa May has blamed …"). */
function nameWord(v: SentenceView, k: number): boolean {
  const tok = v.tokens[k];
  if (!tok || k === 0) return false;
  const c = v.text.charAt(tok.start - v.sentence.start);
  return c !== c.toLowerCase();
}

/** Nouns of a measure or scheme whose infinitive states what it would do, not what was done. */
const MEASURE: ReadonlySet<string> = new Set([
  'measure',
  'bill',
  'resolution',
  'motion',
  'legislation',
  'amendment',
  'proposal',
  'scheme',
  'programme',
  'program',
  'initiative',
  'draft',
]);

/**
 * "approved a measure to send troops", "passed a resolution to deploy forces": the act a measure
 * provides for (an infinitive of the noun) has not happened; approving the measure is the act done.
 * Returns the noun, or -1.
 */
function measureContent(v: SentenceView, t: Trigger): number {
  if (!v.parsed || t.pos !== 'verb' || !dependents(v, t.i, 'mark').some((m) => v.lower[m] === 'to')) return -1;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i) return -1;
  if (v.deprel[t.i] === 'acl') return MEASURE.has(v.lemma[h] ?? '') ? h : -1;
  // "approving a measure on October 18 to send troops": the infinitive hung on the verb whose object
  // the measure is (a purpose the measure itself serves)
  if (v.deprel[t.i] !== 'advcl' || v.upos[h] !== 'VERB') return -1;
  return dependents(v, h, 'obj').find((o) => o < t.i && MEASURE.has(v.lemma[o] ?? '')) ?? -1;
}

function auxBefore(v: SentenceView, t: Trigger, words: ReadonlySet<string>): boolean {
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    const w = v.lower[k] ?? '';
    if (words.has(w) && nameWord(v, k)) break;
    if (words.has(w)) return !(w === 'going' && v.lower[k + 1] !== 'to');
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1) break;
    // "talks could help and agreed to meet": a coordination ends the act's own auxiliaries (a conjunct
    // sharing them is found through the parse)
    if (v.parsed && v.upos[k] === 'CCONJ') break;
    // "will respond to an attack": the auxiliary of the verb an act is the oblique of is that verb's
    // (the act's own status comes from its scope: modalScope)
    if (v.parsed && t.pos === 'noun' && k === v.head[t.i] && /^obl/.test(v.deprel[t.i] ?? '')) break;
  }
  return sharedAux(v, t, words);
}

/**
 * "it will begin withdrawing troops and release prisoners": a coordinated verb with no auxiliary or
 * subject of its own shares the auxiliary of the verb it is coordinated with. Needs the parse.
 */
function sharedAux(v: SentenceView, t: Trigger, words: ReadonlySet<string>): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.deprel[t.i] !== 'conj') return false;
  if (dependents(v, t.i, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark').length) return false;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i || v.upos[h] !== 'VERB') return false;
  return dependents(v, h, 'aux').some((a) => a < h && words.has(v.lower[a] ?? ''));
}

function intentCue(v: SentenceView, t: Trigger, cues: Cues): number {
  const k = intentWord(v, t, cues);
  // "kept their promise to kill": the promise was carried out, the act done
  return k >= 0 && fulfilled(v, k) ? -1 : k;
}

function intentWord(v: SentenceView, t: Trigger, cues: Cues): number {
  // "vows to escalate", "plans to impose", "ready to host", "seeks increased cooperation"
  // ("considers the sanctions essential": an object with an adjective after it is judged, not intended)
  const judgedObject = v.upos[t.last + 1] === 'ADJ';
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 3; depth++) {
      const h = v.head[k] ?? -1;
      const rel = v.deprel[k] ?? '';
      if (h < 0 || !/^(xcomp|ccomp|obj|advcl)/.test(rel)) break;
      // "threatened to revoke his parole if X did not sign": an adverbial clause with a subject of its
      // own is the condition or the reason of the intended act, not part of what is intended
      if (rel.startsWith('advcl') && (v.children[k] ?? []).some((c) => /^nsubj/.test(v.deprel[c] ?? ''))) break;
      if (depth === 0 && rel === 'obj' && judgedObject) break;
      if (cues.intent.has(v.lemma[h] ?? '') || cues.intentAdj.has(v.lower[h] ?? '')) return h;
      k = h;
    }
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 4); k--) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',' || v.mentionAt[k] !== -1) break;
    const judged = v.lower[k + 1] !== 'to' && judgedObject;
    if (
      (cues.intent.has(v.lemma[k] ?? '') || cues.intentAdj.has(w)) &&
      (v.lower[k + 1] === 'to' || k === t.i - 1 || k === t.i - 2) &&
      !judged
    )
      return k;
  }
  return -1;
}

/** "… before it threatens Central Asia": a present tense after "before/once" speaks of what has not happened. */
function notYet(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(VBZ|VBP)$/.test(v.xpos[t.i] ?? '')) return false;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
    const w = v.lower[k] ?? '';
    if (w === 'before' || w === 'once') return true;
    if (STOP.has(w) || w === ',' || v.upos[k] === 'VERB') return false;
  }
  return false;
}

/**
 * "has no rights unless the father takes the step and formally agrees to pay": a verb conjunct with no
 * subject of its own, of the same form as the verb of an if/unless clause it follows with no comma
 * between, which the parse joins to the main verb before that clause (a parse slip): it is part of
 * the condition.
 */
function conditionConjunct(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (t.pos !== 'verb' || v.deprel[t.i] !== 'conj') return false;
  if (dependents(v, t.i, 'nsubj', 'nsubj:pass', 'mark').length) return false;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || h > t.i) return false;
  for (let m = t.i - 1; m > h; m--) {
    const w = v.lower[m] ?? '';
    if (w === ',' || w === ';' || w === ':') return false;
    if (v.upos[m] !== 'VERB' || v.xpos[m] !== v.xpos[t.i]) continue;
    return dependents(v, m, 'mark').some((k) => cues.hypothetical.has(v.lower[k] ?? ''));
  }
  return false;
}

function hypothetical(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (notYet(v, t)) return true;
  if (v.parsed) {
    let k = t.i;
    for (let depth = 0; depth < 4 && k >= 0; depth++) {
      if ((v.children[k] ?? []).some((c) => v.deprel[c] === 'mark' && cues.hypothetical.has(v.lower[c] ?? '')))
        return true;
      if (!/^(advcl|conj|xcomp|ccomp)/.test(v.deprel[k] ?? '')) break;
      k = v.head[k] ?? -1;
    }
    if (conditionConjunct(v, t, cues)) return true;
    // a parse slip ("until [their demands] are met" read as a coordination): the marker opens
    // the trigger's own clause, with no other verb between them
    for (let j = t.i - 1; j >= Math.max(0, t.i - 6); j--) {
      const w = v.lower[j] ?? '';
      if (STOP.has(w) || w === ',' || v.upos[j] === 'VERB') break;
      if (cues.hypothetical.has(w)) return true;
    }
  } else {
    for (let k = t.i - 1; k >= 0; k--) {
      const w = v.lower[k] ?? '';
      if (cues.hypothetical.has(w)) return true;
      if (STOP.has(w) || w === ',') break;
    }
  }
  return auxBefore(v, t, cues.hypotheticalAux);
}

/** The verb trigger t is a conjunct of, when t has no subject of its own (parse only). */
function conjHead(v: SentenceView, triggers: readonly Trigger[], t: Trigger): Trigger | null {
  if (!v.parsed || t.pos !== 'verb' || !/^conj/.test(v.deprel[t.i] ?? '')) return null;
  if (dependents(v, t.i, 'nsubj', 'nsubj:pass', 'mark').length) return null;
  const h = v.head[t.i] ?? -1;
  return triggers.find((x) => x !== t && x.pos === 'verb' && x.i === h && h < t.i) ?? null;
}

/** "had not intervened", "hadn't signed": a past perfect between the trigger and its clause's start. */
function counterfactual(v: SentenceView, t: Trigger): boolean {
  if (v.parsed && dependents(v, t.i, 'aux').some((a) => /^(had|'d)$/.test(v.lower[a] ?? ''))) return true;
  for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
    const w = v.lower[k] ?? '';
    if (w === 'had' || w === "'d") return true;
    if (STOP.has(w) || w === ',') break;
  }
  return false;
}

/** The parse marks the trigger's clause by if/unless ("if his uncle, X, did not sign"). */
const conditionMark = (v: SentenceView, t: Trigger, cues: Cues): boolean =>
  v.parsed && t.pos === 'verb' && dependents(v, t.i, 'mark').some((m) => cues.hypothetical.has(v.lower[m] ?? ''));

/** The trigger's clause is introduced by if/unless. */
function clauseMarked(v: SentenceView, t: Trigger, cues: Cues): boolean {
  for (let k = t.i - 1; k >= 0; k--) {
    const w = v.lower[k] ?? '';
    if (cues.hypothetical.has(w)) return true;
    if (STOP.has(w) || w === ',') break;
  }
  return false;
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const YEAR_PREP = new Set(['in', 'since', 'during', 'of', 'between', 'and', 'until', 'from']);

/** Background: a year before the report's in the trigger's clause ("drills in 2016 and 2017"). */
function historical(v: SentenceView, t: Trigger, published: number | null): number | null {
  if (published === null) return null;
  const lo = Math.max(0, t.i - 6);
  const hi = Math.min(v.lower.length - 1, t.last + 10);
  for (let k = lo; k <= hi; k++) {
    const w = v.lower[k] ?? '';
    if (k > t.i && STOP.has(w)) break;
    if (YEAR.test(w) && YEAR_PREP.has(v.lower[k - 1] ?? '') && Number(w) < published) {
      // a later year in the same clause ("in 2016 and this year") keeps it current
      return Number(w);
    }
  }
  return null;
}

/** "jailed over a year ago", "taken hostage 15 months ago": background well before the report (a year or more). */
function longAgo(v: SentenceView, t: Trigger): string | null {
  for (let k = t.last + 1; k <= Math.min(v.lower.length - 2, t.last + 6); k++) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w) || w === ',') return null;
    if (v.lower[k + 1] !== 'ago') continue;
    const n = v.lower[k - 1] ?? '';
    const count = /^\d+$/.test(n)
      ? Number(n)
      : n === 'a' || n === 'an' || n === 'one'
        ? 1
        : /^(two|three|four|five|six|several|many)$/.test(n)
          ? 2
          : 0;
    if (/^(years?|decades?)$/.test(w) || (/^months?$/.test(w) && count >= 12)) return `${n} ${w} ago`;
  }
  return null;
}

/** The protest before a demand in an infinitive or participle ("…, calling for", "… to demand"), if any. */
function protestPurpose(v: SentenceView, triggers: readonly Trigger[], t: Trigger, cues: Cues): Trigger | null {
  if (t.pos !== 'verb' || t.info.plover !== 'REQUEST') return null;
  const infinitive = v.lower[t.i - 1] === 'to';
  const participle = /ing$/.test(v.lower[t.i] ?? '') && (v.mentionAt[t.i - 1] ?? -1) < 0;
  if (!infinitive && !participle) return null;
  const protest = [...triggers]
    .reverse()
    .find((x) => x !== t && x.info.plover === 'PROTEST' && x.last < t.i && t.i - x.last <= 15);
  if (!protest) return null;
  // the demand is the protest's own only within its clause: no speech verb or clause break between
  for (let k = protest.last + 1; k < t.i; k++) {
    const w = v.lower[k] ?? '';
    if (w === ';' || w === ':' || /^(but|while|whereas|although)$/.test(w) || cues.speech.has(v.lemma[k] ?? w))
      return null;
  }
  return protest;
}

/**
 * The intent verb g ("pledged", "vowed", "threatened", "agreed") when it is an event whose
 * infinitive complement is t ("pledged to expel"), itself reported as done (not negated, not
 * conditional): the pair is one intended act. Else null.
 */
function intendedBy(v: SentenceView, g: Trigger, t: Trigger, cues: Cues): Trigger | null {
  if (g.pos !== 'verb' || t.pos !== 'verb' || g.entry.role !== 'event' || g.i >= t.i) return null;
  if (!cues.intent.has(v.lemma[g.i] ?? '')) return null;
  // a verb, not the noun of "rejected a US offer to host …"
  if (v.parsed && v.upos[g.i] !== 'VERB') return null;
  for (let k = g.i - 1; k >= Math.max(0, g.i - 4); k--) {
    if (/^(a|an|the|its|their|his|her|our|this)$/.test(v.lower[k] ?? '')) return null;
    if (!/^(PROPN|ADJ|NOUN)$/.test(v.upos[k] ?? '') && (v.mentionAt[k] ?? -1) < 0) break;
  }
  // the infinitive follows the verb: "pledged to expel", "threatened on Monday to strike"
  if (v.lower[t.i - 1] !== 'to' || t.i - g.last > 6) return null;
  // nothing between but adverbs and times: no clause break, and no party of its own ("wants Putin to attack")
  for (let k = g.last + 1; k < t.i - 1; k++)
    if (STOP.has(v.lower[k] ?? '') || v.lower[k] === ',' || (v.mentionAt[k] ?? -1) >= 0) return null;
  // only an act that PLOVER recodes as intended (AGREE, THREATEN); verbal conflict stays with the verb
  if (t.info.plover !== 'AGREE' && t.info.plover !== 'THREATEN' && intentCode(t.info) === null) return null;
  if (negated(v, g, cues) || hypothetical(v, g, cues)) return null;
  return g;
}

/**
 * "Police alleged that the men planned the raid", "denied that it plans to attack": the allegation or
 * denial whose complement holds the intent word at k (up through complements and conjuncts), if any.
 */
function allegedOver(
  v: SentenceView,
  triggers: readonly Trigger[],
  k: number,
): { status: 'claimed' | 'denied'; at: number } | null {
  if (!v.parsed) return null;
  for (let x = k, up = 0; up < 3; up++) {
    if (!/^(ccomp|xcomp|conj|advcl)/.test(v.deprel[x] ?? '')) return null;
    x = v.head[x] ?? -1;
    if (x < 0) return null;
    const role = triggers.find((g) => g.i === x)?.entry.role;
    if (role === 'accuse' || (role === undefined && claimWord(v, x))) return { status: 'claimed', at: x };
    if (role === 'deny') return { status: 'denied', at: x };
  }
  return null;
}

/**
 * "seeks increased cooperation with X to suppress …": the acts an infinitive of purpose serves — its
 * governor, and the acts whose words the parse hangs it on or that modify them — that precede it.
 */
function purposeServed(v: SentenceView, triggers: readonly Trigger[], t: Trigger, gov: Governor): Trigger[] {
  if (t.pos !== 'verb' || v.lower[t.i - 1] !== 'to' || !v.parsed || v.upos[t.i] !== 'VERB') return [];
  if (!/^(acl|advcl)/.test(v.deprel[t.i] ?? '')) return [];
  const h = v.head[t.i] ?? -1;
  // ("increased cooperation": the act word may modify the noun the infinitive hangs on)
  const near = triggers.filter((x) => x !== t && ((x.i <= h && h <= x.last) || v.head[x.i] === h));
  return [...new Set([...(gov.trigger ? [gov.trigger] : []), ...near])].filter((g) => g.last < t.i - 1);
}

/** How the text presents the event: asserted, claimed, denied, negated, intended, hypothetical or historical. */
export function statusOf(
  v: SentenceView,
  triggers: readonly Trigger[],
  t: Trigger,
  cues: Cues,
  report: Report | number | null,
  depth = 0,
): StatusResult & { governor: Governor } {
  const published = typeof report === 'number' ? report : (report?.year ?? null);
  const explain: string[] = [];
  const gov = governorOf(v, triggers, t);
  // purposes are not events: "talks aimed at ending the war", "in a bid to contain", "in order to"
  const before = v.lower.slice(Math.max(0, t.i - 3), t.i).join(' ');
  if (
    /\b(aimed at|aiming at|aims at|bid to|order to|designed to|intended to|so as to|meant to|effort to|efforts to)$/.test(
      before,
    )
  )
    return { status: 'asserted', swallowed: true, intent: false, explain: ['purpose clause'], governor: gov };
  // "were capable of deploying 300,000 troops": an ability, not the act
  if (/\b(capable of|incapable of)$/.test(before))
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: ['status: hypothetical ("capable of")'],
      governor: gov,
    };
  // "continued their hunger strike to demand the resignation": what the protest's purpose clause
  // demands is the protest's content
  if (v.parsed && t.pos === 'verb' && /^(REQUEST|ACCUSE|REJECT|PROTEST)$/.test(t.info.plover ?? '')) {
    const h = v.head[t.i] ?? -1;
    const protest =
      /^(advcl|xcomp)/.test(v.deprel[t.i] ?? '') && h >= 0
        ? triggers.find(
            (x) => x !== t && x.info.plover === 'PROTEST' && v.head[x.i] === h && /^obj/.test(v.deprel[x.i] ?? ''),
          )
        : undefined;
    if (protest)
      return {
        status: 'asserted',
        swallowed: true,
        intent: false,
        explain: [`content of "${v.lower[protest.i]}"`],
        governor: { trigger: protest, claimToken: -1 },
      };
  }
  // "demonstrated …, calling for independence", "blocked streets … to demand reforms": a demand in an
  // infinitive or a participle after a protest is what the protesters demand, whatever the parse
  const purpose = protestPurpose(v, triggers, t, cues);
  if (purpose)
    return {
      status: 'asserted',
      swallowed: true,
      intent: false,
      explain: [`content of "${v.lower[purpose.i]}"`],
      governor: { trigger: purpose, claimToken: -1 },
    };
  // "if Moscow did not sign …": a negated condition is as unreal as any other (not "if X had not
  // intervened", a counterfactual of what did happen)
  if (negated(v, t, cues) && (clauseMarked(v, t, cues) || conditionMark(v, t, cues)) && !counterfactual(v, t))
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: ['status: hypothetical (if/unless)', 'a negated condition'],
      governor: gov,
    };
  if (negated(v, t, cues))
    return {
      status: 'negated',
      swallowed: false,
      intent: auxBefore(v, t, cues.intentAux) || intentCue(v, t, cues) >= 0,
      explain: ['status: negated (negation before the trigger)'],
      governor: gov,
    };
  // "a man allegedly attacked a car": an act the report only relays as an allegation
  if (allegedly(v, t))
    return {
      status: 'claimed',
      swallowed: false,
      intent: false,
      explain: ['status: claimed ("allegedly")'],
      governor: gov,
    };
  // "Britain blames Russia for the attack, which Russia denies": the answer to a charge is a fact
  const answer = answersCharge(v, t);
  if (answer)
    return {
      status: 'asserted',
      swallowed: false,
      intent: false,
      explain: [`${ANSWERS_CHARGE} ("${answer}")`],
      governor: { trigger: null, claimToken: -1 },
    };
  // "Peru did not say that Chile attacked the post": what no one said is not reported as happening
  const notSaid = unsaid(v, t);
  if (notSaid >= 0)
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: [`status: hypothetical (content of the negated "${v.lower[notSaid]}")`],
      governor: gov,
    };
  // "alleged that officers arrested him, handcuffed him and led him away": a conjunct sharing its
  // head's subject is claimed or denied as its head is
  const head = depth < 3 ? conjHead(v, triggers, t) : null;
  const headStatus = head ? statusOf(v, triggers, head, cues, report, depth + 1) : null;
  if (
    head &&
    headStatus &&
    (headStatus.status === 'claimed' || headStatus.status === 'denied') &&
    !headStatus.swallowed
  )
    return {
      status: headStatus.status,
      swallowed: false,
      intent: false,
      explain: [`status: ${headStatus.status} (conjunct of "${v.lower[head.i]}")`],
      governor: headStatus.governor,
    };
  if (gov.trigger) {
    const role = gov.trigger.entry.role;
    const gw = v.lower[gov.trigger.i];
    if (role === 'accuse')
      return {
        status: 'claimed',
        swallowed: false,
        intent: false,
        explain: [`status: claimed (complement of "${gw}")`],
        governor: gov,
      };
    // "denied accusations made by X that …": the accusation was made; what it says is denied
    if (role === 'deny' && t.pos === 'noun' && t.entry.role === 'accuse')
      return {
        status: 'asserted',
        swallowed: false,
        intent: false,
        explain: [`an accusation denied ("${gw}") is still made`],
        governor: gov,
      };
    if (role === 'deny')
      return {
        status: 'denied',
        swallowed: false,
        intent: false,
        explain: [`status: denied (complement of "${gw}")`],
        governor: gov,
      };
    const pledge = intendedBy(v, gov.trigger, t, cues);
    if (pledge)
      return {
        status: 'intended',
        swallowed: false,
        intent: true,
        explain: [`status: intended ("${gw}" to)`],
        governor: gov,
        yields: pledge,
      };
    if ((role === 'event' || role === 'reject' || role === 'confirm') && gov.trigger.pos === 'verb') {
      return { status: 'asserted', swallowed: true, intent: false, explain: [`complement of "${gw}"`], governor: gov };
    }
    // "its demand that Turkey withdraw its troops", "a threat to attack": the content of a demand or
    // threat noun is part of it (not a relative clause: "the attack that killed five")
    // "a hunger strike to demand the resignation": what protesters demand is the protest's content
    const verbalNoun =
      gov.trigger.entry.plover === 'REQUEST' ||
      gov.trigger.entry.plover === 'THREATEN' ||
      (gov.trigger.info.plover === 'PROTEST' && /^(REQUEST|ACCUSE|REJECT|PROTEST)$/.test(t.info.plover ?? '')) ||
      // "appreciation for China's assistance", "criticism of the raid": the reaction is the event
      (/^(SUPPORT|ACCUSE)$/.test(gov.trigger.info.plover ?? '') &&
        t.pos === 'noun' &&
        gov.trigger.entry.role === 'event');
    if (role === 'event' && gov.trigger.pos === 'noun' && verbalNoun && !/relcl/.test(v.deprel[t.i] ?? '')) {
      return { status: 'asserted', swallowed: true, intent: false, explain: [`content of "${gw}"`], governor: gov };
    }
  }
  // "seeks cooperation with X to suppress terrorism": the purpose of an intended act is intended too
  const served = (depth < 3 ? purposeServed(v, triggers, t, gov) : []).find(
    (g) => statusOf(v, triggers, g, cues, report, depth + 1).status === 'intended',
  );
  // (an act of conflict it serves is no warning to anyone: coded as itself, not as THREATEN)
  if (served)
    return {
      status: 'intended',
      swallowed: false,
      intent: t.info.quadClass === 1 || t.info.quadClass === 2,
      explain: [`status: intended (purpose of the intended "${v.lower[served.i]}")`],
      governor: gov,
    };
  if (gov.claimToken >= 0) {
    const w = v.lower[gov.claimToken];
    // "rejects allegations of arming": the allegation is itself the object of a denial
    const denier = triggers.find(
      (x) =>
        (x.entry.role === 'deny' || x.entry.role === 'reject') && x.i < gov.claimToken && gov.claimToken - x.i <= 4,
    );
    if (denier)
      return {
        status: 'denied',
        swallowed: false,
        intent: false,
        explain: [`status: denied ("${v.lower[denier.i]} ${w}")`],
        governor: { trigger: denier, claimToken: gov.claimToken },
      };
    return {
      status: 'claimed',
      swallowed: false,
      intent: false,
      explain: [`status: claimed (complement of "${w}")`],
      governor: gov,
    };
  }
  const raised = raisedBy(v, t);
  if (raised)
    return {
      status: raised.status,
      swallowed: false,
      intent: false,
      explain: [`status: ${raised.status} ("${raised.words}")`],
      governor: gov,
    };
  if (hypothetical(v, t, cues)) {
    // "may halt mediation": a possible act announced by its actor (PLOVER: THREATEN = ASSAULT + hypothetical)
    const modal = auxBefore(v, t, cues.hypotheticalAux) && !clauseMarked(v, t, cues);
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: modal,
      explain: [modal ? 'status: hypothetical (modal)' : 'status: hypothetical (if/unless)'],
      governor: gov,
    };
  }
  // "on hopes that X and Y would reach a deal", "doubted that the talks would produce an agreement"
  const hope = hopedFor(v, t);
  if (hope >= 0)
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: [`status: hypothetical (hoped for, feared or doubted: "${v.lower[hope]}")`],
      governor: gov,
    };
  // "Russia should withdraw its troops", "Israel ought to release them": what someone should do has
  // not happened (a demand, if a speaker makes it; PLOVER codes no event for the obligation itself)
  if (auxBefore(v, t, OBLIGATION))
    return {
      status: 'hypothetical',
      swallowed: false,
      intent: false,
      explain: ['status: hypothetical (obligation: "should", "ought to", "must")'],
      governor: gov,
    };
  const ic = intentCue(v, t, cues);
  // "alleged that the men planned the raid": what is intended inside an allegation is alleged
  const over = ic >= 0 ? allegedOver(v, triggers, ic) : null;
  // (still an intent: the act alleged is a plan, coded as PLOVER codes intents)
  if (over)
    return {
      status: over.status,
      swallowed: false,
      intent: true,
      explain: [`status: ${over.status} (an intent inside the complement of "${v.lower[over.at]}")`],
      governor: gov,
    };
  const measure = ic >= 0 ? -1 : measureContent(v, t);
  // (the measure's act is coded as itself: a body providing for it warns no one)
  if (measure >= 0)
    return {
      status: 'intended',
      swallowed: false,
      intent: false,
      explain: [`status: intended (what the "${v.lower[measure]}" provides for)`],
      governor: gov,
    };
  if (ic >= 0 || auxBefore(v, t, cues.intentAux)) {
    explain.push(`status: intended (${ic >= 0 ? `"${v.lower[ic]}"` : 'future auxiliary'})`);
    const cueTrigger = ic >= 0 ? triggers.find((x) => x.i === ic) : undefined;
    const pledge = cueTrigger ? intendedBy(v, cueTrigger, t, cues) : null;
    return {
      status: 'intended',
      swallowed: false,
      intent: true,
      explain,
      governor: gov,
      ...(pledge ? { yields: pledge } : {}),
      ...(ic >= 0 ? { intentCue: ic } : {}),
    };
  }
  // "should use the money to support X", "will travel to Cairo to discuss trade": the modal of the
  // clause the act hangs on
  const scope = modalScope(v, triggers, t, cues);
  if (scope)
    return {
      status: scope.status,
      swallowed: false,
      intent: false,
      explain: [`status: ${scope.status} (in the scope of "${v.lower[scope.cue]}")`],
      governor: gov,
    };
  const y = historical(v, t, published);
  if (y !== null)
    return {
      status: 'historical',
      swallowed: false,
      intent: false,
      explain: [`status: historical (${y} before ${published})`],
      governor: gov,
    };
  const earlier = earlierTime(v, t, published);
  if (earlier)
    return {
      status: 'historical',
      swallowed: false,
      intent: false,
      explain: [`status: historical ("${earlier}")`],
      governor: gov,
    };
  const ago = longAgo(v, t);
  if (ago)
    return {
      status: 'historical',
      swallowed: false,
      intent: false,
      explain: [`status: historical ("${ago}")`],
      governor: gov,
    };
  const dated = report && typeof report === 'object' ? datedBefore(v, t, report) : null;
  if (dated)
    return {
      status: 'historical',
      swallowed: false,
      intent: false,
      explain: [`status: historical ("${dated}", well before ${typeof report === 'object' ? report?.day : ''})`],
      governor: gov,
    };
  return { status: 'asserted', swallowed: false, intent: false, explain, governor: gov };
}

/**
 * "Three activists were arrested", "a soldier was shot": a passive whose agent (if any) names no
 * actor still names the party acted on. Such acts of force are still events (PLOVER codes an unknown actor).
 */
/**
 * "A roadside bomb killed five soldiers", "the attack wounded three": an act of force whose subject is
 * a weapon or an attack has an actor the text does not name. (Unknown people as subjects, "unknown
 * gunmen attacked …", stay uncoded by default, like any event without an identified actor.)
 */
export function weaponSubject(v: SentenceView, t: Trigger, cues: Cues): boolean {
  if (t.pos !== 'verb' || agentlessPassive(v, t)) return false;
  if (v.parsed) {
    // (a conjunct shares its head's subject: "the attacks … [hit X] and killed 257 people")
    const h = /^conj/.test(v.deprel[t.i] ?? '') ? (v.head[t.i] ?? -1) : -1;
    const s =
      (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj') ??
      (h >= 0 ? (v.children[h] ?? []).find((c) => v.deprel[c] === 'nsubj' && c < t.i) : undefined);
    return s !== undefined && cues.weapons.has(v.lower[s] ?? '');
  }
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    const w = v.lower[k] ?? '';
    if (cues.weapons.has(w)) return true;
    if (!/^(ADV|AUX)$/.test(v.upos[k] ?? '') && !/^(has|have|had|reportedly|allegedly)$/.test(w)) return false;
  }
  return false;
}

export function agentlessPassive(v: SentenceView, t: Trigger, cues?: Cues): boolean {
  if (t.pos !== 'verb') return false;
  // "twelve soldiers died in clashes": the subject of a verb of dying undergoes the act
  const dying = UNDERGOES.has(v.lemma[t.i] ?? '');
  // "five people were killed in a landslide": an accident or disaster is no one's act
  if (cues) {
    for (let k = t.last + 1; k <= Math.min(v.lower.length - 1, t.last + 6); k++) {
      if (/^[,;.:]$/.test(v.lower[k] ?? '')) break;
      if (cues.mishaps.has(v.lower[k] ?? '') && /^(in|by|after|during)$/.test(v.lower[t.last + 1] ?? '')) return false;
    }
  }
  if (dying) return true;
  if (v.parsed) {
    const kids = v.children[t.i] ?? [];
    if (kids.some((c) => /^(nsubj:pass|aux:pass)$/.test(v.deprel[c] ?? '')) || conjoinedPassive(v, t.i)) return true;
    // "(there were) ten soldiers killed in …": a past participle modifying the noun it was done to
    const h = v.head[t.i] ?? -1;
    if (
      v.deprel[t.i] === 'acl' &&
      v.xpos[t.i] === 'VBN' &&
      h >= 0 &&
      h < t.i &&
      /^(NOUN|PROPN|PRON)$/.test(v.upos[h] ?? '') &&
      !kids.some((c) => /^(obj|nsubj|aux)/.test(v.deprel[c] ?? ''))
    )
      return true;
  }
  // ("were violently attacked": one adverb between)
  const before = /^[a-z]{3,}ly$/.test(v.lower[t.i - 1] ?? '') ? t.i - 2 : t.i - 1;
  return /^(was|were|been|being|be|is|are|got|get)$/.test(v.lower[before] ?? '');
}

/** The clause from k to its next comma speaks of an earlier time ("last March", "years ago", "had", a year). */
function pastClause(v: SentenceView, k: number): boolean {
  for (let j = k + 1; j < v.lower.length && !/^[,;.]$/.test(v.lower[j] ?? ''); j++)
    if (/^(last|ago|earlier|previously|once|had)$/.test(v.lower[j] ?? '') || YEAR.test(v.lower[j] ?? '')) return true;
  return false;
}

/** Prepositions whose event-noun object is the time frame of another act ("during a visit"). */
const FRAME_PREPS = new Set(['during', 'after', 'before', 'following', 'amid', 'amidst', 'since', 'despite', 'until']);

/**
 * Why the event at t is only background to the sentence's report, or null: a participle that
 * modifies a noun ("a member jailed a year ago", "officials accused of …"), a relative clause
 * ("the group that has seized parts of Iraq"), or an event noun framing another act in time
 * ("during a visit to Beirut", "after the invasion"). Needs the parse.
 */
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
