import type { Document } from '../../core/document.js';
import type { OutputDocument } from '../../schema/output.js';
import './layers.js';

/** The output contract (spec/output.md) view of an annotated document. */
export function toOutput(doc: Document): OutputDocument {
  const L = doc.layers;
  const dates = new Map((L.eventDates ?? []).map((d) => [d.event, d]));
  const places = new Map((L.eventPlaces ?? []).map((p) => [p.event, p]));
  return {
    id: doc.id,
    title: doc.meta.title,
    published: doc.meta.published,
    outlet: doc.meta.outlet,
    url: doc.meta.url,
    section: doc.meta.section,
    text: doc.text,
    sentences: (L.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    events: (L.events ?? []).map((e) => {
      const d = dates.get(e.id);
      const p = places.get(e.id);
      return { ...e, date: d ? d.date : e.date, eventLoc: p ? p.place : e.eventLoc };
    }),
    claims: [...(L.claims ?? [])],
    actors: [...(L.mentions ?? [])],
    places: [...(L.places ?? [])],
    times: [...(L.times ?? [])],
    quotes: [...(L.quotes ?? [])],
    diagnostics: doc.diagnostics.map((d) => ({ ...d })),
  };
}
