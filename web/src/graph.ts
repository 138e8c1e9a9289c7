import { api, type Edge, type EventRow, type Filters, type GraphData } from './api.js';
import { clear, goldsteinColour, h, s } from './dom.js';

interface P {
  id: string;
  name: string;
  events: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** A small force layout: nodes repel, edges pull, everything drifts to the centre. Deterministic. */
export function layout(data: GraphData, width: number, height: number): Map<string, P> {
  const n = data.nodes.length;
  const pts = new Map<string, P>(
    data.nodes.map((d, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, n);
      return [
        d.id,
        { ...d, x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a), vx: 0, vy: 0 },
      ];
    }),
  );
  const list = [...pts.values()];
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  for (let it = 0; it < 300; it++) {
    const cool = 1 - it / 300;
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05;
        a.vy += dy * f * 0.05;
      }
    }
    for (const e of data.edges) {
      const a = pts.get(e.source);
      const b = pts.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.05;
      a.vx += dx * f;
      a.vy += dy * f;
      b.vx -= dx * f;
      b.vy -= dy * f;
    }
    for (const p of list) {
      p.vx += (width / 2 - p.x) * 0.01;
      p.vy += (height / 2 - p.y) * 0.01;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1;
      const max = 20 * cool + 1;
      p.x += (p.vx / v) * Math.min(v, max);
      p.y += (p.vy / v) * Math.min(v, max);
      p.x = Math.max(40, Math.min(width - 40, p.x));
      p.y = Math.max(30, Math.min(height - 30, p.y));
      p.vx *= 0.5;
      p.vy *= 0.5;
    }
  }
  return pts;
}

/** A node's label: its code; a sector whose country is unknown ('---INS') reads 'INS (no country)'. */
export const nodeLabel = (id: string): string => (id.startsWith('---') ? `${id.slice(3)} (no country)` : id);

/** A sentence with its trigger words in bold (text nodes only). */
export function sentenceWithTrigger(text: string, trigger: string): HTMLElement {
  const i = trigger ? text.indexOf(trigger) : -1;
  if (i < 0) return h('q', {}, text);
  return h('q', {}, text.slice(0, i), h('mark', { class: 'trigger' }, trigger), text.slice(i + trigger.length));
}

export function eventItem(e: EventRow): HTMLElement {
  return h(
    'li',
    { class: 'event', 'data-event': e.event },
    h('span', { class: `badge t-${e.event}` }, e.event),
    ' ',
    h('strong', {}, `${e.actorName ?? e.actorCode ?? '?'} → ${e.recipientName ?? e.recipientCode ?? '—'}`),
    ' ',
    h(
      'span',
      { class: 'muted' },
      [e.date, e.status !== 'asserted' ? e.status : null, e.placeName].filter(Boolean).join(' · '),
    ),
    h('div', {}, sentenceWithTrigger(e.text, e.eventText)),
    h('a', { href: `#doc/${e.uid}`, class: 'muted' }, e.title ?? 'document'),
  );
}

async function showEdge(panel: HTMLElement, e: Edge, f: Filters): Promise<void> {
  clear(panel);
  panel.append(
    h('h3', {}, `${e.source} → ${e.target}`),
    h('p', { class: 'muted' }, `${e.events} events · Goldstein mean ${e.goldsteinMean ?? '—'}`),
  );
  const { items, total } = await api.events({ ...f, actor: e.source, recipient: e.target, limit: 100 });
  panel.append(
    h('ul', { class: 'events' }, ...items.filter((x) => x.actorCode === e.source || !x.actorCode).map(eventItem)),
  );
  if (total > items.length) panel.append(h('p', { class: 'muted' }, `${total - items.length} more not shown`));
}

