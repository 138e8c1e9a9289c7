/**
 * Nominal actor phrases for the sentence finder: determiners and quantities, modifiers and a role noun
 * ("the Afghan ambassador to Pakistan"), a people ("Bosnian Serbs"), a name with its "the", an owned
 * organisation, and a role's post-modifiers, named body and appositive name.
 */
import type { AgentInfo } from '../../knowledge/index.js';
import { isAllCaps, isCapitalised, normToken } from '../../knowledge/index.js';
import type { Found, NameMatch, SentenceFinder } from './detect.js';
import {
  ADJECTIVES,
  DETERMINERS,
  LEGAL_FORMS,
  MILITARY_TITLES,
  MILITARY_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  PRONOUNS,
  QUANTITY_LEAD,
  QUANTITY_OF,
  STATE_NOUNS,
  TRADE_HEADS,
  TRADE_NOUNS,
} from './lexicon.js';
import { resolveHits } from './resolve.js';
import type { Cand } from './types.js';
import { CONNECTORS, hasLetter, isNumber, isPlaceName, isPossessive } from './words.js';

/** Nouns for a part of an organisation, which is of the organisation's sector ("a unit of Acme Inc."). */
const COMPANY_PARTS = new Set(['unit', 'division', 'subsidiary', 'arm', 'branch', 'affiliate']);

/** Possessive pronouns, which own the nominal after them ("their leaders"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Collective nouns, which are no actor when of things ("a series of strikes"). */
const COLLECTIVES = new Set(['group', 'groups', 'number', 'series', 'set', 'range', 'host', 'array', 'handful']);
/** Body nouns that are followed by their own name ("news agency Sana", "the militant group Jund al-Aqsa"). */
const BODY_NAMERS = new Set([
  'news agency',
  'agency',
  'group',
  'militant group',
  'terrorist group',
  'rebel group',
  'party',
  'movement',
  'militia',
  'network',
  'newspaper',
  'broadcaster',
  'channel',
  'organisation',
  'organization',
  'charity',
  'firm',
  'company',
]);

const stateAdjective = (nm: NameMatch): boolean =>
  nm.hits[0]?.form === 'adjective' && nm.hits[0]?.actor.kind === 'state';

/**
 * "Bosnian Serb forces", "Croatian Serb refugees": a state's demonym right before another (no "and"
 * between) names where a people lives, the second its ethnicity; the actor is of the first state.
 * Drops such ethnic demonyms from a list of name modifiers.
 */
function residents<T extends { t0: number; nm: NameMatch }>(mods: readonly T[]): T[] {
  return mods.filter((m, k) => {
    const prev = mods[k - 1];
    return !(prev && prev.nm.end === m.t0 && stateAdjective(prev.nm) && stateAdjective(m.nm));
  });
}

/** A name in a nominal phrase, at token t0. */
interface NameAt {
  readonly t0: number;
  readonly nm: NameMatch;
}

/** A role noun in a nominal phrase, from token t0 to end. */
interface AgentAt {
  readonly t0: number;
  readonly end: number;
  readonly info: AgentInfo;
}

/** A nominal phrase's determiners and quantities, up to `end`. */
interface Determiners {
  readonly end: number;
  /** The possessive pronoun among them ("their"), if any. */
  readonly possessorPronoun: number | null;
  readonly quantity: boolean;
}

/** A nominal phrase's modifiers and head, read up to token `j`. */
interface Modified {
  readonly j: number;
  readonly owner: NameAt | null;
  readonly modNames: readonly NameAt[];
  readonly agents: readonly AgentAt[];
  readonly stateNoun: { t0: number; plural: boolean } | null;
  readonly titleCase: boolean;
}

/** Agent nouns that are often modifiers of another noun ("military aid", "security council"). */
/** An actor nominal at token i: a role phrase ("the Afghan ambassador"), a people, a name with its "the". */
export function nominalAt(f: SentenceFinder, i: number, sofar: readonly Cand[]): Found | null {
  const det = determiners(f, i);
  // ("Daria Vasko and BBC World Service correspondent X": a person and a body, no one role phrase)
  if (f.personAndBody(det.end)) return null;
  const m = modifiers(f, i, det.end);
  if ('cands' in m) return m;
  if (m.stateNoun) return f.stateNounCand(i, m.stateNoun, det.possessorPronoun, m.owner, sofar, det.quantity);
  const head = m.agents[m.agents.length - 1];
  if (!head) return (det.quantity ? countedPeople(f, i, det.end, m) : null) ?? headless(f, i, det.end, m);
  return rolePhrase(f, i, det, m, head, sofar);
}

/** A nominal's determiners and quantities from token i ("the", "their", "three of", "over a dozen"). */
function determiners(f: SentenceFinder, i: number): Determiners {
  const v = f.v;
  let j = i;
  let possessorPronoun: number | null = null;
  let quantity = false;
  while (j < f.b) {
    const k = v.k[j] ?? '';
    const w = v.w[j] ?? '';
    if (DETERMINERS.has(k) && !(k === 'her' && f.agentAt(j + 1) === null && !STATE_NOUNS.has(v.k[j + 1] ?? ''))) {
      if (POSSESSIVE_PRONOUNS.has(k)) possessorPronoun = j;
      if (QUANTITY_OF.has(k) && v.k[j + 1] === 'of') {
        quantity = true;
        j += 2;
        continue;
      }
      j++;
      continue;
    }
    if (isNumber(w)) {
      j++;
      if (v.k[j] === 'of') j++;
      quantity = true;
      continue;
    }
    if (
      QUANTITY_LEAD.has(k) &&
      j + 1 < f.b &&
      (isNumber(v.w[j + 1] ?? '') || QUANTITY_LEAD.has(v.k[j + 1] ?? '') || DETERMINERS.has(v.k[j + 1] ?? ''))
    ) {
      if (k === 'to' || k === 'an' || k === 'some') {
        if (!isNumber(v.w[j + 1] ?? '')) break;
      }
      // "over a dozen", not "took over a nearby barracks": a determiner must open a number
      if (DETERMINERS.has(v.k[j + 1] ?? '') && !QUANTITY_LEAD.has(v.k[j + 1] ?? '')) {
        const n = v.w[j + 2] ?? '';
        if (!isNumber(n) && !/^(dozen|hundred|thousand|million|score|few|handful)$/i.test(n)) break;
      }
      j++;
      continue;
    }
    break;
  }
  return { end: j, possessorPronoun, quantity };
}

