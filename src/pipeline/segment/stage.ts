import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { addLayer, withDiagnostics } from '../../core/document.js';
import type { Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import { analyzeLayout, type Layout } from './layout.js';
import { type RawToken, splitSentences, type Token, tokenizeSpan } from './tokenize.js';

export interface Sentence extends Span {
  /** Index of the sentence's first token in the `tokens` layer. */
  readonly firstToken: number;
  /** Index one past its last token. */
  readonly lastToken: number;
  /** Index of the paragraph (or headline: -1) the sentence belongs to. */
  readonly paragraph: number;
}

declare module '../../core/document.js' {
  interface Layers {
    layout: Layout;
    sentences: readonly Sentence[];
    tokens: readonly Token[];
  }
}

export interface SegmentOptions {
  /** A sentence longer than this many tokens is cut (W004). */
  readonly maxSentenceTokens?: number;
}

export function segmentText(
  text: string,
  layout: Layout,
  opts: SegmentOptions = {},
): { sentences: Sentence[]; tokens: Token[]; diagnostics: Diagnostic[] } {
  const blocks: { span: Span; paragraph: number }[] = [];
  if (layout.headline) blocks.push({ span: layout.headline, paragraph: -1 });
  for (const [i, p] of layout.paragraphs.entries()) blocks.push({ span: p, paragraph: i });
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  const max = opts.maxSentenceTokens ?? 400;
  for (const b of blocks) {
    const raw: RawToken[] = tokenizeSpan(text, b.span);
    for (const [i, j] of splitSentences(text, raw, max)) {
      const first = raw[i];
      const last = raw[j - 1];
      if (!first || !last) continue;
      const s = sentences.length;
      const firstToken = tokens.length;
      for (let k = i; k < j; k++) tokens.push({ start: raw[k]!.start, end: raw[k]!.end, sentence: s });
      const span = { start: first.start, end: last.end };
      if (j - i >= max) diagnostics.push(diagnostic('W004', `sentence cut after ${max} tokens`, span));
      sentences.push({ ...span, firstToken, lastToken: tokens.length, paragraph: b.paragraph });
    }
  }
  return { sentences, tokens, diagnostics };
}

/** Layout (headline, section, trailer, paragraphs), sentences and tokens with exact offsets. */
export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  provides: ['layout', 'sentences', 'tokens'],
  run(doc, ctx) {
    const layout = analyzeLayout(doc.text, { title: doc.meta.title });
    const max = typeof ctx.options.maxSentenceTokens === 'number' ? ctx.options.maxSentenceTokens : 400;
    const { sentences, tokens, diagnostics } = segmentText(doc.text, layout, { maxSentenceTokens: max });
    let d = addLayer(doc, 'layout', layout);
    d = addLayer(d, 'sentences', sentences);
    d = addLayer(d, 'tokens', tokens);
    return withDiagnostics(d, diagnostics);
  },
};
