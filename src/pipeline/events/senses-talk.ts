/**
 * Senses of words, orders, promises and warnings that reach no party: a thing ordered, a document's terms, a call
 * that phones, a question asked, talk about a thing, a danger that threatens, a warning that judges, a grievance
 * felt, an anonymous source, an option kept open, an outburst, a reaction met with, a ruling, a fact shown, venting.
 */
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** "ordered an assessment", "ordered the strikes": a REQUEST from "order" with a common noun as object and no act asked. */
function orderedThing(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'order' || t.code !== '100') return false;
  const kids = v.children[t.i] ?? [];
  if (kids.some((c) => /^(xcomp|ccomp|iobj)$/.test(v.deprel[c] ?? ''))) return false;
  const obj = kids.find((c) => v.deprel[c] === 'obj');
  if (obj === undefined || (v.mentionAt[obj] ?? -1) >= 0 || v.upos[obj] !== 'NOUN') return false;
  // ("ordered the relatives to surrender the child" parsed without the infinitive: a party told to act)
  for (let k = obj + 1; k <= obj + 3 && k + 1 < v.lower.length; k++)
    if (v.lower[k] === 'to' && v.upos[k + 1] === 'VERB') return false;
  // ("ordered an investigation against Iran": ordering an inquiry demands it, CAMEO 101x)
  if (INQUIRY.test(v.lemma[obj] ?? '')) return false;
  // "ordered the troops home": a party ordered about is still a demand
  return !(v.children[obj] ?? []).some(
    (c) => (v.mentionAt[c] ?? -1) >= 0 && /^(compound|amod)$/.test(v.deprel[c] ?? ''),
  );
}

/** Inquiries an order demands ("ordered an investigation"). */
const INQUIRY = /^(investigation|inquiry|enquiry|probe|audit|inspection|inspections|recount|retrial|hearing)$/;

/** Documents whose terms "call for" or "order" something: their content, no one's demand. */
const DOCUMENTS =
  /^(plan|plans|budget|budgets|proposal|proposals|bill|bills|deal|agreement|accord|treaty|pact|scheme|program|programme|strategy|blueprint|roadmap|draft|contract|timetable|law|constitution|guidelines|rules|regulations)$/;

/** "their battle plans call for operating …", "the agreement calls for a phased withdrawal": a document's terms. */
function documentCalls(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'call' || t.info.plover !== 'REQUEST') return false;
  const subj = (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  return subj !== undefined && (v.mentionAt[subj] ?? -1) < 0 && DOCUMENTS.test(v.lower[subj] ?? '');
}

/** Times that an "on" or "for" after "called" gives ("called on Friday for talks", "called in sick for three days"). */
export const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|day|days|week|weeks|month|months|year|years|hour|hours|minutes|night|morning|evening|afternoon|weekend|time|occasion)$/;

/**
 * "he called to congratulate her on the show", "had called in sick for three days": a "call" coded as a demand
 * whose own phrases hold no "for"/"on"/"upon" (other than a time) phoned or named; it asked for nothing.
 */
function callForNothing(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'call' || t.info.plover !== 'REQUEST' || t.entry.particle)
    return false;
  const prep = (k: number): boolean => /^(for|on|upon)$/.test(v.lower[k] ?? '');
  return !(v.children[t.i] ?? []).some(
    (c) =>
      c > t.i &&
      (prep(c) ||
        ((v.children[c] ?? []).some((x) => /^(case|mark)$/.test(v.deprel[x] ?? '') && prep(x)) &&
          !TIME_WORD.test(v.lower[c] ?? ''))),
  );
}

/** "…, Peskov asked.": an "ask" with nothing after it (no one asked, nothing asked for) puts a question. */
function questionAsked(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'ask' || t.info.plover !== 'REQUEST') return false;
  return !(v.children[t.i] ?? []).some(
    (c) => c > t.i && /^(obj|iobj|xcomp|ccomp|obl|advcl|nsubj:pass|compound:prt)/.test(v.deprel[c] ?? ''),
  );
}

/**
 * "one even talking of victory", "spoke about the weather": talking of or about something, with no one talked
 * with or to (no object, no "with"/"to" phrase), consults no one.
 */
function talkAbout(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || !/^(talk|speak)$/.test(v.lemma[t.i] ?? '') || t.info.plover !== 'CONSULT')
    return false;
  const kids = v.children[t.i] ?? [];
  const caseOf = (c: number, re: RegExp) =>
    (v.children[c] ?? []).some((x) => v.deprel[x] === 'case' && re.test(v.lower[x] ?? ''));
  if (
    kids.some(
      (c) => /^(obj|iobj)$/.test(v.deprel[c] ?? '') || (/^obl/.test(v.deprel[c] ?? '') && caseOf(c, /^(with|to)$/)),
    )
  )
    return false;
  return kids.some((c) => /^obl/.test(v.deprel[c] ?? '') && caseOf(c, /^(of|about)$/));
}

/** "to confer an honorary doctorate on the governor": "confer" with an object bestows; "confer with" consults. */
function conferBestows(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'confer' || t.info.plover !== 'CONSULT') return false;
  return (v.children[t.i] ?? []).some((c) => v.deprel[c] === 'obj');
}

/** "this threatens the entire growth story": a threat whose subject is "this", "that" or "which" is a danger, no threat made. */
function thingThreatens(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'threaten') return false;
  const subj = (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  return subj !== undefined && /^(this|that|which)$/.test(v.lower[subj] ?? '');
}

/** What a campaign promises voters: goods for everyone, no party's act. */
const GOODS =
  /^(jobs|employment|prosperity|growth|change|benefits|opportunities|wealth|progress|houses|housing|pensions|raises|wages)$/;

