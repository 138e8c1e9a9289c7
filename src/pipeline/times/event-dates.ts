/**
 * The `eventDates` layer: when each event happened. In order: the time expression the parse
 * attaches to the event's trigger (when there is a parse), else the nearest one in the event's
 * own clause; else the date of the statement that reports it (a time expression
 * elsewhere in the sentence: "On Thursday, officials said …"); else the date the previous
 * sentence of the same paragraph gave (the narrative goes on); else the document's `published`
 * date. Historical background without a date of its own gets none (it did not happen on the
 * publication day); with one ("in 2016") it keeps that year.
 */
import { addLayer, layer } from '../../core/document.js';
import type { Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import type { Event, Time } from '../../schema/output.js';
import type { EventDate } from '../assemble/layers.js';
import type { SyntaxLayer } from '../syntax/types.js';
import '../segment/index.js';

const CALENDAR = /^(\d{4})(?:-(W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|\d{2})(?:-(\d{2}))?)?/;

/**
 * The calendar part of a TIMEX3 value in the contract's date formats (day, week, month, year):
 * "2018-02-08TMO" → "2018-02-08", "2018-W06-WE" → "2018-W06", a quarter, half or season → its
 * year; null for a reference other than the present, a duration or a set.
 */
export function calendarDate(value: string, published: string | null): string | null {
  if (value === 'PRESENT_REF') return published ? published.slice(0, 10) : null;
  const m = CALENDAR.exec(value);
  if (!m) return null;
  const part = m[2] ?? '';
  if (!part || /^XX/.test(part) || /^(?:Q|H|SP|SU|FA|WI)/.test(part)) return m[1] ?? null;
  return m[0];
}

// words and marks that open another clause between an event and a time expression
const CLAUSE_BREAK =
  /[;:"\u201c\u201d]|\b(?:said|says|say|told|tells|announced|announces|added|adds|stated|claimed|claims|denied|denies|accused|accuses|reported|according|that|who|which|while|after|before|when|because|since|but|although|whereas)\b/i;

const samePara = (a: Span & { paragraph?: number }, b: Span & { paragraph?: number }): boolean =>
  a.paragraph !== undefined && a.paragraph === b.paragraph;

function sentenceOf(e: Event, sentences: readonly Span[]): Span | null {
  return sentences[e.sentence] ?? sentences.find((s) => s.start <= e.trigger.start && e.trigger.end <= s.end) ?? null;
}

const distance = (a: Span, b: Span): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/** A dependency parse of the document: the syntax layer and the tokens it indexes. */
export interface Parse {
  readonly syntax: SyntaxLayer;
  readonly tokens: readonly Span[];
}

/**
 * Whether the parse attaches a time expression to the event's trigger: the head of the
 * expression (its first word whose head lies outside it), or that head's head when it is not a
 * verb ("on Thursday" → "attacked"; "the attack on Thursday" → "attack"), is a trigger word.
 */
function attached(parse: Parse, t: Span, trigger: Span): boolean {
  const { syntax, tokens } = parse;
  const within = (i: number, s: Span): boolean => {
    const k = tokens[i];
    return !!k && k.start >= s.start && k.end <= s.end;
  };
  const overlapsTrigger = (i: number): boolean => {
    const k = tokens[i];
    return !!k && k.start < trigger.end && trigger.start < k.end;
  };
  const first = tokens.findIndex((k) => k.start >= t.start);
  if (first < 0) return false;
  for (let i = first; i < tokens.length && within(i, t); i++) {
    let h = syntax.head[i] ?? -1;
    if (h < 0 || within(h, t)) continue;
    for (let step = 0; step < 2 && h >= 0; step++) {
      if (overlapsTrigger(h)) return true;
      if (syntax.upos[h] === 'VERB') break;
      h = syntax.head[h] ?? -1;
    }
    return false;
  }
  return false;
}

/** Dates for events, from the document text, its sentences and time expressions (and the parse, when there is one). */
export function dateEvents(
  text: string,
  events: readonly Event[],
  times: readonly Time[],
  sentences: readonly (Span & { readonly paragraph?: number })[],
  published: string | null,
  parse?: Parse,
): EventDate[] {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  return events.map((e): EventDate => {
    const s = sentenceOf(e, sentences);
    const inSentence = s
      ? times.filter(
          (t) =>
            t.start >= s.start &&
            t.end <= s.end &&
            (t.type === 'DATE' || t.type === 'TIME') &&
            calendarDate(t.value, pub),
        )
      : [];
    const byDistance = [...inSentence].sort((a, b) => distance(a, e.trigger) - distance(b, e.trigger));
    const onTrigger = parse ? byDistance.find((t) => attached(parse, t, e.trigger)) : undefined;
    if (onTrigger) return found(e, onTrigger, pub, 'attached');
    const sameClause = byDistance.find((t) => {
      const lo = Math.min(t.end, e.trigger.end);
      const hi = Math.max(t.start, e.trigger.start);
      return !CLAUSE_BREAK.test(text.slice(lo, hi));
    });
    if (sameClause) return found(e, sameClause, pub, 'clause');
    const statement = byDistance[0];
    if (statement) return found(e, statement, pub, 'statement');
    // a narrative goes on in the next sentence of its paragraph: "On Thursday rebels attacked
    // the town. They burned the market."
    const k = s ? sentences.indexOf(s) : -1;
    const prev = k > 0 ? sentences[k - 1] : undefined;
    if (s && prev && samePara(prev, s)) {
      const carried = times.filter(
        (t) =>
          t.start >= prev.start &&
          t.end <= prev.end &&
          (t.type === 'DATE' || t.type === 'TIME') &&
          calendarDate(t.value, pub),
      );
      const last = carried[carried.length - 1];
      if (last) return found(e, last, pub, 'previous-sentence');
    }
    if (e.status === 'historical') return { event: e.id, date: null, rule: 'historical-undated' };
    return { event: e.id, date: pub, rule: pub ? 'published' : 'undated' };
  });
}

function found(e: Event, t: Time, pub: string | null, rule: string): EventDate {
  return { event: e.id, date: calendarDate(t.value, pub), from: { start: t.start, end: t.end }, rule };
}

/** Adds `eventDates` after the events and times exist. */
export const eventDatesStage: Stage = {
  name: 'eventDates',
  requires: ['events', 'times', 'sentences'],
  provides: ['eventDates'],
  run(doc) {
    const dates = dateEvents(
      doc.text,
      layer(doc, 'events'),
      layer(doc, 'times'),
      layer(doc, 'sentences'),
      doc.meta.published,
      doc.layers.syntax && doc.layers.tokens ? { syntax: doc.layers.syntax, tokens: doc.layers.tokens } : undefined,
    );
    return addLayer(doc, 'eventDates', dates);
  },
};
