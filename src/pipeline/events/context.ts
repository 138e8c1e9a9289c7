import type { Cues } from '../../knowledge/events/index.js';
import type { SentenceView } from './view.js';

/** PLOVER contexts cued by the words of a sentence (single words and two-word cues). */
export function sentenceContexts(v: SentenceView, cues: Cues): string[] {
  const out = new Set<string>();
  for (let k = 0; k < v.lower.length; k++) {
    const w = v.lower[k] ?? '';
    for (const c of cues.contexts.get(w) ?? []) out.add(c);
    const two = `${w} ${v.lower[k + 1] ?? ''}`;
    for (const c of cues.contexts.get(two) ?? []) out.add(c);
  }
  return [...out];
}

/** Contexts of each sentence; a sentence without cues takes its paragraph's. */
export function documentContexts(views: readonly SentenceView[], cues: Cues): string[][] {
  const own = views.map((v) => sentenceContexts(v, cues));
  const byPara = new Map<number, Set<string>>();
  views.forEach((v, i) => {
    const s = byPara.get(v.sentence.paragraph) ?? new Set<string>();
    for (const c of own[i] ?? []) s.add(c);
    byPara.set(v.sentence.paragraph, s);
  });
  return views.map((v, i) =>
    (own[i]?.length ?? 0) > 0 ? (own[i] ?? []) : [...(byPara.get(v.sentence.paragraph) ?? [])],
  );
}
