/** Speech labelled by a name ("PENCE: …", "“…” ― X"), speech acts as stances, and the quotes they make. */
import type { ActorRef, Place, Quote } from '../../schema/output.js';
import { quoteMark } from './quotemarks.js';
import { lastContentToken, refFromTokens, type Speech } from './speaker.js';
import { dependents, type SentenceView, subtree } from './view.js';

/** Labels before a colon that introduce no speaker ("UPDATE:", "Editor's note:"). */
const NOT_SPEAKER =
  /^(update|updated|note|editor|editors|related|read|watch|video|photo|photos|source|correction|breaking|exclusive|live|analysis|opinion|warning|q|a|question|answer|by|and|or|the|but|so|also|here|there|this|that|these|those|what|why|how|when|where|who|which|it|he|she|they|we|i|you)$/;

/** Words naming a speaker's side after its name in a headline label ("Clinton camp: …"). */
const GROUP = /^(camp|campaign|aides?|allies|spokes(man|woman|person)|officials?|supporters|team|adviser|advisers)$/;

const isName = (v: SentenceView, k: number): boolean =>
  (v.mentionAt[k] ?? -1) >= 0 ||
  /^[A-Z][\p{L}'’.-]*$/u.test(
    v.text.slice((v.tokens[k]?.start ?? 0) - v.sentence.start, (v.tokens[k]?.end ?? 0) - v.sentence.start),
  ) ||
  /^(\.|'s|’s|of|de|van|von|al|bin)$/.test(v.lower[k] ?? '');

/**
 * Speech labelled by its speaker's name rather than a verb: "PENCE: Well, look, …" and headlines
 * like "Sanders: Clinton needs to …" (a short run of capitalised words before a colon at the start
 * of the sentence), and "“…” ― Carla Sanchez" (a name after a dash that follows a closing
 * quotation mark). Datelines ("LYON: …", a place before the colon) and labels like "UPDATE:" are
 * not speakers.
 */
export function labelledSpeech(v: SentenceView, places: readonly Place[]): Speech[] {
  const n = v.lower.length;
  const out: Speech[] = [];
  const colon = v.lower.indexOf(':');
  // '"PENCE: Well, …' (a transcript turn may open with a quotation mark); "Pollsters agree - Carl Bialik: “…”"
  // (a headline's label after a dash)
  const dash = v.lower.findIndex((w, i) => i < colon && /^[-–—]$/.test(w));
  const s0 = dash >= 0 ? dash + 1 : quoteMark(v, 0) === 'open' ? 1 : 0;
  // "Clinton to Planned Parenthood: …", "Mukasey at RNC: …": the speaker is the name before "to"/"at"
  const addressed = v.lower.findIndex((w, i) => i > s0 && i < colon - 1 && /^(to|at|on)$/.test(w));
  const end = addressed > 0 ? addressed - 1 : colon - 1;
  if (colon >= s0 + 1 && colon <= s0 + 6 && n - colon > 3) {
    const label: number[] = [];
    for (let x = s0; x < colon; x++) if (x !== addressed) label.push(x);
    const first = v.tokens[s0];
    const last = v.tokens[end];
    const isPlace =
      first && last && places.some((p) => p.start <= first.start && last.end <= p.end && p.start >= v.sentence.start);
    const named =
      label.every((x) => isName(v, x) || GROUP.test(v.lower[x] ?? '')) &&
      !label.some((x) => NOT_SPEAKER.test(v.lower[x] ?? '')) &&
      !GROUP.test(v.lower[s0] ?? '');
    if (named && !isPlace) {
      const speaker = refFromTokens(v, s0, end);
      const from = colon + 1 + (quoteMark(v, colon + 1) === 'open' ? 1 : 0);
      const to = lastContentToken(v);
      if (speaker && to > from) out.push({ cue: colon, speaker, from, to, direct: true });
    }
  }
  for (let d = 1; d < n - 1; d++) {
    if (!/^[―—–]$/.test(v.lower[d] ?? '') || quoteMark(v, d - 1) !== 'close') continue;
    // the name runs to the end of the sentence, a line break or the next opening mark
    let end = d + 1;
    while (
      end + 1 < n &&
      quoteMark(v, end + 1) !== 'open' &&
      !/\n/.test(
        v.text.slice((v.tokens[end]?.end ?? 0) - v.sentence.start, (v.tokens[end + 1]?.start ?? 0) - v.sentence.start),
      )
    )
      end++;
    while (end > d && /^[.,;]$/.test(v.lower[end] ?? '')) end--;
    if (end - d < 1 || end - d > 6) continue;
    let ok = true;
    for (let k = d + 1; k <= end && ok; k++) ok = isName(v, k) || v.lower[k] === ',';
    if (!ok) continue;
    let from = 0;
    for (let k = d - 2; k >= 0; k--)
      if (quoteMark(v, k) === 'open') {
        from = k + 1;
        break;
      }
    const speaker = refFromTokens(v, d + 1, end);
    const to = d - 2;
    if (speaker && to >= from) out.push({ cue: d, speaker, from, to, direct: true });
  }
  return out;
}

/**
 * "I support Trump", "he would not support mass deportation", "they support Clinton": the present/base
 * form "support" said of a pronoun, or under a modal, "do" or a negation, is seldom marked as an
 * attribution (PolNeAR); "Most voters support Trump" and those "who support" a side are.
 */
export function plainSupport(v: SentenceView, k: number): boolean {
  if (v.lower[k] !== 'support') return false;
  const pronoun = dependents(v, k, 'nsubj').some((x) => /^(i|we|you|they|he|she)$/.test(v.lower[x] ?? ''));
  const hedged = dependents(v, k, 'aux', 'advmod').some((x) =>
    /^(will|would|can|could|should|may|might|must|do|does|did|not|n't|n’t|never|'d|’d|'ll|’ll)$/.test(v.lower[x] ?? ''),
  );
  return pronoun || hedged;
}

/**
 * "Trump attacked Machado", "the paper endorsed Clinton", "critics rejected the plan": a verbal act
 * (accusing, supporting, rejecting, demanding …) is also a stance of its actor toward what it is about.
 * The speech of the event verb at token i by `speaker`: its clausal complement or object (tokens after
 * the verb). Null when the parse gives none.
 */
export function actSpeech(v: SentenceView, i: number, speaker: ActorRef): Speech | null {
  if (!v.parsed || plainSupport(v, i)) return null;
  const comp = dependents(v, i, 'ccomp', 'xcomp', 'obj')[0];
  if (comp === undefined || comp < i) return null;
  const ct = subtree(v, comp).filter((x) => x > i && !/^[,.;:"“”]$/.test(v.lower[x] ?? ''));
  const from = ct[0];
  const to = ct[ct.length - 1];
  if (from === undefined || to === undefined || to < from) return null;
  return { cue: i, speaker, from, to, direct: false };
}

export function toQuote(v: SentenceView, s: Speech): Quote | null {
  const a = v.tokens[s.from];
  const b = v.tokens[s.to];
  const c = v.tokens[s.cue];
  if (!a || !b || !c) return null;
  const cueEnd = v.lower[s.cue] === 'according' ? (v.tokens[s.cue + 1]?.end ?? c.end) : c.end;
  return {
    speaker: s.speaker,
    cue: { start: c.start, end: cueEnd },
    content: { start: a.start, end: b.end },
    direct: s.direct,
  };
}
