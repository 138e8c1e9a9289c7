import { coordinatedRight } from './args.js';
import { dependents, type SentenceView } from './view.js';

/**
 * Words that may stand between "by" and the party it names when they only describe that party, or
 * name a conjoined party the mentions leave uncoded ("by producer Lena Moss and Harbor Radio").
 */
const DESCRIBING = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const JOINING = new Set(['(', ')', '-', '–', 'and', 'or']);

/**
 * "by Harbor (Bay) Radio editor Lena Moss and Daily Courier reporter Paul Dane": a "by" phrase whose
 * head the parse puts on a word of the title or outlet before the name. The first party after "by",
 * reached across describing words, names and "and"/"or" only (no verb, preposition or comma), with
 * the parties coordinated to it. `c` is the phrase's head (it has "by" as its case marker); [] when
 * there is no such party.
 */
export function titledByParty(v: SentenceView, c: number): number[] {
  const by = dependents(v, c, 'case').find((k) => v.lower[k] === 'by');
  if (by === undefined) return [];
  for (let k = by + 1; k < Math.min(v.lower.length, by + 12); k++) {
    const mi = v.mentionAt[k] ?? -1;
    if (mi >= 0) return coordinatedRight(v, mi);
    if (!DESCRIBING.has(v.upos[k] ?? '') && !JOINING.has(v.lower[k] ?? '')) return [];
  }
  return [];
}
