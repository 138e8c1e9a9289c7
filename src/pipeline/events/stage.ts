import { addLayer } from '../../core/document.js';
import type { Context, Stage } from '../../core/pipeline.js';
import { resource } from '../../core/pipeline.js';
import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Event, Quote } from '../../schema/output.js';
import { buildEvent, triggerArgs } from './build.js';
import { buildClaims, type LedgerItem } from './claims.js';
import { documentContexts } from './context.js';
import { emitSentence } from './emit.js';
import { placeDerived } from './located.js';
import { dropBackground, hostRecipients, mergeNounSubjects, yieldToIntended } from './merge.js';
import { continueQuote, trailingAttribution } from './quotechain.js';
import { quotedTokens } from './quotemarks.js';
import { labelledSpeech, toQuote } from './quotes.js';
import { directedRecipient, stanceQuotes } from './recipients.js';
import type { EventOptions, Pending, SentenceState } from './sentence.js';
import type { Speech } from './speaker.js';
import { findSpeech } from './speech.js';
import { reportOf } from './status-past.js';
import { findTriggers, type Trigger } from './triggers.js';
import { type SentenceView, sentenceViews } from './view.js';
import '../assemble/layers.js';

export type { EventOptions } from './sentence.js';

type Doc = Parameters<Stage['run']>[0];

/**
 * The speeches of sentence `v` (their quotes added to `quotes`, with a quotation attributed after
 * it and one going on into the next sentence); `quoteOpen` says a quotation is still open at the
 * end of the previous sentence of the paragraph. Returns whether one is open at the end of `v`.
 */
function sentenceSpeech(
  doc: Doc,
  views: readonly SentenceView[],
  v: SentenceView,
  lex: EventLexicon,
  quoteOpen: boolean,
  quotes: Quote[],
): { speeches: Speech[]; open: boolean } {
  const trailing = trailingAttribution(doc.text, views, v, lex.cues.speech);
  if (trailing) quotes.push(trailing);
  const quoted = quotedTokens(v, v.sentence.paragraph !== views[v.index - 1]?.sentence.paragraph ? false : quoteOpen);
  const speeches: Speech[] = [...labelledSpeech(v, doc.layers.places ?? []), ...findSpeech(v, lex.cues, quoted.inside)];
  for (const s of speeches) {
    const q = toQuote(v, s);
    if (q) quotes.push(continueQuote(doc.text, views, v.index, q));
  }
  // an attribution with no source ("X is expected to …") makes a quote, not an event's attribution
  return { speeches: speeches.filter((s) => s.speaker), open: quoted.openAtEnd };
}

/** The act noun at c is the object right after the verb at g ("staged [mass] rallies", "carried out two raids"). */
function lightObject(v: SentenceView, g: Trigger, c: Trigger): boolean {
  if (c.i <= g.last || c.i - g.last > 4) return false;
  for (let k = g.last + 1; k < c.i; k++) if (!/^(DET|ADJ|NUM|NOUN)$/.test(v.upos[k] ?? '')) return false;
  return true;
}

/** The events of one sentence, in phases: one per trigger, then recipients, then places. */
function sentenceEvents(
  s: SentenceState,
  quotes: Quote[],
): { pending: Pending[]; accusations: Event[]; yielded: Map<Trigger, Trigger> } {
  const seen = new Map<string, Pending>();
  const pending: Pending[] = [];
  // "The US claimed that ISIL had attacked Iraq": the claim itself, an accusation of the claimed actor
  const accusations: Event[] = [];
  // "pledged to expel": intent verbs that yield to the intended act they govern (one event per act)
  const yielded = new Map<Trigger, Trigger>();
  for (const t of s.triggers) {
    const built = buildEvent(s, t, seen, yielded);
    if (!built) continue;
    pending.push(built.pending);
    const charge = built.charge;
    if (charge && !accusations.some((x) => x.trigger.start === charge.trigger.start)) accusations.push(charge);
  }
  // "Activists from the defeated party have staged rallies against X": a light verb of the same type
  // as the act noun it governs, left uncoded for want of an actor, lets the noun be coded for it
  for (const [g, complements] of s.swallowed) {
    if (!s.partyless.has(g)) continue;
    for (const c of complements) {
      if (c.pos !== 'noun' || g.pos !== 'verb' || c.info.plover !== g.info.plover || !lightObject(s.v, g, c)) continue;
      const built = buildEvent(s, c, seen, yielded, true);
      if (!built) continue;
      const at = pending.findIndex((p) => p.t.i > c.i);
      pending.splice(at < 0 ? pending.length : at, 0, built.pending);
    }
  }
  dropBackground(s.v, pending);
  stanceQuotes(s, pending, quotes);
  mergeNounSubjects(s.v, pending);
  hostRecipients(s.v, pending, s.places);
  for (const p of pending) directedRecipient(s, p);
  for (const p of pending) placeDerived(s, p);
  return { pending, accusations, yielded };
}

/** Codes the events, quotes and claims of one document. */
export function codeEvents(
  doc: Doc,
  lex: EventLexicon,
  opts: EventOptions = {},
): { events: Event[]; quotes: Quote[]; claims: ReturnType<typeof buildClaims> } {
  const views = sentenceViews(doc, lex);
  const contexts = documentContexts(views, lex.cues);
  const published = reportOf(doc.meta.published, doc.layers.times ?? []);
  const places = doc.layers.places ?? [];
  const events: Event[] = [];
  const quotes: Quote[] = [];
  const ledger: LedgerItem[] = [];
  // a quotation still open at the end of the previous sentence of the paragraph
  let quoteOpen = false;
  for (const v of views) {
    const { speeches, open } = sentenceSpeech(doc, views, v, lex, quoteOpen, quotes);
    quoteOpen = open;
    const triggers = findTriggers(v, lex);
    if (!triggers.length) continue;
    const s: SentenceState = {
      docId: doc.id,
      text: doc.text,
      v,
      lex,
      opts,
      places,
      published,
      contexts: contexts[v.index] ?? [],
      triggers,
      args: triggerArgs(v, triggers, places),
      speeches,
      swallowed: new Map(),
      partyless: new Set(),
    };
    const { pending, accusations, yielded } = sentenceEvents(s, quotes);
    yieldToIntended(pending, yielded);
    emitSentence(s, pending, accusations, events, ledger);
  }
  return { events, quotes, claims: buildClaims(doc.id, ledger) };
}

/**
 * The events stage: events, quotes and claims from the segmented, parsed, actor-resolved document.
 * It also reads the actors stage's `actorReferences` (possessives, "it") when present, and falls
 * back on word order where the parse gives no answer.
 */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'syntax', 'mentions'],
  provides: ['events', 'claims', 'quotes'],
  run(doc, ctx: Context) {
    const lex = resource<EventLexicon>(ctx, 'eventLexicon');
    const opts: EventOptions = {
      ...(ctx.options.eventsActorless === true ? { actorless: true } : {}),
      ...(ctx.options.eventsFutureConcede === true ? { futureConcede: true } : {}),
      ...(ctx.options.eventsHostedVisits === true ? { hostedVisits: true } : {}),
    };
    const { events, quotes, claims } = codeEvents(doc, lex, opts);
    let d = addLayer(doc, 'events', events);
    d = addLayer(d, 'claims', claims);
    return addLayer(d, 'quotes', quotes);
  },
};
