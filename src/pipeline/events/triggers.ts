import type { CameoInfo, EventLexicon, LexEntry } from '../../knowledge/events/index.js';
import { haltTriggers } from './halt.js';
import { officialProtests } from './official.js';
import { bestPattern } from './patterns.js';
import { riotTriggers } from './riot.js';
import { ruleEntry } from './rule-entry.js';
import { senseTriggers } from './senses.js';
import { blameTrigger, harmByConduct } from './senses-blame.js';
import { chargeSenses, involvementTrigger } from './senses-rejected.js';
import { posOf } from './triggers-pos.js';
import type { SentenceView } from './view.js';

/** A word (or two) that triggers an event, with the lexicon entry and CAMEO code chosen for it. */
export interface Trigger {
  /** Sentence-relative token index of the trigger's head word. */
  readonly i: number;
  /** Last token of the trigger (multiword nouns, particles). */
  readonly last: number;
  readonly pos: 'verb' | 'noun';
  readonly entry: LexEntry;
  readonly code: string;
  readonly info: CameoInfo;
  readonly explain: readonly string[];
}

/** Verbs of wanting or trying: before an infinitive they mark the intent of its act, not an act. */
const VOLITIONAL = new Set(['seek', 'want', 'wish', 'hope', 'aim', 'try', 'attempt', 'intend', 'strive']);
/** Verbs of wanting that, with a party before the infinitive, ask that party to act. */
const APPEALING = new Set(['want', 'wish']);

const within = (v: SentenceView, i: number, words: readonly string[], before: number, after: number): boolean => {
  for (let k = Math.max(0, i - before); k <= Math.min(v.lower.length - 1, i + after); k++) {
    if (k !== i && (words.includes(v.lower[k] ?? '') || words.includes(v.lemma[k] ?? ''))) return true;
  }
  return false;
};

/**
 * The verb's object names an actor ("recognized Kosovo", "recognized the new government of Libya" is a cue word
 * instead): with a parse, an object covered by a mention; without, the first word after the verb and its
 * determiners.
 */
function actorObject(v: SentenceView, i: number): boolean {
  if (v.parsed) return (v.children[i] ?? []).some((c) => v.deprel[c] === 'obj' && (v.mentionAt[c] ?? -1) >= 0);
  let k = i + 1;
  while (/^(the|a|an)$/.test(v.lower[k] ?? '')) k++;
  return (v.mentionAt[k] ?? -1) >= 0;
}

/**
 * A cue word near the verb, or (with a parse) its object wherever it stands; the cue "@actor" asks for an
 * object that names an actor.
 */
function cueNear(v: SentenceView, i: number, e: LexEntry): boolean {
  if (e.unlessCue && within(v, i, e.unlessCue, 3, 4)) return false;
  const cues = e.requiresCue;
  if (!cues) return true;
  if (cues.includes('@actor') && actorObject(v, i)) return true;
  if (within(v, i, cues, e.cueAfter ? 0 : 3, 6) || meansClauseCue(v, i, cues)) return true;
  // the object, or a passive's subject, which is its object ("evidence … was presented by X"), or a noun the
  // object measures ("slapping an additional $100 billion in tariffs")
  const cue = (k: number): boolean => cues.includes(v.lower[k] ?? '') || cues.includes(v.lemma[k] ?? '');
  return (
    (v.children[i] ?? []).some(
      (c) =>
        ((v.deprel[c] === 'obj' && (!e.cueAfter || c > i)) || v.deprel[c] === 'nsubj:pass') &&
        (cue(c) || (v.children[c] ?? []).some((x) => /^nmod/.test(v.deprel[x] ?? '') && x > c && cue(x))),
    ) ||
    measuredIn(v, i, cue) ||
    amountOf(v, i, cue)
  );
}

/**
 * "retaliated by listing $50 billion of products that it could hit with tariffs", "responded by imposing new
 * duties": a "by" + -ing phrase right after the verb names the means the act is done with; a cue anywhere in it
 * (up to a semicolon or the end of the sentence, 16 words at most) is the verb's cue.
 */
function meansClauseCue(v: SentenceView, i: number, cues: readonly string[]): boolean {
  let k = i + 1;
  if (/^(quickly|swiftly|immediately|promptly)$/.test(v.lower[k] ?? '')) k++;
  if (v.lower[k] !== 'by' || !/ing$/.test(v.lower[k + 1] ?? '')) return false;
  for (let j = k + 2; j < Math.min(v.lower.length, k + 18); j++) {
    if (/^[;.]$/.test(v.lower[j] ?? '')) return false;
    if (cues.includes(v.lower[j] ?? '') || cues.includes(v.lemma[j] ?? '')) return true;
  }
  return false;
}

/** Words of an amount ("$", "100", "billion", "25", "percent"). */
const AMOUNT = /^([$€£¥]|us\$|[0-9][0-9.,]*|billion|million|trillion|bn|percent|per|cent|%|-)$/;

/**
 * "slapping an additional $100 billion in tariffs", "impose 25 percent duties", "tax $50 billion in American
 * products": the cue is the noun an amount right after the verb measures, by word order, however the parse hangs
 * the amount (a slip may make it the object of another verb).
 */
