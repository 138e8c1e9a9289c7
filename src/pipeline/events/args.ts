import type { ActorRef, Mention, Place } from '../../schema/output.js';
import { addresseeParticiple, toldAbove } from './args-addressee.js';
import { aimOwner } from './args-aim.js';
import { actorBeforeAside } from './args-aside.js';
import { controllingObject } from './args-control.js';
import { bareDative } from './args-dative.js';
import { type ArgDraft, argFrame, draftToArgs } from './args-draft.js';
import { expletiveIt } from './args-expletive.js';
import { SUBORDINATORS, subjectAfterFrontedClause } from './args-fronted.js';
import { gardenPathObject, takesBareClause } from './args-garden.js';
import { purposeOfUse } from './args-instrument.js';
import { ownPossessiveRecipient } from './args-own-possessive.js';
import { parsedNounArgs } from './args-parsed-noun.js';
import { parsedVerbArgs } from './args-parsed-verb.js';
import { releasedFrom } from './args-released.js';
import { undergoneObject } from './args-undergo.js';
import { ownsUndergoneAct, undergoerNoAddressee } from './args-undergone.js';
import { nounByWordOrder, recipientByWordOrder, verbByWordOrder } from './args-word-order.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView, subtree } from './view.js';

export interface Args {
  readonly actor: ActorRef[];
  readonly recipient: ActorRef[];
  readonly explain: string[];
}

/** A place standing for its country as an actor or recipient ("in Ukraine" → UKR). */
export const placeRef = (place: Place): ActorRef => ({
  actorText: place.text,
  name: place.name,
  code: place.country,
  sector: null,
  role: null,
  id: null,
  start: place.start,
  end: place.end,
});

export const toRef = (m: Mention): ActorRef => ({
  actorText: m.actorText,
  name: m.name,
  code: m.code,
  sector: m.sector,
  role: m.role,
  id: m.id,
  start: m.start,
  end: m.end,
});

/** Words and marks that end a clause for argument search (shared with the place rules). */
export const CLAUSE_BREAKS: readonly string[] = [
  ';',
  ':',
  'that',
  'who',
  'which',
  'whom',
  'saying',
  'while',
  'because',
  'but',
  'although',
  'though',
  'after',
  'before',
  'when',
  'if',
  'unless',
  '"',
  '“',
  '”',
  '(',
];
export const BOUNDARY = new Set([...CLAUSE_BREAKS, 'as', ')']);
/** Buildings and sites that are the target of an act of force they modify ("embassy bombings"). */
export const FACILITY =
  /^(embassy|embassies|consulate|consulates|school|schools|mosque|mosques|church|churches|synagogue|temple|hotel|hotels|hospital|hospitals|office|offices|headquarters|market|mall|airport|checkpoint|compound|camp|station)$/;

/** Buildings, homes and positions that stand for the party they are "of". */
const OWNED =
  /^(embassy|embassies|consulate|consulates|office|offices|headquarters|compound|camp|camps|home|homes|house|houses|residence|residences|base|bases|position|positions|stronghold|strongholds|property|properties|premises|outpost|outposts)$/;
/** Types whose act is directed at the party an "against" phrase names ("fire against X", "sanctions against X"). */
export const AGAINST_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN', 'MOBILIZE']);
/** Types whose object readies an act for later: its target lies inside the object ("weapons to use against X"). */
export const PURPOSE_TYPES: ReadonlySet<string> = new Set(['MOBILIZE', 'THREATEN']);
/** Relations that open a clause of its own below a noun: its "against" phrase is not the noun's purpose. */
const OWN_CLAUSE = /^(acl:relcl|parataxis|ccomp|punct|appos|conj)/;

