import type { EventLexicon } from '../../knowledge/events/index.js';
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