/** "Karim's own family", "Darayya's attackers": the end of an unknown name owning the actor noun at j, or null. */
function unknownOwnerEnd(f: SentenceFinder, j: number): number | null {
  const v = f.v;
  let q = j;
  while (
    q < f.b &&
    q - j < 3 &&
    f.cap(q) &&
    hasLetter(v.w[q] ?? '') &&
    !NOT_NAMES.has(v.k[q] ?? '') &&
    !f.nameAt(q) &&
    !f.agentAt(q)
  )
    q++;
  return q > j && isPossessive(v.k[q]) && f.agentAhead(q + 1, true) !== null ? q : null;
}

/** "the two sides", "both parties" at j: the last two parties named, as "the two countries". */
function twoSides(f: SentenceFinder, i: number, j: number): Found | null {
  const v = f.v;
  const k = v.k[j] ?? '';
  if (
    (k === 'sides' || k === 'parties') &&
    // not a place or a part ("on both sides", "the two sides of Iraq")
    !/^(on|of|from|at|across|between)$/.test(v.k[i - 1] ?? '') &&
    v.k[j + 1] !== 'of' &&
    j > i &&
    v.k.slice(i, j).every((d) => d === 'the' || d === 'two' || d === 'both') &&
    (v.k.slice(i, j).includes('two') || v.k.slice(i, j).includes('both'))
  ) {
    const c = f.base(i, j + 1, 'nominal');
    c.plural = true;
    c.needs = 'states';
    return { cands: [c], next: j + 1 };
  }
  return null;
}

/** A word modifying the role noun after it (an adjective, "anti-government", "planning", "U.S.-led"). */
function modifierWord(f: SentenceFinder, j: number): boolean {
  const v = f.v;
  const k = v.k[j] ?? '';
  const w = v.w[j] ?? '';
  return (
    ADJECTIVES.has(k) ||
    /^[a-z]+est$/.test(k) ||
    // "the counter-ISIL coalition", "anti-government forces": for or against someone
    /^(anti|pro|counter|non)-(\p{Lu}|government|coalition|regime|rebel|militant|state)/u.test(w) ||
    // "Jordanian planning minister", "the U.N. war crimes court": nouns modifying the role noun after them
    f.compoundBeforeAgent(j) ||
    (/^[a-z]{3,}ly$/.test(w) && (v.upos?.[j + 1] === 'ADJ' || /^[a-z]+ed$/.test(v.w[j + 1] ?? ''))) ||
    (v.upos?.[j] === 'ADJ' && !isCapitalised(w)) ||
    /-(led|backed|based|allied|linked|affiliated|aligned|supported|funded|trained|armed)$/.test(k)
  );
}

