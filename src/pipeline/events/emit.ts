import type { Event } from '../../schema/output.js';
import type { LedgerItem } from './claims.js';
import { businessDealing } from './commerce.js';
import { withoutOwnRecipient } from './recipients-own.js';
import { hostedVisit, isReciprocal, meetingWith, reciprocalPairs } from './reciprocal.js';
import type { Pending, SentenceState } from './sentence.js';
import type { Trigger } from './triggers.js';
import { dependents, type SentenceView } from './view.js';

const CUT = new Set([',', ';', '.', ':']);

/** What the claim of the event at trigger `t` is about: the clause it governs. */
function proposition(
  v: SentenceView,
  t: Trigger,
  speechCues: ReadonlySet<string>,
  triggerAt: ReadonlySet<number>,
): string {
  let from = t.last + 1;
  // "accuse X of Y-ing", "blame X for Y": the proposition starts after the accused
  if (t.entry.role === 'accuse') {
    for (let k = from; k < Math.min(v.lower.length, from + 8); k++) {
      if (/^(of|for)$/.test(v.lower[k] ?? '')) {
        from = k + 1;
        break;
      }
      if (CUT.has(v.lower[k] ?? '') || v.lower[k] === 'that') break;
    }
  }
  while (from < v.lower.length && /^(that|of|,)$/.test(v.lower[from] ?? '')) from++;
  let to = from;
  while (to < v.lower.length && !CUT.has(v.lower[to] ?? '')) {
    if (v.lower[to] === 'and' && (speechCues.has(v.lemma[to + 1] ?? '') || triggerAt.has(to + 1))) break;
    to++;
  }
  const a = v.tokens[from];
  const b = v.tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return v.text.slice(a.start - v.sentence.start, b.end - v.sentence.start);
}

/**
 * Adds the sentence's events to the document's `events` (reciprocal acts and meetings as pairs, the
 * accusations claims make after them), numbered in order, and their claims to the `ledger`.
 */
export function emitSentence(
  s: SentenceState,
  pending: readonly Pending[],
  accusations: readonly Event[],
  events: Event[],
  ledger: LedgerItem[],
): void {
  const { v, lex } = s;
  const ids = new Map<Trigger, string>();
  // the event coded for each trigger (its first, for a pair), for the claims ledger
  const coded = new Map<Trigger, Event>();
  for (const p of pending) {
    // deals, offers and disputes among companies and private parties are no political events
    if (businessDealing(p.e)) continue;
    const back =
      meetingWith(p.e, s.text) ?? (s.opts.hostedVisits === true ? hostedVisit(p.e, lex.cameo.get('042')) : null);
    // ("The British and Irish governments invited Sinn Fein": a name the act is done to, no party
    // known, is the one met, not each other)
    const namedObject =
      p.t.pos === 'verb' && dependents(v, p.t.i, 'obj').some((o) => o > p.t.last && v.upos[o] === 'PROPN');
    const mutual = isReciprocal(p.e, p.t.info.plover) && !namedObject;
    const pairs = mutual ? reciprocalPairs(p.e) : back ? [p.e, back] : [p.e];
    pairs.forEach((x, k) => {
      const id = `${s.docId}:e${events.length + 1}`;
      const e = { ...withoutOwnRecipient(x), id };
      events.push(e);
      if (k === 0) {
        ids.set(p.t, id);
        coded.set(p.t, e);
      }
    });
  }
  for (const x of accusations) events.push({ ...x, id: `${s.docId}:e${events.length + 1}` });
  const governs = new Map<Trigger, string[]>();
  for (const p of pending) {
    if (!p.gov) continue;
    const gid = ids.get(p.gov);
    const id = ids.get(p.t);
    if (gid && id) governs.set(p.gov, [...(governs.get(p.gov) ?? []), id]);
  }
  const triggerAt = new Set(s.triggers.map((t) => t.i));
  for (const p of pending) {
    const e = coded.get(p.t);
    if (!e) continue;
    // ("X said …, a charge that Y denies": the speaker of the report the denial follows)
    const reporter = s.speeches.find((x) => x.cue < p.t.i && x.to < p.t.i && x.speaker)?.speaker;
    ledger.push({
      event: e,
      role: p.t.entry.role,
      governs: governs.get(p.t) ?? [],
      proposition: proposition(v, p.t, lex.cues.speech, triggerAt),
      ...(reporter ? { reporter } : {}),
    });
  }
}
