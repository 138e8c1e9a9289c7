import { api, type StoredDocument } from './api.js';
import { clear, h } from './dom.js';
import { sentenceWithTrigger } from './graph.js';

type Kind = 'actor' | 'trigger' | 'place' | 'time';
interface Mark {
  start: number;
  end: number;
  kind: Kind;
  label: string;
}

/** The marks to highlight: actor mentions, event triggers, places and dates. */
export function marksOf(doc: StoredDocument): Mark[] {
  const marks: Mark[] = [];
  for (const a of doc.actors)
    marks.push({
      start: a.start,
      end: a.end,
      kind: 'actor',
      label: a.code ? `${a.name ?? a.actorText} (${a.code}${a.sector ? ` ${a.sector}` : ''})` : (a.name ?? a.actorText),
    });
  for (const e of doc.events)
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', label: `${e.event} (${e.status})` });
  for (const p of doc.places)
    marks.push({ start: p.start, end: p.end, kind: 'place', label: [p.name, p.country].filter(Boolean).join(', ') });
  for (const t of doc.times) marks.push({ start: t.start, end: t.end, kind: 'time', label: t.value });
  return marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= doc.text.length);
}

/**
 * The article text as DOM: cut at every mark boundary, each piece a text node inside spans
 * for the marks covering it. The text is never parsed as HTML.
 */
export function renderText(text: string, marks: readonly Mark[]): HTMLElement {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = h('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    const piece = text.slice(a, b);
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    if (over.length === 0) {
      root.append(document.createTextNode(piece));
      continue;
    }
    root.append(
      h(
        'span',
        {
          class: over.map((m) => `hl-${m.kind}`).join(' '),
          title: over.map((m) => `${m.kind}: ${m.label}`).join('\n'),
        },
        piece,
      ),
    );
  }
  return root;
}

const refs = (r: { name: string | null; actorText: string; code: string | null }[]) =>
  r.map((x) => `${x.name ?? x.actorText}${x.code ? ` (${x.code})` : ''}`).join(', ') || '—';

function explainEvent(doc: StoredDocument, e: StoredDocument['events'][number]): HTMLElement {
  return h(
    'li',
    { class: 'event', 'data-event': e.event },
    h('span', { class: `badge t-${e.event}` }, e.event),
    ' ',
    h('strong', {}, `${refs(e.actor)} → ${refs(e.recipient)}`),
    ' ',
    h(
      'span',
      { class: 'muted' },
      [
        e.status,
        e.date,
        e.eventLoc?.name,
        e.cameo ? `CAMEO ${e.cameo}` : null,
        e.goldstein !== null ? `Goldstein ${e.goldstein}` : null,
        `confidence ${e.confidence.toFixed(2)}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    h('div', {}, 'trigger: ', h('mark', { class: 'trigger' }, doc.text.slice(e.trigger.start, e.trigger.end))),
    h('div', { class: 'sentence' }, sentenceWithTrigger(e.text, e.eventText)),
    e.attributedTo ? h('div', { class: 'muted' }, `according to ${refs([e.attributedTo])}`) : null,
    e.explain?.length ? h('ul', { class: 'explain' }, ...e.explain.map((x) => h('li', {}, x))) : null,
  );
}

export function renderDocument(doc: StoredDocument): HTMLElement {
  return h(
    'article',
    { class: 'document', 'data-doc': doc.store.uid },
    h('h2', {}, doc.title ?? doc.id),
    h(
      'p',
      { class: 'muted' },
      [doc.outlet, doc.published, doc.store.duplicateOf ? 'near-duplicate of an earlier article' : null]
        .filter(Boolean)
        .join(' · '),
    ),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'hl-actor' }, 'actor'),
      ' ',
      h('span', { class: 'hl-trigger' }, 'event trigger'),
      ' ',
      h('span', { class: 'hl-place' }, 'place'),
      ' ',
      h('span', { class: 'hl-time' }, 'date'),
    ),
    renderText(doc.text, marksOf(doc)),
    h('h3', {}, `Events (${doc.events.length})`),
    h('ul', { class: 'events' }, ...doc.events.map((e) => explainEvent(doc, e))),
  );
}

export async function renderDocumentView(view: HTMLElement, id: string): Promise<void> {
  view.append(renderDocument(await api.document(id)));
}

/** The document list with a box to paste an article and code it on the spot. */
export async function renderDocuments(view: HTMLElement, go: (hash: string) => void): Promise<void> {
  const status = h('p', { class: 'muted', role: 'status' });
  const text = h('textarea', {
    name: 'text',
    rows: 10,
    placeholder: 'Paste an article here (first line: headline)',
    required: true,
  });
  const published = h('input', { type: 'date', name: 'published' });
  const outlet = h('input', { type: 'text', name: 'outlet', placeholder: 'outlet' });
  const form = h(
    'form',
    {
      class: 'paste',
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        clear(status);
        status.append('Coding…');
        try {
          const r = await api.post({
            text: text.value,
            ...(published.value ? { published: published.value } : {}),
            ...(outlet.value ? { outlet: outlet.value } : {}),
          });
          const first = r.documents[0];
          if (!first) throw new Error(r.errors[0]?.message ?? 'nothing was stored');
          go(`#doc/${first.uid}`);
        } catch (e) {
          clear(status);
          status.append(`Could not code it: ${(e as Error).message}`);
        }
      },
    },
    h('h2', {}, 'Code an article'),
    text,
    h(
      'div',
      {},
      h('label', {}, 'Published ', published),
      ' ',
      h('label', {}, 'Outlet ', outlet),
      ' ',
      h('button', { type: 'submit' }, 'Code and store'),
    ),
    status,
  );
  const { items } = await api.documents();
  view.append(
    form,
    h('h2', {}, `Documents (${items.length})`),
    h(
      'ul',
      { class: 'doc-list' },
      ...items.map((d) =>
        h(
          'li',
          {},
          h('a', { href: `#doc/${d.uid}` }, d.title ?? d.id),
          ' ',
          h(
            'span',
            { class: 'muted' },
            [d.outlet, d.published, `${d.events} events`, d.duplicateOf ? 'near-duplicate' : null]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    ),
  );
}