/** A nominal's modifiers and head after its determiners (or "the two sides" found on the way). */
function modifiers(f: SentenceFinder, i: number, detEnd: number): Modified | Found {
  const v = f.v;
  let j = detEnd;
  let owner: NameAt | null = null;
  const modNames: NameAt[] = [];
  const agents: AgentAt[] = [];
  let stateNoun: { t0: number; plural: boolean } | null = null;
  let titleCase = false;
  let lastWasName = false;
  while (j < f.b && j - i < 14) {
    const k = v.k[j] ?? '';
    const w = v.w[j] ?? '';
    const nm = f.nameAt(j);
    if (nm && !(agents.length > 0 && f.personish(j, nm))) {
      if (isPossessive(v.k[nm.end]) && !owner && agents.length === 0) {
        owner = { t0: j, nm };
        j = nm.end + 1;
        lastWasName = false;
        continue;
      }
      if (isPossessive(v.k[nm.end])) break;
      modNames.push({ t0: j, nm });
      j = nm.end;
      lastWasName = true;
      continue;
    }
    if (nm) break; // a person's name after a role noun: the appositive step takes it
    // "Karim's own family", "Darayya's attackers": an unknown name owning the actor noun
    if (!owner && agents.length === 0 && modNames.length === 0 && j === detEnd && f.cap(j)) {
      const q = unknownOwnerEnd(f, j);
      if (q !== null) {
        j = q + 1;
        continue;
      }
    }
    if ((k === 'and' || k === ',' || k === '&') && (lastWasName || agents.length === 0) && modNames.length > 0) {
      const nx = f.nameAt(j + 1);
      // "U.N. Secretary-General Kofi Mensah and Iraqi Deputy Prime Minister …": title-case words (or a known person's
      // name) that are no body's name end one person's mention; the adjective and role after "and" start another's
      const lastName = modNames[modNames.length - 1];
      const nameEnds = lastName?.nm.end === j;
      const personBefore = nameEnds && lastName !== undefined && f.personish(lastName.t0, lastName.nm);
      const wordsBefore = titleCase && !nameEnds;
      if (nx && nx.hits[0]?.form === 'adjective' && (personBefore || wordsBefore) && rolePhraseAt(f, j + 1)) break;
      if (nx && nx.hits[0]?.form === 'adjective') {
        j++;
        continue;
      }
    }
    const ag = f.agentAt(j);
    if (ag) {
      agents.push({ t0: j, end: ag.end, info: ag.info });
      if (isCapitalised(w)) titleCase = true;
      else titleCase = false;
      j = ag.end;
      lastWasName = false;
      continue;
    }
    const sides = twoSides(f, i, j);
    if (sides) return sides;
    if (STATE_NOUNS.has(k) && (j > detEnd || detEnd > i)) {
      stateNoun = { t0: j, plural: k.endsWith('s') && k !== 'country' };
      j++;
      break;
    }
    if (modifierWord(f, j)) {
      j++;
      lastWasName = false;
      continue;
    }
    // "the fundamentalist Umma (Nation) party": a name glossed in brackets before a body noun
    const glossed = isCapitalised(w) && f.glossEnd(j + 1) > 0 && f.agentAt(f.glossEnd(j + 1)) !== null;
    if (glossed && hasLetter(w) && !NOT_NAMES.has(k) && agents.length === 0) {
      titleCase = true;
      j++;
      continue;
    }
    if (
      isCapitalised(w) &&
      hasLetter(w) &&
      !NOT_NAMES.has(k) &&
      // ("Hopefully the President …": a sentence's opening adverb is no word of a title)
      !(j === f.a && v.upos?.[j] === 'ADV' && /ly$/.test(k)) &&
      (titleCase || owner || modNames.length > 0 || j === detEnd)
    ) {
      // title-case words inside a role ("Joint Chiefs of Staff Committee Chairman"), but not a person's given name
      // right after a role ("Environment Minister Robert Hill and Attorney General …": Hill is no part of a role)
      const lastAgent = agents[agents.length - 1];
      if (lastAgent?.info.person && lastAgent.end === j && f.kb.givenNames.has(k)) break;
      const ahead = f.agentAhead(j);
      if (ahead === null) break;
      titleCase = true;
      j++;
      continue;
    }
    // "the Umma (Nation) party": a translation in brackets after the name
    if ((titleCase || lastWasName) && agents.length === 0 && f.glossEnd(j) > 0 && f.agentAt(f.glossEnd(j)) !== null) {
      j = f.glossEnd(j);
      continue;
    }
    if (CONNECTORS.has(k) && titleCase && isCapitalised(v.w[j + 1] ?? '') && f.agentAhead(j + 1) !== null) {
      // "Ambassador Karl Brenner and French Foreign Minister Paul Roux": title-case words before "and" that end no
      // role, and a role (or a people's adjective and a role) after it, are two persons' mentions
      const roleBefore = agents[agents.length - 1]?.end === j;
      if ((k === 'and' || k === '&') && !roleBefore && rolePhraseAt(f, j + 1)) break;
      j++;
      continue;
    }
    break;
  }
  return { j, owner, modNames, agents, stateNoun, titleCase };
}

/** Whether a role phrase starts at token i: a role noun, or a people's adjective before one ("Iraqi Deputy Prime Minister"). */
function rolePhraseAt(f: SentenceFinder, i: number): boolean {
  if (f.agentAt(i) !== null) return true;
  const nm = f.nameAt(i);
  return nm !== null && nm.hits[0]?.form === 'adjective' && f.agentAhead(nm.end) !== null;
}

/** A nominal without a role noun: a name with its "the", a people, an owned organisation, a state's institution. */
function headless(f: SentenceFinder, i: number, detEnd: number, m: Modified): Found | null {
  if (m.owner) return ownedOrg(f, i, m.owner);
  return theName(f, i, detEnd, m) ?? demonymPeople(f, i, detEnd, m) ?? stateInstitution(f, i, detEnd, m);
}

/**
 * "few of the 2,500 Americans", "thousands of Iraqis": a count of a state's people is one mention of them, so that
 * the count ("few", the subject of "Very few of the Americans in Kuwait complied") stands for the people counted.
 */
function countedPeople(f: SentenceFinder, i: number, detEnd: number, m: Modified): Found | null {
  const v = f.v;
  const only = m.modNames[0];
  const hit = only?.nm.hits[0];
  if (!only || !hit || m.modNames.length !== 1 || m.owner || only.t0 !== detEnd || only.nm.end !== m.j) return null;
  if (hit.actor.kind !== 'state' || !/^\p{Lu}\p{Ll}{2,}s$/u.test(v.w[only.nm.end - 1] ?? '') || f.cap(only.nm.end))
    return null;
  const c = f.nameCand(only.t0, only.nm, i);
  if (!c || c.place) return null;
  c.plural = true;
  return { cands: [c], next: only.nm.end };
}

/** "the U.S. military", "The Taliban": a determiner before a name belongs to the mention. */
function theName(f: SentenceFinder, i: number, detEnd: number, m: Modified): Found | null {
  const v = f.v;
  const { modNames, owner, j } = m;
  const only = modNames[0];
  if (
    only &&
    modNames.length === 1 &&
    !owner &&
    detEnd === i + 1 &&
    v.k[i] === 'the' &&
    only.t0 === detEnd &&
    only.nm.end === j &&
    only.nm.hits[0]?.form === 'name'
  ) {
    const a = only.nm.hits[0]?.actor;
    const placeLike = a !== undefined && isPlaceName(a);
    // "the Paris meeting", "the Damascus suburbs": the determiner belongs to the noun after the name
    if (placeLike && a?.kind === 'metonym' && f.nounAfter(only.nm.end)) return { cands: [], next: only.nm.end };
    const c = f.nameCand(only.t0, only.nm, i);
    if (c && placeLike && f.placeContext(i)) c.place = true;
    if (c) return { cands: [c], next: only.nm.end };
  }
  return null;
}

