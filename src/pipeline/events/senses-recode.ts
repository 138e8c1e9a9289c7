/**
 * Senses that recode a trigger: a clash between officials is a quarrel, workers striking stop work, forces moved
 * into open waters are deployed, approving an arms sale is military aid, issuing a warrant charges, regretting
 * one's own act is remorse, encouraging or inviting a party to act is an appeal, voting against a measure
 * rejects it, troops defending a country protect it; and the recoding itself.
 */
import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Words that make a clash physical: armed or crowd parties, weapons, casualties. */
const FORCE =
  /^(police|policemen|troops|soldiers|forces|army|militants|militias?|rebels|insurgents|fighters|gunmen|guerrillas|protesters|protestors|demonstrators|rioters|crowds?|mobs?|students|villagers|residents|supporters|fans|gangs?|clans?|tribes(men)?|security|killed|dead|injured|wounded|hurt|died|clashes|stones|rocks|batons|gunfire|guns?|shots|fire|tear|weapons|armed|border|frontier|violence|violent|deadly|bloody|battle)$/;

/** People who quarrel in words: officials, politicians, advisers and their bodies. */
const TALKERS =
  /^(adviser|advisers|advisor|advisors|aide|aides|minister|ministers|president|senator|senators|lawmaker|lawmakers|legislators?|officials?|spokesman|spokeswoman|secretary|chief|governor|mayor|chairman|leader|leaders|colleagues?|staff|judge|judges|party|parties|opposition|congress|parliament|cabinet|administration|white|house|counterpart|rival|rivals|critics|editor|press|media|reporters|journalists|union|unions|board)$/;

/** Topics of a quarrel ("clashed over the budget"). */
const TOPIC =
  /^(policy|policies|issue|issues|budget|plan|plans|reform|reforms|law|bill|strategy|approach|direction|tax|taxes|spending|funding|immigration|trade|tariffs|healthcare|rules|appointments?|personnel|access|leaks?|decision|decisions|remarks|comments)$/;

export function verbalClash(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.info.plover !== 'ASSAULT' || v.lemma[t.i] !== 'clash') return false;
  for (let k = 0; k < v.lower.length; k++) {
    // ("lost his security clearance": security of an office, no armed party)
    if (v.lower[k] === 'security' && /^(clearance|clearances|adviser|advisor|council)$/.test(v.lower[k + 1] ?? ''))
      continue;
    if (k !== t.i && FORCE.test(v.lower[k] ?? '')) return false;
  }
  // the parties or the topic: the verb's subject, its "with"/"over" objects, and what hangs on those
  const words: number[] = [];
  for (const c of v.children[t.i] ?? []) {
    if (!/^(nsubj|obl|obj)/.test(v.deprel[c] ?? '')) continue;
    words.push(c, ...(v.children[c] ?? []).filter((x) => /^(nmod|appos|conj|compound)/.test(v.deprel[x] ?? '')));
  }
  return words.some((k) => TALKERS.test(v.lower[k] ?? '') || TOPIC.test(v.lower[k] ?? ''));
}

/** People who go on strike. */
const WORKERS =
  /^(workers?|teachers?|employees?|staff|nurses?|doctors?|miners?|dockers?|dockworkers?|drivers?|pilots?|unions?|unionists?|members|strikers|machinists|truckers|farmers|journalists|lecturers|professors|students|civil|servants|railworkers|porters|cabbies|controllers)$/;

/** "teachers striking in West Virginia", "the miners struck for a week": a strike with no object, by workers. */
export function labourStrike(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'strike' || t.info.plover !== 'ASSAULT') return false;
  const kids = v.children[t.i] ?? [];
  if (kids.some((c) => /^(obj|nsubj:pass|iobj)$/.test(v.deprel[c] ?? ''))) return false;
  const subj = kids.find((c) => v.deprel[c] === 'nsubj');
  // a participle after its noun ("teachers striking"): the noun it modifies strikes
  const who = subj ?? (/^acl/.test(v.deprel[t.i] ?? '') ? v.head[t.i] : undefined);
  return who !== undefined && who >= 0 && WORKERS.test(v.lower[who] ?? '');
}

