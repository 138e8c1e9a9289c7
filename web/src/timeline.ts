import { api, type Filters, PLOVER_TYPES } from './api.js';
import { h, s } from './dom.js';

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

/** Events per day, stacked by PLOVER type. */
export async function renderTimeline(view: HTMLElement, f: Filters): Promise<void> {
  const { items } = await api.timeline(f);
  view.append(h('h2', {}, 'Timeline of events by type'));
  if (items.length === 0) {
    view.append(h('p', { class: 'empty' }, 'No dated events for these filters.'));
    return;
  }
  const days = [...new Set(items.map((i) => i.date))].sort();
  const first = Date.parse(days[0] ?? '');
  const last = Date.parse(days[days.length - 1] ?? '');
  const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.date, (totals.get(i.date) ?? 0) + i.events);
  const max = Math.max(...totals.values());
  const W = 960;
  const H = 300;
  const pad = 30;
  const bw = Math.max(1, (W - 2 * pad) / span - 1);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H + 40}`,
    class: 'timeline',
    role: 'img',
    'aria-label': 'events per day by type',
  });
  const stack = new Map<string, number>();
  for (const i of items) {
    const x = pad + (Math.round((Date.parse(i.date) - first) / 86400000) * (W - 2 * pad)) / span;
    const below = stack.get(i.date) ?? 0;
    const hgt = (i.events / max) * (H - pad);
    stack.set(i.date, below + hgt);
    svg.append(
      s(
        'rect',
        {
          x: x.toFixed(1),
          y: (H - below - hgt).toFixed(1),
          width: bw.toFixed(1),
          height: hgt.toFixed(1),
          fill: typeColour(i.event),
        },
        s('title', {}, `${i.date}: ${i.events} ${i.event}`),
      ),
    );
  }
  svg.append(
    s('text', { x: pad, y: H + 20 }, days[0] ?? ''),
    s('text', { x: W - pad, y: H + 20, 'text-anchor': 'end' }, days[days.length - 1] ?? ''),
  );
  const used = [...new Set(items.map((i) => i.event))];
  view.append(
    svg,
    h(
      'p',
      { class: 'legend' },
      ...used.flatMap((t) => [h('span', { class: 'swatch', style: `background:${typeColour(t)}` }), ` ${t} `]),
    ),
  );
}