/** "Bosnian Serbs", "Iraqi Kurds": a state's demonym before the plural demonym or name of a people. */
function demonymPeople(f: SentenceFinder, i: number, detEnd: number, m: Modified): Found | null {
  const v = f.v;
  const { modNames, owner, j } = m;
  // "Bosnian Serbs", "Croatian Croats": a state's demonym before the plural demonym of a people
  const [r1, r2] = modNames;
  if (
    r1 &&
    r2 &&
    modNames.length === 2 &&
    !owner &&
    r1.t0 === detEnd &&
    r1.nm.end === r2.t0 &&
    r2.nm.end === j &&
    stateAdjective(r1.nm) &&
    stateAdjective(r2.nm) &&
    /^\p{Lu}\p{Ll}{2,}s$/u.test(v.w[j - 1] ?? '') &&
    !f.cap(j)
  ) {
    const c = f.base(i, j, 'nominal');
    f.codeFrom(c, r1.nm);
    c.plural = true;
    c.sector = 'CVL';
    c.actorKind = 'group';
    return { cands: [c], next: j };
  }
  // "Bosnian Serbs", "Iraqi Kurds": a state's demonym before the plural name of a people
  const dm = modNames[modNames.length - 1];
  const people = v.w[j] ?? '';
  if (
    dm &&
    !owner &&
    dm.nm.end === j &&
    dm.nm.hits[0]?.form === 'adjective' &&
    dm.nm.hits[0]?.actor.kind === 'state' &&
    /^\p{Lu}\p{Ll}{2,}s$/u.test(people) &&
    !f.nameAt(j) &&
    !NOT_NAMES.has(v.k[j] ?? '') &&
    !f.cap(j + 1)
  ) {
    const c = f.base(i, j + 1, 'nominal');
    f.codeFrom(c, dm.nm);
    c.plural = true;
    c.sector = 'CVL';
    c.actorKind = 'group';
    return { cands: [c], next: j + 1 };
  }
  return null;
}

/** "Iraq's National Symphony Orchestra": an organisation owned by a named actor. */
function ownedOrg(f: SentenceFinder, i: number, owner: NameAt): Found | null {
  const v = f.v;
  let q = owner.nm.end + 1;
  while (q < f.b && (ADJECTIVES.has(v.k[q] ?? '') || /^[a-z]+$/.test(v.w[q] ?? '')) && q - owner.nm.end < 4) q++;
  const org = f.orgName(q);
  const oc = org?.cands[0];
  if (!oc) return q === owner.nm.end + 1 ? homeCompany(f, i, owner, q) : null;
  oc.t0 = i;
  oc.start = v.starts[i] ?? oc.start;
  if (!oc.code) {
    const tmp = f.base(owner.t0, owner.nm.end, 'name');
    resolveHits(tmp, owner.nm.hits, v.date);
    oc.code = tmp.code;
  }
  return { cands: [oc], next: org?.next ?? oc.t1 };
}

/**
 * "France's Thales won …", "Germany's Zorvex, …": an unknown name of one or two words after a state's possessive,
 * acting (a verb follows) or set off by a comma, is a company at home in that state (BUS, the state's code): wire
 * copy names firms so. Not a place the gazetteer knows ("Syria's Aleppo"), a person (given names, known people),
 * an acronym (parties, agencies) or a body; only when the gazetteer is loaded to tell places apart.
 */
function homeCompany(f: SentenceFinder, i: number, owner: NameAt, q: number): Found | null {
  const v = f.v;
  const hit = owner.nm.hits[0];
  if (!v.isPlace || hit?.actor.kind !== 'state' || hit.form !== 'name') return null;
  const e = f.unknownOrgName(q);
  if (e === q || e - q > 2) return null;
  for (let t = q; t < e; t++) if (isAllCaps(v.w[t] ?? '') || !/^\p{Lu}\p{Ll}+$/u.test(v.w[t] ?? '')) return null;
  // a known person's surname ("Kenya's Odinga"), or one the document gave in full
  const last = v.k[e - 1] ?? '';
  if (f.kb.surnames.has(last) || f.knownSurname(last)) return null;
  const u = v.upos?.[e];
  if (!(u === 'VERB' || u === 'AUX' || v.w[e] === ',')) return null;
  const name = v.text.slice(v.starts[q] ?? 0, v.ends[e - 1] ?? 0);
  if (v.isPlace(name)) return null;
  const c = f.base(i, e, 'name');
  c.actorKind = 'institution';
  c.sector = 'BUS';
  c.name = name;
  f.codeFrom(c, owner.nm);
  c.sector = 'BUS';
  return { cands: [c], next: e };
}

/** "U.S. Department of State", "British Foreign Office": a state before its own institution. */
function stateInstitution(f: SentenceFinder, i: number, detEnd: number, m: Modified): Found | null {
  const v = f.v;
  const { modNames, owner, j } = m;
  const [m1, m2] = modNames;
  if (m1 && m2 && modNames.length === 2 && m1.nm.end === m2.t0 && m2.nm.end === j && !owner) {
    const a1 = m1.nm.hits[0]?.actor;
    const a2 = m2.nm.hits[0]?.actor;
    if (
      a1 &&
      a2 &&
      (a1.kind === 'state' || a1.kind === 'metonym') &&
      a2.kind !== 'state' &&
      a2.kind !== 'person' &&
      (a2.country === a1.code || a2.code === a1.code)
    ) {
      const c = f.nameCand(m2.t0, m2.nm, detEnd > i && v.k[i] === 'the' ? i : m1.t0);
      if (c) return { cands: [c], next: m2.nm.end };
    }
  }
  return null;
}

