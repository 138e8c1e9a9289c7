import type { EventLexicon } from '../../knowledge/events/index.js';
import { NO_EVENT_FIGURATIVE } from './senses-figurative.js';
import { beefedUp, NO_EVENT_MORE, protestedPolicy } from './senses-more.js';
import { NO_EVENT_NEWS } from './senses-news.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Triggers whose sense the words around them change: a clash between officials over a policy is a quarrel
 * (ACCUSE disapprove, CAMEO 111), not a use of force; workers striking stop work (PROTEST, CAMEO 143 "conduct
 * strike or boycott"); an order whose object is a thing ("ordered an assessment", "ordered the strikes") asks
 * no party to act (the ordered act, if an event, is coded on its own word); forces moved into open waters
 * are deployed (MOBILIZE), not occupying; a road closed after an accident or for works restricts no party;
 * a plan or an agreement that "calls for" something states its terms, no party's demand; a person "sought by"
 * police is hunted, not appealed to, and police searching for a suspect investigate; "this threatens …" is a
 * danger, no threat made; approving an arms sale is military aid; issuing a warrant is an arrest (charge with legal action), no demand; heading to a place is travel; private people voting cast ballots, no act of a party; a "call" with no
 * "for"/"on" of its own phones, an "ask" with nothing after it puts a question.
 */

/** Words that make a clash physical: armed or crowd parties, weapons, casualties. */
const FORCE =
  /^(police|policemen|troops|soldiers|forces|army|militants|militias?|rebels|insurgents|fighters|gunmen|guerrillas|protesters|protestors|demonstrators|rioters|crowds?|mobs?|students|villagers|residents|supporters|fans|gangs?|clans?|tribes(men)?|security|killed|dead|injured|wounded|hurt|died|clashes|stones|rocks|batons|gunfire|guns?|shots|fire|tear|weapons|armed|border|frontier|violence|violent|deadly|bloody|battle)$/;

/** People who quarrel in words: officials, politicians, advisers and their bodies. */
const TALKERS =
  /^(adviser|advisers|advisor|advisors|aide|aides|minister|ministers|president|senator|senators|lawmaker|lawmakers|legislators?|officials?|spokesman|spokeswoman|secretary|chief|governor|mayor|chairman|leader|leaders|colleagues?|staff|judge|judges|party|parties|opposition|congress|parliament|cabinet|administration|white|house|counterpart|rival|rivals|critics|editor|press|media|reporters|journalists|union|unions|board)$/;

/** Topics of a quarrel ("clashed over the budget"). */
const TOPIC =
  /^(policy|policies|issue|issues|budget|plan|plans|reform|reforms|law|bill|strategy|approach|direction|tax|taxes|spending|funding|immigration|trade|tariffs|healthcare|rules|appointments?|personnel|access|leaks?|decision|decisions|remarks|comments)$/;

function verbalClash(v: SentenceView, t: Trigger): boolean {
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
function labourStrike(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'strike' || t.info.plover !== 'ASSAULT') return false;
  const kids = v.children[t.i] ?? [];
  if (kids.some((c) => /^(obj|nsubj:pass|iobj)$/.test(v.deprel[c] ?? ''))) return false;
  const subj = kids.find((c) => v.deprel[c] === 'nsubj');
  // a participle after its noun ("teachers striking"): the noun it modifies strikes
  const who = subj ?? (/^acl/.test(v.deprel[t.i] ?? '') ? v.head[t.i] : undefined);
  return who !== undefined && who >= 0 && WORKERS.test(v.lower[who] ?? '');
}

/** Inquiries an order demands ("ordered an investigation"). */
const INQUIRY = /^(investigation|inquiry|enquiry|probe|audit|inspection|inspections|recount|retrial|hearing)$/;

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

/** Documents whose terms "call for" or "order" something: their content, no one's demand. */
const DOCUMENTS =
  /^(plan|plans|budget|budgets|proposal|proposals|bill|bills|deal|agreement|accord|treaty|pact|scheme|program|programme|strategy|blueprint|roadmap|draft|contract|timetable|law|constitution|guidelines|rules|regulations)$/;

/** "their battle plans call for operating …", "the agreement calls for a phased withdrawal": a document's terms. */
function documentCalls(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'call' || t.info.plover !== 'REQUEST') return false;
  const subj = (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  return subj !== undefined && (v.mentionAt[subj] ?? -1) < 0 && DOCUMENTS.test(v.lower[subj] ?? '');
}

/** "Kopp is being sought by the FBI as a suspect": a passive "sought" with no "from" is a hunt, no appeal to anyone. */
function huntedFor(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'seek' || t.info.plover !== 'REQUEST') return false;
  const kids = v.children[t.i] ?? [];
  if (!kids.some((c) => v.deprel[c] === 'nsubj:pass' || v.deprel[c] === 'aux:pass')) return false;
  return !kids.some((c) => (v.children[c] ?? []).some((x) => v.deprel[x] === 'case' && v.lower[x] === 'from'));
}