/** The first "against" phrase below the nodes `from` (breadth first, 4 levels, not into relative clauses), or -1. */
export function againstBelow(v: SentenceView, from: readonly number[]): number {
  let level = [...from];
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: number[] = [];
    for (const k of level) {
      for (const c of v.children[k] ?? []) {
        if (OWN_CLAUSE.test(v.deprel[c] ?? '')) continue;
        if (/^(nmod|obl)/.test(v.deprel[c] ?? '') && caseOf(v, c) === 'against') return c;
        next.push(c);
      }
    }
    level = next.sort((a, b) => a - b);
  }
  return -1;
}
/** Types whose nominal act takes the party it is done to as an "of" object ("the siege of X"). */
export const OF_TARGET: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);
const COORD = new Set(['and', ',', '&', 'or']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got', 'gets']);

/** Acts done without an object, so never passive ("people protested in the capital" is no "were protested"). */
export const INTRANSITIVE = new Set(['protest', 'demonstrate', 'march', 'rally', 'riot', 'clash', 'resign', 'mutiny']);

/** Common verbs of saying, for word order without a parse. */
export const SAYS = /^(say|says|said|tell|tells|told|reports|reported|claims|claimed|adds|added|stated)$/;

/**
 * "An Iraqi official said Ritter would not try to visit …": between mention mi and the verb at i, a verb
 * of saying opens a reported clause whose own subject is a name or noun that is no actor mention; the
 * speaker is not the doer. (A pronoun subject, "said it would …", may still be the speaker.)
 */
export function reportedSubject(v: SentenceView, mi: number, i: number): boolean {
  const from = (v.mentionTokens[mi]?.last ?? i) + 1;
  for (let k = from; k < i; k++) {
    if (!SAYS.test(v.lower[k] ?? '') || (v.parsed && v.upos[k] !== 'VERB')) continue;
    for (let j = k + 1; j < i; j++) {
      const tok = v.tokens[j];
      const named = v.parsed
        ? /^(PROPN|NOUN)$/.test(v.upos[j] ?? '')
        : tok !== undefined && /^\p{Lu}/u.test(v.text.charAt(tok.start - v.sentence.start));
      if (named && (v.mentionAt[j] ?? -1) < 0) return true;
    }
    return false;
  }
  return false;
}

/** Verbs of dying: their subject undergoes the act of force they are coded for. */
export const UNDERGOES: ReadonlySet<string> = new Set(['die', 'perish']);

/** Verbs whose subject undergoes the act named by their object noun ("faces pressure", "received criticism"). */
export const UNDERGO = new Set(['face', 'receive', 'suffer', 'endure', 'draw', 'attract', 'incur', 'weather']);

/**
 * The mention group starting with mention `mi` and its coordinated mentions to the right ("Kabul,
 * Moscow and Beijing", "the US, Russia, and Switzerland"), up to token `limit`. A list needs "and"/"or"
 * before its last member: members joined by a bare comma ("…groups, the Israeli army said") are dropped.
 */
export function coordinatedRight(v: SentenceView, mi: number, limit = v.lower.length): number[] {
  const out = [mi];
  const joins: string[] = [];
  let last = v.mentionTokens[mi]?.last ?? -1;
  while (last >= 0) {
    let j = last + 1;
    if (v.lower[j] === ',' && /^(and|or)$/.test(v.lower[j + 1] ?? '')) j++;
    const next = v.mentionAt[j + 1] ?? -1;
    if (j + 1 >= limit || !COORD.has(v.lower[j] ?? '') || next < 0 || out.includes(next)) break;
    out.push(next);
    joins.push(v.lower[j] ?? '');
    last = v.mentionTokens[next]?.last ?? -1;
  }
  while (joins.length && joins[joins.length - 1] === ',') {
    joins.pop();
    out.pop();
  }
  return out;
}

/** A conjunct in a real list: it or a conjunct further down has "and"/"or" (a `cc`). */
function listed(v: SentenceView, c: number, depth = 0): boolean {
  if (dependents(v, c, 'cc').length) return true;
  return depth < 8 && dependents(v, c, 'conj').some((x) => listed(v, x, depth + 1));
}

/** Persons who are someone's relatives or private agents, never that someone ("the boy's father"). */
const KIN =
  /^(father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|parent|parents|child|children|relative|relatives|family|lawyer|lawyers|attorney|attorneys|friend|friends|neighbor|neighbour|neighbors|neighbours|widow|fiancee|fiance|girlfriend|boyfriend|partner)$/;

/** The parse's subject of the verb at `i`, or of the verb up to three open clauses (xcomp) above it ("offered to visit"). */
function clauseSubject(v: SentenceView, i: number): number | undefined {
  let k = i;
  for (let depth = 0; depth < 3 && !dependents(v, k, 'nsubj').length && /^xcomp/.test(v.deprel[k] ?? ''); depth++)
    k = v.head[k] ?? k;
  return dependents(v, k, 'nsubj')[0];
}

/** Mention mi is the possessor of the verb's subject, a relative or agent of it ("the boy's father offered"). */
export function kinOfSubject(v: SentenceView, mi: number, i: number): boolean {
  // (through "offered to visit": the subject of the verb an infinitive completes)
  const s = clauseSubject(v, i);
  const first = v.mentionTokens[mi]?.first ?? -1;
  return s !== undefined && KIN.test(v.lemma[s] || (v.lower[s] ?? '')) && first >= 0 && first < s && s - first <= 6;
}

/** Nouns of states and processes that can be the subject of a conflict verb without being a party. */
const THINGS =
  /^(tension|tensions|violence|fighting|hostilities|unrest|crisis|conflict|conflicts|dispute|disputes|row|rift|prices|price|inflation|fears|fear|concern|concerns|pressure|rhetoric|situation)$/;

/**
 * "… relationship with Washington and tensions continue to escalate": the parse names the verb's
 * subject (through "continue to"-like verbs), a noun of a state or process that is no party; a
 * mention before it is no actor of the verb.
 */
export function thingSubject(v: SentenceView, mi: number, i: number): boolean {
  // by word order: the noun right before the verb (past "continue to", auxiliaries and adverbs)
  let j = i - 1;
  while (
    j >= 0 &&
    /^(to|continue|continues|continued|began|begin|begins|started|start|starts|keep|keeps|kept|appear|appears|seem|seems|may|might|could|would|will|can|has|have|had|is|are|was|were|be|been|further|already|also|still)$/.test(
      v.lower[j] ?? '',
    )
  )
    j--;
  if (j < i - 1 && THINGS.test(v.lower[j] ?? '') && (v.mentionAt[j] ?? -1) < 0) return true;
  if (!v.parsed) return false;
  const s = clauseSubject(v, i);
  const span = v.mentionTokens[mi];
  if (s === undefined || !span || s > i || span.last >= s || (v.mentionAt[s] ?? -1) >= 0) return false;
  return THINGS.test(v.lower[s] ?? '');
}

/**
 * "In a debate against X, Smith attacked him" (Smith parsed as X's appositive), "… a condemnation
 * of Y after the ethics committee dismissed …" (the verb parsed as a bare conjunct): a noun or name
 * right before a verb (past adverbs and auxiliaries) that the parse gives no subject, no "and"/"or"
 * and no head of its own is that verb's subject, whatever the parse hung it on.
 */
export function bareSubjectBefore(v: SentenceView, i: number): number | undefined {
  if (!v.parsed || dependents(v, i, 'nsubj', 'nsubj:pass', 'csubj', 'cc').length) return undefined;
  if (!((v.head[i] ?? -1) < 0 || v.deprel[i] === 'conj')) return undefined;
  let k = i - 1;
  while (k >= 0 && /^(ADV|AUX)$/.test(v.upos[k] ?? '')) k--;
  if (k < 0 || !/^(NOUN|PROPN)$/.test(v.upos[k] ?? '') || (v.head[k] ?? -1) === i) return undefined;
  return k;
}

/** Names of days and months, which the parse may take for a subject ("the warrant issued Monday charged …"). */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A subject the parse is not believed on: a day or month name, or a bare noun right after a verb,
 * that verb's object ("they opposed abortion decried the attack").
 */
function misreadSubject(v: SentenceView, s: number): boolean {
  if (CALENDAR.test(v.lower[s] ?? '')) return true;
  let start = s;
  for (const d of dependents(v, s, 'det', 'amod', 'compound', 'nummod', 'nmod:poss')) start = Math.min(start, d);
  return v.upos[start - 1] === 'VERB' && !dependents(v, s, 'det', 'nmod:poss').length;
}

/**
 * "In a debate against X, Smith attacked him", "'…,' Smith complained", "The family refused, and
 * federal agents took …": the parse names the verb's subject (or leaves a bare noun right before
 * it), a noun or name no actor was found for; a mention before that subject, across a comma, a
 * quote or another verb, is no actor of the verb.
 */
export function unresolvedNamedSubject(v: SentenceView, mi: number, i: number): boolean {
  if (!v.parsed) return false;
  const s = clauseSubject(v, i) ?? bareSubjectBefore(v, i);
  const span = v.mentionTokens[mi];
  if (
    s === undefined ||
    !span ||
    s > i ||
    !/^(NOUN|PROPN)$/.test(v.upos[s] ?? '') ||
    (v.mentionAt[s] ?? -1) >= 0 ||
    span.last >= s ||
    misreadSubject(v, s)
  )
    return false;
  // (only across a comma, quote or verb, as a fronted phrase, a quotation or a clause ends: a mention
  // inside the subject's own phrase, "the Sheriff's Office is asking …", "X's soldiers fired", is kept)
  for (let k = span.last + 1; k < s; k++)
    if (/^(,|;|:|''|``|"|”|“)$/.test(v.lower[k] ?? '') || v.upos[k] === 'VERB') return true;
  return false;
}

/** Texts that speak for whoever wrote, passed or carries them. */
const WRITINGS: ReadonlySet<string> = new Set([
  'resolution',
  'motion',
  'statement',
  'letter',
  'petition',
  'sign',
  'banner',
  'placard',
  'poster',
  'bill',
  'law',
  'decree',
  'order',
  'declaration',
  'message',
  'report',
  'note',
  'communique',
  'document',
  'appeal',
  'proposal',
  'plan',
  'amendment',
  'measure',
  'legislation',
  'lawsuit',
  'suit',
  'complaint',
  'request',
  'editorial',
  'article',
  'speech',
  'ad',
  'advertisement',
  'campaign',
]);

/**
 * "… faced with a grassroots movement calling for X's withdrawal": a participle the parse hangs on a
 * noun no actor was found for has that noun as its doer; a mention before the noun (and not one the
 * noun is in apposition to) is no actor of the participle.
 */
export function participleOfUnresolvedNoun(v: SentenceView, mi: number, i: number): boolean {
  if (!v.parsed || v.deprel[i] !== 'acl' || v.xpos[i] !== 'VBG') return false;
  const h = v.head[i] ?? -1;
  const span = v.mentionTokens[mi];
  if (h < 0 || h > i || !span || span.last >= h || (v.mentionAt[h] ?? -1) >= 0) return false;
  if (!/^(NOUN|PROPN)$/.test(v.upos[h] ?? '')) return false;
  // ("raised eyebrows by pledging to …": a participle after a preposition is no modifier of the noun;
  // "passed a resolution calling for …", "filed a motion asking for …": a text speaks for its author)
  if (dependents(v, i, 'mark', 'case').length || WRITINGS.has(v.lemma[h] || (v.lower[h] ?? ''))) return false;
  // ("prepared to resume shelling …": a bare word after "to" the parse takes for a noun is a verb)
  if (v.lower[h - 1] === 'to' && !dependents(v, h, 'det', 'nmod:poss', 'amod').length) return false;
  const hh = v.head[h] ?? -1;
  return !(hh >= span.first && hh <= span.last);
}

/** The mention at token k and, following coordination, its conjuncts (sentence-relative mention indexes). */
export function groupFromToken(v: SentenceView, k: number, inList = false): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const add = (mi: number) => {
    if (mi >= 0 && !seen.has(mi) && !noneOf(v, v.mentionTokens[mi]?.first ?? -1)) {
      seen.add(mi);
      out.push(mi);
    }
  };
  const visit = (h: number, depth: number) => {
    const mi = (v.mentionAt[h] ?? -1) >= 0 ? (v.mentionAt[h] ?? -1) : (v.possessorAt[h] ?? -1);
    const modified = mi < 0 ? misreadRelative(v, h) : -1;
    if (mi >= 0) add(mi);
    else if (modified >= 0 && depth < 2) visit(modified, depth + 1);
    else if (depth < 2) {
      // a nominal head without a mention: look at its modifiers ("Russian officials", "Iran's commander");
      // a relative or private agent of someone ("the boy's father", "Kopp's lawyer") is not that someone
      const kin = KIN.test(v.lemma[h] || (v.lower[h] ?? ''));
      let found = false;
      for (const c of dependents(v, h, 'amod', 'compound', 'nmod:poss', 'flat', 'appos', 'det')) {
        if (kin && v.deprel[c] === 'nmod:poss') continue;
        const cm = (v.mentionAt[c] ?? -1) >= 0 ? (v.mentionAt[c] ?? -1) : (v.possessorAt[c] ?? -1);
        if (cm >= 0) {
          add(cm);
          found = true;
          break;
        }
      }
      // "the offices of the Palestinian administrators", "the bases of the rebels": a building or
      // position stands for whoever it is "of"
      if (!found && OWNED.test(v.lower[h] ?? ''))
        for (const c of dependents(v, h, 'nmod')) {
          if (caseOf(v, c) !== 'of') continue;
          const had = out.length;
          visit(c, depth + 1);
          if (out.length > had) break;
        }
    }
    // "about 20 people, relief officials … said": conjuncts joined by commas alone are no list
    const conj = dependents(v, h, 'conj');
    if (inList || conj.some((c) => listed(v, c))) for (const c of conj) visit(c, depth);
  };
  visit(k, 0);
  return out;
}

/**
 * "killing one person and arresting 12": the parse joins the verb at i as a conjunct to the object
 * noun of another verb; true when it does (the verb is then that verb's conjunct).
 */
export function verbJoinedToNoun(v: SentenceView, i: number): boolean {
  const h = v.head[i] ?? -1;
  return (
    h >= 0 &&
    h < i &&
    v.deprel[i] === 'conj' &&
    /^VB[DGZP]?$/.test(v.xpos[i] ?? '') &&
    /^(NOUN|PROPN|NUM)$/.test(v.upos[h] ?? '') &&
    /^obj/.test(v.deprel[h] ?? '') &&
    v.upos[v.head[h] ?? -1] === 'VERB'
  );
}

/** Linear: the nearest mention group to the left of token i, within the clause. */
export function leftGroup(v: SentenceView, i: number, maxGap = 14): number[] {
  let k = i - 1;
  for (; k >= 0 && i - k <= maxGap; k--) {
    // ("Eleven people, none of them Americans, died": a party said not to be among them is stepped over)
    if ((v.mentionAt[k] ?? -1) >= 0 && !noneOf(v, v.mentionTokens[v.mentionAt[k] ?? -1]?.first ?? k)) break;
    if (BOUNDARY.has(v.lower[k] ?? '')) return [];
  }
  if (k < 0 || (v.mentionAt[k] ?? -1) < 0) return [];
  const out = [v.mentionAt[k] as number];
  let first = v.mentionTokens[out[0] as number]?.first ?? k;
  // coordinated actors to the left: "Russia and Iran", "Kabul, Moscow and Beijing", "A, B, and C";
  // the joiner next to the last member must be "and"/"or" ("In Kabul, Afghan officials said" is no list)
  let listed = false;
  for (;;) {
    let j = first - 1;
    const joiner = v.lower[j] ?? '';
    if (!COORD.has(joiner)) break;
    if (!listed && joiner !== 'and' && joiner !== 'or' && joiner !== '&') break;
    listed = true;
    if (v.lower[j - 1] === ',' && (joiner === 'and' || joiner === 'or')) j--;
    const mi = v.mentionAt[j - 1] ?? -1;
    if (mi < 0 || out.includes(mi)) break;
    out.unshift(mi);
    first = v.mentionTokens[mi]?.first ?? j - 1;
  }
  return out;
}

/** Whether the words starting at offset `start` name a party said not to be among those meant. */
export function noneOfAt(v: SentenceView, start: number): boolean {
  return noneOf(
    v,
    v.tokens.findIndex((t) => t.start === start),
  );
}

/** Whether the mention starting at token k is said not to be among those meant ("none of them Americans"). */
function noneOf(v: SentenceView, k: number): boolean {
  return (
    /^(them|whom|those|these|the)$/.test(v.lower[k - 1] ?? '') && v.lower[k - 2] === 'of' && v.lower[k - 3] === 'none'
  );
}

/**
 * "… will convene sessions as striking nurses continue to fill the Capitol and demand funding": the
 * parse puts the verb at i (through conjuncts and infinitives) inside an adverbial clause with a
 * subordinator of its own, whose doers are not the main clause's subject.
 */
function inSubordinateClause(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  for (let k = i, up = 0; k >= 0 && up < 6; k = v.head[k] ?? -1, up++) {
    const rel = v.deprel[k] ?? '';
    if (/^advcl/.test(rel) && dependents(v, k, 'mark').some((m) => v.upos[m] === 'SCONJ')) return true;
    if (!/^(conj|xcomp)/.test(rel)) return false;
  }
  return false;
}

/**
 * "Russia defends its ties …, and rejects allegations": a verb right after "and" with no subject
 * of its own shares the sentence's first subject (the mention group before the first verb); null
 * when the parse gives the verbs a subject of their own that names no known party.
 */
export function coordinatedSubject(v: SentenceView, i: number): number[] | null {
  // "…, killing one person and arresting 12": a verb the parse joins to the object of a participle
  // after a comma shares that participle's subject
  const g = v.parsed && verbJoinedToNoun(v, i) ? (v.head[v.head[i] ?? -1] ?? -1) : -1;
  if (g >= 0 && g < i && v.xpos[g] === 'VBG' && v.lower[g - 1] === ',') return coordinatedSubject(v, g);
  let k = i - 1;
  let modal = false;
  for (; k >= 0; k--) {
    const w = v.lower[k] ?? '';
    if (/^(will|would|could|may|might|must|should|can|shall)$/.test(w)) modal = true;
    else if (!/^(also|then|later|vehemently|strongly|again|has|have|had)$/.test(w)) break;
  }
  // ("…, but was still refusing …": an auxiliary right after a contrasting "but")
  let j = k;
  while (/^(was|were|is|are|still)$/.test(v.lower[j] ?? '')) j--;
  if (j < k && v.lower[j] === 'but') k = j;
  // "…, killing about 20 people": a participle after a comma also shares it
  const participle = v.lower[k] === ',' && k === i - 1 && (v.xpos[i] === 'VBG' || /ing$/.test(v.lower[i] ?? ''));
  // ("…, killing or wounding 50": "or" joins a participle clause's verbs as well)
  const orParticiple = v.lower[k] === 'or' && (v.xpos[i] === 'VBG' || /ing$/.test(v.lower[i] ?? ''));
  // ("Benin opened its borders, but was still refusing …": a contrasting conjunct shares it too)
  const but = v.lower[k] === 'but' && v.lower[k - 1] === ',';
  if (v.lower[k] !== 'and' && !but && !orParticiple && !participle) return [];
  // "Russia and Iran accuse": the mention before "and" is part of the subject — unless a modal
  // comes between ("… the fight against Serb forces and will resign")
  // ("…against Sylvania, killing 50": before a participle's comma stands the object, not a co-subject)
  if ((v.mentionAt[k - 1] ?? -1) >= 0 && !modal && !participle) return [];
  if (inSubordinateClause(v, i)) return [];
  for (let j = 0; j < k; j++) {
    if ((v.mentionAt[j] ?? -1) >= 0) {
      const after = v.mentionTokens[v.mentionAt[j] as number]?.last ?? j;
      const g = coordinatedRight(v, v.mentionAt[j] as number, k);
      const last = v.mentionTokens[g[g.length - 1] as number]?.last ?? after;
      // the group must be the subject: directly followed by a verb-like word
      const next = v.lower[last + 1] ?? '';
      // ("Police say Harlan approached X and stabbed him": a subject of another clause between, a name
      // no party is known by, is the one the conjunct shares)
      if (v.parsed ? v.deprel[after]?.startsWith('nsubj') || v.deprel[last]?.startsWith('conj') : /^[a-z]/.test(next))
        return v.parsed && subjectBetween(v, after, last, k, i) ? null : g;
      return [];
    }
  }
  return [];
}

/**
 * Whether a subject no party is known by, of a clause other than the mention's (at `after`) whose
 * verb heads the verb at i, stands between `last` and `k`.
 */
function subjectBetween(v: SentenceView, after: number, last: number, k: number, i: number): boolean {
  const above = new Set<number>();
  for (let h = i, n = 0; h >= 0 && n < 8; h = v.head[h] ?? -1, n++) above.add(h);
  for (let m = last + 1; m < k; m++) {
    const h = v.head[m] ?? -1;
    // (a noun or name: a relative pronoun the parse makes a conjunct's subject, "others who survived the
    // blast and meet with …", is no subject of it)
    const noun = /^(NOUN|PROPN)$/.test(v.upos[m] ?? '');
    if (noun && /^nsubj/.test(v.deprel[m] ?? '') && h !== v.head[after] && above.has(h) && (v.mentionAt[m] ?? -1) < 0)
      return true;
  }
  return false;
}

/**
 * "X, a body linked to Y, investigated …": when the verb at i follows a comma that closes a noun
 * phrase opened by a comma and an article (an appositive) whose head names no actor, the index of
 * the opening comma; else -1.
 */
export function appositiveBefore(v: SentenceView, i: number): number {
  if (v.lower[i - 1] !== ',') return -1;
  for (let k = i - 2; k >= Math.max(1, i - 14); k--) {
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || w === ';') return -1;
    if (w !== ',') continue;
    if (!/^(a|an|the)$/.test(v.lower[k + 1] ?? '')) return -1;
    // an appositive that is itself an actor ("Oshima, the UN relief coordinator,") names the subject
    return (v.mentionAt[k + 1] ?? -1) >= 0 || (v.mentionAt[k + 2] ?? -1) >= 0 ? -1 : k;
  }
  return -1;
}

/** The parse makes mention mi the object of a verb (it is acted on there, not acting). */
export function objectOfVerbBefore(v: SentenceView, mi: number): boolean {
  if (!v.parsed) return false;
  const span = v.mentionTokens[mi];
  if (!span) return false;
  for (let k = span.first; k <= span.last; k++) {
    const h = v.head[k] ?? -1;
    if (h >= 0 && h < span.first && (v.deprel[k] === 'obj' || v.deprel[k] === 'iobj') && v.upos[h] === 'VERB')
      return true;
  }
  return false;
}

/** Mention mi lies in an adverbial clause ("While …, ") that a comma closes before token i. */
export function inFrontedClause(v: SentenceView, mi: number, i: number): boolean {
  const span = v.mentionTokens[mi];
  if (!span || !v.lower.slice(span.last + 1, i).includes(',')) return false;
  for (let k = span.first - 1; k >= 0; k--) {
    const w = v.lower[k] ?? '';
    if (w === ',' || w === ';') return false;
    if (SUBORDINATORS.has(w)) return k === 0 || /^[,;:]$/.test(v.lower[k - 1] ?? '');
  }
  return false;
}

/** Token k lies in an adverbial clause ("Before leaving for X, ") that a comma closes before token i. */
function frontedToken(v: SentenceView, k: number, i: number): boolean {
  if (k >= i || !v.lower.slice(k + 1, i).includes(',')) return false;
  for (let j = k - 1; j >= 0; j--) {
    const w = v.lower[j] ?? '';
    if (w === ',' || w === ';') return false;
    if (SUBORDINATORS.has(w)) return j === 0 || /^[,;:]$/.test(v.lower[j - 1] ?? '');
  }
  return false;
}

/** Index of "come/came/been" in "… come under [adjectives] NOUN" before the noun at i, else -1. */
export function underBefore(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    if (v.lower[k] === 'under')
      return /^(come|comes|came|coming|be|been|being|was|were|is|are|fell|fall|falls)$/.test(v.lower[k - 1] ?? '')
        ? k - 1
        : -1;
    if (BOUNDARY.has(v.lower[k] ?? '') || PREPS.has(v.lower[k] ?? '')) return -1;
  }
  return -1;
}

