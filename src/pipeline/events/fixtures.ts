import { addLayer, createDocument, type Document } from '../../core/document.js';
import { emptyContext } from '../../core/pipeline.js';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event, Mention, Place, Quote } from '../../schema/output.js';
import { segmentStage } from '../segment/index.js';
import type { SyntaxLayer } from '../syntax/types.js';
import '../assemble/layers.js';
import { codeEvents } from './stage.js';

/** [surface text, code, sector]: every occurrence of the text becomes a resolved mention. */
export type MentionSpec = readonly [string, string | null, string | null];

/** The invented states the event tests are written about, each as its government. */
export const STATES: readonly MentionSpec[] = [
  ['Freedonia', 'FRE', 'GOV'],
  ['Sylvania', 'SYL', 'GOV'],
  ['Ruritania', 'RUR', 'GOV'],
  ['Osterlich', 'OST', 'GOV'],
];

export interface FixtureOptions {
  readonly mentions?: readonly MentionSpec[];
  readonly published?: string;
  /** [surface text, country]: every occurrence of the text becomes a place of that country. */
  readonly places?: readonly (readonly [string, string])[];
  /**
   * A hand-written parse of a one-sentence text, one CoNLL-like line per token:
   * "head deprel UPOS lemma [XPOS]" with 1-based heads (0 = root).
   */
  readonly parse?: readonly string[];
}

/** Builds a segmented Document with hand-made mentions (and optionally a hand-made parse) for tests. */
/** A place of the given country at `start`, its own name, with no coordinates or feature. */
export function fixturePlace(surface: string, start: number, country: string): Place {
  return {
    text: surface,
    start,
    end: start + surface.length,
    name: surface,
    country,
    admin1: null,
    lat: null,
    lon: null,
    geonameid: null,
    feature: null,
  };
}

export function fixtureDoc(text: string, opts: FixtureOptions = {}, id = 'fx'): Document {
  let doc = createDocument(id, text, opts.published ? { published: opts.published } : {});
  doc = segmentStage.run(doc, emptyContext());
  const mentions: Mention[] = [];
  for (const [surface, code, sector] of opts.mentions ?? []) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      mentions.push({
        actorText: m[0],
        name: surface,
        code,
        sector,
        role: null,
        id: null,
        start,
        end: start + surface.length,
        kind: 'name',
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  doc = addLayer(doc, 'mentions', mentions);
  if (opts.places) {
    const places: Place[] = [];
    for (const [surface, country] of opts.places)
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
        places.push(fixturePlace(surface, i, country));
    doc = addLayer(doc, 'places', places);
  }
  if (opts.parse) {
    const tokens = doc.layers.tokens ?? [];
    if (tokens.length !== opts.parse.length) {
      const words = tokens.map((t) => text.slice(t.start, t.end)).join(' | ');
      throw new Error(`parse has ${opts.parse.length} lines for ${tokens.length} tokens: ${words}`);
    }
    const syntax: SyntaxLayer = { upos: [], xpos: [], lemma: [], head: [], deprel: [] };
    const s = syntax as { upos: string[]; xpos: string[]; lemma: string[]; head: number[]; deprel: string[] };
    opts.parse.forEach((line, i) => {
      const [h = '0', rel = 'dep', upos = 'X', lemma, xpos = ''] = line.split(/\s+/);
      s.head.push(Number(h) - 1);
      s.deprel.push(rel);
      s.upos.push(upos);
      s.xpos.push(xpos);
      const t = tokens[i];
      s.lemma.push(lemma && lemma !== '_' ? lemma : t ? text.slice(t.start, t.end).toLowerCase() : '');
    });
    doc = addLayer(doc, 'syntax', syntax);
  }
  return doc;
}

/** Asserts that some coded event satisfies `pred`; the failure lists what was coded instead. */
export function assertSomeEvent<E extends { readonly event: string; readonly eventText: string }>(
  evs: readonly E[],
  pred: (e: E) => boolean,
): void {
  if (!evs.some(pred)) {
    throw new Error(
      `no coded event matches; coded: ${evs.map((e) => `${e.event}:${e.eventText}`).join(',') || 'nothing'}`,
    );
  }
}

/** Fails, naming the events that match, when any coded event matches `pred`. */
export function assertNoEvent<E extends { readonly event: string; readonly eventText: string }>(
  evs: readonly E[],
  pred: (e: E) => boolean,
): void {
  const hits = evs.filter(pred);
  if (hits.length) throw new Error(`unexpected coded event: ${hits.map((e) => `${e.event}:${e.eventText}`).join(',')}`);
}

/** A quote as the words of `text` it points at: the speaker's text (or null), the cue and the content. */
export const quoteWords = (text: string, q: Quote) => ({
  speaker: q.speaker?.actorText ?? null,
  cue: text.slice(q.cue.start, q.cue.end),
  content: text.slice(q.content.start, q.content.end),
});

/**
 * A test's event coder: codes a fixture document published 2020-05-01 with the event lexicon, loaded
 * on the first call and kept by this coder.
 */
export function fixtureCoder(): (text: string, opts?: FixtureOptions) => Event[] {
  let lex: EventLexicon | null = null;
  return (text, opts = {}) => {
    lex ??= loadEventLexicon();
    return codeEvents(fixtureDoc(text, { ...opts, published: '2020-05-01' }), lex).events;
  };
}

/** The texts of an event's actor or recipient references. */
export const actorTexts = (refs: readonly { readonly actorText: string }[]): string[] => refs.map((a) => a.actorText);