/** Waters and open regions troops are moved into: a deployment there occupies no one's territory. */
const OPEN_WATERS =
  /^(gulf|sea|seas|ocean|bay|strait|straits|waters|mediterranean|region|area|areas|zone|theater|theatre|vicinity)$/;

/** "moved troops and a naval armada into the Gulf": Phoenix's "move forces into" (occupy, 192) into open waters or a region. */
export function deployedIntoWaters(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'move' || t.code !== '192') return false;
  const into = v.lower.indexOf('into', t.last + 1);
  if (into < 0 || into > t.last + 10) return false;
  for (let k = into + 1; k <= into + 4 && k < v.lower.length; k++) {
    if (OPEN_WATERS.test(v.lower[k] ?? '')) return true;
    if (/^[,;.]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** "issued a nationwide arrest warrant for X": issuing a warrant charges with legal action (CAMEO 173), no demand. */
export function issuedWarrant(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'issue') return false;
  for (let k = t.last + 1; k <= t.last + 5 && k < v.lower.length; k++) {
    if (/^warrants?$/.test(v.lower[k] ?? '')) return true;
    if (/^[,;.]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** Arms an approved sale may be of. */
const ARMS =
  /^(arms|weapons?|weaponry|artillery|missiles?|drones?|jets?|fighters?|aircraft|helicopters?|tanks?|munitions|ammunition|warships?|frigates?|submarines?|rockets?|rifles?|howitzers?|systems)$/;

/**
 * "approved a $2.5 billion deal to sell Germany four surveillance drones", "signed off on selling artillery to
 * Saudi Arabia": approving an arms sale provides military aid (AID, CAMEO 072), no praise or signed agreement.
 */
export function approvedArmsSale(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(approve|sign|clear|authorize|authorise)$/.test(v.lemma[t.i] ?? '')) return false;
  let sale = -1;
  for (let k = t.last + 1; k <= t.last + 10 && k < v.lower.length; k++) {
    if (/^[;.]$/.test(v.lower[k] ?? '')) return false;
    if (/^(sell|sale|sales|selling|sold)$/.test(v.lower[k] ?? '')) {
      sale = k;
      break;
    }
  }
  if (sale < 0) return false;
  for (let k = sale + 1; k <= sale + 12 && k < v.lower.length; k++) {
    if (/^[;.]$/.test(v.lower[k] ?? '')) return false;
    if (ARMS.test(v.lower[k] ?? '')) return true;
  }
  return false;
}

/** Verbs of Phoenix's DEMAND block: they ask a party to act. */
export const DEMANDING = /^(press|push|demand|exhort|entreat|adjure|clamou?r|campaign|crusade|bid)$/;

export function recode(t: Trigger, code: string, why: string, lex: EventLexicon): Trigger {
  const info = lex.cameo.get(code);
  if (!info?.plover) return t;
  return { ...t, code, info, explain: [...t.explain, why] };
}

/**
 * "she regretted calling the minister a traitor", "he regrets having said it": regret for an act of one's own
 * (a gerund right after the verb) is remorse, no disapproval of another party.
 */
export function regretsOwnAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'regret' || t.code === '080') return false;
  const next = v.lower[t.last + 1] ?? '';
  return next === 'having' || (/ing$/.test(next) && (v.upos[t.last + 1] === 'VERB' || !v.parsed));
}

/**
 * "Freedonia encourages the government of Sylvania to repeal the law": encouraging a party to act is an appeal
 * (REQUEST, CAMEO 020, as "urge"); encouraging a party alone ("encouraged Sylvania") stays support.
 */
export function encouragedToAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'encourage' || t.code !== '051') return false;
  // a party right after the verb, then "to" and a verb before any punctuation
  if ((v.mentionAt[t.last + 1] ?? -1) < 0 && !/^(the|its|their|his|her)$/.test(v.lower[t.last + 1] ?? '')) return false;
  for (let k = t.last + 2; k < v.lower.length && k <= t.last + 10; k++) {
    if (/^[.;:!?,]$/.test(v.lower[k] ?? '')) return false;
    if (v.lower[k] === 'to') return v.upos[k + 1] === 'VERB';
  }
  return false;
}