/** Linear: the mention group to the right of token `from`, before any clause boundary. */
export function rightGroup(v: SentenceView, from: number, maxGap: number, stopAtPrep: boolean): number[] {
  let k = from;
  const n = v.lower.length;
  for (; k < n && k - from <= maxGap; k++) {
    if ((v.mentionAt[k] ?? -1) >= 0) break;
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || w === ',' || w === '.') return [];
    if (stopAtPrep && k > from && PREPS.has(w)) return [];
  }
  if (k >= n || (v.mentionAt[k] ?? -1) < 0) return [];
  return coordinatedRight(v, v.mentionAt[k] as number);
}

/** Prepositions a fallback recipient may follow: the proposer or owner of what is acted on. */
const OPEN_PREPS = new Set([
  'by',
  'from',
  'of',
  'for',
  'to',
  'on',
  'against',
  'at',
  'toward',
  'towards',
  'into',
  'upon',
]);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'around', 'within', 'outside']);
export const PREPS = new Set([
  'to',
  'with',
  'against',
  'on',
  'from',
  'for',
  'at',
  'in',
  'into',
  'of',
  'by',
  'between',
  'about',
  'over',
  'behind',
  'involving',
  'upon',
  'toward',
  'towards',
]);

export function caseOf(v: SentenceView, k: number): string | null {
  for (const c of dependents(v, k, 'case')) return v.lower[c] ?? null;
  return null;
}

