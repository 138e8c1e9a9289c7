/**
 * The dashboard's only way to make DOM: elements from a tag, safe attributes and children,
 * where strings always become text nodes. Nothing here parses HTML, so article text (which
 * may contain "<script>" or "onerror=") is shown, never run.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

const SAFE_URL = /^(https?:|#|\.\/|\/(?!\/))/i;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) continue;
      el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (/^on/i.test(k)) continue; // never an inline handler from data
    const val = v === true ? '' : String(v);
    if ((k === 'href' || k === 'src' || k === 'xlink:href') && !SAFE_URL.test(val)) continue;
    el.setAttribute(k, val);
  }
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Colour of a Goldstein value: red (conflict, -10) through grey (0) to green (cooperation, +10). */
export function goldsteinColour(g: number | null | undefined): string {
  if (g === null || g === undefined || Number.isNaN(g)) return '#888888';
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number, b: number, f: number) => Math.round(a + (b - a) * f);
  const [r, gr, b] =
    t < 0
      ? [mix(136, 200, -t), mix(136, 40, -t), mix(136, 40, -t)]
      : [mix(136, 30, t), mix(136, 150, t), mix(136, 60, t)];
  return `#${[r, gr, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}