function amountOf(v: SentenceView, i: number, cue: (k: number) => boolean): boolean {
  let k = i + 1;
  while (
    k <= i + 3 &&
    /^(an?|the|additional|another|further|extra|new|some|about|nearly|almost|over|up)$/.test(v.lower[k] ?? '')
  )
    k++;
  if (v.lower[k] === 'to' && v.lower[k - 1] === 'up') k++;
  const first = k;
  while (k < v.lower.length && k <= first + 5 && AMOUNT.test(v.lower[k] ?? '')) k++;
  if (k === first || !/[0-9]/.test(v.lower.slice(first, k).join(''))) return false;
  if (/^(in|of|worth)$/.test(v.lower[k] ?? '')) k++;
  if (v.lower[k] === 'of') k++;
  // the measured noun, after its modifiers ("its own 25 percent tariffs", "American products")
  for (let end = Math.min(v.lower.length, k + 4); k < end; k++) {
    if (cue(k)) return true;
    if ((v.upos[k] ?? '') === 'VERB' || /^[,;:.()]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** "slapping $100 billion in tariffs" parsed with "in tariffs" on the verb: an "in" phrase after the verb's object. */
function measuredIn(v: SentenceView, i: number, cue: (k: number) => boolean): boolean {
  const kids = v.children[i] ?? [];
  const obj = kids.find((c) => v.deprel[c] === 'obj' && c > i);
  if (obj === undefined) return false;
  return kids.some(
    (c) =>
      c > obj &&
      /^obl/.test(v.deprel[c] ?? '') &&
      (v.children[c] ?? []).some((x) => v.deprel[x] === 'case' && v.lower[x] === 'in') &&
      cue(c),
  );
}

function particleAt(v: SentenceView, i: number, particle: string): number {
  for (let k = i + 1; k <= Math.min(v.lower.length - 1, i + 3); k++) {
    // ("rule 21 out of 29 states": an "out of" away from the verb is a preposition; "walked out of" stays)
    if (v.lower[k] === particle && particle === 'out' && v.lower[k + 1] === 'of' && k > i + 1) continue;
    if (v.lower[k] === particle) return k;
  }
  return -1;
}

const FINITE = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;

/**
 * Where the clausal complement of the verb at i starts ("warned [that] X is …"), or -1:
 * the parse's ccomp, else "that" or a mention followed by a finite verb.
 */
export function complementStart(v: SentenceView, i: number): number {
  if (v.parsed) {
    // a clausal complement, or a clause the parser hung as an adverbial but that has its own
    // subject and no subordinating word ("warned [that] Islamic State is turning …")
    const c = (v.children[i] ?? []).find(
      (k) =>
        k > i &&
        (v.deprel[k] === 'ccomp' ||
          (/^(advcl|parataxis)/.test(v.deprel[k] ?? '') &&
            (v.children[k] ?? []).some((x) => /^nsubj/.test(v.deprel[x] ?? '')) &&
            !(v.children[k] ?? []).some((x) => v.deprel[x] === 'mark' && v.lower[x] !== 'that'))),
    );
    if (c === undefined) return -1;
    let first = c;
    const walk = (k: number) => {
      if (k < first) first = k;
      for (const x of v.children[k] ?? []) if (x > i) walk(x);
    };
    walk(c);
    return first;
  }
  let k = i + 1;
  if (v.lower[k] === 'that') return k + 1;
  if ((v.mentionAt[k] ?? -1) < 0) return -1;
  for (let j = k; j < Math.min(v.lower.length, k + 6); j++) {
    if ((v.mentionAt[j] ?? -1) >= 0) continue;
    return FINITE.test(v.lower[j] ?? '') || /(s|ed)$/.test(v.lower[j] ?? '') ? k : -1;
  }
  k = -1;
  return k;
}

const plainCore = (e: LexEntry): boolean => e.id.startsWith('core:') && !e.particle;

/** "…, a human rights group protested": the clause the verb reports stands before it. */
function complementBefore(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  // the parser hangs a trailing reporting clause on the reported one ("parataxis") or the reverse
  if (/^parataxis/.test(v.deprel[i] ?? '') && (v.head[i] ?? i) < i && v.lower[i - 1] !== ';') return true;
  return (v.children[i] ?? []).some((k) => k < i && /^(ccomp|parataxis)/.test(v.deprel[k] ?? ''));
}

/** "fight poverty", "combat corruption against …": the verb's object (within three words) is a social ill. */
function foughtIll(v: SentenceView, last: number, lex: EventLexicon): boolean {
  for (let k = last + 1; k <= last + 3 && k < v.lower.length; k++) {
    const w = v.lower[k] ?? '';
    if (lex.cues.ills.has(w)) return true;
    if (!/^[a-z-]+$/.test(w) || (v.mentionAt[k] ?? -1) >= 0) return false;
  }
  return false;
}

/**
 * "They pressed on even during a snowstorm", "pushed ahead with the plan": the verb with "ahead", or with an
 * "on" that takes no object (an adverb, a preposition or the end of the clause follows), means carrying on,
 * whatever the verb ("fired on the crowd" keeps its object).
 */
function keptGoing(v: SentenceView, i: number): boolean {
  const next = v.lower[i + 1];
  if (next === 'ahead') return true;
  if (next !== 'on' || !v.parsed || (v.mentionAt[i + 2] ?? -1) >= 0) return false;
  // ("agreed on rejecting the measures": a gerund after "on" is what was agreed)
  const after = v.upos[i + 2];
  return !after || /^(ADV|ADP|PUNCT|CCONJ|SCONJ|PART)$/.test(after);
}

/** Picks the entry and code for a verb: curated entry, then Phoenix entries; a pattern refines the code. */
function codeVerb(v: SentenceView, i: number, entries: readonly LexEntry[], lex: EventLexicon): Trigger | null {
  if (keptGoing(v, i) && !entries.some((e) => e.particle === v.lower[i + 1])) return null;
  const explain: string[] = [];
  let base: LexEntry | null = null;
  let last = i;
  // a curated sense that needs a cue is more specific than the plain curated sense ("sent
  // inspectors" before "sent aid"), which comes before Phoenix's
  const ordered = [
    ...entries.filter((e) => e.id.startsWith('core:') && e.requiresCue),
    ...entries.filter((e) => e.id.startsWith('core:') && !e.requiresCue),
    ...entries.filter((e) => !e.id.startsWith('core:')),
  ];
  for (const e of ordered) {
    if (e.particle) {
      const k = particleAt(v, i, e.particle);
      if (k < 0) continue;
      if (!cueNear(v, i, e)) continue;
      // a phrasal entry refines the plain sense ("backed down" is no backing) — a Phoenix one only when it
      // carries a code of its own ("met with" keeps the curated "meet")
      const refines = !base || (base.particle === null && (e.id.startsWith('core:') || Boolean(e.cameo)));
      if (refines) {
        base = e;
        last = k;
      }
      continue;
    }
    if (base) continue;
    // a curated entry overrides Phoenix for its lemma, even when its cue is missing (a curated
    // phrasal verb — "take into custody" — says nothing about the plain verb)
    if (!e.id.startsWith('core:') && entries.some((x) => plainCore(x) && x.lemma === e.lemma)) continue;
    if (!cueNear(v, i, e)) continue;
    if (e.clause && complementStart(v, i) < 0 && !complementBefore(v, i)) continue;
    if (e.id.startsWith('core:') || e.cameo) base = e;
  }
  // a curated lemma whose entries all need a missing cue is not coded from Phoenix patterns either
  if (!base && entries.some(plainCore)) return null;
  // the bare verb's patterns, or, when a phrasal entry's particle is there, its own block's and those of the
  // bare verb that begin with the particle ("wage WAR"): a phrasal verb has a sense of its own ("drop out" of
  // a race takes none of "drop"'s patterns for dropped bombs or charges)
  const plain = lex.patterns.get(entries[0]?.lemma ?? '') ?? [];
  const particle = base?.particle?.toLowerCase() ?? null;
  const startsWithParticle = (p: (typeof plain)[number]): boolean =>
    p.pre.length === 0 && (p.post[0]?.slots[0] ?? []).flat().some((w) => w.toLowerCase() === particle);
  const patterns = particle
    ? [...new Set([...(base?.patterns ?? []), ...plain.filter(startsWithParticle)])].sort((a, b) => b.weight - a.weight)
    : plain;
  const p = patterns.length ? bestPattern(v, i, patterns) : null;
  if (!base && !p) return null;
  // a pattern alone codes the verb under its plain entry, never under a phrasal sense not present
  const entry = base ?? entries.find((e) => !e.particle) ?? entries.find((e) => !e.id.startsWith('core:'));
  if (!entry) return null;
  let code = base?.cameo ?? null;
  explain.push(`lexicon ${entry.id} (${entry.provenance})`);
  // a curated sense chosen by its cue ("lifted the curfew") is not overridden by a pattern
  const cued = Boolean(base?.id.startsWith('core:') && base.requiresCue);
  if (p && !cued && (!base?.id.startsWith('core:') || p.weight >= 3)) {
    const pinfo = lex.cameo.get(p.code);
    // a curated verb of claim-making keeps its type ("accused Israel of war crimes" is an accusation, not
    // Phoenix's 173 legal charge): its role says what its complement is
    const keepsType = base?.id.startsWith('core:') && base.role !== 'event' && pinfo?.plover !== (base.plover ?? null);
    if (!keepsType && (!base || pinfo?.plover || !base.id.startsWith('core:'))) {
      code = p.code;
      explain.push(`pattern ${p.provenance} → CAMEO ${p.code}`);
    }
  }
  if (!code) return null;
  const info = lex.cameo.get(code);
  if (!info) return null;
  const plover = code === base?.cameo ? (base?.plover ?? info.plover) : info.plover;
  if (!plover) return null;
  if (plover === 'ASSAULT' && foughtIll(v, last, lex)) return null;
  if (plover === 'AGREE' && OPINION.test(entry.lemma) && statesAFact(v, i)) return null;
  return { i, last, pos: 'verb', entry, code, info: { ...info, plover }, explain };
}

/** Verbs of agreeing that, with a statement of fact for complement, share an opinion rather than make a deal. */
const OPINION = /^(agree|concur)$/;

/**
 * "he agreed it was a very big problem", "she agreed there was a need …": the verb's clausal complement is a
 * copular or existential statement (a copula or an expletive "there" of its own), so the verb shares a view;
 * "agreed that talks would resume" stays an agreement.
 */
function statesAFact(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  return (v.children[i] ?? []).some(
    (c) =>
      c > i &&
      v.deprel[c] === 'ccomp' &&
      (v.children[c] ?? []).some((x) => v.deprel[x] === 'cop' || v.deprel[x] === 'expl'),
  );
}

/**
 * "conducted joint anti-terrorism military and naval drills": a cue among the words that modify the noun from
 * the left (adjectives, nouns, conjunctions, up to the determiner, verb or preposition that opens the phrase).
 */
function premodifierCue(v: SentenceView, i: number, cues: readonly string[]): boolean {
  if (!v.parsed) return false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (!/^(ADJ|NOUN|PROPN|CCONJ|NUM)$/.test(v.upos[k] ?? '')) return false;
    if (cues.includes(v.lower[k] ?? '') || cues.includes(v.lemma[k] ?? '')) return true;
  }
  return false;
}

function codeNoun(
  v: SentenceView,
  i: number,
  entries: readonly LexEntry[],
  lex: EventLexicon,
  last: number,
): Trigger | null {
  for (const e of entries) {
    if (e.requiresCue && !within(v, i, e.requiresCue, 4, 2) && !premodifierCue(v, i, e.requiresCue)) continue;
    if (e.unlessCue && within(v, i, e.unlessCue, 3, 4)) continue;
    const info = e.cameo ? lex.cameo.get(e.cameo) : undefined;
    const plover = e.plover ?? info?.plover;
    if (!info || !plover || !e.cameo) continue;
    return {
      i,
      last,
      pos: 'noun',
      entry: e,
      code: e.cameo,
      info: { ...info, plover },
      explain: [`lexicon ${e.id} (${e.provenance})`],
    };
  }
  return null;
}

function isCapitalised(v: SentenceView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  const c = v.text.charAt(t.start - v.sentence.start);
  return c !== c.toLowerCase();
}

/** Most longer words capitalised: a headline in title case, where capitals name nothing. */
function titleCase(v: SentenceView): boolean {
  let words = 0;
  let caps = 0;
  for (let k = 0; k < v.lower.length; k++) {
    if (!/^[a-z]{4,}$/.test(v.lower[k] ?? '')) continue;
    words++;
    if (isCapitalised(v, k)) caps++;
  }
  return words > 0 && caps / words >= 0.7;
}

/**
 * "Norwood Partners Limited Partnership", "the Restaurant Investment Partnership": an event noun that
 * ends a run of capitalised words inside the sentence is part of a name, not an act.
 */
function inName(v: SentenceView, i: number): boolean {
  return (
    i > 1 && isCapitalised(v, i) && isCapitalised(v, i - 1) && /^[a-z]/.test(v.lower[i - 1] ?? '') && !titleCase(v)
  );
}

/** Verb entries for a lemma and its surface form, curated entries first. */
function verbEntries(lex: EventLexicon, lemma: string, low: string): LexEntry[] | undefined {
  const all = new Set<LexEntry>(lex.verbs.get(lemma) ?? []);
  for (const l of lex.verbForms.get(low) ?? []) for (const e of lex.verbs.get(l) ?? []) all.add(e);
  if (!all.size) return undefined;
  const list = [...all];
  return [...list.filter((e) => e.id.startsWith('core:')), ...list.filter((e) => !e.id.startsWith('core:'))];
}

function isSpeech(lex: EventLexicon, verbs: readonly LexEntry[] | undefined, lemma: string): boolean {
  if (verbs?.some((e) => e.id.startsWith('core:'))) return false;
  return lex.cues.speech.has(lemma) || Boolean(verbs?.some((e) => lex.cues.speech.has(e.lemma)));
}

/** "X said Y must …": a reported demand (PLOVER REQUEST) by the speaker of Y. */
function isDemand(v: SentenceView, i: number, lex: EventLexicon): boolean {
  const before = v.parsed ? /^(NOUN|PROPN|PRON)$/.test(v.upos[i - 1] ?? '') : false;
  if ((v.mentionAt[i - 1] ?? -1) < 0 && !before && !/^(it|they|he|she)$/.test(v.lower[i - 1] ?? '')) return false;
  // "I must say …", "we must act": the speaker's own duty or a figure of speech asks nothing of another party
  if (/^(i|we)$/.test(v.lower[i - 1] ?? '')) return false;
  // "the ministry said it must adopt countermeasures": "it" right after the verb of saying is the speaker itself
  if (v.lower[i - 1] === 'it' && /^(said|says|say|stated|added|insisted)$/.test(v.lower[i - 2] ?? '')) return false;
  if (dutyNotDemand(v, i)) return false;
  for (let k = i - 1; k >= 0; k--)
    if (lex.cues.speech.has(v.lemma[k] ?? '') || /^(demand|insist)/.test(v.lower[k] ?? '')) return true;
  return false;
}

/**
 * An attitude one "must be" in: a view of what a party should be, no act demanded of it ("must be ready to
 * mediate" asks for the mediation and stays a demand).
 */
const ATTITUDE = /^(careful|vigilant|aware|mindful|alert|cautious|patient|realistic)$/;

/**
 * "there must be dialogue", "we must all be vigilant", "the Ministry must confirm that …": an expletive
 * "there", an attitude ("must be careful"), or a formula of announcing ("must confirm", "must inform")
 * states a view or a duty; no party is asked to act.
 */
function dutyNotDemand(v: SentenceView, i: number): boolean {
  if (v.lower[i - 1] === 'there') return true;
  const next = v.lower[i + 1] ?? '';
  if (next === 'be' && ATTITUDE.test(v.lower[i + 2] ?? '')) return true;
  return /^(confirm|inform|announce|report|admit|acknowledge|regret|note|say)$/.test(next);
}

const DEMAND_ENTRY: LexEntry = ruleEntry({
  id: 'rule:reported-must',
  lemma: 'must',
  pos: 'verb',
  cameo: '100',
  plover: 'REQUEST',
  provenance: 'PLOVER REQUEST: demands reported as "X said Y must …"',
});

function demandTrigger(_v: SentenceView, i: number, lex: EventLexicon): Trigger {
  const info = lex.cameo.get('100') ?? {
    code: '100',
    label: '',
    plover: 'REQUEST',
    mode: null,
    context: [],
    goldstein: -5,
    quadClass: 3,
  };
  return {
    i,
    last: i,
    pos: 'verb',
    entry: DEMAND_ENTRY,
    code: '100',
    info,
    explain: [`rule ${DEMAND_ENTRY.id} (${DEMAND_ENTRY.provenance})`],
  };
}

const SUBJUNCTIVE_ENTRY: LexEntry = {
  ...DEMAND_ENTRY,
  id: 'rule:reported-subjunctive',
  provenance:
    'PLOVER REQUEST: a mandative subjunctive after a verb of saying ("insisted that NATO halt …") demands the act',
};

/** Verbs of saying or proposing whose "that" clause in the bare form demands the act ("insisted that NATO halt"). */
const MANDATIVE = new Set(['insist', 'suggest', 'propose', 'recommend', 'stipulate', 'require', 'request', 'ask']);

/**
 * "Russia insisted that NATO halt its expansion": a bare verb (not "halts") with a singular subject in the
 * clause of a verb of insisting or proposing is a mandative subjunctive — the speaker demands the act (REQUEST
 * of the clause's subject), which is not itself reported. The verb's own entry, if any, gives way.
 */
function subjunctiveTrigger(v: SentenceView, i: number, lex: EventLexicon): Trigger | null {
  if (!v.parsed || v.upos[i] !== 'VERB' || v.deprel[i] !== 'ccomp') return null;
  // the bare form: tagged so, or a past tag on a word that is itself a lexicon lemma and not an "-ed" form
  const low = v.lower[i] ?? '';
  const bare = /^(VB|VBP)$/.test(v.xpos[i] ?? '') || (v.xpos[i] === 'VBD' && !/ed$/.test(low) && lex.verbs.has(low));
  if (!bare) return null;
  const h = v.head[i] ?? -1;
  if (!MANDATIVE.has(v.lemma[h] ?? '')) return null;
  const kids = v.children[i] ?? [];
  if (kids.some((c) => /^aux/.test(v.deprel[c] ?? '') || (v.deprel[c] === 'mark' && v.lower[c] === 'to'))) return null;
  const subj = kids.find((c) => v.deprel[c] === 'nsubj');
  if (subj === undefined) return null;
  const singular = /^(NN|NNP)$/.test(v.xpos[subj] ?? '') || /^(he|she|it)$/.test(v.lower[subj] ?? '');
  if (!singular) return null;
  const info = lex.cameo.get('100');
  if (!info?.plover) return null;
  return {
    i,
    last: i,
    pos: 'verb',
    entry: SUBJUNCTIVE_ENTRY,
    code: '100',
    info,
    explain: [`rule ${SUBJUNCTIVE_ENTRY.id} (${SUBJUNCTIVE_ENTRY.provenance})`],
  };
}

const APPEAL_ENTRY: LexEntry = {
  ...DEMAND_ENTRY,
  id: 'rule:want-party-to',
  lemma: 'want',
  cameo: '020',
  recipient: ['obj'],
  provenance: 'PLOVER REQUEST (appeal): "X wants Y to act" asks Y to act; it is not an intent of X',
};

/** "Obama wants Putin to attack …": a verb of wanting with a party and an infinitive is an appeal to that party. */
function appealTrigger(v: SentenceView, i: number, lex: EventLexicon): Trigger | null {
  if (!APPEALING.has(v.lemma[i] ?? '')) return null;
  const m = v.mentionAt[i + 1] ?? -1;
  let span = m >= 0 ? v.mentionTokens[m] : undefined;
  // ("wants Britain and France to answer"): parties joined by "and"/"or" are asked together
  while (span && /^(and|or)$/.test(v.lower[span.last + 1] ?? '')) {
    const next = v.mentionAt[span.last + 2] ?? -1;
    if (next < 0) break;
    span = v.mentionTokens[next];
  }
  if (!span || v.lower[span.last + 1] !== 'to' || !/^[a-z-]+$/.test(v.lower[span.last + 2] ?? '')) return null;
  if (v.parsed && v.upos[span.last + 2] !== 'VERB') return null;
  const info = lex.cameo.get('020');
  if (!info?.plover) return null;
  return {
    i,
    last: i,
    pos: 'verb',
    entry: APPEAL_ENTRY,
    code: '020',
    info,
    explain: [`rule ${APPEAL_ENTRY.id} (${APPEAL_ENTRY.provenance})`],
  };
}

/** Collective bodies (and their members, together) whose own sessions are no consultation with another party. */
const BODY =
  /^(cabinet|parliament|council|committee|board|assembly|congress|senate|politburo|leadership|junta|legislature|presidium|bureau|lawmaker|legislator|senator|deputy|mp)$/;

/** "The cabinet met on Sunday": a body as subject, alone (no conjunct), and no one met with (no object, no "with"). */
function bodyMeetsAlone(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  const subj = (v.children[i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  if (subj === undefined || !BODY.test(v.lemma[subj] ?? '')) return false;
  if ((v.children[subj] ?? []).some((c) => v.deprel[c] === 'conj')) return false;
  const partner = (v.children[i] ?? []).some(
    (c) =>
      // ("don't meet on Fridays" with the day parsed as an object: an object behind a preposition is no partner)
      (/^(obj|iobj)$/.test(v.deprel[c] ?? '') && !(v.children[c] ?? []).some((x) => v.deprel[x] === 'case')) ||
      (/^obl/.test(v.deprel[c] ?? '') && (v.children[c] ?? []).some((x) => /^(with|between)$/.test(v.lower[x] ?? ''))),
  );
  return !partner && !v.lower.slice(i + 1, i + 4).includes('with');
}

/**
 * "a group called the Working Group on X", "a village called Tora": a participle 'called' right after its noun
 * and followed by a name names something; it is no call on or for anyone ("the group called on X", "called for
 * talks" stay).
 */
function namingCall(v: SentenceView, i: number): boolean {
  const next = i + 1;
  if (!v.parsed || !/^acl$/.test(v.deprel[i] ?? '') || !/^VB[ND]$/.test(v.xpos[i] ?? '')) return false;
  if (!/^(NOUN|PROPN)$/.test(v.upos[i - 1] ?? '')) return false;
  const named =
    v.upos[next] === 'DET' ||
    v.upos[next] === 'PROPN' ||
    isCapitalised(v, next) ||
    /^["“'‘`]/.test(v.lower[next] ?? '');
  return named && !/^(on|for|upon)$/.test(v.lower[next] ?? '');
}

/** Verbs of helping: before a verb of their own subject's act they mark taking part, not aid. */
const HELPING = new Set(['help', 'assist', 'contribute']);

/**
 * "such arrangements could help slash costs", "lower tax rates helped the company": a thing that helps
 * (a common-noun subject naming no actor) gives no aid; aid needs a party that gives it.
 */
function thingHelps(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  const subj = (v.children[i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  return subj !== undefined && v.upos[subj] === 'NOUN' && (v.mentionAt[subj] ?? -1) < 0;
}

/**
 * "help stability in Europe", "a concert to help finance his studies", "helped hang a poster": helping with
 * no party helped — no object or passive subject naming an actor, none for the act helped with — is no
 * aid (PLOVER AID is given to a party); "help Kenya prepare", "help victims", "helped unite the
 * opposition" keep theirs.
 */
const LOCATIVE_CASE = /^(in|at|near|across|throughout|inside|outside|around|within)$/;

function helpsNoParty(v: SentenceView, i: number): boolean {
  if (!v.parsed) return false;
  // "his studies in London", "help in Kenya": a place where, not a party
  const locative = (c: number): boolean =>
    (v.children[c] ?? []).some((x) => v.deprel[x] === 'case' && LOCATIVE_CASE.test(v.lower[x] ?? ''));
  // a party named by the word or by a noun phrase hanging on it ("the rights of Palestinians")
  const party = (k: number, depth = 0): boolean =>
    (v.mentionAt[k] ?? -1) >= 0 ||
    v.upos[k] === 'PRON' ||
    (depth < 2 &&
      (v.children[k] ?? []).some(
        (c) => /^(nmod|compound|conj|appos)/.test(v.deprel[c] ?? '') && !locative(c) && party(c, depth + 1),
      ));
  const arg = (c: number, rel: RegExp): boolean => rel.test(v.deprel[c] ?? '') && !locative(c) && party(c);
  const kids = v.children[i] ?? [];
  if (kids.some((c) => arg(c, /^(obj|iobj|nsubj:pass|obl)/))) return false;
  const acts = kids.filter((c) => /^(xcomp|ccomp)$/.test(v.deprel[c] ?? ''));
  return !acts.some((a) => (v.children[a] ?? []).some((c) => arg(c, /^(obj|iobj|obl|nsubj)/)));
}

/**
 * "MSF's psychologist agrees.", "the police chief agrees with the mayor that …", "we agree that …": agreeing
 * in the present with a view is a shared opinion, no PLOVER AGREE (a commitment to cooperate), and so is
 * agreeing that something is the case; "agrees to talks", "agreed that troops would withdraw" stay.
 */
function opinionAgree(v: SentenceView, i: number): boolean {
  const low = v.lower[i] ?? '';
  // "agreed that there was a need to …", "agree that the talks were useful": a view shared, no arrangement
  // (an arrangement says what will be done: "agreed that troops would withdraw", "… should meet again")
  if (v.lower[i + 1] === 'that') {
    let modal = false;
    for (let k = i + 2; k < v.lower.length && !/^[.;:!?]$/.test(v.lower[k] ?? ''); k++)
      if (/^(will|would|shall|should|must|could|can|may|might|'ll)$/.test(v.lower[k] ?? '')) modal = true;
    if (!modal) return true;
  }
  if (agreesWithView(v, i)) return true;
  if (!(low === 'agrees' || (low === 'agree' && /^(i|we|you)$/.test(v.lower[i - 1] ?? '')))) return false;
  const next = v.lower[i + 1] ?? '.';
  if (/^([.,;:!?]|that|[”"]|'')$/.test(next)) return true;
  if (next !== 'with') return false;
  for (let k = i + 2; k < v.lower.length && k <= i + 12; k++) {
    if (v.lower[k] === 'that' || v.lower[k] === '.') return true;
    if (/^(on|to|over|about|,|;)$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** Words naming a view or a case put, not an offer: agreeing with one shares an opinion. */
const VIEW =
  /^(defence|defense|argument|arguments|view|views|assessment|contention|conclusion|conclusions|analysis|finding|findings|reasoning|submission|submissions|interpretation|opinion|opinions|diagnosis|criticism|assertion|characterization|characterisation|claim|claims|verdict|sentiment)$/;

/**
 * "the judge agreed with the company's defence that …", "she agreed with his assessment": agreeing with a
 * view, an argument or a finding (in any tense) shares an opinion; "agreed with Sylvania on a truce" and
 * "agreed with the union's proposal" stay agreements.
 */
function agreesWithView(v: SentenceView, i: number): boolean {
  if (v.lower[i + 1] !== 'with') return false;
  for (let k = i + 2; k < v.lower.length && k <= i + 8; k++) {
    const w = v.lower[k] ?? '';
    if (/^([.,;:!?]|on|to|over|about|that|for)$/.test(w)) return false;
    if (VIEW.test(w)) return true;
  }
  return false;
}

/** "helped (to) plan", "contributed to planning": a verb follows the helping verb right away or after "to". */
function joinsAct(v: SentenceView, i: number, lex: EventLexicon): boolean {
  if (!v.parsed) return false;
  const k = v.lower[i + 1] === 'to' ? i + 2 : i + 1;
  if (v.upos[k] !== 'VERB' || v.head[k] !== i) return false;
  // helping to defend or to identify victims is cooperation (coded through the helping verb); helping to
  // plan or carry out killings is taking part in an act of conflict named in the complement
  const conflict = (e: LexEntry) => (e.cameo ? (lex.cameo.get(e.cameo)?.quadClass ?? 0) : 0) >= 3;
  // the complement verb, verbs conjoined with it and their objects ("plan and carry out killings"), not
  // clauses inside those ("identify victims killed in the crash")
  const verbs = [k, ...(v.children[k] ?? []).filter((c) => v.deprel[c] === 'conj' && v.upos[c] === 'VERB')];
  const words = [
    ...verbs,
    ...verbs.flatMap((x) => (v.children[x] ?? []).filter((c) => /^(obj|obl)/.test(v.deprel[c] ?? ''))),
  ];
  return words.some((x) => {
    const low = v.lower[x] ?? '';
    const lemma = v.lemma[x] ?? low;
    const entries =
      v.upos[x] === 'VERB'
        ? verbEntries(lex, lemma, low)
        : lex.nouns.get(lex.nouns.has(lemma) ? lemma : (lex.nounForms.get(low)?.[0] ?? ''));
    return Boolean(entries?.some((e) => !e.requiresCue && conflict(e)));
  });
}

/** A token that is never a trigger: a name without a parse, or "March" the month. */
function nameWord(v: SentenceView, i: number, low: string): boolean {
  // without a parse, a capitalised word inside the sentence is a name, not a trigger
  if (!v.parsed && i > 0 && isCapitalised(v, i)) return true;
  // "published on March 30": the month, never the verb of a protest march (a verb is not capitalised mid-sentence)
  return low === 'march' && i > 0 && isCapitalised(v, i);
}

/** A two-word event noun ("air strike") opening at token i, coded on its second word. */
function twoWordNoun(v: SentenceView, i: number, low: string, lex: EventLexicon): Trigger | null {
  const two = i + 1 < v.lower.length ? `${low} ${v.lemma[i + 1] ?? ''}` : '';
  const twoNoun = two ? lex.nouns.get(two) : undefined;
  if (!twoNoun) return null;
  const t = codeNoun(v, i + 1, twoNoun, lex, i + 1);
  return t ? { ...t, i: i + 1 } : null;
}

/** A verb that is no act of its own here: speech, a participle as adjective, intent, a lone meeting, help in an act. */
function verbIsNoAct(
  v: SentenceView,
  i: number,
  low: string,
  lemma: string,
  verbs: readonly LexEntry[] | undefined,
  lex: EventLexicon,
): boolean {
  // reporting verbs ("said", "announced") introduce events; they are not events unless curated
  if (isSpeech(lex, verbs, lemma)) return true;
  // volitional verbs ("prepared", "tried", "plans") mark intent; they are events only when curated
  // "heavily armed", "militiamen armed with machetes": participles used as adjectives
  if (lex.cues.adjectival.has(low) && !/^(has|have|had|was|were|been|is|are|be|being)$/.test(v.lower[i - 1] ?? ''))
    return true;
  // (a curated phrasal sense counts only with its particle: "pushing for" is a demand, "pushing to" an intent)
  const uncurated = !verbs?.some((e) => e.id.startsWith('core:') && (!e.particle || particleAt(v, i, e.particle) >= 0));
  // "was determined to mend ties", "is committed to opening": an adjective of intent before an
  // infinitive or a gerund marks the intent of what follows; it is no act of its own
  if (uncurated && lex.cues.intentAdj.has(low) && v.lower[i + 1] === 'to') return true;
  if (uncurated && (lex.cues.intent.has(lemma) || lex.cues.aspectual.has(lemma))) return true;
  // "seeking to deepen ties": a volitional verb before an infinitive marks intent even when curated
  // ("sought to ``turn the gulf into …'': an opening quote may stand before the infinitive)
  let inf = i + 2;
  while (inf < i + 5 && /^[`"“'‘]+$/.test(v.lower[inf] ?? '')) inf++;
  if (VOLITIONAL.has(lemma) && v.lower[i + 1] === 'to' && /^[a-z-]+$/.test(v.lower[inf] ?? '')) return true;
  // "Israel's cabinet met on Sunday": a body meeting by itself consults no one
  if ((lemma === 'meet' || lemma === 'convene') && bodyMeetsAlone(v, i)) return true;
  // "a group called the X on Y": naming is no request
  if (lemma === 'call' && namingCall(v, i)) return true;
  // "helped (to) plan the killings", "contributed to planning the massacres": taking part in an act is
  // no aid; the act itself is the event
  return HELPING.has(lemma) && (joinsAct(v, i, lex) || thingHelps(v, i));
}

/** The trigger coded at token i from its verb or noun entries. */
function codeAt(
  v: SentenceView,
  i: number,
  pos: 'verb' | 'noun',
  verbs: readonly LexEntry[] | undefined,
  nouns: readonly LexEntry[] | undefined,
  lex: EventLexicon,
): Trigger | null {
  if (pos === 'verb' && verbs) return codeVerb(v, i, verbs, lex);
  if (pos === 'noun' && nouns) return inName(v, i) ? null : codeNoun(v, i, nouns, lex, i);
  return null;
}

/** Nouns of a journey to meet someone, which a return from makes a visit. */
const VISIT_NOUN = /^(visit|visits|trip|trips|tour|talks|mission|summit|meeting|meetings|consultations|negotiations)$/;

/** "returned from a visit to …": a noun of a visit within a few words after "from". */
function fromVisit(v: SentenceView, last: number): boolean {
  const from = v.lower.indexOf('from', last + 1);
  if (from < 0 || from > last + 3) return false;
  for (let k = from + 1; k <= from + 4 && k < v.lower.length; k++) if (VISIT_NOUN.test(v.lower[k] ?? '')) return true;
  return false;
}

/** A coded trigger that is no event: "was determined (to …)" from Phoenix, an agreement talked about. */
/** Verbs of preventing or foiling what others attempt or plot. */
const PREVENTING =
  /^(thwart|foil|frustrate|prevent|block|resist|repel|repulse|derail|scuttle|avert|disrupt|stymie|stop|halt)$/;
/** Nouns of an attempt or a plot whose infinitive names the act attempted. */
const ATTEMPTED = /^(attempt|bid|plot|effort|scheme|conspiracy)$/;

/**
 * "thwarted an attempt to attack X", "foiled a plot to bomb the embassy": an act attempted or plotted by
 * others that the subject prevented is neither done nor the subject's (preventing it is coded on its verb).
 */
function preventedAttempt(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !v.parsed || v.deprel[t.i] !== 'acl') return false;
  const n = v.head[t.i] ?? -1;
  if (n < 0 || !ATTEMPTED.test(v.lemma[n] ?? '') || !/^obj/.test(v.deprel[n] ?? '')) return false;
  return PREVENTING.test(v.lemma[v.head[n] ?? -1] ?? '');
}

function notAnEvent(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (preventedAttempt(v, t)) return true;
  // Phoenix's "was determined" (+ "to …"): the adjective of intent again, not an act
  if (!t.entry.id.startsWith('core:') && lex.cues.intentAdj.has(v.lower[t.last] ?? '') && v.lower[t.last + 1] === 'to')
    return true;
  // "he and his wife returned home from synagogue", "the car returning from Mexico": coming back is a visit only
  // from a visit, a trip or talks ("returned from a visit with commanders in Saudi Arabia")
  if (t.pos === 'verb' && t.info.plover === 'CONSULT' && v.lemma[t.i] === 'return' && !fromVisit(v, t.last))
    return true;
  // "the deal remains of benefit", "any deal must allow inspections", "the deal's critics": an agreement
  // named as the subject or owner of a clause is talked about, not made (making it is coded on its verb)
  // ("a deal announced Thursday by the city and X …" is still the deal they made)
  return (
    t.pos === 'noun' &&
    t.info.plover === 'AGREE' &&
    v.parsed &&
    /^(nsubj|nmod:poss)/.test(v.deprel[t.i] ?? '') &&
    !(v.children[t.i] ?? []).some((c) => v.deprel[c] === 'acl' && /ed$/.test(v.lower[c] ?? '')) &&
    !/^(announce|reach|sign|strike|conclude|seal|finalize|finalise)$/.test(v.lemma[v.head[t.i] ?? -1] ?? '')
  );
}

/** All event triggers of a sentence, left to right. */
export function findTriggers(v: SentenceView, lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  const n = v.lower.length;
  // acts helped with by a help that has no party (helpsNoParty)
  const partyless = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (v.mentionAt[i] !== -1 || partyless.has(i)) continue;
    const low = v.lower[i] ?? '';
    if (!/^[a-z]/.test(low) || nameWord(v, i, low)) continue;
    const lemma = v.lemma[i] ?? low;
    // two-word event nouns ("air strike")
    const two = twoWordNoun(v, i, low, lex);
    if (two) {
      out.push(two);
      i++;
      continue;
    }
    const verbs = verbEntries(lex, lemma, low);
    const nounLemma = lex.nouns.has(lemma) ? lemma : lex.nounForms.get(low)?.[0];
    const nouns = nounLemma ? lex.nouns.get(nounLemma) : undefined;
    const blame = blameTrigger(v, i, lex) ?? involvementTrigger(v, i, lex);
    if (blame) {
      out.push(blame);
      continue;
    }
    const subjunctive = subjunctiveTrigger(v, i, lex);
    if (subjunctive && !out.some((t) => t.i === (v.head[i] ?? -1))) {
      out.push(subjunctive);
      continue;
    }
    const pos = low === 'must' ? 'verb' : posOf(v, i, Boolean(verbs?.length), Boolean(nouns?.length));
    if (!pos) continue;
    const appeal = pos === 'verb' ? appealTrigger(v, i, lex) : null;
    if (appeal) {
      out.push(appeal);
      continue;
    }
    if (pos === 'verb' && verbIsNoAct(v, i, low, lemma, verbs, lex)) continue;
    if (pos === 'verb' && (lemma === 'help' || lemma === 'assist') && helpsNoParty(v, i)) {
      // "a concert to help finance his studies": the act helped with has no party either
      for (const c of v.children[i] ?? []) if (/^(xcomp|ccomp)$/.test(v.deprel[c] ?? '')) partyless.add(c);
      continue;
    }
    if (pos === 'verb' && lemma === 'agree' && opinionAgree(v, i)) continue;
    if (low === 'must' && isDemand(v, i, lex)) {
      out.push(demandTrigger(v, i, lex));
      continue;
    }
    const t = codeAt(v, i, pos, verbs, nouns, lex);
    if (t && !notAnEvent(v, t, lex)) out.push(t);
  }
  const kept = officialProtests(v, riotTriggers(v, haltTriggers(v, dropLightVerbs(v, out, lex), lex), lex), lex);
  return chargeSenses(v, senseTriggers(v, kept, lex), lex).filter((t) => !harmByConduct(v, t));
}

/** Nouns measuring a run of events ("ten days of war games", "a series of raids"). */
const MEASURE = /^(day|week|month|series|round|wave|spate|string|number|lot|couple|campaign)$/;

/** "imposed sanctions", "launched a raid": a light verb with an event noun as object is not coded apart. */
function dropLightVerbs(v: SentenceView, triggers: Trigger[], lex: EventLexicon): Trigger[] {
  const nouns = triggers.filter((t) => t.pos === 'noun');
  if (!nouns.length) return triggers;
  return triggers.filter((t) => {
    if (t.pos !== 'verb' || t.entry.particle || !lex.cues.light.has(t.entry.lemma)) return true;
    // "announced plans to impose sanctions on X": an infinitive whose curated sense its object cues (impose +
    // sanctions) stays coded — its noun, with no subject of its own in reach, would lose the party
    if (v.lower[t.i - 1] === 'to' && t.entry.id.startsWith('core:') && t.entry.requiresCue && t.entry.plover)
      return true;
    return !nouns.some((n) => {
      // "called for talks", "pressed for sanctions": a noun after "for" is what is asked for, not the act
      const forNoun = (v.children[n.i] ?? []).some((c) => v.deprel[c] === 'case' && v.lower[c] === 'for');
      // "launched ten days of war games", "carried out a series of raids": the event noun under a measure noun
      const h = v.head[n.i] ?? -1;
      const measured =
        MEASURE.test(v.lemma[h] ?? '') &&
        v.head[h] === t.i &&
        /^(obj|obl)/.test(v.deprel[h] ?? '') &&
        (v.children[n.i] ?? []).some((c) => v.lower[c] === 'of');
      if (v.parsed) return (measured || (h === t.i && /^(obj|obl)/.test(v.deprel[n.i] ?? ''))) && !forNoun;
      if (n.i <= t.last || n.i - t.last > 5) return false;
      for (let k = t.last + 1; k < n.i; k++)
        if ((v.mentionAt[k] ?? -1) >= 0 || /^[,;:]$/.test(v.lower[k] ?? '')) return false;
      return true;
    });
  });
}