/** Private people whose votes are ballots cast, no act of a party ("many farmers voted", "millions of people voted"). */
const PRIVATE_VOTERS =
  /^(people|voters|farmers|citizens|residents|workers|students|women|men|americans|britons|electors|electorate|households|families|members|shareholders|stockholders|fans|viewers|readers)$/;

/** "Many farmers voted in his name": a vote by private people. */
function privateVote(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'vote') return false;
  const subj = (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj');
  if (subj === undefined) return false;
  const words = [subj, ...(v.children[subj] ?? []).filter((c) => /^nmod/.test(v.deprel[c] ?? ''))];
  return words.some((k) => PRIVATE_VOTERS.test(v.lower[k] ?? ''));
}

/** Times that an "on" or "for" after "called" gives ("called on Friday for talks", "called in sick for three days"). */
const TIME_WORD =
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

/** Waters and open regions troops are moved into: a deployment there occupies no one's territory. */
const OPEN_WATERS =
  /^(gulf|sea|seas|ocean|bay|strait|straits|waters|mediterranean|region|area|areas|zone|theater|theatre|vicinity)$/;

/** "moved troops and a naval armada into the Gulf": Phoenix's "move forces into" (occupy, 192) into open waters or a region. */
function deployedIntoWaters(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'move' || t.code !== '192') return false;
  const into = v.lower.indexOf('into', t.last + 1);
  if (into < 0 || into > t.last + 10) return false;
  for (let k = into + 1; k <= into + 4 && k < v.lower.length; k++) {
    if (OPEN_WATERS.test(v.lower[k] ?? '')) return true;
    if (/^[,;.]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** Reasons a road is closed that are no restriction on anyone: mishaps, emergencies and works. */
const WORKS =
  /^(repairs?|maintenance|construction|roadworks|works|resurfacing|traffic|snow|ice|debris|investigation|paramedics|ambulance|scene|injured|casualties|spill|leak)$/;

/** "Police closed the road after the accident": a road closed for a mishap or works restricts no party (no COERCE). */
function closedForMishap(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'close' || t.info.plover !== 'COERCE') return false;
  return v.lower.some((w, k) => k !== t.i && (lex.cues.mishaps.has(w) || WORKS.test(w)));
}

/** "issued a nationwide arrest warrant for X": issuing a warrant charges with legal action (CAMEO 173), no demand. */
function issuedWarrant(v: SentenceView, t: Trigger): boolean {
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
function approvedArmsSale(v: SentenceView, t: Trigger): boolean {
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
const DEMANDING = /^(press|push|demand|exhort|entreat|adjure|clamou?r|campaign|crusade|bid)$/;

function recode(t: Trigger, code: string, why: string, lex: EventLexicon): Trigger {
  const info = lex.cameo.get(code);
  if (!info?.plover) return t;
  return { ...t, code, info, explain: [...t.explain, why] };
}

/** "they will end up fighting": "end up" says where things lead; the act after it, if any, is coded on its own word. */
function endsUp(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'verb' && v.lemma[t.i] === 'end' && v.lower[t.i + 1] === 'up';
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

/** Where one heads: a preposition of direction, a direction or a place adverb. */
const HEADING_FOR =
  /^(to|for|toward|towards|into|back|home|homeward|north|south|east|west|northward|southward|eastward|westward|abroad|overseas|out|off|there|here|inland|upstream|downstream)$/;

/**
 * "The president heads to Beijing", "troops headed north": Phoenix's "head TO" (OVERSEE_MANAGE, CAMEO 030)
 * means taking charge of something, but "head" followed by where one goes is travel, no act between parties.
 * Heading for the polls, a crisis or a peacekeeping force keeps the sense Phoenix gives it (its own codes).
 */
function headsSomewhere(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'head' || t.code !== '030') return false;
  // ("headed Tuesday to East Africa", "heads this week to Beijing": a time between the verb and where to)
  let k = t.i + 1;
  while (
    k <= t.i + 3 &&
    (TIME_WORD.test(v.lower[k] ?? '') ||
      /^(on|this|next|again|later|soon|then|now|early|late|tonight|tomorrow)$/.test(v.lower[k] ?? ''))
  )
    k++;
  return HEADING_FOR.test(v.lower[k] ?? '');
}

/**
 * "intelligence linking the sites with the attacks", "a railway linking the two countries": a participle of
 * "link" modifying a noun describes what connects things; no party links itself with another.
 */
function linkingThing(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'link') return false;
  // the noun it modifies: its head when parsed as a clause on a noun, else the noun right before a participle
  // (closing quotes between them skipped: "''good intelligence'' linking …")
  let before = t.i - 1;
  while (before > 0 && v.upos[before] === 'PUNCT') before--;
  const noun = /^acl/.test(v.deprel[t.i] ?? '')
    ? (v.head[t.i] ?? -1)
    : /ing$/.test(v.lower[t.i] ?? '') && v.upos[before] === 'NOUN'
      ? before
      : -1;
  return noun >= 0 && (v.mentionAt[noun] ?? -1) < 0;
}

/**
 * "Tokyo is investing millions in Freedonia": investing in a party is economic cooperation (CAMEO 061);
 * investing in a thing ("in stocks", "in new roads") names no party.
 */
function investInNoParty(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'invest') return false;
  for (let k = t.last + 1; k <= t.last + 8 && k < v.lower.length; k++) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) return true;
    if (v.lower[k] !== 'in') continue;
    // a party: an actor mention or a proper name (a country named as a place)
    for (let m = k + 1; m <= k + 4 && m < v.lower.length; m++)
      if ((v.mentionAt[m] ?? -1) >= 0 || v.upos[m] === 'PROPN') return false;
    return true;
  }
  return true;
}

