import type { EventLexicon, LexEntry } from '../../knowledge/events/index.js';
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

const BLAME_ENTRY: LexEntry = {
  id: 'rule:reported-blame',
  lemma: 'practices',
  pos: 'noun',
  particle: null,
  cameo: '111',
  plover: 'ACCUSE',
  mode: 'disapprove',
  context: [],
  role: 'event',
  recipient: 'none',
  actorPreps: [],
  requiresCue: null,
  clause: false,
  converse: false,
  patterns: [],
  provenance:
    "PLOVER ACCUSE disapprove (CAMEO 111): a speaker calling a party's conduct unfair, illegal or illicit criticizes the party",
};

/**
 * The conduct noun at i with a condemning word among its premodifiers and a party's possessive before them
 * ("China's unfair and illegal trading actions", "Sylvania's illicit trade practices"): a blame trigger, whose
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
  if (!condemned || !/^['’]s?$/.test(v.lower[k] ?? '') || (v.mentionAt[k - 1] ?? -1) < 0) return null;
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
