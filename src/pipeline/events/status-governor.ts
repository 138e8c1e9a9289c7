/**
 * The word that governs an act (its complement-taking head): another event ("agreed to cooperate") or a
 * claim word ("allegations that …"), found through the parse, else by word order; and the verb an act is a
 * conjunct of.
 */
import { verbJoinedToNoun } from './args.js';
import { answeredClaimNoun } from './status-answer.js';
import { CLAIM_NOUNS, chargeListed, claimOver, claimWord } from './status-claim.js';
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

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

const LINK = new Set(['to', 'of', 'that', 'for', 'in', 'from']);

export interface Governor {
  /** The governing trigger, when the event is the complement of another event. */
  readonly trigger: Trigger | null;
  /** A governing claim noun or claim verb token (not an event). */
  readonly claimToken: number;
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

/** The verb trigger t is a conjunct of, when t has no subject of its own (parse only). */
export function conjHead(v: SentenceView, triggers: readonly Trigger[], t: Trigger): Trigger | null {
  if (!v.parsed || t.pos !== 'verb' || !/^conj/.test(v.deprel[t.i] ?? '')) return null;
  if (dependents(v, t.i, 'nsubj', 'nsubj:pass', 'mark').length) return null;
  const h = v.head[t.i] ?? -1;
  return triggers.find((x) => x !== t && x.pos === 'verb' && x.i === h && h < t.i) ?? null;
}
