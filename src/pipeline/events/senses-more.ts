import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * More senses in which a trigger is no event (the first list is in senses.ts): a vehicle carrying people, a law
 * enacted at home, a partnership that is only named, an issue looked into, help towards a thing, a need stated,
 * a thing recognised.
 */

/** Vehicles, which carry people and goods: transport, no envoy sent. */
const VEHICLES =
  /^(plane|planes|aircraft|airliner|airliners|jet|jets|flight|flights|helicopter|helicopters|ship|ships|boat|boats|vessel|vessels|ferry|ferries|bus|buses|truck|trucks|lorry|lorries|train|trains|car|cars|vehicle|vehicles|convoy|convoys|motorcade|van|vans|ambulance|ambulances|tanker|tankers|barge|barges|shuttle)$/;

/** "the plane carrying the ministers to the ceremony": a vehicle carries people; no party sends an envoy. */
function carriedByVehicle(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'carry') return false;
  const subj = (v.children[t.i] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? ''));
  // the carrier: the subject, the noun a participle or relative clause hangs on, or the word right before
  let carrier = subj !== undefined && !/^(that|which)$/.test(v.lower[subj] ?? '') ? subj : -1;
  if (carrier < 0 && /^acl/.test(v.deprel[t.i] ?? '')) carrier = v.head[t.i] ?? -1;
  if (carrier >= 0 && VEHICLES.test(v.lower[carrier] ?? '')) return true;
  let k = t.i - 1;
  if (/^(that|which)$/.test(v.lower[k] ?? '')) k--;
  return VEHICLES.test(v.lower[k] ?? '');
}

/**
 * "introduced a bill to enact the tax", "the president enacted the law": enacting (Phoenix ENACT block, CAMEO 060
 * with no pattern of its own) passes a law at home; no party cooperates with another.
 */
function enactedLaw(v: SentenceView, t: Trigger): boolean {
  return t.pos === 'verb' && /^(enact|re-enact)$/.test(v.lemma[t.i] ?? '') && t.code === '060';
}

/** Verbs that make a partnership (or enter one): the act a partnership noun names. */
const FORMING =
  /^(form|forge|launch|sign|announce|establish|create|enter|seal|strike|agree|unveil|conclude|set|build|start|begin|open|expand|extend|deepen|strengthen|renew|formalise|formalize)$/;

/**
 * "Tunisia's willingness to enhance its partnership with NATO", "the country's reluctant partnership",
 * "NATO's Partnership for Peace program": a partnership only named is a standing relationship; one formed,
 * signed, launched or announced ("launched a partnership with a college") is cooperation.
 */
function partnershipNamed(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'noun' || !/^partnerships?$/.test(v.lower[t.i] ?? '')) return false;
  const w = v.text.charAt((v.tokens[t.i]?.start ?? 0) - v.sentence.start);
  if (t.i > 0 && w !== w.toLowerCase()) return true;
  // ("launched a partnership yesterday with …" parsed as a compound: the forming verb right before it)
  for (let k = t.i - 1; k >= Math.max(0, t.i - 3); k--) {
    if (FORMING.test(v.lemma[k] ?? '') && v.upos[k] === 'VERB') return false;
    if (!/^(DET|ADJ|PRON)$/.test(v.upos[k] ?? '')) break;
  }
  if (!v.parsed) return false;
  // the verb the noun is the object of (through "on"/"into": "build on", "entered into")
  const h = v.head[t.i] ?? -1;
  if (h < 0 || !/^(obj|obl|nsubj:pass)/.test(v.deprel[t.i] ?? '') || v.upos[h] !== 'VERB') return true;
  if (v.lemma[h] === 'build' && v.lower[t.i - 1] !== 'a' && v.lower[t.i - 1] !== 'new') return true;
  return !FORMING.test(v.lemma[h] ?? '');
}

/** Questions one looks into that accuse no one. */
const ISSUES =
  /^(issue|issues|question|questions|matter|matters|possibility|possibilities|feasibility|options?|subject)$/;

