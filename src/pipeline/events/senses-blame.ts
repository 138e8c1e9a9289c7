import type { EventLexicon, LexEntry } from '../../knowledge/events/index.js';
import { ruleEntry } from './rule-entry.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Blame told in a report: "he said China's unfair and illegal trading actions are damaging growth" — a speaker who
 * calls another party's conduct unfair, illegal or illicit criticizes that party (PLOVER ACCUSE disapprove, CAMEO
 * 111), the speaker its actor and the owner of the conduct its recipient.
 */

/** Nouns of a party's conduct (not acts of their own, which have lexicon entries). */
const CONDUCT = /^(practices|practice|actions|policies|policy|tactics|behavior|behaviour|conduct|measures)$/;

/** Words that condemn conduct. */
const CONDEMNING =
  /^(unfair|illegal|illicit|unlawful|illegitimate|predatory|aggressive|abusive|reckless|irresponsible|provocative|hostile|discriminatory|protectionist|unjustified|unacceptable|barbaric|criminal|deceptive|coercive)$/;

/** Verbs of harm a conduct is said to do ("have destroyed thousands of factories", "caused factories to close"). */
const HARMS =
  /^(destroyed|destroys|destroying|damaged|damages|damaging|hurt|hurts|hurting|harmed|harms|harming|undermined|undermines|undermining|ruined|ruins|crippled|cripples)$/;

/** The conduct noun at i is the subject of a verb of harm right after it (auxiliaries and "also" between). */
function doesHarm(v: SentenceView, i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && /^(have|has|had|are|is|were|was|been|also|already|will|would|could|may)$/.test(v.lower[k] ?? ''))
    k++;
  if (HARMS.test(v.lower[k] ?? '')) return true;
  // ("have caused American factories to close"): causing counts as harm only with a loss it causes
  if (!/^(caused|causes|causing)$/.test(v.lower[k] ?? '')) return false;
  return v.lower.slice(k + 1, k + 9).some((w) => LOSS.test(w));
}

/** Words of a loss caused. */
const LOSS =
  /^(close|closed|closing|closure|closures|loss|losses|damage|deaths|unemployment|collapse|crisis|shortages|shortage|suffering|harm|layoffs|bankruptcy|bankruptcies)$/;

/** Things that are no party but conduct or economic forces, which hurt or damage nobody by force. */
const ECONOMIC =
  /^(practices|policies|policy|tariffs|tariff|sanctions|measures|prices|price|taxes|tax|duties|rates|inflation|recession|slowdown|crisis|cuts|regulations|rules|laws|law|decision|decisions|strike|strikes|war|dispute|tensions|uncertainty|downturn)$/;

/**
 * "Germany's trade policies have also hurt French farmers", "the tariffs hurt farmers": conduct or an economic force
 * that hurts, harms or damages someone does no violence (no ASSAULT); blame for it is coded on the conduct noun.
 */
export function harmByConduct(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || t.info.plover !== 'ASSAULT' || !/^(hurt|harm|damage)$/.test(v.lemma[t.i] ?? '')) return false;
  let k = t.i - 1;
  while (
    k > t.i - 4 &&
    /^(have|has|had|also|already|will|would|could|may|might|can|further|badly|seriously)$/.test(v.lower[k] ?? '')
  )
    k--;
  return ECONOMIC.test(v.lower[k] ?? '');
}

const BLAME_ENTRY: LexEntry = ruleEntry({
  id: 'rule:reported-blame',
  lemma: 'practices',
  pos: 'noun',
  cameo: '111',
  plover: 'ACCUSE',
  mode: 'disapprove',
  provenance:
    "PLOVER ACCUSE disapprove (CAMEO 111): a speaker calling a party's conduct unfair, illegal or illicit criticizes the party",
});

/**
 * The conduct noun at i with a condemning word among its premodifiers, or the subject of a verb of harm ("China's
 * trade practices have caused factories to close"), and a party's possessive before them ("China's unfair and
 * illegal trading actions", "Sylvania's illicit trade practices"): a blame trigger, whose
 * actor is the reporting speaker (the party is its recipient; see partiesOf's reported rules). Null otherwise.
 */
export function blameTrigger(v: SentenceView, i: number, lex: EventLexicon): Trigger | null {
  if (!CONDUCT.test(v.lower[i] ?? '')) return null;
  let condemned = false;
  let k = i - 1;
  for (; k >= Math.max(0, i - 6); k--) {
    const w = v.lower[k] ?? '';
    if (CONDEMNING.test(w)) condemned = true;
    else if (!/^(and|or|,|trade|trading|economic|commercial|business|military|foreign)$/.test(w)) break;
  }
  if (!/^['’]s?$/.test(v.lower[k] ?? '') || (v.mentionAt[k - 1] ?? -1) < 0) return null;
  if (!condemned && !doesHarm(v, i)) return null;
  const info = lex.cameo.get('111');
  if (!info?.plover) return null;
  return {
    i,
    last: i,
    pos: 'noun',
    entry: BLAME_ENTRY,
    code: '111',
    info: { ...info, mode: 'disapprove' },
    explain: [`rule ${BLAME_ENTRY.id} (${BLAME_ENTRY.provenance})`],
  };
}
