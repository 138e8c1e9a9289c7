/** Speaker and content of a reporting cue by word order, where the parse gives no content. */
import type { Cues } from '../../knowledge/events/index.js';
import { quoteMark } from './quotemarks.js';
import { addresses, CLOSE, inList, lastContentToken, refFromTokens } from './speaker.js';
import { npAfter, npBefore, speakerAfterQuote, speakerBeforeComma } from './speaker-phrase.js';
import type { Draft } from './speech-finish.js';
import { openingPhrase, WHEN_SAID } from './speech-frame.js';
import type { SentenceView } from './view.js';

/** The noun phrase after cue k that may speak: none after a verb of telling, nor a phrase of time or manner ("in an email"). */
function phraseAfter(v: SentenceView, k: number): [number, number] | null {
  const np = addresses(v, k) ? null : npAfter(v, k);
  return np && v.upos[np[0]] !== 'ADP' && !WHEN_SAID.test(v.lower[np[0]] ?? '') ? np : null;
}

/**
 * Word order, for a reporting cue k the parse gave no content: "<content>, <speaker> said" /
 * "<content>, said <speaker>" / "<speaker> said (that) <content>". Fills `d`.
 */
export function wordOrderDraft(v: SentenceView, cues: Cues, inside: readonly boolean[], k: number, d: Draft): void {
  const n = v.lower.length;
  const comma = (() => {
    for (let x = k - 1; x >= 0; x--) {
      if (v.lower[x] === ',' || CLOSE.has(v.lower[x] ?? '')) return x;
      if (k - x > 10) return -1;
    }
    return -1;
  })();
  const np = npBefore(v, k);
  // "''…,'' Leonard E. Burman, director of …, said": the quotation ends at its closing mark
  let close = -1;
  for (let x = k - 1; x > 0 && close < 0; x--) if (quoteMark(v, x) === 'close') close = x;
  const end = close > 0 && (comma < 0 || comma > close) ? close : comma;
  // "But in interviews, many Democrats say <clause>": a clause after the cue is what is said
  const after = v.lower.slice(k + 1, lastContentToken(v) + 1).filter((w) => !/^[,.;:"“”']$/.test(w));
  // ("said on Monday that …": a time before "that" still opens the clause said)
  const timedThat =
    after.slice(0, 5).indexOf('that') > 0 && after.slice(0, after.indexOf('that')).every((w) => WHEN_SAID.test(w));
  const clauseAfter =
    after.length > 4 &&
    (timedThat ||
      !/^(on|in|at|last|this|yesterday|today|during|after|before|while|when|as|once|earlier|later)$/.test(
        after[0] ?? '',
      ));
  // "X said Y was “right” when he said Wednesday that …": what stands before the closing mark is
  // another speaker's report, so the clause after this cue is what is said
  let reportBefore = false;
  for (let x = 0; x < end && clauseAfter && !reportBefore; x++)
    reportBefore = !inside[x] && inList(v, x, cues.speech) && (!v.parsed || v.upos[x] === 'VERB');
  const opening = end > 0 && openingPhrase(v, 0, end) && lastContentToken(v) > k + 1;
  if (
    end > 0 &&
    !opening &&
    (!np || np[0] > end) &&
    !(clauseAfter && (quoteMark(v, end) !== 'close' || reportBefore))
  ) {
    const sp =
      np ??
      phraseAfter(v, k) ??
      (end === close ? speakerAfterQuote(v, close, k) : null) ??
      speakerBeforeComma(v, k, inside);
    if (sp) d.speaker = d.speaker ?? refFromTokens(v, sp[0], sp[1]);
    d.from = quoteMark(v, 0) === 'open' ? (v.lower[1] === "'" ? 2 : 1) : 0;
    // "Y scolded him: “…,” she said": the quotation is what is said, not the words introducing it
    if (end === close && d.from === 0) {
      let open = -1;
      for (let x = close - 1; x > 0 && open < 0; x--) if (quoteMark(v, x) === 'open') open = x;
      if (open > 0 && /^[:,]$/.test(v.lower[open - 1] ?? '')) d.from = open + 1;
    }
    d.to = end - 1;
    while (d.to > d.from && /^[,"”']$/.test(v.lower[d.to] ?? '')) d.to--;
  } else if (np || d.speaker || clauseAfter) {
    // "Angelique Brunner, a developer and spokeswoman for …, said <clause>": the speaker opens the sentence
    const first = v.mentionAt.findIndex((x, i) => x >= 0 && i < k && !inside[i]);
    const opener = first >= 0 ? ([first, v.mentionTokens[v.mentionAt[first] ?? 0]?.last ?? first] as const) : null;
    const sp = np ?? opener;
    d.speaker = d.speaker ?? (sp ? refFromTokens(v, sp[0], sp[1]) : null);
    let from = k + 1;
    while (from < n && /^(that|,|"|“|:)$/.test(v.lower[from] ?? '')) from++;
    // "said Wednesday night that …": the time of saying is not what is said
    let t = from;
    while (t < n && t - from < 4 && WHEN_SAID.test(v.lower[t] ?? '')) t++;
    if (t > from && v.lower[t] === 'that') from = t + 1;
    // "said earlier on Friday during a news conference that …": adverbial phrases before "that"
    else {
      let x = from;
      while (x < n && x - from < 10 && v.lower[x] !== 'that' && !/^(VERB|AUX|PUNCT)$/.test(v.upos[x] ?? '')) x++;
      if (x > from && v.lower[x] === 'that' && /^(ADV|ADP)$/.test(v.upos[from] ?? '')) from = x + 1;
    }
    // "told a seminar", "told reporters": skip the addressee up to "that"
    if (v.lemma[k] === 'tell') {
      const th = v.lower.indexOf('that', from);
      from = th > 0 && th - from < 6 ? th + 1 : from;
    }
    d.from = from;
    d.to = lastContentToken(v);
  }
}
