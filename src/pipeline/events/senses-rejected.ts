import type { EventLexicon, LexEntry } from '../../knowledge/events/index.js';
import { ruleEntry } from './rule-entry.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Senses of charges and searches: a charge that is dismissed or denied is the other side's, not its denier's; a
 * search of a plane, a home or an office is a coercive seizure, not an investigation of a party.
 */

/** Nouns of a charge made against a party. */
const CHARGE = /^(accusation|accusations|allegation|allegations|charge|charges|claim|claims|complaint|complaints)$/;

/** The charge at i names who makes it: a possessive before it or a "by" (or "made/levelled by") after it. */
function ownMaker(v: SentenceView, i: number): boolean {
  if (/^['’]s?$/.test(v.lower[i - 1] ?? '') || /^(his|her|their|its)$/.test(v.lower[i - 1] ?? '')) return true;
  for (let k = i + 1; k <= i + 3 && k < v.lower.length; k++) if (v.lower[k] === 'by') return true;
  return v.parsed && (v.children[i] ?? []).some((c) => v.deprel[c] === 'nmod:poss');
}

/** Verbs that answer a charge by rejecting it. */
const REJECTING = /^(deny|dismiss|reject|refute|rebut|repudiate|contest|dispute)$/;

/**
 * "Italy denied accusations that its navy shelled the port", "dismissing accusations that X had …": a charge that
 * is the object of a verb of rejecting (or that a participle of rejecting modifies, as a tagger may parse it) is
 * made by others; its rejecter accuses no one, and the rejection is coded on the verb.
 */
export function rejectedCharge(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'noun' || t.info.plover !== 'ACCUSE' || !CHARGE.test(v.lower[t.i] ?? '')) return false;
  // ("denied accusations made by Amir's brother", "dismissed Sylvania's claims"): a charge with its own maker named
  // is that maker's accusation
  if (ownMaker(v, t.i)) return false;
  if (v.parsed) {
    const h = v.head[t.i] ?? -1;
    if (h >= 0 && h < t.i && v.deprel[t.i] === 'obj' && REJECTING.test(v.lemma[h] ?? '')) return true;
    if ((v.children[t.i] ?? []).some((c) => c < t.i && v.deprel[c] === 'amod' && REJECTING.test(v.lemma[c] ?? '')))
      return true;
  }
  // by word order: the verb right before the charge and its determiner ("denied the allegations")
  let k = t.i - 1;
  while (
    k > t.i - 4 &&
    /^(the|these|those|such|all|any|new|fresh|repeated|recent|their|his|her|its)$/.test(v.lower[k] ?? '')
  )
    k--;
  return REJECTING.test(v.lemma[k] ?? '') && (v.upos[k] === 'VERB' || !v.parsed);
}

/** Things a search enters and goes through. */
const SEARCHED =
  /^(plane|planes|aircraft|airliner|jet|ship|ships|vessel|vessels|boat|boats|tanker|truck|trucks|car|cars|vehicle|vehicles|bus|home|homes|house|houses|apartment|apartments|flat|office|offices|premises|headquarters|building|buildings|compound|residence|luggage|baggage|bags|cargo|containers?|warehouse|warehouses|embassy|consulate|mosque|church|newsroom)$/;

/**
 * "British officers searched an Aeroflot passenger plane", "police searched the party's offices": a search of a
 * vehicle, a building or belongings (its object, not "search for" someone) is PLOVER COERCE seize ("execute
 * search"), not an investigation.
 */
export function searchedPremises(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'search' || v.lower[t.i + 1] === 'for') return false;
  for (let k = t.i + 1; k < Math.min(v.lower.length, t.i + 6); k++) {
    if (SEARCHED.test(v.lower[k] ?? '')) return true;
    if (/^[,;:.]$|^(for|in|at|on|after|before)$/.test(v.lower[k] ?? '')) return false;
  }
  return false;
}

/** Hostile acts a party may be said to be involved in. */
const HOSTILE =
  /^(poisoning|poisonings|attack|attacks|bombing|bombings|killing|killings|murder|murders|assassination|assassinations|plot|plots|coup|massacre|massacres|shooting|shootings|abduction|abductions|kidnapping|kidnappings|hacking|cyberattack|cyberattacks|invasion|torture|atrocities|genocide|sabotage|espionage|ambush|assault|crimes)$/;

const INVOLVED_ENTRY: LexEntry = ruleEntry({
  id: 'rule:reported-involvement',
  lemma: 'involve',
  pos: 'verb',
  cameo: '112',
  plover: 'ACCUSE',
  mode: 'allege',
  provenance:
    "PLOVER ACCUSE allege (CAMEO 112): a speaker saying a party 'was involved in' an attack or a poisoning accuses it",
});

/**
 * "Britain says the Russian government was involved in the poisoning of a former spy": being involved in a hostile
 * act (an attack, a poisoning, a plot) is no cooperation (Phoenix's 'involve' 060); told by a speaker it is the
 * speaker's accusation of the party (a reported rule: the speaker acts, the subject is accused; with no speaker
 * nothing is coded).
 */
export function involvementTrigger(v: SentenceView, i: number, lex: EventLexicon): Trigger | null {
  if (v.lower[i] !== 'involved' || v.lower[i + 1] !== 'in' || !/^(was|were|is|are|been|be)$/.test(v.lower[i - 1] ?? ''))
    return null;
  let hostile = false;
  for (let k = i + 2; k < Math.min(v.lower.length, i + 10); k++) {
    if (HOSTILE.test(v.lower[k] ?? '')) hostile = true;
    if (hostile || /^[,;:.]$|^(of|and|but)$/.test(v.lower[k] ?? '')) break;
  }
  const info = hostile ? lex.cameo.get('112') : undefined;
  if (!info?.plover) return null;
  return {
    i,
    last: i,
    pos: 'verb',
    entry: INVOLVED_ENTRY,
    code: '112',
    info,
    explain: [`rule ${INVOLVED_ENTRY.id} (${INVOLVED_ENTRY.provenance})`],
  };
}

/** The charge and search senses, applied after the other senses: drops and recodings. */
export function chargeSenses(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    if (rejectedCharge(v, t)) continue;
    const seize = searchedPremises(v, t) ? lex.cameo.get('171') : undefined;
    if (seize?.plover) {
      out.push({
        ...t,
        code: '171',
        info: seize,
        entry: { ...t.entry, mode: seize.mode },
        explain: [
          ...t.explain,
          'sense: searching a vehicle, a building or belongings executes a search (COERCE seize, CAMEO 171)',
        ],
      });
      continue;
    }
    out.push(t);
  }
  return out;
}
