/**
 * The dashboard's DOM building, without a browser (linkedom): article text with markup in it
 * becomes text nodes, never elements, and highlights cover exactly their spans.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';

type Web = {
  dom: typeof import('../../web/src/dom.js');
  docview: typeof import('../../web/src/docview.js');
  graph: typeof import('../../web/src/graph.js');
};
let web: Web;

before(async () => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document: window.document });
  web = {
    dom: await import('../../web/src/dom.js'),
    docview: await import('../../web/src/docview.js'),
    graph: await import('../../web/src/graph.js'),
  };
});

const HOSTILE = 'Crowds chanted <script>alert(1)</script> and <img src=x onerror="alert(2)"> near the port of Emberly.';

describe('dashboard rendering', () => {
  it('renders article text containing <script> and onerror= as text, creating no elements from it', () => {
    const start = HOSTILE.indexOf('Emberly');
    const el = web.docview.renderText(HOSTILE, [{ start, end: start + 7, kind: 'place', label: 'Emberly' }]);
    assert.equal(el.textContent, HOSTILE);
    assert.equal(el.querySelectorAll('script, img').length, 0);
    assert.equal(el.querySelector('.hl-place')?.textContent, 'Emberly');
  });

  it('never sets an inline event handler or a javascript: link from data', () => {
    const a = web.dom.h(
      'a',
      { href: 'javascript:alert(1)', onmouseover: 'alert(2)', title: '<b>x</b>' },
      '<i>text</i>',
    );
    assert.equal(a.getAttribute('href'), null);
    assert.equal(a.getAttribute('onmouseover'), null);
    assert.equal(a.getAttribute('title'), '<b>x</b>');
    assert.equal(a.textContent, '<i>text</i>');
    assert.equal(a.children.length, 0);
  });

  it('splits overlapping highlights so every piece keeps all its marks', () => {
    const text = 'Russian ambassador Dedov spoke';
    const el = web.docview.renderText(text, [
      { start: 0, end: 24, kind: 'actor', label: 'RUS' },
      { start: 0, end: 7, kind: 'place', label: 'RUS' },
    ]);
    const spans = Array.from(el.querySelectorAll('span'), (s) => [s.textContent, s.getAttribute('class')]);
    assert.deepEqual(spans, [
      ['Russian', 'hl-actor hl-place'],
      [' ambassador Dedov', 'hl-actor'],
    ]);
    assert.equal(el.textContent, text);
  });

  it("labels a graph node of unknown country by its sector ('---INS' → 'INS (no country)')", () => {
    assert.equal(web.graph.nodeLabel('---INS'), 'INS (no country)');
    assert.equal(web.graph.nodeLabel('USA'), 'USA');
  });

  it('colours Goldstein from red (conflict) through grey to green (cooperation)', () => {
    const [r1, g1] = [web.dom.goldsteinColour(-10).slice(1, 3), web.dom.goldsteinColour(-10).slice(3, 5)];
    assert.ok(Number.parseInt(r1, 16) > Number.parseInt(g1, 16));
    assert.equal(web.dom.goldsteinColour(0), '#888888');
    const c = web.dom.goldsteinColour(10);
    assert.ok(Number.parseInt(c.slice(3, 5), 16) > Number.parseInt(c.slice(1, 3), 16));
  });
});