/** "aides left to investigate the Syrian issue": looking into an issue or a question accuses no party. */
function investigatedIssue(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'investigate' || t.info.plover !== 'ACCUSE') return false;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++) {
    if (ISSUES.test(v.lower[k] ?? '')) return true;
    // (a party named is investigated, unless it only qualifies the issue: "the Syrian issue")
    if (/^[,;.:]$/.test(v.lower[k] ?? '') || ((v.mentionAt[k] ?? -1) >= 0 && !ISSUES.test(v.lower[k + 1] ?? '')))
      return false;
  }
  return false;
}

/**
 * "a concert to help finance the studies", "helped to fend off a takeover bid", "help towards the studies": help
 * with no one helped (the verb right after, or "towards", and no party after it) furthers a thing; no party is
 * given aid.
 */
function helpTowardsThing(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'help') return false;
  let k = t.last + 1;
  if (/^(towards?)$/.test(v.lower[k] ?? '')) return true;
  if (v.lower[k] === 'to') k++;
  if (v.upos[k] !== 'VERB' || !/^VB$/.test(v.xpos[k] ?? 'VB') || !/^[a-z]+$/.test(v.lower[k] ?? '')) return false;
  // ("send a team to help identify victims", "help defend Saudi Arabia": a party the helped act is for is aided)
  return noPartyFrom(v, k);
}

/** No party is named in the few words from k to the next stop. */
function noPartyFrom(v: SentenceView, k: number): boolean {
  for (let j = k; j <= k + 6 && j < v.lower.length; j++) {
    if (/^[,;.:]$/.test(v.lower[j] ?? '')) break;
    if ((v.mentionAt[j] ?? -1) >= 0) return false;
  }
  return true;
}

/** "a concert to help finance the studies": the act help furthers, with no party in its phrase, is no event either. */
function helpedThing(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] === 'help') return false;
  let k = t.i - 1;
  if (v.lower[k] === 'to') k--;
  return /^(help|helps|helped|helping)$/.test(v.lower[k] ?? '') && noPartyFrom(v, t.i);
}

/** What one may appeal for. */
const APPEALED_FOR = /^(help|aid|assistance|support|money|funds|funding|loans?|protection|backing)$/;

/**
 * "he needs help", "we need a relationship based on friendship": a need stated is no appeal; "I need your help"
 * (a first person asking the one addressed) is.
 */
function needStated(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'need' || t.info.plover !== 'REQUEST') return false;
  let k = t.last + 1;
  while (/^(your|you|urgent|urgently|more|some|the|international|financial|military)$/.test(v.lower[k] ?? '')) k++;
  const addressed = v.lower.slice(t.last + 1, k).some((w) => w === 'your' || w === 'you');
  return !(addressed && APPEALED_FOR.test(v.lower[k] ?? ''));
}

/**
 * "outputs which are recognized by funding programs", "the film was recognized by critics": a thing recognised
 * (a passive whose subject is a common noun no party names) is praised or accepted, no state or government
 * recognised.
 */
function thingRecognized(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || !/^(recognize|recognise)$/.test(v.lemma[t.i] ?? '')) return false;
  const kids = v.children[t.i] ?? [];
  if (!kids.some((c) => v.deprel[c] === 'aux:pass')) return false;
  let subj = kids.find((c) => v.deprel[c] === 'nsubj:pass') ?? -1;
  // a relative's "which"/"that" stands for the noun the clause hangs on
  if (subj >= 0 && /^(which|that)$/.test(v.lower[subj] ?? '') && /^acl/.test(v.deprel[t.i] ?? ''))
    subj = v.head[t.i] ?? -1;
  return subj >= 0 && v.upos[subj] === 'NOUN' && (v.mentionAt[subj] ?? -1) < 0;
}

/** Bodies whose members meeting by themselves convene; they consult no other party. */
const BODIES =
  /^(lawmakers|legislators|senators|congressmen|deputies|councillors|councilors|parliament|congress|senate|assembly|committee|committees|council|board|jury|jurors|cabinet|panel|commission)$/;

/**
 * "lawmakers prepare to meet again next month for a hearing", "the committee will meet on Tuesday": a body meeting
 * by itself (no one met with) convenes; no party consults another.
 */