/** Measures a body votes on. */
const MEASURES =
  /^(motion|motions|bill|bills|resolution|resolutions|proposal|proposals|measure|measures|amendment|amendments|budget|plan|legislation|law|referendum|proposition|nomination|candidacy|treaty|deal|agreement|accord|reform|reforms|package|request)$/;

/**
 * "the opposition MPs voted against the motion": voting against a measure rejects it (REJECT, CAMEO 120);
 * Phoenix's "vote AGAINST" (disapprove, 110) stays for a vote against a party.
 */
export function votedDown(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'vote' || t.info.plover !== 'ACCUSE') return false;
  const against = v.lower.indexOf('against', t.last + 1);
  if (against < 0 || against > t.last + 3) return false;
  for (let k = against + 1; k <= against + 5 && k < v.lower.length; k++) {
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
    if (MEASURES.test(v.lower[k] ?? '')) return true;
  }
  return false;
}

/** Armed forces, which defend a country by arms, not in words. */
const ARMED =
  /^(troops|soldiers|forces|gis|marines|sailors|paratroopers|army|armies|navy|warships|ships|jets|aircraft|units|battalions?|brigades?|divisions?|contingents?|peacekeepers|personnel)$/;

/**
 * "20,000 American GIs have massed to defend Saudi Arabia", "sent troops to defend Sylvania": troops defending a
 * country protect it by arms (AID, CAMEO 074 military protection), no verbal support (052).
 */
export function defendedByArms(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'defend' || t.code !== '052') return false;
  const subjOf = (k: number) => (v.children[k] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? ''));
  // (the word, or what it counts: "thousands of troops")
  const armed = (k: number | undefined): boolean =>
    k !== undefined &&
    (ARMED.test(v.lower[k] ?? '') ||
      (v.children[k] ?? []).some((c) => v.deprel[c] === 'nmod' && ARMED.test(v.lower[c] ?? '')));
  if (armed(subjOf(t.i))) return true;
  // the verb of an infinitive of purpose: the troops massed, or sent ("sent troops to defend")
  const h = v.head[t.i] ?? -1;
  if (h < 0 || !/^(xcomp|advcl)$/.test(v.deprel[t.i] ?? '')) return false;
  // (the troops as subject, or as the noun a clause of "massed" hangs on)
  if (armed(subjOf(h)) || (/^acl/.test(v.deprel[h] ?? '') && armed(v.head[h]))) return true;
  return (
    /^(send|deploy|dispatch|station|mass|move|rush)$/.test(v.lemma[h] ?? '') &&
    (v.children[h] ?? []).some((c) => v.deprel[c] === 'obj' && armed(c))
  );
}

/** The public at large, whom an invitation to act appeals to. */
const PUBLIC =
  /^(everyone|everybody|all|public|people|citizens|residents|compatriots|faithful|believers|followers|supporters)$/;

/**
 * "Castro has invited everyone to welcome the man": inviting the public to act is an appeal (REQUEST, CAMEO 020),
 * no meeting between parties.
 */
export function publicInvitedToAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'invite' || t.info.plover !== 'CONSULT') return false;
  let k = t.last + 1;
  if (/^(the|all|our|his|her|their)$/.test(v.lower[k] ?? '') && PUBLIC.test(v.lower[k + 1] ?? '')) k++;
  if (!PUBLIC.test(v.lower[k] ?? '') || v.lower[k + 1] !== 'to') return false;
  return v.upos[k + 2] === 'VERB' || (!v.parsed && /^[a-z]+$/.test(v.lower[k + 2] ?? ''));
}
