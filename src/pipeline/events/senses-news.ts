import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Senses that belong to the news itself rather than to politics: a reporter's credit line ("contributed to this
 * report") and a player's part in a game ("scored 27 points to help Houston win").
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

/** Senses of the news itself that are no events. */
export const NO_EVENT_NEWS: readonly ((v: SentenceView, t: Trigger) => boolean)[] = [creditLine, helpedInGame];
