/**
 * Senses in which a trigger is an act of private people, sport or everyday life, no act between parties: a
 * suspect hunted, private votes, travel, sports sanctions, contests, family visits, artists invited, filings
 * withdrawn, crowds joined, arrests information may lead to, names taken, people fired from a job.
 */
import type { EventLexicon } from '../../knowledge/events/index.js';
import { TIME_WORD } from './senses-talk.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

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

/** What is fired as a weapon, or fired on. */
const FIRED_AS_WEAPON =
  /^(shots?|rounds?|bullets?|missiles?|rockets?|shells?|mortars?|grenades?|guns?|weapons?|salvos?|volleys?|canisters?|projectiles?|gas|flares?|artillery|cannons?|torpedoes?|warning)$/;

/**
 * "One year later he was fired from the company", "the coach was fired after the loss": a person fired (passive,
 * with no weapon as its subject and no "on"/"at"/"upon") is dismissed from a job, no use of force.
 */
export function firedFromJob(v: SentenceView, t: Trigger, lex: EventLexicon): boolean {
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

/** Senses of private and everyday acts: the trigger is no event. */
export const NO_EVENT_PRIVATE: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  huntedFor,
  privateVote,
  headsSomewhere,
  sportsSanction,
  contestEntered,
  kinVisited,
  invitedToPerform,
  filingWithdrawn,
  crowdJoinedNoProtest,
  leadsToArrest,
  tookDetails,
];
