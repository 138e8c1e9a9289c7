import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Senses in which a word of force, sanction, protest or investigation is figurative or describes a state: a job
 * or rights one fights for, a fight against "it", people cut off from their families, a commemoration's march,
 * common ground or a solution one hopes to find.
 */

/** What people fight for without force: a place in life, rights, a fair deal. */
const STRUGGLED_FOR =
  /^(rights?|jobs?|justice|equality|recognition|compensation|custody|survival|votes?|seats?|place|places|promotion|wages|pay|benefits|respect|dignity|change|reforms?|treatment|access)$/;

/**
 * "the kind of job women say they've had to fight for", "fighting for their rights": fighting for a thing (the
 * "for" left at the clause's end, or a right, a job or a fair deal after it) is a struggle, no force used.
 */
function foughtForThing(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'fight') return false;
  const k = t.last + 1;
  if (v.lower[k] !== 'for') return false;
  const next = v.lower[k + 1];
  if (next === undefined || /^[,;.:!?'"`)—–-]+$/.test(next) || /^(and|or|but)$/.test(next)) return true;
  for (let j = k + 1; j <= k + 4 && j < v.lower.length; j++) {
    if ((v.mentionAt[j] ?? -1) >= 0 && !/^(their|his|her|its|our|my|your)$/.test(v.lower[j] ?? '')) return false;
    if (STRUGGLED_FOR.test(v.lower[j] ?? '')) return true;
    if (/^[,;.:]$/.test(v.lower[j] ?? '')) return false;
  }
  return false;
}

/**
 * "We're going to fight it.", "we will fight this in court": fighting "it" or "this" (a ruling, a plan, a
 * charge; a party is named, not referred to as a thing) is opposition, no force.
 */
function foughtAThing(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'fight') return false;
  const k = t.last + 1;
  if (!/^(it|this|that)$/.test(v.lower[k] ?? '')) return false;
  const next = v.lower[k + 1];
  return next === undefined || /^[,;.:!?'"`)]+$/.test(next) || /^(in|all|every|tooth|hard)$/.test(next);
}

/** Words of being in a state (a passive auxiliary or a linking verb) before a participle. */
const BEING =
  /^(is|are|was|were|be|been|being|remain|remains|remained|remaining|become|became|becomes|left|feel|felt)$/;

/**
 * "Cuban Americans were largely cut off from the families they left behind": being cut off from people or a place
 * (a passive with "from" and no agent) is a state, no party cuts relations or supplies ("was cut off from
 * electricity by the blockade" names one and stays).
 */
function cutOffState(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'cut') return false;
  const off = v.lower[t.i + 1] === 'off' ? t.i + 1 : -1;
  if (off < 0 || v.lower[off + 1] !== 'from') return false;
  let k = t.i - 1;
  while (k > 0 && /ly$/.test(v.lower[k] ?? '')) k--;
  if (!BEING.test(v.lower[k] ?? '')) return false;
  for (let j = off + 2; j < v.lower.length; j++) {
    if (/^[;.]$/.test(v.lower[j] ?? '')) break;
    if (v.lower[j] === 'by') return false;
  }
  return true;
}

/** Marches that honour, mourn or celebrate. */
const OBSERVANCE =
  /^(commemorations?|commemorate[sd]?|commemorating|anniversary|celebrations?|celebrate[sd]?|celebrating|parades?|funeral|procession|pilgrims?|pilgrimage|memorial|mourners|vigil|festival)$/;
/** Words that make a march a protest all the same. */
const DISSENT =
  /^(protest|protests|protested|protesting|protesters|demand|demands|demanded|demanding|against|chanting|chanted|slogans|banners|denounce|denounced|denouncing|condemn|condemned|condemning|rally|rallies)$/;

/**
 * "The commemorations began early, as tens of thousands marched through the streets by torchlight": a march
 * in a commemoration, a celebration, a funeral or a parade honours or mourns; with no word of dissent it is no
 * demonstration.
 */
function observanceMarch(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'march' || t.info.plover !== 'PROTEST') return false;
  let observance = false;
  for (const w of v.lower) {
    if (DISSENT.test(w)) return false;
    if (OBSERVANCE.test(w)) observance = true;
  }
  return observance;
}

/** Things one looks for together rather than investigates or agrees on. */
const SOUGHT_TOGETHER = /^(ground|solution|solutions|compromise|compromises|way|ways|formula|settlement|consensus)$/;

/** Words that may stand between "find" and the solution sought. */
const SOLUTION_WORDS =
  /^(a|an|the|some|common|diplomatic|political|peaceful|lasting|new|negotiated|mutually|acceptable|middle|workable)$/;

