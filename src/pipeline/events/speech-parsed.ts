/** Speaker and content of a cue from the parse, a passive stance ("endorsed by dozens of papers"), and cues that report no words ("hard to say"). */
import { OPEN, SPEAKER_HEAD, type Speech, speakerAt } from './speaker.js';
import { parsedContent } from './speech-content.js';
import { type Draft, type Settled, settle } from './speech-finish.js';
import { WHEN_SAID } from './speech-frame.js';
import { parsedSpeaker } from './speech-parsed-speaker.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** Verbs of thinking and knowing that, with "you" as subject, speak of anyone ("if you think …"). */
const GENERIC_YOU = /^(think|believe|feel|want|find|see|call|consider|imagine|expect)$/;

/** Speaker and content of cue k from the parse (settled when the parse says it all, or that it is no report). */
export function parsedDraft(
  v: SentenceView,
  k: number,
  inside: readonly boolean[],
  reporting: boolean,
): Settled | Draft {
  // two subjects in a misparse ("The revelation … set off fireworks: Republicans said …"): the nearer one
  // (a day the parse makes a subject, "says Tuesday", only when there is no other)
  const subjects = dependents(v, k, 'nsubj');
  const dated = subjects.filter((c) => !WHEN_SAID.test(v.lower[c] ?? ''));
  const subj = (dated.length ? dated : subjects).reduce<number | undefined>(
    (best, c) => (best === undefined || Math.abs(c - k) < Math.abs(best - k) ? c : best),
    undefined,
  );
  if (subj !== undefined && v.deprel[subj] === 'nsubj:pass') return settle(passiveSpeech(v, k, subj, inside));
  if (noReport(v, k, subj)) return settle(null);
  const who = parsedSpeaker(v, k, subj, inside);
  if ('settled' in who) return who;
  const [from, to] = parsedContent(v, k, reporting, who.speaker);
  return { speaker: who.speaker, from, to };
}

/**
 * "Clinton has been endorsed by dozens of papers": the agent holds the stance, toward the subject (or
 * the clause); "the efforts are expected to continue", with no agent, is no one's speech.
 */
function passiveSpeech(v: SentenceView, k: number, subj: number, inside: readonly boolean[]): Speech | null {
  const agent = dependents(v, k, 'obl').find((c) => v.deprel[c] === 'obl:agent');
  if (agent === undefined || inside[agent]) return null;
  const ct = subtree(v, dependents(v, k, 'ccomp')[0] ?? subj).filter((x) => !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  const sp = speakerAt(v, agent);
  const [a, b] = [ct[0], ct[ct.length - 1]];
  return sp && a !== undefined && b !== undefined && !inside[a]
    ? { cue: k, speaker: sp, from: a, to: b, direct: false }
    : null;
}

/** Cue k (parsed) reports no words: "hard to say", telling a thing, answering questions, a generic "you". */
function noReport(v: SentenceView, k: number, subj: number | undefined): boolean {
  // "too early to tell", "hard to say": a cue after an adjective and "to" reports nothing
  if (v.lower[k - 1] === 'to' && v.upos[k - 2] === 'ADJ') return true;
  // "tell more jokes", "told an American story": telling a thing (no one told, no clause) is no report
  if (
    v.lemma[k] === 'tell' &&
    !dependents(v, k, 'ccomp', 'iobj').length &&
    !v.lower.slice(k + 1).some((w) => w === 'that' || OPEN.has(w) || w === ':') &&
    dependents(v, k, 'obj').some(
      (o) =>
        v.upos[o] === 'NOUN' &&
        (v.mentionAt[o] ?? -1) < 0 &&
        !SPEAKER_HEAD.test(v.lower[o] ?? '') &&
        !/^(truth|lie|lies)$/.test(v.lower[o] ?? ''),
    )
  )
    return true;
  // "adding to his wins", "adds to deficits": adding to a thing reports nothing
  if (v.lemma[k] === 'add' && v.lower[k + 1] === 'to') return true;
  // "answered questions", "responded to requests": a reply verb with an object is no report of words
  if (
    /^(answer|respond|reply)$/.test(v.lemma[k] ?? '') &&
    dependents(v, k, 'obj').length &&
    !v.lower.slice(k + 1).includes(':')
  )
    return true;
  // "if you think …", "you know …": a generic "you" holding a thought is no one's attribution
  return subj !== undefined && v.lower[subj] === 'you' && GENERIC_YOU.test(v.lemma[k] ?? '');
}