function bodyConvenes(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'meet' || t.info.plover !== 'CONSULT') return false;
  const kids = v.children[t.i] ?? [];
  const caseOf = (c: number) => (v.children[c] ?? []).find((x) => v.deprel[x] === 'case');
  const timeWord = (c: number) => /^(day|days|week|weeks|month|months|year|years|time|times)$/.test(v.lower[c] ?? '');
  if (
    kids.some((c) => (/^(obj|iobj)$/.test(v.deprel[c] ?? '') && !timeWord(c)) || v.lower[caseOf(c) ?? -1] === 'with') ||
    v.lower[t.last + 1] === 'with'
  )
    return false;
  // the subject: its own, or that of the verb it is the infinitive of ("lawmakers prepare to meet")
  let subj = kids.find((c) => /^nsubj/.test(v.deprel[c] ?? ''));
  if (subj === undefined && v.deprel[t.i] === 'xcomp') {
    const h = v.head[t.i] ?? -1;
    subj = (v.children[h] ?? []).find((c) => /^nsubj/.test(v.deprel[c] ?? ''));
  }
  if (subj !== undefined) return BODIES.test(v.lower[subj] ?? '');
  // (a parse slip: the noun right before "prepare to meet", "will meet")
  let k = t.i - 1;
  for (let steps = 0; steps < 4 && k > 0 && /^(PART|AUX|ADV|VERB)$/.test(v.upos[k] ?? ''); steps++) k--;
  return BODIES.test(v.lower[k] ?? '');
}

/** Senses in which a trigger is no event (more). */
export const NO_EVENT_MORE: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  carriedByVehicle,
  enactedLaw,
  partnershipNamed,
  investigatedIssue,
  helpTowardsThing,
  needStated,
  thingRecognized,
  helpedThing,
  bodyConvenes,
  tradeFigures,
  preventedAct,
  negotiatedPurchase,
  recoveryTeamSent,
  servicesSupport,
];

/** Forces one can beef up. */
const FORCE_WORDS = /^(security|police|forces|troops|military|army|patrols?|guards?|defen[cs]es|presence)$/;

/**
 * Phoenix lists "beef up" under expelling (CAMEO 174, its STRENGTHEN block): "beefing up security" mobilises
 * police power (CAMEO 153) — 'force'; "beefing up thrift activities" strengthens a business — 'none'.
 */
export function beefedUp(v: SentenceView, t: Trigger): 'force' | 'none' | null {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'beef' || t.code !== '174') return null;
  for (let k = t.last + 1; k <= t.last + 5 && k < v.lower.length; k++) {
    if (/^[,;.:]$/.test(v.lower[k] ?? '')) break;
    if (FORCE_WORDS.test(v.lower[k] ?? '')) return 'force';
  }
  return 'none';
}

/** What one protests in words: laws, policies, decisions and treatment. */
const PROTESTED =
  /^(laws?|policy|policies|decisions?|rulings?|verdicts?|sentences?|treatment|measures?|plans?|moves?|bills?|sanctions|embargo|arrests?|detention|expulsion|visit|remarks|comments|statements?|actions?|interference|presence|occupation)$/;

/**
 * "would continue to protest American laws and policies": protesting a law or a decision (a direct object) is
 * disapproval in words (ACCUSE, CAMEO 111); "protested in the streets", "protest against the war" stay
 * demonstrations.
 */
export function protestedPolicy(v: SentenceView, t: Trigger): boolean {
  if (!v.parsed || t.pos !== 'verb' || v.lemma[t.i] !== 'protest' || t.info.plover !== 'PROTEST') return false;
  const obj = (v.children[t.i] ?? []).find((c) => v.deprel[c] === 'obj');
  return obj !== undefined && PROTESTED.test(v.lower[obj] ?? '');
}

/** Words of trade figures: amounts, rises and falls. */
const FIGURES =
  /^(percent|per|%|fell|fall|falls|rose|rise|rises|grew|growth|declined|decline|dropped|drop|increased|surged|slumped|totalled|totaled|amounted|stood|registered|year-on-year|figures|data|statistics|deficit|surplus)$/;