/** Words of civil aviation: airlines and their fleets, passengers and flights. */
const CIVIL_AVIATION =
  /^(airlines?|airways|carriers?|airliners?|jetliners?|dreamliners?|passengers?|flights?|fleet|fleets|long-haul|short-haul|aviation|routes?)$/;

/**
 * "the airline bought twelve long-haul jets", "we do not need to buy aircraft from Europe, the transport
 * minister said of the country's airlines": Phoenix's "buy &AIRCRAFT" (military cooperation, CAMEO 062) is a
 * commercial purchase when airlines, passengers or flights are in the sentence.
 */
function airlinePurchase(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.code !== '062' || !/^(buy|purchase|acquire|order)$/.test(v.lemma[t.i] ?? '')) return false;
  return v.lower.some((w) => CIVIL_AVIATION.test(w));
}

/** Sports bodies and words of competition: their bans and sanctions discipline players and clubs. */
const SPORT =
  /^(uefa|fifa|ioc|wada|nba|nfl|nhl|mlb|doping|tournament|tournaments|referee|referees|footballer|footballers|athlete|athletes|striker|midfielder|goalkeeper)$/;

/**
 * "any sanctions would only apply next season", "FIFA banned the striker for six matches": a sports body's
 * sanctions, bans, suspensions and fines on players or clubs are no political event.
 */
