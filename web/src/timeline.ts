import { api, type Filters, PLOVER_TYPES } from './api.js';
import { clear, h, s } from './dom.js';
import { eventItem } from './graph.js';
import { type Column, timelineColumns } from './timeline-columns.js';

const PALETTE = [
  '#1b9e77',
  '#66a61e',
  '#4daf4a',
  '#a6d854',
  '#8dd3c7',
  '#80b1d3',
  '#bebada',
  '#fdb462',
  '#fb8072',
  '#e78ac3',
  '#e41a1c',
  '#ff7f00',
  '#984ea3',
  '#a65628',
  '#d95f02',
  '#7f0000',
];
export const typeColour = (t: string): string =>
  PALETTE[PLOVER_TYPES.indexOf(t as (typeof PLOVER_TYPES)[number])] ?? '#999';

/** Events per period (day, month or year), stacked by PLOVER type; a click lists a bar's events. */
export async function renderTimeline(view: HTMLElement, f: Filters): Promise<void> {
  const { items } = await api.timeline(f);
  view.append(h('h2', {}, 'Timeline of events by type'));
  const { unit, columns } = timelineColumns(items);
  if (columns.length === 0) {
    view.append(h('p', { class: 'empty' }, 'No dated events for these filters.'));
    return;
  }
  const max = Math.max(...columns.map((c) => c.total));
  const W = 960;
  const H = 300;
  const left = 40;
  const top = 10;
  const slot = (W - left - 10) / columns.length;
  const bw = Math.min(48, slot * 0.7);
  const rotate = columns.length > 10;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H + (rotate ? 90 : 40)}`,
    class: 'timeline',
    role: 'img',
    'aria-label': `events per ${unit} by type`,
  });
  const y = (n: number) => H - (n / max) * (H - top);
  svg.append(
    s('line', { x1: left, y1: H, x2: W - 10, y2: H, class: 'axis' }),
    s('line', { x1: left, y1: top, x2: left, y2: H, class: 'axis' }),
    s('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end', class: 'tick' }, String(max)),
    s('text', { x: left - 6, y: H + 4, 'text-anchor': 'end', class: 'tick' }, '0'),
  );
  const panel = h(
    'section',
    { class: 'panel', id: 'timeline-events' },
    h('p', { class: 'muted' }, 'Click a bar to list its events.'),
  );
  columns.forEach((c, n) => {
    const x = left + slot * n + (slot - bw) / 2;
    if (c.gapBefore) {
      const gx = left + slot * n;
      svg.append(
        s('line', { x1: gx, y1: top, x2: gx, y2: H, class: 'gap' }),
        s('text', { x: gx, y: H + 16, 'text-anchor': 'middle', class: 'gap-label' }, '…'),
      );
    }
    let below = 0;
    for (const st of c.stacks) {
      const y0 = y(below + st.events);
      const g = s(
        'rect',
        {
          x: x.toFixed(1),
          y: y0.toFixed(1),
          width: bw.toFixed(1),
          height: (y(below) - y0).toFixed(1),
          fill: typeColour(st.event),
          class: 'bar',
          'data-period': c.label,
          'data-type': st.event,
          tabindex: '0',
        },
        s('title', {}, `${c.label}: ${st.events} ${st.event}`),
      );
      const open = () => void showPeriod(panel, c, st.event, f);
      g.addEventListener('click', open);
      g.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter') open();
      });
      svg.append(g);
      below += st.events;
    }
    const lx = x + bw / 2;
    svg.append(
      s(
        'text',
        rotate
          ? { x: lx, y: H + 14, 'text-anchor': 'end', transform: `rotate(-45 ${lx} ${H + 14})`, class: 'tick' }
          : { x: lx, y: H + 18, 'text-anchor': 'middle', class: 'tick' },
        c.label,
      ),
    );
  });
  const used = [...new Set(columns.flatMap((c) => c.stacks.map((st) => st.event)))];
  view.append(
    svg,
    h(
      'p',
      { class: 'legend' },
      ...used.flatMap((t) => [h('span', { class: 'swatch', style: `background:${typeColour(t)}` }), ` ${t} `]),
      h('span', { class: 'muted' }, ` · one bar per ${unit} with events; “…” marks skipped time`),
    ),
    panel,
  );
}

async function showPeriod(panel: HTMLElement, c: Column, type: string, f: Filters): Promise<void> {
  clear(panel);
  panel.append(h('h3', {}, `${type}, ${c.label}`));
  // a month or year column may reach past the date filter: keep the narrower bound
  const from = f.from && f.from > c.from ? f.from : c.from;
  const to = f.to && f.to < c.to ? f.to : c.to;
  const { items, total } = await api.events({ ...f, from, to, type, limit: 100 });
  panel.append(h('ul', { class: 'events' }, ...items.map(eventItem)));
  if (total > items.length) panel.append(h('p', { class: 'muted' }, `${total - items.length} more not shown`));
}
