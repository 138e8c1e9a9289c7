/**
 * End to end: ingest the reference article, serve the dashboard, drive Debian's Chromium
 * through playwright-core, and check the relations graph, the claims ledger, the document
 * view (including an article carrying script) and the paste-and-code box.
 * Skips when /usr/bin/chromium is absent (.ci/run installs it with apt-get).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ensureDashboard, type RunningServer, startServer } from '../../src/api/index.js';
import { type CoderPool, graph, ingest, inlineCoder, openStore, type Store } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTICLE = fileURLToPath(new URL('../../examples/voa-russia-is-afghanistan.txt', import.meta.url));
const SHOTS = process.env.DYAD_E2E_SCREENSHOTS ?? join(tmpdir(), 'dyad-e2e');
const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (install it: apt-get install chromium)`;

const XSS_TEXT =
  'Harbour workers protest in Port Emberly\n\nDockers in Port Emberly protested on Monday against new rules. ' +
  'A sign read <script>window.__xss = 1</script> and another <img src=x onerror="window.__xss = 2"> in the crowd. ' +
  'The union said <svg onload="window.__xss = 3"></svg> talks would resume.';

describe('dashboard end to end', { skip, timeout: 180_000 }, () => {
  let dir: string;
  let store: Store;
  let coder: CoderPool;
  let server: RunningServer;
  let context: BrowserContext;
  let browser: Browser | null = null;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    store = await openStore(join(dir, 'e2e.duckdb'));
    coder = await inlineCoder();
    const r = await ingest(store, [ARTICLE], { pool: coder, read: { defaults: { published: '2018-02-09' } } });
    assert.equal(r.stored, 1);
    server = await startServer({ store, coder, port: 0, webRoot: await ensureDashboard() });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    browser = context.browser();
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await coder?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (hash: string) => {
    await page.goto(`${server.url}#${hash}`);
    await page.waitForSelector(`#view[data-ready="${hash.split('/')[0]}"]`, { timeout: 30_000 });
  };

  let drawn: string[] = [];
  /** The dashboard's default status filter: what the text reports as said or done. */
  const REPORTED = ['asserted', 'historical', 'intended'] as const;
  const pairs = async (status?: readonly (typeof REPORTED)[number][]) =>
    [
      ...new Set(
        (await graph(store, status ? { status: [...status] } : {})).edges.map((e) =>
          [String(e.source), String(e.target)].sort().join('-'),
        ),
      ),
    ].sort();

  it('draws every actor pair the store holds as an edge of the relations graph', async () => {
    await open('graph');
    drawn = await page.$$eval('path.edge', (els) => els.map((e) => e.getAttribute('data-pair') ?? ''));
    await page.screenshot({ path: join(SHOTS, 'graph.png'), fullPage: true });
    const stored = await pairs(REPORTED);
    assert.ok(stored.length > 0, 'the coder found no actor pairs in the reference article');
    assert.deepEqual([...new Set(drawn)].sort(), stored);
  });

  it('leaves claimed and denied events out of the graph until "all statuses" is chosen', async () => {
    const onlyClaimed = (await pairs()).filter((p) => !drawn.includes(p));
    assert.ok(
      onlyClaimed.length > 0,
      'the reference article has no actor pair linked only by a claimed or denied event',
    );
    await page.selectOption('select[name="status"]', '');
    await page.click('#filters button[type="submit"]');
    await page.waitForSelector('#view[data-ready="graph"]');
    await page.waitForFunction((n) => document.querySelectorAll('path.edge').length >= n, drawn.length + 1);
    const all = await page.$$eval('path.edge', (els) => els.map((e) => e.getAttribute('data-pair') ?? ''));
    for (const p of onlyClaimed) assert.ok(all.includes(p), `edge ${p} missing with all statuses`);
    await page.selectOption('select[name="status"]', REPORTED.join(','));
    await page.click('#filters button[type="submit"]');
    await page.waitForFunction((n) => document.querySelectorAll('path.edge').length === n, drawn.length);
  });

  /** The edges the issue names: the coder must code them and the dashboard must draw them. */
  for (const pair of ['RUS-USA', 'PAK-USA', 'CHN-PAK']) {
    it(`shows the ${pair.replace('-', '–')} edge in the relations graph`, async () => {
      const [a, b] = pair.split('-');
      const [row] = await store.all(
        `SELECT count(*) AS n FROM events WHERE (actor_key = $1 AND recipient_key = $2) OR (actor_key = $2 AND recipient_key = $1)`,
        [a ?? '', b ?? ''],
      );
      assert.ok(Number(row?.n ?? 0) > 0, `the coder codes no event between ${a} and ${b} in the reference article`);
      assert.ok(drawn.includes(pair), `edge ${pair} missing; the graph has ${drawn.join(', ') || 'no edges'}`);
      // click a point of the curve itself (a path's box centre is usually off the line), nearest its
      // middle where no other edge is drawn over it
      const edge = `path.edge[data-pair="${pair}"]`;
      await page.locator(edge).first().scrollIntoViewIfNeeded();
      const mid = await page.$eval(edge, (el) => {
        const p = el as SVGPathElement;
        const ctm = p.getScreenCTM();
        if (!ctm) return { x: 0, y: 0 };
        let first: { x: number; y: number } | null = null;
        for (const f of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
          const m = p.getPointAtLength(p.getTotalLength() * f);
          const at = { x: m.x * ctm.a + m.y * ctm.c + ctm.e, y: m.x * ctm.b + m.y * ctm.d + ctm.f };
          first ??= at;
          // the edge or its wide transparent twin (drawn right after it) takes the click there
          const hit = document.elementFromPoint(at.x, at.y);
          if (hit === p || hit === p.nextElementSibling) return at;
        }
        return first ?? { x: 0, y: 0 };
      });
      await page.mouse.click(mid.x, mid.y);
      await page.waitForSelector('#edge-events li.event');
      assert.match((await page.textContent('#edge-events h3')) ?? '', new RegExp(`${a} → ${b}|${b} → ${a}`));
      await page.screenshot({ path: join(SHOTS, `graph-${pair}.png`), fullPage: true });
    });
  }

  it('lists "rejects the charges" in the claims ledger under the accusation it answers', async () => {
    const [row] = await store.all(
      `SELECT count(*) AS n FROM responses r JOIN events e ON e.uid = r.uid AND e.id = r.event WHERE e.text LIKE '%rejects the charges%'`,
    );
    assert.ok(Number(row?.n ?? 0) > 0, 'the coder does not link "rejects the charges" to the accusation it answers');
    await open('claims');
    await page.screenshot({ path: join(SHOTS, 'claims.png'), fullPage: true });
    const claims = await page.$$eval('article.claim', (els) =>
      els.map((el) => ({
        accused: el.querySelector('.accused')?.textContent ?? '',
        accusation: el.querySelector('.evidence-list')?.textContent ?? '',
        responses: Array.from(el.querySelectorAll('.response'), (r) => r.textContent ?? ''),
      })),
    );
    const answered = claims.find((c) => c.responses.some((r) => r.includes('rejects the charges')));
    assert.ok(
      answered,
      `no claim has the response "rejects the charges"; ledger: ${JSON.stringify(claims).slice(0, 500)}`,
    );
    assert.match(answered.accused, /USA/);
    assert.match(answered.accusation, /accuse|alleged/);
  });

  it('draws a timeline bar per day with events and lists the events of a clicked bar', async () => {
    await open('timeline');
    const periods = await page.$$eval('rect.bar', (els) => [...new Set(els.map((e) => e.getAttribute('data-period')))]);
    const [row] = await store.all(
      `SELECT count(DISTINCT date) AS n FROM events WHERE date IS NOT NULL AND status IN ('asserted', 'historical', 'intended')`,
    );
    assert.equal(periods.length, Number(row?.n ?? -1), `bars for ${periods.join(', ')}`);
    await page.click('rect.bar[data-type="ACCUSE"]');
    await page.waitForSelector('#timeline-events li.event');
    const listed = await page.$$eval('#timeline-events li.event', (els) =>
      els.map((e) => e.getAttribute('data-event')),
    );
    assert.ok(listed.length > 0 && listed.every((t) => t === 'ACCUSE'), `listed ${listed.join(', ')}`);
    await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
  });

  it('renders an article containing script and event-handler markup as text, executing nothing', async () => {
    const res = await page.request.post(`${server.url}documents`, {
      data: { id: 'xss', text: XSS_TEXT, published: '2018-02-10' },
    });
    assert.equal(res.status(), 201);
    const uid = ((await res.json()) as { documents: { uid: string }[] }).documents[0]?.uid;
    await open(`doc/${uid}`);
    const text = (await page.textContent('.article-text')) ?? '';
    assert.ok(text.includes('<script>window.__xss = 1</script>'), 'the script tag is shown as text');
    assert.ok(text.includes('onerror="window.__xss = 2"'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(
      await page.$$eval('.article-text script, .article-text img, .article-text svg', (els) => els.length),
      0,
    );
    assert.deepEqual(dialogs, []);
  });

  it('codes a pasted article on the spot and shows it with its highlights', async () => {
    await open('documents');
    await page.fill(
      'textarea[name="text"]',
      'Ministers meet in Vienna\n\nThe foreign ministers of Austria and Hungary met in Vienna on Tuesday and agreed to expand border cooperation.',
    );
    await page.fill('input[name="published"]', '2019-06-04');
    await page.click('form.paste button[type="submit"]');
    await page.waitForSelector('#view[data-ready="doc"] article.document', { timeout: 30_000 });
    assert.match((await page.textContent('article.document h2')) ?? '', /Ministers meet in Vienna/);
    await page.screenshot({ path: join(SHOTS, 'document.png'), fullPage: true });
  });
});