/**
 * "exports to Iran registered the highest fall and stood at $897 million", "products worth $50 billion imported
 * from the United States": trade figures and goods described are no act of a party (an export ban or deal is
 * coded on its own word).
 */
function tradeFigures(v: SentenceView, t: Trigger): boolean {
  if (!/^(export|import)$/.test(v.lemma[t.i] ?? '')) return false;
  if (t.pos === 'verb' && v.xpos[t.i] === 'VBN' && /^acl/.test(v.deprel[t.i] ?? '')) return true;
  return v.lower.some((w, k) => k !== t.i && FIGURES.test(w));
}

/** Verbs that keep a party from acting. */
const PREVENTING =
  /^(block|prevent|bar|ban|stop|keep|prohibit|forbid|deter|discourage|restrain|exclude|disqualify|preclude|hinder)$/;

/**
 * "authorities have blocked lawyers from visiting him", "barred the crowd from reaching the consulate": an act one
 * is kept from did not happen (the blocking, if an event, is coded on its own word).
 */
function preventedAct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !/ing$/.test(v.lower[t.i] ?? '') || v.lower[t.i - 1] !== 'from') return false;
  for (let k = t.i - 2; k >= Math.max(0, t.i - 8); k--) {
    if (/^[;.]$/.test(v.lower[k] ?? '')) return false;
    if (PREVENTING.test(v.lemma[k] ?? '')) return true;
  }
  return false;
}

/** Goods bought and sold: negotiating their sale or purchase is commerce. */
const SALES = /^(purchase|purchases|sale|sales|acquisition|acquisitions|lease|leases|takeover|buyout)$/;

/**
 * "the airline has negotiated the purchase of 22 new jets", "the council has agreed 12 house purchases": negotiating
 * or agreeing a purchase or a sale is commerce, no consultation or agreement between political parties — unless arms are bought ("negotiated the purchase of missiles").
 */
function negotiatedPurchase(v: SentenceView, t: Trigger): boolean {
  if (
    t.pos !== 'verb' ||
    !/^(negotiate|agree)$/.test(v.lemma[t.i] ?? '') ||
    !/^(CONSULT|AGREE)$/.test(t.info.plover ?? '')
  )
    return false;
  let sale = -1;
  for (let k = t.last + 1; k <= t.last + 4 && k < v.lower.length; k++)
    if (SALES.test(v.lower[k] ?? '')) {
      sale = k;
      break;
    }
  if (sale < 0) return false;
  return !v.lower
    .slice(sale + 1, sale + 10)
    .some((w) =>
      /^(arms|weapons?|missiles?|tanks?|fighters?|warships?|submarines?|munitions|ammunition|artillery|rifles?)$/.test(
        w,
      ),
    );
}

/** What a recovery team is sent for. */
const RECOVERED = /^(remains|bodies|body|wreckage|debris|missing)$/;

/**
 * "he has sent a team to recover the remains of a kidnapped expert": a team sent to search for or recover the dead,
 * the missing or wreckage gives no party aid.
 */
function recoveryTeamSent(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'send' || t.info.plover !== 'AID') return false;
  for (let k = t.last + 1; k <= t.last + 8 && k + 1 < v.lower.length; k++) {
    if (/^[;.]$/.test(v.lower[k] ?? '')) return false;
    if (v.lower[k] !== 'to' || !/^(recover|retrieve|search|find|locate|look)$/.test(v.lower[k + 1] ?? '')) continue;
    return v.lower.slice(k + 2, k + 8).some((w) => RECOVERED.test(w));
  }
  return false;
}

/** People in general whom services support. */
const SERVED =
  /^(people|patients|families|carers|caregivers|children|youngsters|those|residents|communities|individuals|consumers|households|homeowners)$/;

/**
 * "it supports people affected by cancer", "use the money to support people and companies who …": supporting
 * people in general is a service (care, grants), no political support of a party.
 */
function servicesSupport(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'support' || t.info.plover !== 'SUPPORT') return false;
  const k = t.last + 1;
  return SERVED.test(v.lower[k] ?? '');
}
