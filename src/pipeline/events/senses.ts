import type { EventLexicon } from '../../knowledge/events/index.js';
import { NO_EVENT_FIGURATIVE } from './senses-figurative.js';
import { beefedUp, NO_EVENT_MORE, protestedPolicy } from './senses-more.js';
import { NO_EVENT_NEWS } from './senses-news.js';
import { firedFromJob, NO_EVENT_PRIVATE } from './senses-private.js';
import {
  approvedArmsSale,
  DEMANDING,
  defendedByArms,
  deployedIntoWaters,
  encouragedToAct,
  issuedWarrant,
  labourStrike,
  publicInvitedToAct,
  recode,
  regretsOwnAct,
  verbalClash,
  votedDown,
} from './senses-recode.js';
import { NO_EVENT_TALK } from './senses-talk.js';
import { closedForMishap, NO_EVENT_THINGS, searchForLost } from './senses-things.js';
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

/** The triggers with the senses their sentence gives them; triggers that are no event here left out. */
export function senseTriggers(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    if (
      closedForMishap(v, t, lex) ||
      searchForLost(v, t, lex) ||
      firedFromJob(v, t, lex) ||
      NO_EVENT_TALK.some((f) => f(v, t)) ||
      NO_EVENT_PRIVATE.some((f) => f(v, t)) ||
      NO_EVENT_THINGS.some((f) => f(v, t)) ||
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
