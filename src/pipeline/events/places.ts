import type { ActorRef, Place } from '../../schema/output.js';
import type { SentenceView } from './view.js';

/** Prepositions that lead from an act to the place it is done in, to or against. */
const TO_PLACE = new Set([
  'in',
  'to',
  'into',
  'at',
  'across',
  'inside',
  'within',
  'on',
  'against',
  'toward',
  'towards',
  'near',
  'throughout',
]);
/** Words that close the clause of the trigger: a place after them belongs to another clause. */
const STOP = new Set([
  ';',
  ':',
  ',',
  '.',
  'that',
  'who',
  'which',
  'whom',
  'whose',
  'saying',
  'said',
  'says',
  'while',
  'because',
  'but',
  'although',
  'though',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'from',
  'by',
  '"',
  '“',
  '”',
  '(',
]);
const DET = new Set(['the', 'a', 'an']);

/**
 * "shelled towns in Ukraine", "sent arms to Pakistan", "visited Russia": when an act names no
 * recipient, the country of the place it is done in or directed to stands for it (PETRARCH codes the
 * location's country as the target). Looks from token `from` to the end of the clause, at most
 * `window` tokens; the place must follow a locative/directional preposition or be the act's direct
 * object. Returns null when no such place is found.
 */
export function placeRecipient(
  v: SentenceView,
  from: number,
  places: readonly Place[],
  window = 12,
): { ref: ActorRef; place: Place } | null {
  const n = v.tokens.length;
  for (let k = from; k < Math.min(n, from + window); k++) {
    const w = v.lower[k] ?? '';
    if (STOP.has(w)) return null;
    const tok = v.tokens[k];
    if (!tok) return null;
    const place = places.find((x) => x.start === tok.start && x.country);
    if (!place?.country) continue;
    let j = k - 1;
    while (j >= from && DET.has(v.lower[j] ?? '')) j--;
    const lead = v.lower[j] ?? '';
    if (!(TO_PLACE.has(lead) || j < from)) continue;
    return {
      place,
      ref: {
        actorText: place.text,
        name: place.name,
        code: place.country,
        sector: null,
        role: null,
        id: null,
        start: place.start,
        end: place.end,
      },
    };
  }
  return null;
}