/** The verb (or its object) has a prepositional argument with one of `preps` that names an actor. */
export function hasPrepArg(v: SentenceView, i: number, preps: readonly string[]): boolean {
  const objs = dependents(v, i, 'obj');
  for (const c of [...dependents(v, i, 'obl', 'nmod'), ...objs.flatMap((o) => dependents(v, o, 'nmod'))]) {
    const p = caseOf(v, c);
    if (p && preps.includes(p) && groupFromToken(v, c).length) return true;
  }
  return false;
}

/**
 * "The civilians imprisoned for … were released": a parse slip that makes a reduced relative a clause
 * (its noun as subject) standing as a nominal argument of another verb. A past participle with no
 * auxiliary, used as a subject or object, with its "subject" right before it. Returns that noun, or -1.
 */
export function misreadRelative(v: SentenceView, i: number): number {
  if (!v.parsed || v.xpos[i] !== 'VBN' || !/^(nsubj|obj|obl|nmod)/.test(v.deprel[i] ?? '')) return -1;
  if (dependents(v, i, 'aux', 'aux:pass', 'cop').length) return -1;
  const s = dependents(v, i, 'nsubj', 'nsubj:pass')[0];
  if (s === undefined || s > i) return -1;
  const between = v.lower.slice(s + 1, i);
  return between.every((w) => !/^[,;:]$|^(who|that|which)$/.test(w)) ? s : -1;
}

/**
 * Participles that describe what their subject does or holds, with the preposition that makes them
 * adjectival: "were engaged in fighting", "is involved in", "is opposed to", "is committed to".
 */
const ENGAGED: ReadonlyMap<string, string> = new Map([
  ['engage', 'in'],
  ['involve', 'in'],
  ['oppose', 'to'],
  ['commit', 'to'],
  ['dedicate', 'to'],
  ['devote', 'to'],
  ['determine', 'to'],
  ['resolve', 'to'],
]);
const ENGAGED_FORMS: ReadonlyMap<string, string> = new Map([
  ['opposed', 'oppose'],
  ['committed', 'commit'],
  ['engaged', 'engage'],
  ['involved', 'involve'],
  ['dedicated', 'dedicate'],
  ['devoted', 'devote'],
  ['determined', 'determine'],
  ['resolved', 'resolve'],
]);