/**
 * "the Saudi-led coalition", "Taliban-led forces": a body led by a state or group named before "-led" takes the
 * leader's code (the body is the leader's undertaking; "U.S.-backed" or "Iranian-backed" names a supporter, not it).
 */
function ledBy(f: SentenceFinder, c: Cand, from: number, to: number): void {
  for (let t = from; t < to; t++) {
    const m = /^(.+)-led$/i.exec(f.v.w[t] ?? '');
    const leader = m?.[1] ?? '';
    if (!isCapitalised(leader)) continue;
    const hits = (f.kb.names.map.get(normToken(leader)) ?? []).filter(
      (h) =>
        (h.actor.kind === 'state' || h.actor.kind === 'group' || h.actor.kind === 'metonym') &&
        (!h.caps || isAllCaps(leader.replace(/[^\p{L}]/gu, ''))),
    );
    if (!hits.length) continue;
    const tmp = f.base(t, t + 1, 'name');
    resolveHits(tmp, hits, f.v.date);
    if (tmp.code) c.code = tmp.code;
    if (tmp.actorKind === 'group' && tmp.sector && !c.person) c.sector = tmp.sector;
    return;
  }
}

/** A nominal with a role noun as its head ("Afghan authorities", "the ambassador to Pakistan, X"). */
function rolePhrase(
  f: SentenceFinder,
  i: number,
  det: Determiners,
  m: Modified,
  head: AgentAt,
  sofar: readonly Cand[],
): Found | null {
  const v = f.v;
  const detEnd = det.end;
  const { owner } = m;
  const before = residents(m.modNames.filter((n) => n.t0 < head.t0));
  if (!roleAdmitted(f, i, detEnd, m, head, before)) return null;
  if (companyRank(f, head)) return null;
  // "a mortgage specialist": a rank that is also a common noun names a soldier only as a capitalised title
  if (COMMON_NOUN_RANKS.has(head.info.term) && !isCapitalised(v.w[head.end - 1] ?? '')) return null;
  const info = head.info;
  // an agent noun followed by a noun is a modifier ("military aid"), not the head
  if (!f.headFits(head.t0, head.end, info) && !describesState(f, head, m)) return null;
  // "a coalition airstrike": the determiner belongs to the act, not to the body
  const acts =
    v.upos?.[head.end] === 'NOUN' && !info.plural && det.possessorPronoun === null && f.actsIn(head.end, info);
  const c = f.base(acts ? detEnd : i, head.end, 'nominal');
  c.head = info;
  c.person = info.person && !info.plural;
  c.plural = info.plural;
  c.sector = info.sector;
  if (info.person) c.role = info.term;
  // the code: the owner ("Pakistan's"), else a name modifier ("Afghan", "Taliban"), else "of X"
  const source = owner?.nm ?? before[before.length - 1]?.nm ?? null;
  if (source) f.codeFrom(c, source);
  else ledBy(f, c, detEnd, head.t0);
  if (!owner) memberStates(c, before);
  const end = postModifiers(f, c, info, head.end, source, sofar);
  if (end === null) return null;
  const body = namedBody(f, c, info, end) ?? describedState(f, c, info, end);
  if (body) return body;
  const apposAt = roleEnd(f, c, info, i, det, m, source, end);
  companyOffice(f, c, i, det.end, head, m, sofar);
  if (companyPart(f, det.end, head)) c.sector = 'BUS';
  // military words inside a person's role phrase make the post military
  if (c.person && c.sector !== 'MIL' && c.code !== null) {
    // (the head's own words do not count: "Secretary General", "Attorney General" are civil offices)
    for (let t = detEnd; t < head.t0; t++) if (MILITARY_WORDS.has(v.k[t] ?? '')) c.sector = 'MIL';
  }
  if (det.possessorPronoun !== null && !source) addPossessor(f, c, det.possessorPronoun);
  // "Russian ambassador to Pakistan, Alexey Dedov": the role and the name set off after it are
  // two mentions of one person, both with the role's code, sector and role
  if (apposAt > 0 && c.needs !== 'possessor') return appositivePair(f, c, apposAt, end);
  return { cands: [c], next: c.t1 };
}

/** Trade words that, capitalised right before "unit" or "division", name a company ("Delta Power unit"). */
const UNIT_TRADES = new Set(['power', 'energy', 'gas', 'oil', 'securities', 'capital', 'insurance', 'bank', 'foods']);

/**
 * "Zorvex's Delta Power unit", "the Acme Motors division": a part of a company (unit, division, subsidiary,
 * affiliate) named by capitalised words ending in a trade word or a legal form is a business, not a military unit.
 */
function companyPart(f: SentenceFinder, detEnd: number, head: AgentAt): boolean {
  const v = f.v;
  if (head.info.person || head.end - head.t0 !== 1 || !COMPANY_PARTS.has(head.info.term.replace(/s$/, '')))
    return false;
  if (head.t0 - 1 < detEnd || !isCapitalised(v.w[head.t0 - 1] ?? '')) return false;
  const k = v.k[head.t0 - 1] ?? '';
  return UNIT_TRADES.has(k) || TRADE_HEADS.has(k) || LEGAL_FORMS.has(k) || ORG_HEADS.get(k) === 'BUS';
}

/** Ranks that are also common nouns ("Specialist Jane Roe" but "a mortgage specialist"). */
const COMMON_NOUN_RANKS = new Set(['specialist']);