export async function renderGraph(view: HTMLElement, f: Filters): Promise<void> {
  const data = await api.graph(f);
  const W = 900;
  const H = 560;
  const panel = h(
    'aside',
    { class: 'panel', id: 'edge-events' },
    h('p', { class: 'muted' }, 'Click an edge to see its events and their sentences.'),
  );
  if (data.edges.length === 0) {
    view.append(
      h('p', { class: 'empty' }, 'No actor pairs yet for these filters. Ingest articles with: dyad ingest <files>'),
    );
    return;
  }
  const pts = layout(data, W, H);
  const maxN = Math.max(...data.nodes.map((n) => n.events));
  const radius = (p: { events: number }) => 6 + 14 * Math.sqrt(p.events / Math.max(1, maxN));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'graph',
    role: 'img',
    'aria-label': 'relations between actors',
  });
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: '10',
          refY: '5',
          markerWidth: '6',
          markerHeight: '6',
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#555' }),
      ),
    ),
  );
  const edgeList = h('ul', { class: 'edge-list' });
  for (const e of data.edges) {
    const a = pts.get(e.source);
    const b = pts.get(e.target);
    if (!a || !b) continue;
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.15;
    const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.15;
    // start and end at the rims of the two nodes, so the arrow head stays visible
    const rim = (p: P, toward: { x: number; y: number }, pad: number) => {
      const dx = toward.x - p.x;
      const dy = toward.y - p.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const r = radius(p) + pad;
      return { x: p.x + (dx / d) * r, y: p.y + (dy / d) * r };
    };
    const from = rim(a, { x: mx, y: my }, 1);
    const to = rim(b, { x: mx, y: my }, 3);
    const d = `M ${from.x.toFixed(1)} ${from.y.toFixed(1)} Q ${mx.toFixed(1)} ${my.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}`;
    const pair = [e.source, e.target].sort().join('-');
    const label = `${e.source} → ${e.target}: ${e.events} event${e.events === 1 ? '' : 's'} (${e.types.join(', ')}), Goldstein mean ${e.goldsteinMean ?? '—'}`;
    const open = () => void showEdge(panel, e, f);
    svg.append(
      s(
        'path',
        {
          d,
          class: 'edge',
          'data-edge': `${e.source}->${e.target}`,
          'data-pair': pair,
          stroke: goldsteinColour(e.goldsteinMean),
          'stroke-width': (1.5 + 2 * Math.sqrt(e.events)).toFixed(1),
          fill: 'none',
          'marker-end': 'url(#arrow)',
          tabindex: '0',
          onclick: open,
          onkeydown: (ev: Event) => {
            if ((ev as KeyboardEvent).key === 'Enter') open();
          },
        },
        s('title', {}, label),
      ),
      // a wide transparent twin that catches clicks near the line
      s(
        'path',
        { d, class: 'edge-hit', stroke: 'transparent', 'stroke-width': '14', fill: 'none', onclick: open },
        s('title', {}, label),
      ),
    );
    edgeList.append(
      h('li', {}, h('button', { type: 'button', class: 'link', 'data-pair': pair, onclick: open }, label)),
    );
  }
  for (const p of pts.values()) {
    const r = radius(p);
    svg.append(
      s(
        'g',
        { class: 'node', 'data-node': p.id, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})` },
        s('circle', { r: r.toFixed(1) }),
        s('text', { y: (-r - 4).toFixed(1), 'text-anchor': 'middle' }, nodeLabel(p.id)),
        s('title', {}, `${p.name} (${p.id}): ${p.events} events`),
      ),
    );
  }
  const legend = h(
    'p',
    { class: 'legend' },
    h('span', { class: 'swatch', style: `background:${goldsteinColour(-10)}` }),
    ' conflict ',
    h('span', { class: 'swatch', style: `background:${goldsteinColour(0)}` }),
    ' neutral ',
    h('span', { class: 'swatch', style: `background:${goldsteinColour(10)}` }),
    ' cooperation · width = number of events',
  );
  view.append(
    h(
      'section',
      { class: 'graph-wrap' },
      h('div', {}, svg, legend, h('details', {}, h('summary', {}, 'All edges'), edgeList)),
      panel,
    ),
  );
}