/**
 * "Serb forces were engaged in ethnic cleansing", "the country is opposed to the plan": the passive
 * form's subject is the one acting (an adjectival participle, not an act done to it).
 */
function engagedIn(v: SentenceView, i: number): boolean {
  const lemma = ENGAGED.has(v.lemma[i] ?? '') ? (v.lemma[i] ?? '') : (ENGAGED_FORMS.get(v.lower[i] ?? '') ?? '');
  const prep = ENGAGED.get(lemma);
  return prep !== undefined && v.lower[i + 1] === prep;
}

/**
 * Several subjects of one verb belong together (a list, an appositive) unless a clause opens between
 * them ("Its demand that North Korea halt …": "demand" is no subject of "halt").
 */
function subjectList(v: SentenceView, subj: readonly number[]): boolean {
  const sorted = [...subj].sort((a, b) => a - b);
  for (let n = 1; n < sorted.length; n++)
    for (let k = (sorted[n - 1] as number) + 1; k < (sorted[n] as number); k++)
      if (/^(that|which|who|whom|whose)$/.test(v.lower[k] ?? '')) return false;
  return true;
}

/** The subject token nearest before verb i (else the first). */
function nearestSubject(subj: readonly number[], i: number): number {
  const before = subj.filter((s) => s < i);
  return before.length ? Math.max(...before) : (subj[0] as number);
}

/** Irregular past participles of acts done to someone, which a tagger may read as nouns after "was". */
const IRREGULAR_PARTICIPLE = /^(shot|hit|struck|hurt|caught|held|cut|slain|bound|stabbed|beat)$/;

/** Syntax: subject of a verb, following xcomp/conj/advcl up to the verb that has one. */

export function syntacticSubject(v: SentenceView, i: number, depth = 0): { group: number[]; passive: boolean } {
  // "the civilians imprisoned for …": the noun a participle modifies is acted on, whatever the parse
  const modified = misreadRelative(v, i);
  if (modified >= 0) return { group: groupFromToken(v, modified), passive: true };
  // "replaced three officers charged in the bombing" parsed as a clause "officers charged …"
  const object = gardenPathObject(v, i);
  if (object >= 0) return { group: groupFromToken(v, object), passive: true };
  const subj = dependents(v, i, 'nsubj', 'csubj');
  const first = subj[0];
  const rel = v.deprel[i] ?? '';
  const h = v.head[i] ?? -1;
  if (first !== undefined) {
    // "were released by Putin": a passive auxiliary marks the subject as the one acted on ("were
    // engaged in fighting", "is involved in attacks" describe what the subject does)
    // ("were wounded" parsed as an adjective after a copula is a passive too)
    // (so is an irregular participle the tagger reads as a noun: "was shot in the back")
    const copular =
      dependents(v, i, 'cop').length > 0 &&
      (/(ed|en|wn)$/.test(v.lower[i] ?? '') || IRREGULAR_PARTICIPLE.test(v.lower[i] ?? ''));
    // ("Justice Pratibha Singh issued notice …": a misparse that makes a title the passive subject beside
    // the name as active subject, with no passive auxiliary, is no passive)
    const mixed = subj.some((x) => v.deprel[x] === 'nsubj') && !dependents(v, i, 'aux:pass').length;
    const passive =
      ((v.deprel[first] === 'nsubj:pass' && !mixed) || dependents(v, i, 'aux:pass').length > 0 || copular) &&
      !engagedIn(v, i);
    // "France, Russia, and Switzerland met": a parse may hang each conjunct on the verb as a subject;
    // subjects that are no list ("Its demand that North Korea halt …") leave the one nearest the verb
    // ("Before leaving for Beijing on Thursday, President Bush …": a word the parse takes from a fronted
    // adverbial clause is no co-subject)
    const own = subj.length > 1 ? subj.filter((x) => !frontedToken(v, x, i)) : subj;
    const kept = own.length ? own : subj;
    const subjects = kept.length > 1 && !subjectList(v, kept) ? [nearestSubject(kept, i)] : kept;
    const group: number[] = [];
    for (const s of subjects)
      for (const mi of groupFromToken(v, s, subjects.length > 1)) if (!group.includes(mi)) group.push(mi);
    return { group, passive };
  }
  // "… demanded elections after a special court cleared him": a verb the parse joins as a conjunct
  // with no conjunction, right after a party, has that party as its subject
  const before = v.mentionAt[i - 1] ?? -1;
  if (
    rel === 'conj' &&
    h >= 0 &&
    h < i &&
    before >= 0 &&
    v.upos[i] === 'VERB' &&
    !dependents(v, i, 'cc').length &&
    !(v.mentionTokens[before] && (v.mentionTokens[before]?.first ?? 0) <= h)
  )
    return { group: groupFromToken(v, i - 1), passive: dependents(v, i, 'aux:pass').length > 0 };
  // "… after the ethics committee dismissed …": a bare conjunct right after a noun of no party has
  // that noun, not the first verb's subject, as its own
  const bare = rel === 'conj' ? bareSubjectBefore(v, i) : undefined;
  if (bare !== undefined && (v.mentionAt[bare] ?? -1) < 0) return { group: [], passive: false };
  // "forced Iraq to withdraw": the object of the verb an infinitive hangs on does its act
  // (a party only: "posting flyers asking for help" keeps the poster)
  const controller = controllingObject(v, i);
  const controlled = controller >= 0 ? groupFromToken(v, controller) : [];
  if (controlled.length) return { group: controlled, passive: false };
  if (h >= 0 && depth < 3 && (rel === 'xcomp' || rel === 'conj')) {
    // "was referring to remarks in which he ruled out talks and instead vowed to …": a conjunct the
    // parse hangs on a verb of another form (VBG) is coordinated with the nearer verb of its own form
    const like = rel === 'conj' ? likeConjunct(v, h, i) : -1;
    const s = syntacticSubject(v, like >= 0 ? like : h, depth + 1);
    // "…were imprisoned and were released by Putin": a conjunct with its own passive auxiliary
    return dependents(v, i, 'aux:pass').length ? { group: s.group, passive: true } : s;
  }
  // "…, offering support to Lebanon": a participle clause shares the subject of the clause it hangs on
  if (
    h >= 0 &&
    h < i &&
    depth < 3 &&
    rel === 'advcl' &&
    v.xpos[i] === 'VBG' &&
    v.upos[h] === 'VERB' &&
    !dependents(v, i, 'mark').length
  ) {
    const s = syntacticSubject(v, h, depth + 1);
    // "…was attacked by militiamen, killing 156 people": the agent of a passive head does the act
    return s.passive ? { group: byAgent(v, h), passive: false } : s;
  }
  // "Gonzalez, backed by Castro, demanded …", "Backed by Russia, Syria rejected …": a past participle
  // with a "by" agent and no auxiliary is a passive done to the noun or subject it describes
  if (
    h >= 0 &&
    depth < 3 &&
    v.xpos[i] === 'VBN' &&
    /^(acl|advcl)/.test(rel) &&
    !dependents(v, i, 'aux', 'aux:pass', 'cop', 'mark').length &&
    dependents(v, i, 'obl:agent').some((c) => caseOf(v, c) === 'by')
  )
    return {
      group: rel.startsWith('acl') ? groupFromToken(v, h) : syntacticSubject(v, h, depth + 1).group,
      passive: true,
    };
  // "soldiers killed in Ukraine", "officials accused of …": a past participle modifies the one acted on
  if (reducedRelative(v, i)) return { group: groupFromToken(v, h), passive: true };
  // "will write to the minister asking for …": the one writing asks, not the one written to
  const addresser = addresseeParticiple(v, i);
  if (addresser !== null && depth < 3)
    return addresser >= 0 ? syntacticSubject(v, addresser, depth + 1) : { group: [], passive: false };
  if (h >= 0 && (rel === 'acl:relcl' || rel === 'acl')) return { group: groupFromToken(v, h), passive: false };
  // "While some weaken …, Paris and Berlin continue to …": names the parse hung inside the fronted clause
  return { group: subjectAfterFrontedClause(v, i), passive: false };
}