function sportsSanction(v: SentenceView, t: Trigger): boolean {
  if (
    !/^(sanction|sanctions|ban|suspend|suspension|fine|penalty|penalize|penalise|punish|punishment|bar|disqualify)$/.test(
      v.lemma[t.i] ?? '',
    )
  )
    return false;
  return v.lower.some((w) => SPORT.test(w));
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

/** Goods of an economy or a standing that policies, not weapons, wreck. */
const WRECKED_GOODS =
  /^(jobs|economy|economies|livelihoods|industry|industries|careers?|reputations?|credibility|trust|confidence|hopes|competitiveness|morale|markets|savings|prospects|chances|dreams|businesses|employment)$/;

/**
 * "unfair trade practices destroyed thousands of factories and millions of jobs", "the scandal ruined his
 * career": destroying jobs, an economy or a reputation is said of policies and markets, no use of force.
 */
function figurativeRuin(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.info.plover !== 'ASSAULT') return false;
  if (!/^(destroy|ruin|devastate|wreck|decimate|wipe)$/.test(v.lemma[t.i] ?? '')) return false;
  for (let k = t.last + 1; k < v.lower.length && k <= t.last + 10; k++) {
    const w = v.lower[k] ?? '';
    if (/^[.;:!?,"”]$/.test(w) || w === "''") return false;
    if (WRECKED_GOODS.test(w)) return true;
  }
  return false;
}

/** Contests and shows a person takes part in: no political event. */
const CONTEST =
  /^(competition|competitions|contest|contests|race|races|tournament|tournaments|championship|championships|marathon|festival|festivals|olympics|quiz|pageant|concert|concerts|match|matches|league|cup|exhibition)$/;

/**
 * "was selected to take part in the national piano competition next month": taking part in a contest, a race
 * or a festival (Phoenix's bare "take part" 030) is no commitment between parties; "take part in the talks" stays.
 */
function contestEntered(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(take|participate)$/.test(v.lemma[t.i] ?? '')) return false;
  let k = t.i + 1;
  if (v.lemma[t.i] === 'take') {
    if (v.lower[k] !== 'part') return false;
    k++;
  }
  if (v.lower[k] !== 'in') return false;
  for (let j = k + 1; j < v.lower.length && j <= k + 7; j++) {
    const w = v.lower[j] ?? '';
    if (/^([.,;:!?]|and|or|to|with|against|on)$/.test(w)) return false;
    if (CONTEST.test(w)) return true;
  }
  return false;
}

/**
 * "she regretted calling the minister a traitor", "he regrets having said it": regret for an act of one's own
 * (a gerund right after the verb) is remorse, no disapproval of another party.
 */
function regretsOwnAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'regret' || t.code === '080') return false;
  const next = v.lower[t.last + 1] ?? '';
  return next === 'having' || (/ing$/.test(next) && (v.upos[t.last + 1] === 'VERB' || !v.parsed));
}

/**
 * "Freedonia encourages the government of Sylvania to repeal the law": encouraging a party to act is an appeal
 * (REQUEST, CAMEO 020, as "urge"); encouraging a party alone ("encouraged Sylvania") stays support.
 */
function encouragedToAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'encourage' || t.code !== '051') return false;
  // a party right after the verb, then "to" and a verb before any punctuation
  if ((v.mentionAt[t.last + 1] ?? -1) < 0 && !/^(the|its|their|his|her)$/.test(v.lower[t.last + 1] ?? '')) return false;
  for (let k = t.last + 2; k < v.lower.length && k <= t.last + 10; k++) {
    if (/^[.;:!?,]$/.test(v.lower[k] ?? '')) return false;
    if (v.lower[k] === 'to') return v.upos[k + 1] === 'VERB';
  }
  return false;
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