/**
 * "General Motors", "General Quorvex Dynamics", "U.S. manufacturer General Zorvex": a capitalised rank before a
 * name that ends in a company's trade word, or after a noun for a kind of company, is part of the company's name.
 */
function companyRank(f: SentenceFinder, head: AgentAt): boolean {
  const v = f.v;
  if (!head.info.person || !MILITARY_TITLES.has(v.k[head.end - 1] ?? '')) return false;
  if (!isCapitalised(v.w[head.end - 1] ?? '') || !isCapitalised(v.w[head.end] ?? '')) return false;
  if (TRADE_NOUNS.has(v.k[head.t0 - 1] ?? '')) return true;
  for (let q = head.end; q < head.end + 4 && isCapitalised(v.w[q] ?? ''); q++) {
    const k = v.k[q] ?? '';
    if (TRADE_HEADS.has(k) || ORG_HEADS.get(k) === 'BUS') return true;
  }
  return false;
}

/** Whether a role noun phrase names an actor at all (curated roles, or with an owner, a name or title case). */
function roleAdmitted(
  f: SentenceFinder,
  i: number,
  detEnd: number,
  m: Modified,
  head: AgentAt,
  before: readonly NameAt[],
): boolean {
  const v = f.v;
  const { owner, agents, titleCase } = m;
  // role nouns known only from Phoenix need a state or group in the phrase, or title case
  const curated =
    head.info.priority >= 3 ||
    agents.some((a) => a.info.priority >= 3) ||
    (f.agentAt(head.end - 1, head.end)?.info.priority ?? 0) >= 3;
  if (!curated && !owner && before.length === 0 && !titleCase) return false;
  // a bare singular noun ("opposition", "party", "fighter") is rarely an actor mention
  return !(
    detEnd === i &&
    !owner &&
    before.length === 0 &&
    !head.info.plural &&
    // ("clashed with police": a collective noun names the force)
    v.k[i] !== 'police' &&
    head.t0 === i &&
    !isCapitalised(v.w[i] ?? '') &&
    !(head.info.person && f.nameAfterRole(head.end)) &&
    !f.actsIn(head.end, head.info)
  );
}

/** "Afghan and Pakistani authorities": one actor phrase for several states. */
function memberStates(c: Cand, before: readonly NameAt[]): void {
  if (before.length <= 1) return;
  const codes = before
    .map((m) => m.nm.hits[0]?.actor)
    .filter((a) => a?.kind === 'state')
    .map((a) => a?.code ?? '');
  if (codes.length === before.length && new Set(codes).size > 1) {
    c.memberCodes = codes;
    c.code = codes[0] ?? c.code;
  }
}

/**
 * Post-modifiers of a role: "ambassador to Pakistan", "the government of Iraq", "Minister for the
 * Middle East"; codes the candidate from them. The phrase's new end, or null for a collective of things.
 */
function postModifiers(
  f: SentenceFinder,
  c: Cand,
  info: AgentInfo,
  end: number,
  source: NameMatch | null,
  sofar: readonly Cand[],
): number | null {
  const v = f.v;
  let tail = end;
  for (let rep = 0; rep < 2; rep++) {
    const k = v.k[tail] ?? '';
    const single = info.person && !info.plural;
    if (
      !(
        k === 'of' ||
        (k === 'to' && single) ||
        (k === 'for' &&
          single &&
          isCapitalised(v.w[tail + 1] === 'the' ? (v.w[tail + 2] ?? '') : (v.w[tail + 1] ?? '')))
      )
    )
      break;
    let p = tail + 1;
    if (v.k[p] === 'the') p++;
    // "supporters of the Syrian Electronic Army": an organisation's whole name, not its demonym
    const org = k === 'of' ? f.orgName(p) : null;
    const oc = org?.cands[0];
    if (org && oc) {
      if (!source && oc.code) c.code = oc.code;
      // "a unit of Acme Holdings Inc.": a part of a company is a company
      if (oc.sector === 'BUS' && COMPANY_PARTS.has(info.term)) c.sector = 'BUS';
      tail = f.toPurpose(org.next);
      continue;
    }
    const nm = f.nameAt(p);
    // "victims of the Kenya embassy bombing": a state's name modifying the noun after it names no owner of the role
    if (nm && p > tail + 1 && thingOfState(f, nm)) break;
    if (nm && nm.hits[0]?.actor.kind !== 'person') {
      if (k === 'of' && !source) f.codeFrom(c, nm);
      tail = f.toPurpose(nm.end);
      // "a member of the ISIL's War Committee": the owner's organisation
      if (isPossessive(v.k[nm.end])) {
        const org = f.orgName(nm.end + 1);
        if (!org) break;
        tail = org.next;
      }
      continue;
    }
    if (k === 'of' && !info.person) {
      // "the families of the victims", "the people of Mosul"
      const inner = nominalAt(f, tail + 1, sofar);
      const ic = inner?.cands[0];
      if (ic && ic.kind !== 'pronoun') {
        if (!source && ic.code) c.code = ic.code;
        // "the portfolio unit of the French bank group": a part of a company is a company
        if (ic.sector === 'BUS' && COMPANY_PARTS.has(info.term)) c.sector = 'BUS';
        tail = ic.t1;
        continue;
      }
      // "a group of buildings", "a series of strikes": a collective noun of things is no actor
      if (rep === 0 && COLLECTIVES.has(info.term) && /^[a-z]+$/.test(v.w[p] ?? '') && !f.agentAt(p)) return null;
    }
    if (isCapitalised(v.w[p] ?? '') && !DETERMINERS.has(v.k[p] ?? '') && !PRONOUNS.has(v.k[p] ?? '')) {
      let q = p;
      while (
        q < f.b &&
        q - p < 6 &&
        (isCapitalised(v.w[q] ?? '') || (CONNECTORS.has(v.k[q] ?? '') && isCapitalised(v.w[q + 1] ?? ''))) &&
        !(q > p && (f.kb.givenNames.has(v.k[q] ?? '') || f.nameAt(q)?.hits[0]?.actor.kind === 'person'))
      )
        q++;
      tail = f.toPurpose(q);
      continue;
    }
    break;
  }
  return tail;
}