/**
 * The verb a conjunct at i is coordinated with when the parse's head h has another form (VBG vs VBD):
 * the nearest verb between them of i's own form, with a subject of its own, right before "and/but
 * (instead/also …)", or after ", and" the verb of i's form a participle clause above h hangs on; else -1.
 */
function likeConjunct(v: SentenceView, h: number, i: number): number {
  const form = v.xpos[i];
  if (!form || h >= i || v.xpos[h] === form || !/^VB[DZP]$/.test(form)) return -1;
  let k = i - 1;
  while (k > h && v.upos[k] === 'ADV') k--;
  if (!/^(and|but)$/.test(v.lower[k] ?? '')) return -1;
  for (let j = k - 1; j > h; j--) {
    if (v.upos[j] !== 'VERB' || v.xpos[j] !== form) continue;
    return dependents(v, j, 'nsubj').length ? j : -1;
  }
  // "X defends its ties, saying they promote peace, and rejects …": after ", and", a conjunct hung
  // inside a participle clause ("saying …") goes with the verb of its own form that clause hangs on
  if (v.lower[k - 1] !== ',') return -1;
  let a = h;
  let through = false;
  for (let n = 0; n < 4 && a >= 0; n++) {
    if (v.deprel[a] === 'advcl' && v.xpos[a] === 'VBG') through = true;
    a = v.head[a] ?? -1;
    if (a >= 0 && through && v.upos[a] === 'VERB' && v.xpos[a] === form && dependents(v, a, 'nsubj').length) return a;
  }
  return -1;
}

/**
 * "… killed and 1,000 others wounded in the blasts": a parse may read a participle after its noun as an
 * adjective (amod); a past-participle form there is still the noun's passive.
 */
function postnominalParticiple(v: SentenceView, i: number): boolean {
  return (
    v.deprel[i] === 'amod' &&
    (v.xpos[i] === 'VBN' || v.xpos[i] === 'JJ') &&
    /[a-z](ed|en|wn)$/.test(v.lower[i] ?? '') &&
    (v.head[i] ?? -1) === i - 1
  );
}

/**
 * A verb hung on a noun (acl) in a past-participle form: tagged VBN, or tagged VBD with no subject of its
 * own ("agents charged in the bombing": the tagger's past tense of a form both share).
 */
function participleForm(v: SentenceView, i: number): boolean {
  if (v.xpos[i] === 'VBN') return true;
  // ("says a crowd gathered": after a verb that takes a bare clause, the noun and verb are that clause)
  const h = v.head[i] ?? -1;
  if (h >= 0 && v.deprel[h] === 'obj' && takesBareClause(v, v.head[h] ?? -1)) return false;
  return v.xpos[i] === 'VBD' && /[a-z](ed|en|wn)$/.test(v.lower[i] ?? '') && !dependents(v, i, 'nsubj').length;
}

/**
 * "soldiers killed in Ukraine", "officials accused of …": a past participle right after the noun it
 * modifies, with no object of its own, in a sentence whose main verb is elsewhere (a parse that hangs
 * the main verb of "Doctors donated goods" on its subject is not believed).
 */
export function reducedRelative(v: SentenceView, i: number): boolean {
  const h = v.head[i] ?? -1;
  return (
    h >= 0 &&
    h < i &&
    (v.deprel[i] === 'acl' ? participleForm(v, i) : postnominalParticiple(v, i)) &&
    (v.head[h] ?? -1) >= 0 &&
    !v.lower.slice(h, i).includes(',') &&
    !dependents(v, i, 'obj').length &&
    dependents(v, i, 'conj').every((c) => parallelParticiple(v, c)) &&
    // ("the crown prince detained Lebanon's prime minister": a party right after it is its object,
    // however the parse hangs it, and the verb is active)
    (v.mentionAt[i + 1] ?? -1) < 0 &&
    (v.possessorAt[i + 1] ?? -1) < 0
  );
}

/**
 * "the nine people killed and 14 people injured in …", "the soldiers killed or wounded": a conjunct of a
 * reduced relative that is one too — a past participle with no subject, or a noun a past participle
 * (acl) describes — keeps it one.
 */
function parallelParticiple(v: SentenceView, c: number): boolean {
  if (v.xpos[c] === 'VBN') return !dependents(v, c, 'nsubj', 'nsubj:pass', 'obj').length;
  return /^(NOUN|PROPN)$/.test(v.upos[c] ?? '') && dependents(v, c, 'acl').some((x) => v.xpos[x] === 'VBN');
}

/**
 * "was blown up by a missile believed to be fired by rebels": the act at x is a participle (through
 * "believed/said to be …" or not) modifying the weapon that is the "by" agent of the passive act at i;
 * whoever did x did i. Needs the parse.
 */
export function weaponFiredBy(v: SentenceView, i: number, x: number, weapons: ReadonlySet<string>): boolean {
  if (!v.parsed) return false;
  let k = x;
  for (let depth = 0; depth < 3; depth++) {
    const h = v.head[k] ?? -1;
    if (h < 0) return false;
    const rel = v.deprel[k] ?? '';
    if (rel.startsWith('acl')) {
      const noun = v.lower[h] ?? '';
      return (
        (weapons.has(noun) || weapons.has(v.lemma[h] ?? '')) &&
        v.head[h] === i &&
        /^(obl|nmod)/.test(v.deprel[h] ?? '') &&
        caseOf(v, h) === 'by'
      );
    }
    if (!rel.startsWith('xcomp')) return false;
    k = h;
  }
  return false;
}

/** The "by" agent of a passive verb. */
export function byAgent(v: SentenceView, i: number): number[] {
  for (const c of dependents(v, i, 'obl', 'nmod')) if (caseOf(v, c) === 'by') return groupFromToken(v, c);
  return [];
}

/**
 * "were killed and 58 injured", "should never have been arrested or prosecuted": a verb conjoined to a
 * passive with no subject or auxiliary of its own shares its passive (needs the parse).
 */
export function conjoinedPassive(v: SentenceView, i: number): boolean {
  if (!v.parsed || !/^conj/.test(v.deprel[i] ?? '') || v.xpos[i] !== 'VBN') return false;
  const h = v.head[i] ?? -1;
  if (h < 0 || h > i || v.xpos[h] !== 'VBN') return false;
  // ("and at least 58 injured": a bare count the parse makes its subject is who underwent it)
  if ((v.children[i] ?? []).some((c) => /^(nsubj|aux|obj)/.test(v.deprel[c] ?? '') && v.upos[c] !== 'NUM'))
    return false;
  return (v.children[h] ?? []).some((c) => /^(aux:pass|nsubj:pass)$/.test(v.deprel[c] ?? ''));
}

/** Verbs of charging whose active form names the one charged before its preposition ("accused X of"). */
const CHARGING: Readonly<Record<string, string>> = {
  accused: 'of',
  charged: 'with',
  suspected: 'of',
  convicted: 'of',
  indicted: 'on',
  sentenced: 'to',
};

/**
 * "three men accused of robbing a bank", "a youth charged with murder": a verb of charging followed
 * at once by its preposition has no object, so it is a passive (the party before it is the one charged).
 */
export function chargedWith(v: SentenceView, i: number): boolean {
  const prep = CHARGING[v.lower[i] ?? ''];
  return prep !== undefined && v.lower[i + 1] === prep && (v.mentionAt[i - 1] ?? -1) >= 0;
}

