import { type Filters, PLOVER_TYPES, STATUSES } from './api.js';
import { renderClaims } from './claims.js';
import { renderDocuments, renderDocumentView } from './docview.js';
import { clear, h } from './dom.js';
import { renderGraph } from './graph.js';
import { renderMap } from './map.js';
import { renderTimeline } from './timeline.js';

const view = document.getElementById('view') as HTMLElement;
const form = document.getElementById('filters') as HTMLFormElement;
const typeSelect = form.querySelector('select[name="type"]') as HTMLSelectElement;
for (const t of PLOVER_TYPES) typeSelect.append(h('option', { value: t }, t));
const statusSelect = form.querySelector('select[name="status"]') as HTMLSelectElement;
for (const t of STATUSES) statusSelect.append(h('option', { value: t }, `${t} only`));

function filters(): Filters {
  const data = new FormData(form);
  const f: Filters = {};
  for (const k of ['from', 'to', 'type', 'status'] as const) {
    const v = String(data.get(k) ?? '');
    if (v) f[k] = v;
  }
  return f;
}

let rendering = 0;
async function route(): Promise<void> {
  const mine = ++rendering;
  const hash = location.hash.replace(/^#/, '') || 'graph';
  const [tab, ...rest] = hash.split('/');
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#tabs a'))
    a.classList.toggle('active', a.dataset.tab === tab || (tab === 'doc' && a.dataset.tab === 'documents'));
  clear(view);
  view.dataset.view = tab ?? 'graph';
  view.setAttribute('aria-busy', 'true');
  const target = h('div');
  try {
    const f = filters();
    if (tab === 'claims') await renderClaims(target);
    else if (tab === 'map') await renderMap(target, f);
    else if (tab === 'timeline') await renderTimeline(target, f);
    else if (tab === 'documents') await renderDocuments(target, (x) => void (location.hash = x));
    else if (tab === 'doc') await renderDocumentView(target, decodeURIComponent(rest.join('/')));
    else await renderGraph(target, f);
  } catch (e) {
    target.append(h('p', { class: 'error' }, `Could not load this view: ${(e as Error).message}`));
  }
  if (mine !== rendering) return;
  view.append(target);
  view.setAttribute('aria-busy', 'false');
  view.dataset.ready = tab ?? 'graph';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void route();
});
window.addEventListener('hashchange', () => void route());
void route();