/**
 * "they have learned to forgive and forget and find common ground", "talks aim to find a solution", "hopes the two
 * would find a diplomatic solution": finding (in the base form: a wish, an aim or a habit) common ground or a
 * solution is sought, neither an investigation nor an agreement made; "found a compromise" (done) stays.
 */
function soughtSolution(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'find' || !/^(find|finding)$/.test(v.lower[t.i] ?? '')) return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (SOUGHT_TOGETHER.test(v.lower[k] ?? '')) return true;
    if (!SOLUTION_WORDS.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** Words for how something is said: "tough talk" is rhetoric, no talks held. */
const RHETORIC =
  /^(tough|harsh|strong|big|loose|idle|small|straight|trash|double|fighting|bold|angry|heated|cheap|fiery)$/;

/** "despite Beijing's tough talk": "talk" in the singular after a word of tone is rhetoric, no consultation. */
function rhetoricTalk(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'noun' && v.lower[t.i] === 'talk' && RHETORIC.test(v.lower[t.i - 1] ?? '');
}

/**
 * "parties should meet each other half way": meeting halfway is compromising (an idiom), no meeting held.
 */
function metHalfway(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'meet') return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (v.lower[k] === 'halfway' || (v.lower[k] === 'half' && v.lower[k + 1] === 'way')) return true;
  }
  return false;
}

/** What a party or a candidate wins at the polls. */
const POLLS =
  /^(seats?|votes?|elections?|majority|primary|primaries|race|nomination|re-election|reelection|mandate|ballot|runoff|polls)$/;

/** "hopes to win its first seats in parliament": winning seats or an election is a result at the polls, no act. */
function wonAtPolls(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'win') return false;
  for (let k = t.last + 1; k <= t.last + 5 && k < v.lower.length; k++) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) return false;
    if (POLLS.test(v.lower[k] ?? '')) return true;
  }
  return false;
}

/** Verbs of wishing before "to see". */
const WISHING =
  /^(want|wants|wanted|wanting|wish|wishes|wished|like|love|hope|hopes|hoped|prefer|prefers|expect|expects)$/;

/** "want to see" at k ("see" with "to" and a verb of wishing before it). */
const wishToSeeAt = (v: SentenceView, k: number): boolean =>
  v.lemma[k] === 'see' && v.lower[k - 1] === 'to' && WISHING.test(v.lower[k - 2] ?? '');

/**
 * "does not want to see Kenya punished", "would like to see them prosecuted": wishing to see a thing done states
 * a view; the speaker neither accuses nor acts, and the act wished for (a participle a few words on) is not done.
 */
function wishedToSee(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb') return false;
  if (wishToSeeAt(v, t.i)) return true;
  for (let k = t.i - 1; k >= 2 && k >= t.i - 6; k--) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) return false;
    if (wishToSeeAt(v, k)) return true;
  }
  return false;
}

/** Forces of nature, which destroy without an actor. */
const NATURE =
  /^(landslides?|mudslides?|slab|hillside|storms?|hurricanes?|typhoons?|cyclones?|tornado(es)?|floods?|floodwaters|flooding|earthquakes?|quakes?|tremors?|wildfires?|bushfires?|avalanches?|tsunamis?|eruptions?|lava|drought|winds|rains|waves|rockslides?)$/;

/**
 * "a slab of hillside could break loose and destroy an entire neighborhood", "the storm damaged homes": a force of
 * nature before the verb (in its clause) wrecks things; no party uses force.
 */
function naturalForce(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(ASSAULT|COERCE|THREATEN)$/.test(t.info.plover ?? '')) return false;
  if (!/^(destroy|damage|ruin|devastate|wreck|wipe|flatten|raze|demolish|kill|hit|strike)$/.test(v.lemma[t.i] ?? ''))
    return false;
  for (let k = t.i - 1; k >= 0 && k >= t.i - 10; k--) {
    const w = v.lower[k] ?? '';
    if (/^[.;:]$/.test(w) || (v.mentionAt[k] ?? -1) >= 0) return false;
    if (NATURE.test(w)) return true;
  }
  return false;
}

/** Senses in which a trigger is figurative or a state, no event. */
export const NO_EVENT_FIGURATIVE: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  foughtForThing,
  foughtAThing,
  cutOffState,
  observanceMarch,
  soughtSolution,
  rhetoricTalk,
  metHalfway,
  wonAtPolls,
  wishedToSee,
  naturalForce,
];
