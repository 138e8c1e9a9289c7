/**
 * Words and phrases that frame a report rather than being what is said: when it was said ("said on
 * Wednesday"), a clause of time after the cue ("said as she marched"), a phrase of place, time or manner
 * opening the sentence ("In a statement, …", "Speaking to MSNBC, …").
 */
import { quoteMark } from './quotemarks.js';
import { dependents, type SentenceView } from './view.js';

/** Words telling when something was said ("said on Wednesday night that …"). */
export const WHEN_SAID =
  /^(on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year)$/;

/** Words opening a clause of time or manner after a cue ("said as she marched"), not what is said. */
export const TIME_CLAUSE = /^(when|as|after|before|while|once|whenever)$/;

/** Words opening a sentence with a phrase of place, time or manner ("In a statement, …", "Shortly after …, …"). */
const OPENER =
  /^(in|on|at|after|before|during|since|following|amid|despite|alongside|with|without|shortly|soon|earlier|later|last|this|for|from|by|under|over|throughout|within|upon|unlike|like)$/;

/**
 * "Courted by most candidates, X said …", "Meanwhile, speaking to MSNBC, X said …": a participle (with no
 * subject of its own) opening the sentence, outside any quotation, says how or when, not what.
 */
function participleOpening(v: SentenceView, f: number, k: number): boolean {
  // (after an opening adverb and comma: "Meanwhile, speaking to …")
  if (f !== 0 && !(f === 2 && v.upos[0] === 'ADV' && v.lower[1] === ',')) return false;
  if (!/(ing|ed|en)$/.test(v.lower[f] ?? '') || v.upos[f] !== 'VERB') return false;
  if (dependents(v, f, 'nsubj', 'expl').length) return false;
  // ("Shifting monsoon patterns could affect …, X said": a participle inside a clause of its own is no opening)
  let comma = k;
  while (comma > f && v.lower[comma] !== ',') comma--;
  for (let x = f; x < comma; x++)
    if (v.upos[x] === 'AUX' || (x !== f && dependents(v, x, 'nsubj').length)) return false;
  for (let x = 0; x < k; x++) if (quoteMark(v, x)) return false;
  return comma > f;
}

/** Tokens from..(cue k) open the sentence with such a phrase: an opener word and no verb up to the comma before k. */
export function openingPhrase(v: SentenceView, from: number, k: number): boolean {
  let f = from;
  while (f < k && quoteMark(v, f) === 'open') f++;
  if (participleOpening(v, f, k)) return true;
  if (f !== 0 || !OPENER.test(v.lower[f] ?? '')) return false;
  for (let x = f; x < k && v.lower[x] !== ','; x++) if (v.upos[x] === 'VERB' || v.upos[x] === 'AUX') return false;
  return true;
}
