import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Senses that belong to the news itself rather than to politics: a reporter's credit line ("contributed to this
 * report"), a player's part in a game ("scored 27 points to help Houston win") and what a place or a shop offers
 * its visitors ("the resorts that Kenya offers").
 */

/** What a reporter contributes to. */
const REPORTING = /^(article|report|story|reporting|dispatch|coverage)$/;

/**
 * "Jane Roe in London contributed to this article": a credit line names a reporter's share in the story; no aid
 * is given.
 */
function creditLine(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lemma[t.i] !== 'contribute') return false;
  const k = t.last + 1;
  return v.lower[k] === 'to' && /^(this|the|that)$/.test(v.lower[k + 1] ?? '') && REPORTING.test(v.lower[k + 2] ?? '');
}

/** Words of scoring in a game. */
const SCORING =
  /^(scored|scores|scoring|touchdowns?|rebounds|homers?|innings|wickets?|hat-trick|goalkeeper|quarterback|playoffs?|playoff)$/;

/** Acts of helping or backing that a player does for a team. */
const HELPING = /^(help|assist|aid|lift|power|propel|carry|support)$/;

/**
 * "Paul scored 27 points to help Houston get its second straight victory": in a sentence about scoring in a game,
 * helping a team (named after its city) is play; no aid or support is given to a party.
 */
function helpedInGame(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || !HELPING.test(v.lemma[t.i] ?? '')) return false;
  return v.lower.some((w) => SCORING.test(w));
}

/** What one party offers another: help, talks, a truce, a deal, money. */
const OFFERED_TO_PARTY =
  /^(talks|negotiations|dialogue|help|aid|assistance|support|cooperation|ceasefire|cease-fire|truce|deal|concessions?|compromise|asylum|refuge|sanctuary|amnesty|money|loans?|credit|mediation|troops|guarantees?|plan|proposal|peace|resignation|apology|access|protection|security|olive|immunity|incentives?|compensation|terms)$/;

/**
 * "the five-star resorts that Kenya offers", "the centre offers more than 140 permits": "offers" in the present of
 * habit, with nothing one party offers another after it (no "to" and an act, no party, no help, talks or deal),
 * says what a place, a shop or a service has for its visitors; no offer is made.
 */
function offersAvailable(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.lower[t.i] !== 'offers' || t.info.plover !== 'AGREE') return false;
  if (v.lower[t.i + 1] === 'to') return false;
  for (let k = t.i + 1; k <= t.i + 8 && k < v.lower.length; k++) {
    if (/^[;.:]$/.test(v.lower[k] ?? '')) break;
    if (OFFERED_TO_PARTY.test(v.lower[k] ?? '') || ((v.mentionAt[k] ?? -1) >= 0 && k <= t.i + 2)) return false;
  }
  return true;
}

/** Senses of the news itself that are no events. */
export const NO_EVENT_NEWS: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [
  creditLine,
  helpedInGame,
  offersAvailable,
];
