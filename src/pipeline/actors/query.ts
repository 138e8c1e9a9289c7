import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { overlaps } from '../../core/span.js';
import type { Mention } from '../../schema/output.js';
import '../assemble/layers.js';
import '../segment/index.js';
import './stage.js';

/** The document's mentions that overlap a span, in text order. */
export function mentionsIn(doc: Document, span: Span): Mention[] {
  return (doc.layers.mentions ?? []).filter((m) => overlaps(m, span));
}

/**
 * The mention that heads the noun phrase at a token: the shortest mention containing the
 * token's span ("Russian ambassador to Pakistan, Alexey Dedov" for "Dedov" or "ambassador").
 */
export function headMentionAt(doc: Document, tokenIndex: number): Mention | null {
  const t = doc.layers.tokens?.[tokenIndex];
  if (!t) return null;
  let best: Mention | null = null;
  for (const m of doc.layers.mentions ?? []) {
    if (m.start <= t.start && t.end <= m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}

/** Follows corefOf links to the mention that names the actor in full. */
export function antecedentOf(doc: Document, m: Mention): Mention {
  const all = doc.layers.mentions ?? [];
  let cur = m;
  for (let n = 0; n < 20 && typeof cur.corefOf === 'number'; n++) {
    const next = all[cur.corefOf];
    if (!next || next === cur) break;
    cur = next;
  }
  return cur;
}

/**
 * The reference the actor list leaves out ("it", "its", "their", "the country") at a token,
 * resolved to its actor, or null.
 */
export function referenceAt(doc: Document, tokenIndex: number): Mention | null {
  const t = doc.layers.tokens?.[tokenIndex];
  if (!t) return null;
  return (doc.layers.actorReferences ?? []).find((m) => m.start <= t.start && t.end <= m.end) ?? null;
}