/** Things a weapon is carried in or on. */
const CARRIED_IN =
  /^(backpack|bag|bags|pocket|pockets|waistband|holster|belt|jacket|coat|trousers|pants|purse|handbag|locker|desk|drawer|car|vehicle|truck|trunk|boot|glovebox|suitcase|luggage|case|box)$/;

/**
 * "no reports that the child ever removed the weapon from his backpack": taking a weapon out of a bag, a
 * pocket or a car (Phoenix's "remove &WEAPON", demilitarize 0873) disarms no party.
 */
function weaponTakenOut(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/^(remove|take|pull)$/.test(v.lemma[t.i] ?? '') || t.info.plover !== 'RETREAT') return false;
  const from = v.lower.indexOf('from', t.last + 1);
  if (from < 0 || from > t.last + 6) return false;
  for (let k = from + 1; k <= from + 4 && k < v.lower.length; k++) {
    if (CARRIED_IN.test(v.lower[k] ?? '')) return true;
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/**
 * "her ministry would issue more details of the disease", "police provided few details": giving out details
 * or facts (Phoenix's "provide DETAIL", cooperation 060) informs the public; no party cooperates with another.
 */
function detailsGiven(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.code !== '060' || !/^(issue|provide|give|release|offer)$/.test(v.lemma[t.i] ?? ''))
    return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (/^(details?|facts|particulars)$/.test(v.lower[k] ?? '')) return true;
    if ((v.mentionAt[k] ?? -1) >= 0 || /^[.,;:!?]$/.test(v.lower[k] ?? '')) return false;
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
function votedDown(v: SentenceView, t: Trigger): boolean {
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
function defendedByArms(v: SentenceView, t: Trigger): boolean {
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

/** One's own kin and friends. */
const KIN =
  /^(family|families|relatives|friends|parents|children|kids|wife|husband|mother|father|son|daughter|grandchildren|grandparents|loved)$/;

/**
 * "many travel back home to visit with their families", "visited his parents": visiting one's own family or
 * friends is private, no visit to a party ("visited the families of the victims" stays).
 */
function kinVisited(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'visit') return false;
  let k = t.last + 1;
  if (v.lower[k] === 'with') k++;
  return /^(his|her|their|my|our|your)$/.test(v.lower[k] ?? '') && KIN.test(v.lower[k + 1] ?? '');
}

/**
 * "he could lash out in dangerous and unpredictable ways": lashing out at no one named (no "at") is an outburst;
 * "lashed out at Sylvania" stays a verbal attack.
 */
function lashedAtNoOne(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'lash' || v.lower[t.last] !== 'out') return false;
  return v.lower[t.last + 1] !== 'at';
}

/** Words of a search for the lost: wreckage, survivors, the missing. */
const SEARCH_FOR_LOST = /^(wreckage|debris|survivors|missing|bodies|remains|victims|rescue|rescuers|search|scour)$/;

/**
 * "it is using eight drones that will scour the waters for wreckage": Phoenix's "use &AIRCRAFT" (surveillance,
 * CAMEO 090) in a search for wreckage or survivors, or after a mishap, investigates no party.
 */
function searchForLost(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'use' || t.code !== '090') return false;
  return v.lower.some((w) => SEARCH_FOR_LOST.test(w) || lex.cues.mishaps.has(w));
}

/** What artists and players are invited to do. */
const PERFORM = /^(perform|play|sing|dance|compete|exhibit|conduct|star|appear|read|recite|speak)$/;

/**
 * "was invited by the National Symphony Orchestra to perform as soloist": an invitation to perform, play or
 * compete is an engagement of an artist or a player, no meeting between parties.
 */
