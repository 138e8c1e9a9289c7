import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, type Filters } from './api.js';
import { goldsteinColour, h, s } from './dom.js';

/** Event locations on offline world shapes (world-atlas, Natural Earth 1:110m); no tile server. */
export async function renderMap(view: HTMLElement, f: Filters): Promise<void> {
  const { items } = await api.locations(f);
  const W = 960;
  const H = 500;
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1().fitSize([W, H], land);
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'map of event locations' });
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  for (const c of land.features) svg.append(s('path', { d: path(c) ?? '', class: 'country' }));
  const max = Math.max(1, ...items.map((i) => i.events));
  for (const loc of items) {
    const p = projection([loc.lon, loc.lat]);
    if (!p) continue;
    svg.append(
      s(
        'circle',
        {
          cx: p[0].toFixed(1),
          cy: p[1].toFixed(1),
          r: (3 + 12 * Math.sqrt(loc.events / max)).toFixed(1),
          class: 'place',
          fill: goldsteinColour(loc.goldsteinMean),
          'data-place': loc.name ?? '',
        },
        s(
          'title',
          {},
          `${loc.name ?? '?'}${loc.country ? `, ${loc.country}` : ''}: ${loc.events} events (${loc.types.join(', ')})`,
        ),
      ),
    );
  }
  view.append(h('h2', {}, 'Where events happened'), svg);
  if (items.length === 0) view.append(h('p', { class: 'empty' }, 'No located events for these filters.'));
  else
    view.append(
      h(
        'ul',
        { class: 'places' },
        ...items.slice(0, 30).map((l) => h('li', {}, `${l.name ?? '?'} (${l.country ?? '—'}): ${l.events}`)),
      ),
    );
}