/**
 * "creating jobs as it had promised", "he had promised jobs": a promise only referred to ("as … promised", with
 * nothing promised of its own) or a campaign promise of goods to no one is no pledge between parties.
 */
function promiseOfGoods(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || !/^(promise|pledge)$/.test(v.lemma[t.i] ?? '')) return false;
  const kids = v.children[t.i] ?? [];
  if (kids.some((c) => /^(xcomp|ccomp|iobj)$/.test(v.deprel[c] ?? ''))) return false;
  const obj = kids.find((c) => v.deprel[c] === 'obj');
  if (obj === undefined) return kids.some((c) => v.deprel[c] === 'mark' && v.lower[c] === 'as');
  if ((v.mentionAt[obj] ?? -1) >= 0 || !GOODS.test(v.lower[obj] ?? '')) return false;
  // ("promised jobs to Sylvania": a party given them)
  return !kids.some((c) => c > obj && (v.mentionAt[c] ?? -1) >= 0);
}

/**
 * "warned that talk of a recovery might be premature", "warned that it would be costly": a warning whose clause
 * only judges a state of things (an adjective predicate, no party as its subject) and names no party warned
 * cautions; no one threatens or is accused.
 */
function cautionedJudgement(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'warn') return false;
  const kids = v.children[t.i] ?? [];
  // ("warned the lawmakers that it would be counterproductive": a party warned is kept)
  if (kids.some((c) => /^(obj|iobj)$/.test(v.deprel[c] ?? '') && (v.mentionAt[c] ?? -1) >= 0)) return false;
  const clause = kids.find((c) => v.deprel[c] === 'ccomp');
  if (clause === undefined || v.upos[clause] !== 'ADJ') return false;
  const subj = (v.children[clause] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? ''));
  return subj === undefined || (v.mentionAt[subj] ?? -1) < 0;
}

/**
 * "we were betrayed by the government", "he felt betrayed": a feeling of betrayal voiced by a speaker (first or
 * second person) or felt ("felt/feel betrayed") is a grievance, no cut in relations between parties.
 */
function feltBetrayed(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'betray' || v.lower[t.i] !== 'betrayed') return false;
  const prev = v.lemma[t.i - 1] ?? '';
  if (/^(feel|seem|look|sound)$/.test(prev)) return true;
  const kids = v.children[t.i] ?? [];
  const subj = kids.find((c) => v.deprel[c] === 'nsubj:pass');
  const who = subj !== undefined ? v.lower[subj] : /^(be|get)$/.test(prev) ? v.lower[t.i - 2] : undefined;
  return /^(i|we|you)$/.test(who ?? '');
}

/**
 * "said a spokesman, speaking on condition of anonymity", "speaking with customary anonymity": speaking
 * anonymously says how a source talks to reporters; it consults no party.
 */
function spokeAnonymously(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(speak|talk)$/.test(v.lemma[t.i] ?? '') || t.info.plover !== 'CONSULT') return false;
  for (let k = t.last + 1; k <= t.last + 8 && k < v.lower.length; k++) {
    if (/^(anonymity|anonymously)$/.test(v.lower[k] ?? '')) return true;
    if (/^[.;:!?]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** What one can leave open: options, possibilities, scenarios. */
const OPTIONS = /^(options?|possibility|possibilities|scenarios?|eventuality|alternatives?)$/;

/** "we do not exclude any option": excluding (or not) an option or a possibility keeps a choice open, no exclusion of a party. */
function optionExcluded(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'exclude') return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (OPTIONS.test(v.lower[k] ?? '')) return true;
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/**
 * "he could lash out in dangerous and unpredictable ways": lashing out at no one named (no "at") is an outburst;
 * "lashed out at Sylvania" stays a verbal attack.
 */
function lashedAtNoOne(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'lash' || v.lower[t.last] !== 'out') return false;
  return v.lower[t.last + 1] !== 'at';
}

/**
 * "the decision was met with outrage", "those calls have been met with equally passionate responses": a thing
 * "met with" a reaction is received so; no one meets anyone ("was met by the mayor at the airport" stays).
 */
function metWithReaction(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'meet' || v.lower[t.i] !== 'met' || v.lower[t.i + 1] !== 'with')
    return false;
  const before = [v.lower[t.i - 1], v.lower[t.i - 2]];
  return before.some((w) => /^(was|were|been|be|is|are|being|get|gets|got|getting)$/.test(w ?? ''));
}

/** "officials will rule on the application": ruling on a matter decides it; no one is ruled over or seized. */
function ruledOnMatter(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'verb' && v.lemma[t.i] === 'rule' && v.lower[t.last + 1] === 'on';
}

/**
 * "plans to demonstrate they were making cost cuts", "demonstrated that the system works": demonstrating a fact
 * (a clause, or "that") shows it; no one protests ("demonstrated against the war" stays).
 */
function demonstratedFact(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'demonstrate' || t.info.plover !== 'PROTEST') return false;
  if (v.lower[t.last + 1] === 'that') return true;
  return v.parsed && (v.children[t.i] ?? []).some((c) => c > t.i && v.deprel[c] === 'ccomp');
}

/** "the President is just blowing off steam": venting, no explosion nor threat. */
function blowingOffSteam(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'verb' && v.lemma[t.i] === 'blow' && v.lower.slice(t.i + 1, t.i + 4).includes('steam');
}

/** Senses of words that reach no party: the trigger is no event. */
export const NO_EVENT_TALK: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  orderedThing,
  documentCalls,
  callForNothing,
  questionAsked,
  talkAbout,
  conferBestows,
  thingThreatens,
  promiseOfGoods,
  cautionedJudgement,
  feltBetrayed,
  spokeAnonymously,
  optionExcluded,
  lashedAtNoOne,
  metWithReaction,
  ruledOnMatter,
  demonstratedFact,
  blowingOffSteam,
];