function invitedToPerform(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'invite' || t.info.plover !== 'CONSULT') return false;
  for (let k = t.last + 1; k <= t.last + 10 && k + 1 < v.lower.length; k++) {
    if (/^[.;:!?]$/.test(v.lower[k] ?? '')) return false;
    if (v.lower[k] === 'to') return PERFORM.test(v.lemma[k + 1] ?? v.lower[k + 1] ?? '');
  }
  return false;
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

/** Filings and bids one can take back: withdrawing one is no retreat of forces. */
const FILINGS =
  /^(request|requests|application|applications|bid|bids|complaint|complaints|lawsuit|lawsuits|suit|suits|nomination|candidacy|candidature|resignation|petition|petitions|appeal|appeals|claim|claims|name|entry|motion|amendment|bill)$/;

/** "the family withdrew the request", "she withdrew her candidacy": taking back a filing, no retreat. */
function filingWithdrawn(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'withdraw') return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    const w = v.lower[k] ?? '';
    if (FILINGS.test(w)) return true;
    if (
      (v.mentionAt[k] ?? -1) >= 0 ||
      !/^(the|a|an|its|his|her|their|our|my|this|that|legal|formal|original|earlier)$/.test(w)
    )
      return false;
  }
  return false;
}

/** What is fired as a weapon, or fired on. */
const FIRED_AS_WEAPON =
  /^(shots?|rounds?|bullets?|missiles?|rockets?|shells?|mortars?|grenades?|guns?|weapons?|salvos?|volleys?|canisters?|projectiles?|gas|flares?|artillery|cannons?|torpedoes?|warning)$/;

/**
 * "One year later he was fired from the company", "the coach was fired after the loss": a person fired (passive,
 * with no weapon as its subject and no "on"/"at"/"upon") is dismissed from a job, no use of force.
 */
function firedFromJob(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'fire' || v.lower[t.i] !== 'fired' || t.info.plover !== 'ASSAULT')
    return false;
  if (!/^(was|were|been|be|being|is|are|get|gets|got|getting)$/.test(v.lower[t.i - 1] ?? '')) return false;
  if (/^(on|at|upon|into|toward|towards|over)$/.test(v.lower[t.i + 1] ?? '')) return false;
  // a person fired: a passive subject of its own (a pronoun or a name, not a weapon), and no weapon in the
  // sentence ("a missile believed to be fired by rebels")
  const subj = v.parsed ? (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'nsubj:pass') : undefined;
  if (subj === undefined || !/^(PRON|PROPN|NOUN)$/.test(v.upos[subj] ?? '')) return false;
  if (v.lower.some((w) => FIRED_AS_WEAPON.test(w) || lex.cues.weapons.has(w))) return false;
  return /^(from|as|by|for|after|over|in|last|this|on|and|but|[.,;])$/.test(v.lower[t.i + 1] ?? '.');
}

/** Words of a protest: a crowd joined is a demonstration only among them. */
const PROTEST_WORDS =
  /^(protest|protests|protesters|protestors|protesting|demonstration|demonstrations|demonstrators|rally|rallies|march|marches|marchers|chanting|chanted|chants|slogans|banners|placards|signs|riot|riots|rioters|sit-in|strike|strikers|picket|pickets|vigil)$/;

/**
 * "Priests joined the crowd to offer a religious service": Phoenix's "join CROWD" (demonstrate, CAMEO 141) is a
 * protest only when the sentence speaks of one; joining a crowd to pray, watch or celebrate is no protest.
 */
function crowdJoinedNoProtest(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'join' || t.info.plover !== 'PROTEST') return false;
  return !v.lower.some((w) => PROTEST_WORDS.test(w));
}

/** The public at large, whom an invitation to act appeals to. */
const PUBLIC =
  /^(everyone|everybody|all|public|people|citizens|residents|compatriots|faithful|believers|followers|supporters)$/;

