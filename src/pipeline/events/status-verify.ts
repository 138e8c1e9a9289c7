/**
 * Acts still to be verified: "charged with verifying that Freedonia has destroyed its missiles", "to check
 * whether Sylvania attacked the post". The act is what someone is to find out, not what happened. By word
 * order, since the parse often hangs the content clause elsewhere.
 */
import { STOP } from './status-stop.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/** Verbs whose "whether/if" clause is an open question. */
const ASK_WHETHER = new Set([
  'verify',
  'check',
  'ascertain',
  'investigate',
  'examine',
  'probe',
  'determine',
  'establish',
  'assess',
  'confirm',
]);
/** Verbs whose "that" clause is still to be verified when the verb is an infinitive or a gerund. */
const VERIFY_THAT = new Set(['verify', 'check', 'ascertain', 'confirm', 'certify']);

/**
 * The verifying word whose content act t is ("verifying that …", "to check whether …"), or -1: a
 * "whether"/"if" after any such verb, a "that" after one in its infinitive or -ing form (a finding made,
 * "inspectors verified that …", is no open question).
 */
export function toBeVerified(v: SentenceView, t: Trigger): number {
  for (let j = t.i - 1; j >= Math.max(1, t.i - 7); j--) {
    const w = v.lower[j] ?? '';
    if (STOP.has(w) || w === ',') return -1;
    if (w !== 'that' && w !== 'whether' && w !== 'if') continue;
    const k = j - 1;
    const lemma = v.lemma[k] ?? '';
    if (w !== 'that') return ASK_WHETHER.has(lemma) ? k : -1;
    if (!VERIFY_THAT.has(lemma)) return -1;
    const form = v.lower[k] ?? '';
    return form.endsWith('ing') || v.lower[k - 1] === 'to' ? k : -1;
  }
  return -1;
}