/** Whether a state's name, after "the", only modifies a lower-case noun after it ("the Kenya embassy bombing"). */
function thingOfState(f: SentenceFinder, nm: NameMatch): boolean {
  const v = f.v;
  const hit = nm.hits[0];
  if (hit?.actor.kind !== 'state' || hit.form !== 'name') return false;
  const lower = (t: number): boolean =>
    /^[a-z]+$/.test(v.w[t] ?? '') && !/^(today|yesterday|tonight|tomorrow)$/.test(v.w[t] ?? '');
  // "the Kenya embassy bombing": two nouns, the last one the thing (a body noun may modify it)
  if (lower(nm.end) && lower(nm.end + 1) && v.upos?.[nm.end] === 'NOUN' && v.upos?.[nm.end + 1] === 'NOUN') return true;
  return lower(nm.end) && f.nounAfter(nm.end);
}

/** A body noun naming the organisation that follows: "news agency Sana", "the terrorist group ISIL". */
function namedBody(f: SentenceFinder, c: Cand, info: AgentInfo, end: number): Found | null {
  if (info.person || info.plural) return null;
  const v = f.v;
  let p = end;
  if (v.k[p] === 'known' && v.k[p + 1] === 'as') p += 2;
  if (p > end && v.k[p] === 'the') p++;
  const nm = f.nameAt(p);
  const a = nm?.hits[0]?.actor;
  // ("the opposition party Zorvana": the term's last word names the body)
  const namer = BODY_NAMERS.has(info.term) || BODY_NAMERS.has(info.term.split(' ').pop() ?? '');
  const unknown = !nm && namer ? f.unknownOrgName(p) : 0;
  if (unknown > p) {
    c.kind = 'name';
    c.name = v.text.slice(v.starts[p] ?? 0, v.ends[unknown - 1] ?? 0);
    c.actorKind = 'institution';
    c.t1 = unknown;
    c.end = v.ends[unknown - 1] ?? c.end;
    c.possessive = isPossessive(v.k[unknown]);
    return { cands: [c], next: unknown };
  }
  if (nm && a && a.kind !== 'state' && a.kind !== 'metonym' && a.kind !== 'person' && nm.hits[0]?.form === 'name') {
    const tmp = f.base(p, nm.end, 'name');
    resolveHits(tmp, nm.hits, v.date);
    c.code = tmp.code;
    c.sector = tmp.sector ?? c.sector;
    c.name = tmp.name;
    c.id = tmp.id;
    c.actorKind = tmp.actorKind;
    c.kind = 'name';
    c.t1 = nm.end;
    c.end = v.ends[nm.end - 1] ?? c.end;
    c.possessive = isPossessive(v.k[nm.end]);
    return { cands: [c], next: nm.end };
  }
  return null;
}

/**
 * Ends a role phrase at `end`, or at a name after the role ("President Donald Trump", "Russian
 * ambassador to Pakistan, Alexey Dedov"). Returns where a name set off by a comma starts, else -1.
 */
function roleEnd(
  f: SentenceFinder,
  c: Cand,
  info: AgentInfo,
  i: number,
  det: Determiners,
  m: Modified,
  source: NameMatch | null,
  end: number,
): number {
  const v = f.v;
  const detEnd = det.end;
  let apposAt = -1;
  if (info.person && !info.plural) {
    const named = f.nameAfterRole(end);
    if (named) {
      // set off by a comma, not just past an abbreviation's stop or an invisible mark ("Spc. Isiah Booker")
      if (named.t0 > end && v.k.slice(end, named.t0).includes(',')) apposAt = named.t0;
      c.t1 = named.end;
      c.end = v.ends[named.end - 1] ?? c.end;
      c.possessive = isPossessive(v.k[named.end]);
      f.applyName(c, named.t0, named.nameStart, named.end);
      ofState(f, c, named.end);
      if (named.military) c.sector = 'MIL';
      if (c.kind === 'nominal') c.kind = 'name';
    } else {
      c.t1 = end;
      c.end = v.ends[end - 1] ?? c.end;
      c.possessive = isPossessive(v.k[end]);
      if (!m.owner && f.definiteAt(i, detEnd)) c.needs = 'definite';
      c.kind = c.needs === 'definite' ? 'title' : 'nominal';
    }
  } else {
    c.t1 = end;
    c.end = v.ends[end - 1] ?? c.end;
    c.possessive = isPossessive(v.k[end]);
    if (!source && f.definiteAt(i, detEnd) && !det.quantity) c.needs = 'definite';
  }
  return apposAt;
}

/** Role nouns that describe the state named right after them ("NATO ally Germany", "key partner Freedonia"). */
const STATE_DESCRIBERS = new Set(['ally', 'partner', 'neighbour', 'neighbor', 'rival']);

/**
 * "NATO ally Germany", "EU partner Ireland": a describing noun between a body's or state's name and a state's name
 * heads the phrase, whatever the tagger calls it (it often reads "ally" as a verb or an adverb there).
 */