/**
 * "Castro has invited everyone to welcome the man": inviting the public to act is an appeal (REQUEST, CAMEO 020),
 * no meeting between parties.
 */
function publicInvitedToAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'invite' || t.info.plover !== 'CONSULT') return false;
  let k = t.last + 1;
  if (/^(the|all|our|his|her|their)$/.test(v.lower[k] ?? '') && PUBLIC.test(v.lower[k + 1] ?? '')) k++;
  if (!PUBLIC.test(v.lower[k] ?? '') || v.lower[k + 1] !== 'to') return false;
  return v.upos[k + 2] === 'VERB' || (!v.parsed && /^[a-z]+$/.test(v.lower[k + 2] ?? ''));
}

/**
 * "a reward for information leading to the arrest of the bombers": Phoenix's "lead … to arrest" (173) names what
 * information may bring about, and so does the arrest noun after it: no arrest is made.
 */
function leadsToArrest(v: SentenceView, t: Trigger): boolean {
  if (t.info.plover !== 'COERCE') return false;
  if (t.pos === 'verb') return v.lemma[t.i] === 'lead' && v.lower[t.last + 1] === 'to';
  // ("information leading to the bombers' arrest": the arrest noun itself)
  for (let k = t.i - 1; k >= Math.max(1, t.i - 5); k--)
    if (v.lower[k] === 'to' && /^(lead|leads|leading|led)$/.test(v.lower[k - 1] ?? '')) return true;
  return false;
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

/** "a police officer took their names": taking names, details or statements records them; no one is held. */
function tookDetails(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'take' || t.info.plover !== 'COERCE') return false;
  for (let k = t.last + 1; k <= t.last + 3 && k < v.lower.length; k++) {
    const w = v.lower[k] ?? '';
    if (
      /^(names|name|details|statements|statement|notes|photos|photographs|pictures|fingerprints|samples|measurements)$/.test(
        w,
      )
    )
      return true;
    if (!/^(their|his|her|the|its|our|my|down|some|all)$/.test(w)) return false;
  }
  return false;
}

/**
 * "lenders have extended Control Data up to $90 million in revolving loans": extending loans or credit lends
 * money (Phoenix's "extend CONTROL", occupation 192, read off a company's name); no territory is taken.
 */
function extendedCredit(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'extend' || t.code !== '192') return false;
  for (let k = t.last + 1; k <= t.last + 12 && k < v.lower.length; k++) {
    if (/^[.;]$/.test(v.lower[k] ?? '')) return false;
    if (/^(loans?|credit|credits|financing|lending|\$)$/.test(v.lower[k] ?? '')) return true;
  }
  return false;
}

/** Senses in which a trigger is no event. */
const NO_EVENT: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  orderedThing,
  documentCalls,
  huntedFor,
  privateVote,
  callForNothing,
  questionAsked,
  endsUp,
  talkAbout,
  conferBestows,
  thingThreatens,
  headsSomewhere,
  linkingThing,
  investInNoParty,
  airlinePurchase,
  sportsSanction,
  promiseOfGoods,
  cautionedJudgement,
  feltBetrayed,
  contestEntered,
  figurativeRuin,
  spokeAnonymously,
  optionExcluded,
  weaponTakenOut,
  detailsGiven,
  kinVisited,
  lashedAtNoOne,
  invitedToPerform,
  metWithReaction,
  filingWithdrawn,
  crowdJoinedNoProtest,
  leadsToArrest,
  ruledOnMatter,
  demonstratedFact,
  blowingOffSteam,
  tookDetails,
  extendedCredit,
];

