import type { SentenceView } from './view.js';

/** Predicates an empty "it" stands before: time taken, judgements, seeming ("it is clear that …"). */
const JUDGED =
  /^(clear|unclear|likely|unlikely|possible|impossible|important|necessary|essential|vital|crucial|difficult|hard|easy|obvious|evident|true|unfortunate|regrettable|unacceptable|time|too|so|high)$/;
const BE = /^(is|was|'s|be|been|being|are|were|remains|remained|seems|seemed|appears|appeared|became|becomes)$/;

/**
 * "I regret that it has taken so long to respond", "it is clear that …", "it seems …": an "it" at k
 * that only fills the subject of a clause about time taken or a judgement names no party.
 */
export function expletiveIt(v: SentenceView, k: number): boolean {
  if (v.lower[k] !== 'it') return false;
  let j = k + 1;
  while (/^(has|had|have|will|would|may|might|could|should|must|not|already|also|still)$/.test(v.lower[j] ?? '')) j++;
  const w = v.lower[j] ?? '';
  // "it has taken (so long / years) to …", "it took …"
  if (/^(take|takes|took|taken|taking)$/.test(w)) return true;
  if (/^(seems|seemed|appears|appeared)$/.test(w))
    return /^(that|as|to|likely|unlikely|clear)$/.test(v.lower[j + 1] ?? '');
  if (!BE.test(w)) return false;
  let a = j + 1;
  while (/^(very|more|less|now|also|not|still|quite|increasingly|a|an|the)$/.test(v.lower[a] ?? '')) a++;
  return JUDGED.test(v.lower[a] ?? '');
}