function describesState(f: SentenceFinder, head: AgentAt, m: Modified): boolean {
  if (!STATE_DESCRIBERS.has(head.info.term) || head.info.plural || head.end - head.t0 !== 1) return false;
  if (!m.modNames.some((n) => n.nm.end === head.t0)) return false;
  const nm = f.nameAt(head.end);
  const hit = nm?.hits[0];
  return hit?.actor.kind === 'state' && hit.form === 'name';
}

/** "NATO ally Germany": a describing noun before a state's name is that state, one mention with the state's code. */
function describedState(f: SentenceFinder, c: Cand, info: AgentInfo, end: number): Found | null {
  if (!STATE_DESCRIBERS.has(info.term) || info.plural) return null;
  const v = f.v;
  const nm = f.nameAt(end);
  const hit = nm?.hits[0];
  if (!nm || hit?.actor.kind !== 'state' || hit.form !== 'name') return null;
  const tmp = f.base(end, nm.end, 'name');
  resolveHits(tmp, nm.hits, v.date);
  c.code = tmp.code;
  c.sector = null;
  c.name = tmp.name;
  c.id = tmp.id;
  c.actorKind = tmp.actorKind;
  c.kind = 'name';
  c.person = false;
  c.role = null;
  delete c.needs;
  delete c.memberCodes;
  c.t1 = nm.end;
  c.end = v.ends[nm.end - 1] ?? c.end;
  c.possessive = isPossessive(v.k[nm.end]);
  return { cands: [c], next: nm.end };
}

/** Offices that head a company as often as a state body ("Acme Chief Executive X", "Acme Chairman X"). */
const COMPANY_OFFICES = new Set([
  'chief executive',
  'chief executive officer',
  'ceo',
  'chairman',
  'chairwoman',
  'managing director',
  'chief operating officer',
  'chief financial officer',
  'cfo',
]);

/**
 * "Chrysler Chief Executive Robert Eaton", "Zorvex's chairman", "Acme Corp. Chairman X": an office that heads a
 * company, held in a body the knowledge does not know (a name before it that is no state, group or person) or in
 * the company named right before it, is a business post (BUS), whatever the role noun's sector in a state.
 */
function companyOffice(
  f: SentenceFinder,
  c: Cand,
  i: number,
  detEnd: number,
  head: AgentAt,
  m: Modified,
  sofar: readonly Cand[],
): void {
  if (!c.person || !COMPANY_OFFICES.has(head.info.term) || c.code !== null || m.owner || m.modNames.length > 0) return;
  const v = f.v;
  void sofar;
  // a company's legal form or trade word right before the office ("Acme Corp. Chairman X", "Zorvex Motors CEO X")
  let p = i - 1;
  if (v.w[p] === '.' && p > 0) p--;
  if (i === detEnd && isCapitalised(v.w[p] ?? '') && (LEGAL_FORMS.has(v.k[p] ?? '') || TRADE_HEADS.has(v.k[p] ?? ''))) {
    c.sector = 'BUS';
    return;
  }
  // "General Motors Chairman X": a trade word or legal form inside the phrase names a company
  for (let t = detEnd; t < head.t0; t++) {
    const k = v.k[t] ?? '';
    if (isCapitalised(v.w[t] ?? '') && (TRADE_HEADS.has(k) || LEGAL_FORMS.has(k))) {
      c.sector = 'BUS';
      return;
    }
  }
  let named = false;
  for (let t = detEnd; t < head.t0; t++) {
    const k = v.k[t] ?? '';
    if (isPossessive(k) && named) continue;
    const unknownName =
      isCapitalised(v.w[t] ?? '') &&
      hasLetter(v.w[t] ?? '') &&
      (v.upos === undefined || v.upos[t] === 'PROPN') &&
      !NOT_NAMES.has(k) &&
      !f.kb.givenNames.has(k) &&
      f.nameAt(t) === null &&
      f.agentAt(t) === null;
    if (!unknownName) return;
    named = true;
  }
  if (named) c.sector = 'BUS';
}

/** "King Hussein of Jordan", "President X of Haiti": a state after a titled name is the person's, when the role names none. */
function ofState(f: SentenceFinder, c: Cand, end: number): void {
  const v = f.v;
  if (c.code !== null || v.k[end] !== 'of') return;
  const p = v.k[end + 1] === 'the' ? end + 2 : end + 1;
  const nm = f.nameAt(p);
  if (nm?.hits[0]?.actor.kind === 'state') f.codeFrom(c, nm);
}

/** "their leaders": the possessive pronoun as the candidate's possessor, to be resolved. */
function addPossessor(f: SentenceFinder, c: Cand, at: number): void {
  const v = f.v;
  const pc = f.base(at, at + 1, 'pronoun');
  const k = v.k[at] ?? '';
  const pinfo = PRONOUNS.get(k);
  if (pinfo) {
    pc.pronoun = { ...pinfo, word: k };
    pc.person = pinfo.person && !pinfo.plural;
    pc.plural = pinfo.plural;
    pc.needs = 'pronoun';
    c.possessor = pc;
    c.needs = 'possessor';
  }
}

/** The role ("Russian ambassador to Pakistan") and the name set off after it ("Alexey Dedov"), as two mentions. */
function appositivePair(f: SentenceFinder, c: Cand, apposAt: number, end: number): Found {
  const v = f.v;
  const role: Cand = { ...c, t1: end, end: v.ends[end - 1] ?? c.end, kind: 'nominal', name: null, id: null };
  role.possessive = false;
  delete role.personName;
  delete role.weakHits;
  delete role.needs;
  c.t0 = apposAt;
  c.start = v.starts[apposAt] ?? c.start;
  return { cands: [role, c], next: c.t1 };
}