export function isPassiveLinear(v: SentenceView, i: number): boolean {
  const low = v.lower[i] ?? '';
  if (engagedIn(v, i)) return false;
  if (conjoinedPassive(v, i)) return true;
  if (chargedWith(v, i)) return true;
  // (and irregular participles: "had been shot", "was hit", "were cut off")
  if (
    !/(ed|en|wn|ck|ht|ld|id)$/.test(low) &&
    !/^(shot|hit|hurt|cut|set|put|shut|struck|beat|overrun|spread|split)$/.test(low)
  )
    return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = v.lower[k] ?? '';
    if (BE.has(w)) return true;
    // ("were violently attacked", "was unlawfully detained": an adverb between; "had been ``kidnapped''")
    if (/^[a-z]{3,}ly$/.test(w) || (v.parsed && v.upos[k] === 'ADV') || /^[`'"“”‘’]+$/.test(w)) continue;
    // ("were reported killed", "are feared kidnapped": a passive report of a passive act)
    if (
      !/^(also|reportedly|allegedly|being|been|not|never|later|already|recently|reported|said|believed|feared|thought|confirmed|presumed)$/.test(
        w,
      )
    )
      return false;
  }
  return false;
}

export function prepObject(v: SentenceView, i: number, preps: readonly string[], window: number): number[] {
  const n = v.lower.length;
  for (let k = i + 1; k < Math.min(n, i + window); k++) {
    const w = v.lower[k] ?? '';
    if (BOUNDARY.has(w) || w === '.') break;
    if (preps.includes(w)) {
      const g = rightGroup(v, k + 1, 4, true);
      // "withdraw from southern Lebanon provided Israel's …": past a verb the preposition's object
      // (a place the mentions do not hold) has ended; a later party is no object of it
      const first = v.mentionTokens[g[0] ?? -1]?.first ?? k;
      if (g.length && !v.upos.slice(k + 1, first).includes('VERB')) return g;
    }
  }
  return [];
}

/** An object pronoun at k: "him", "them", "me", "us", or "her" tagged as a personal pronoun. */
function objectPronoun(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  return /^(him|them|me|us|himself|herself|themselves)$/.test(w) || (w === 'her' && v.xpos[k] === 'PRP');
}

/**
 * A fallback recipient: the first mention group after the trigger in the same clause (PETRARCH's
 * "target follows the verb"), not the actor, and not the agent of a passive ("by").
 */
export function nextMention(
  v: SentenceView,
  from: number,
  actor: readonly ActorRef[],
  window = 10,
  skipThat = false,
  preps: readonly string[] = [],
): ActorRef[] {
  const n = v.lower.length;
  for (let k = from; k < Math.min(n, from + window); k++) {
    const w = v.lower[k] ?? '';
    if (skipThat && k === from && w === 'that') continue;
    // "he killed her on the day I saw her": a pronoun object no party resolves fills the object; a
    // party later in the clause is no recipient
    if (k === from && (v.mentionAt[k] ?? -1) < 0 && objectPronoun(v, k)) return [];
    // ("agreed to give inspectors access to …": a bare noun first of two objects is the one given to)
    if ((v.mentionAt[k] ?? -1) < 0 && bareDative(v, k)) return [];
    if (BOUNDARY.has(w) || w === ',' || w === '.' || (w === 'by' && k <= from + 1)) return [];
    // other prepositions introduce other roles ("defends its ties with insurgents")
    if (PREPS.has(w) && !LOCATIVE.has(w) && !OPEN_PREPS.has(w) && !preps.includes(w)) return [];
    if (LOCATIVE.has(w) && !preps.includes(w)) {
      // "in northern Afghan regions": a place, not a recipient; skip its noun phrase
      while (
        k + 1 < n &&
        !PREPS.has(v.lower[k + 1] ?? '') &&
        !BOUNDARY.has(v.lower[k + 1] ?? '') &&
        !/^[,.;]$/.test(v.lower[k + 1] ?? '')
      )
        k++;
      continue;
    }
    if ((v.mentionAt[k] ?? -1) >= 0) {
      // "to investigate shootings of doctors": the party an act is done to undergoes it, no one a
      // demand or charge is directed at; "regret that it has taken so long to …": an empty "it" names none
      if ((skipThat && ownsUndergoneAct(v, v.mentionAt[k] ?? -1)) || expletiveIt(v, k)) return [];
      const group = rightGroup(v, k, 0, false);
      const g = group
        .map((mi) => v.mentions[mi])
        .filter(
          (m): m is Mention =>
            Boolean(m) &&
            !actor.some((a) => a.start === m?.start || (a.code && a.code === m?.code && a.sector === m?.sector)),
        );
      // "withdraw its troops from Lebanon": the actor's own units are what it moves, not whom it acts on
      const own = (m: Mention) =>
        /^(its|their|his|her|our)\s/i.test(m.actorText) && actor.some((a) => a.code && a.code === m.code);
      if (g.length && g.every(own)) {
        k = v.mentionTokens[group[group.length - 1] ?? -1]?.last ?? k;
        continue;
      }
      return g.map(toRef);
    }
  }
  return [];
}

/** Token k is a quotation mark that closes a quotation (a right one, or a straight one after an odd number of them). */
function closingQuote(v: SentenceView, k: number): boolean {
  const w = v.lower[k] ?? '';
  if (w === '”') return true;
  if (w !== '"') return false;
  let n = 0;
  for (let j = 0; j < k; j++) if (/^["“”]$/.test(v.lower[j] ?? '')) n++;
  return n % 2 === 1;
}

/**
 * "threatened to strike unless Sylvania withdraws", "…if the United States goes ahead": the party
 * whose act is the condition of a threat is its target — the subject of the "unless"/"if" clause
 * after token `from`, in the same sentence part (not across ";" or a new quotation).
 */
export function conditionParty(
  v: SentenceView,
  from: number,
  actor: readonly ActorRef[],
  places: readonly Place[] = [],
): ActorRef[] {
  for (let k = from; k < Math.min(v.lower.length, from + 25); k++) {
    const w = v.lower[k] ?? '';
    // ('"X will fight back" if Y persists': a quotation closing right before the condition is its threat's)
    if (/^[;:"“”]$/.test(w) && !(closingQuote(v, k) && /^(if|unless)$/.test(v.lower[k + 1] ?? ''))) return [];
    if (w !== 'unless' && w !== 'if') continue;
    const group = rightGroup(v, k + 1, 2, true)
      .map((mi) => v.mentions[mi])
      .filter((m): m is Mention => Boolean(m) && !actor.some((a) => a.start === m?.start))
      .map(toRef);
    if (group.length) return group;
    // "unless Israel rescinded …" with Israel known only as a place: its country
    const next = v.lower[k + 1] === 'the' ? k + 2 : k + 1;
    const tok = v.tokens[next];
    const place = tok ? places.find((p) => p.start === tok.start && p.country) : undefined;
    return place?.country && !actor.some((a) => a.code === place.country) ? [placeRef(place)] : [];
  }
  return [];
}

/** The subject of a clausal complement starting at token `from` ("alleged that [the U.S.] is …"). */
export function complementSubject(v: SentenceView, from: number): ActorRef[] {
  let k = from;
  while (k < v.lower.length && /^(that|,)$/.test(v.lower[k] ?? '')) k++;
  const g = rightGroup(v, k, 2, true);
  return g
    .map((mi) => v.mentions[mi])
    .filter((m): m is Mention => Boolean(m))
    .map(toRef);
}

/**
 * "Russian troops violated the truce, Ukraine charged": the subject of the clause a speech-like verb
 * follows (its content, fronted before a comma), from the parse — the predicate the verb hangs on as
 * parataxis, or a clause it governs that ends in a comma before it. Not an adverbial clause with a
 * subordinating word ("After X attacked, Y charged …"). Empty when there is none.
 */
export function frontedClauseSubject(v: SentenceView, i: number, actor: readonly ActorRef[]): ActorRef[] {
  if (!v.parsed) return [];
  const h = v.head[i] ?? -1;
  const candidates =
    h >= 0 && h < i && v.deprel[i] === 'parataxis'
      ? [h]
      : dependents(v, i, 'ccomp', 'advcl', 'parataxis').filter((c) => c < i);
  for (const p of candidates) {
    if (dependents(v, p, 'mark').some((x) => v.lower[x] !== 'that')) continue;
    // the clause ends in a comma before the verb's own subject
    const own = dependents(v, i, 'nsubj')[0] ?? i;
    const tree = subtree(v, p).filter((k) => k < own && !subtree(v, own).includes(k));
    const last = tree[tree.length - 1] ?? -1;
    if (v.lower[last] !== ',' && v.lower[last + 1] !== ',') continue;
    const subj = dependents(v, p, 'nsubj')[0];
    if (subj === undefined) continue;
    const g = groupFromToken(v, subj)
      .map((mi) => v.mentions[mi])
      .filter((m): m is Mention => m !== undefined && !actor.some((a) => a.start === m.start || sameOne(a, m)))
      .map(toRef);
    if (g.length) return g;
  }
  return [];
}

/** Two references to one known actor ("Mr. Obama … he"). */
const sameOne = (a: ActorRef, m: Mention): boolean =>
  (a.id !== null && a.id === m.id) || (a.name !== null && a.name === m.name);

/** Nouns that measure out an act named in their "of" phrase ("ten days of talks", "a wave of strikes"). */
const MEASURES = new Set([
  'hour',
  'day',
  'week',
  'month',
  'year',
  'round',
  'series',
  'wave',
  'spate',
  'string',
  'volley',
  'barrage',
  'bout',
  'spell',
  'period',
  'season',
]);

/**
 * Acts done by the party in their "of" phrase, with no one else acted on: "demanded the withdrawal of
 * Serbian forces", "welcomed the resignation of the minister" are directed at that party.
 */
const DOER_OF = new Set([
  'withdrawal',
  'pullout',
  'pull-out',
  'resignation',
  'departure',
  'retreat',
  'surrender',
  'disarmament',
  'demobilization',
  'demobilisation',
]);

/** The party doing the act the verb's object names ("… the withdrawal of X", "… victories by X"), as mention indexes. */
export function doerOfObject(v: SentenceView, i: number): number[] {
  for (const o of dependents(v, i, 'obj')) {
    // "recognizing victories by the opposition coalition": the party a thing acted on is "by"
    // (or the parse hangs the "by" phrase right after the object on the verb)
    const by = [...dependents(v, o, 'nmod'), ...dependents(v, i, 'obl').filter((c) => c > o)].find(
      (c) => caseOf(v, c) === 'by' && (v.head[c] === o || v.lower[o + 1] === 'by'),
    );
    if ((v.mentionAt[o] ?? -1) < 0 && by !== undefined) return groupFromToken(v, by);
    if (!DOER_OF.has(v.lemma[o] ?? '') && !DOER_OF.has(v.lower[o] ?? '')) continue;
    for (const c of dependents(v, o, 'nmod')) if (caseOf(v, c) === 'of') return groupFromToken(v, c);
  }
  return [];
}

/** Verbs of travelling or gathering, whose subject goes "for talks". */
const TRAVEL = new Set([
  'return',
  'arrive',
  'travel',
  'come',
  'go',
  'fly',
  'head',
  'gather',
  'convene',
  'meet',
  'sit',
  'reconvene',
  'assemble',
  'leave',
  'depart',
  'journey',
]);

/** The verb of travelling the "for" phrase at i hangs on, through at most two nominal heads ("this week for talks"), or -1. */
export function travelVerbAbove(v: SentenceView, i: number): number {
  let k = v.head[i] ?? -1;
  for (let depth = 0; depth < 3 && k >= 0; depth++) {
    if (v.upos[k] === 'VERB') return TRAVEL.has(v.lemma[k] ?? '') ? k : -1;
    if (!/^(NOUN|PROPN)$/.test(v.upos[k] ?? '') || (v.mentionAt[k] ?? -1) >= 0) return -1;
    k = v.head[k] ?? -1;
  }
  return -1;
}

/** "One third of the guerrillas", "hundreds of troops": the party an unmentioned quantity is "of". */
export function partitiveOf(v: SentenceView, k: number): number[] {
  if (k < 0 || (v.mentionAt[k] ?? -1) >= 0) return [];
  for (const c of dependents(v, k, 'nmod')) if (caseOf(v, c) === 'of') return groupFromToken(v, c);
  return [];
}

/** Day adverbs a tagger may read as nouns ("started a hunger strike yesterday"). */
export const DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/**
 * The node standing in the act noun's place at i: the measure over it ("ten days of war games" →
 * days), or the day adverb the parse made it a compound of ("a strike yesterday" → yesterday), else i.
 */
export function measuredBy(v: SentenceView, i: number): number {
  const h = v.head[i] ?? -1;
  if (h > i && v.deprel[i] === 'compound' && DAYS.has(v.lower[h] ?? '')) return h;
  if (h < 0 || v.deprel[i] !== 'nmod' || caseOf(v, i) !== 'of') return i;
  const lemma = v.lemma[h] || (v.lower[h] ?? '').replace(/s$/, '');
  if (!MEASURES.has(lemma) || (v.mentionAt[h] ?? -1) >= 0) return i;
  return h;
}

/** Actor and recipient of an event from the parse when there is one, else from word order. */
/** The actor and recipient of a trigger: from the parse when there is one, else by word order. */
export function findArgs(v: SentenceView, t: Trigger): Args {
  const f = argFrame(t);
  const d: ArgDraft = { actor: [], recipient: [], explain: [], passiveParse: false };
  // "whether it was used to kill …": a purpose of use is done by the user, the "by" agent or none
  const use = t.pos === 'verb' ? purposeOfUse(v, t.i) : null;
  // ("a letter from X to Y asking …": the letter's writer, whom the parse does not reach, not Y)
  // ("told police Harlan threatened …": a name no party is known by, not the party told, does it)
  const unaddressed = t.pos === 'verb' && (addresseeParticiple(v, t.i) === -1 || toldAbove(v, t.i) >= 0);
  if (v.parsed) {
    if (t.pos === 'verb') parsedVerbArgs(v, t, f, d);
    else parsedNounArgs(v, t, f, d);
  }
  // "Bush's objective in his meeting with X was to press …": the aim's owner does the act
  const aim = t.pos === 'verb' ? aimOwner(v, t.i) : -1;
  if (aim >= 0) {
    d.actor = [aim];
    d.explain.push(`args: actor = the one whose aim the act is ("${v.mentions[aim]?.actorText}")`);
  }
  if (use !== null) {
    d.actor = use >= 0 ? groupFromToken(v, use) : [];
    d.explain.push(
      use >= 0
        ? 'args: actor = the user of the thing ("used by …")'
        : 'args: a thing put to use is no actor; no user named',
    );
  }
  if (!d.actor.length && use === null && !unaddressed) {
    if (t.pos === 'verb') verbByWordOrder(v, t, f, d);
    else nounByWordOrder(v, t, d);
  }
  actorBeforeAside(v, d);
  recipientByWordOrder(v, t, f, d);
  ownPossessiveRecipient(v, t, d);
  releasedFrom(v, t, d);
  undergoerNoAddressee(v, t, d);
  if (v.parsed && ((t.pos === 'noun' && v.deprel[t.i] === 'obj') || /^(xcomp|advcl)$/.test(v.deprel[t.i] ?? '')))
    undergoneObject(v, t, d);
  return draftToArgs(v, d);
}

/**
 * One reference per state a phrase names together ("US and British activists": USA and GBR, as
 * PLOVER lists compound actors), or per party "the two sides/countries" stands for; any other
 * mention is one reference.
 */
export function eachState(m: Mention): ActorRef[] {
  const codes = (m as { memberCodes?: readonly string[] }).memberCodes;
  const ref = toRef(m);
  if (!codes || codes.length < 2) return [ref];
  return [...new Set(codes)].map((code) => ({ ...ref, code }));
}

export { subtree };