/** The triggers with the senses their sentence gives them; triggers that are no event here left out. */
export function senseTriggers(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    if (
      closedForMishap(v, t, lex) ||
      searchForLost(v, t, lex) ||
      firedFromJob(v, t, lex) ||
      NO_EVENT.some((f) => f(v, t)) ||
      NO_EVENT_MORE.some((f) => f(v, t)) ||
      NO_EVENT_FIGURATIVE.some((f) => f(v, t)) ||
      NO_EVENT_NEWS.some((f) => f(v, t)) ||
      beefedUp(v, t) === 'none'
    )
      continue;
    if (deployedIntoWaters(v, t)) {
      out.push(
        recode(t, '154', 'sense: forces moved into open waters or a region are deployed (MOBILIZE, CAMEO 154)', lex),
      );
      continue;
    }
    if (beefedUp(v, t) === 'force') {
      out.push(recode(t, '153', 'sense: beefing up security mobilises police power (MOBILIZE, CAMEO 153)', lex));
      continue;
    }
    if (protestedPolicy(v, t)) {
      const r = recode(
        t,
        '111',
        'sense: protesting a law or a decision disapproves of it in words (ACCUSE, CAMEO 111)',
        lex,
      );
      out.push(r === t ? t : { ...r, entry: { ...t.entry, mode: r.info.mode } });
      continue;
    }
    if (approvedArmsSale(v, t)) {
      out.push(recode(t, '072', 'sense: approving an arms sale provides military aid (AID, CAMEO 072)', lex));
      continue;
    }
    // ("police searched for a suspect": Phoenix's "search for … suspect" 130 is a hunt, as its bare "search" 090)
    if (t.pos === 'verb' && v.lemma[t.i] === 'search' && t.info.plover === 'THREATEN') {
      out.push(recode(t, '090', 'sense: searching for a suspect investigates (ACCUSE investigate, CAMEO 090)', lex));
      continue;
    }
    // ("pressed Sylvania to act": Phoenix's DEMAND-block pattern "TO ACT" gives 124 (refuse to yield) to
    // verbs that demand; pressing a party to act is a demand, the block's own code)
    if (t.pos === 'verb' && t.code === '124' && DEMANDING.test(v.lemma[t.i] ?? '')) {
      out.push(recode(t, '100', 'sense: pressing a party to act demands (REQUEST, CAMEO 100)', lex));
      continue;
    }
    if (regretsOwnAct(v, t)) {
      const info = lex.cameo.get('080');
      if (info) {
        out.push({
          ...t,
          entry: { ...t.entry, mode: info.mode },
          code: '080',
          info: { ...info, plover: 'CONCEDE' },
          explain: [
            ...t.explain,
            'sense: regretting one\'s own act ("regretted calling …") is remorse (CONCEDE, CAMEO 080)',
          ],
        });
        continue;
      }
    }
    if (encouragedToAct(v, t)) {
      out.push(recode(t, '020', 'sense: encouraging a party to act is an appeal (REQUEST, CAMEO 020)', lex));
      continue;
    }
    if (votedDown(v, t)) {
      out.push(recode(t, '120', 'sense: voting against a measure rejects it (REJECT, CAMEO 120)', lex));
      continue;
    }
    if (defendedByArms(v, t)) {
      out.push(recode(t, '074', 'sense: troops defending a country protect it by arms (AID, CAMEO 074)', lex));
      continue;
    }
    if (publicInvitedToAct(v, t)) {
      out.push(recode(t, '020', 'sense: inviting the public to act is an appeal (REQUEST, CAMEO 020)', lex));
      continue;
    }
    if (issuedWarrant(v, t)) {
      out.push(recode(t, '173', 'sense: issuing a warrant charges with legal action (COERCE arrest, CAMEO 173)', lex));
      continue;
    }
    if (verbalClash(v, t))
      out.push(recode(t, '111', 'sense: a clash between officials or over a policy is a quarrel (CAMEO 111)', lex));
    else if (labourStrike(v, t))
      out.push(recode(t, '143', 'sense: workers striking stop work (PLOVER PROTEST, CAMEO 143)', lex));
    else out.push(t);
  }
  return out;
}
