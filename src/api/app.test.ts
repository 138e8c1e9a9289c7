import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { type CoderPool, openStore, type Store, storeBatch, workerPool } from '../store/index.js';
import { FIXTURE_TEXT, fixtureDocument } from '../store/test-fixtures.js';
import { createApp } from './app.js';

/** A coder that returns the fixture's annotations for any posted text built like the fixture. */
const fakeCoder: CoderPool = {
  size: 0,
  code: async (docs) =>
    docs.map((d) => ({ output: fixtureDocument({ id: d.id, text: d.text }), source: d.meta.source })),
  close: async () => undefined,
};

let store: Store;
let app: Hono;
before(async () => {
  store = await openStore(':memory:');
  await storeBatch(store, [{ doc: fixtureDocument() }]);
  app = createApp({ store, coder: fakeCoder, host: '127.0.0.1', maxBodyBytes: 4096 });
});
after(() => store.close());

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('HTTP API', () => {
  it('serves an OpenAPI document describing every route', async () => {
    const r = await app.request('/openapi.json');
    assert.equal(r.status, 200);
    const doc = (await r.json()) as {
      openapi: string;
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/documents', '/documents/{id}', '/events', '/actors', '/dyads', '/claims', '/graph'])
      assert.ok(doc.paths[p], p);
    assert.ok(doc.paths['/events']?.get?.parameters?.some((p) => p.name === 'actor'));
  });

  it('filters and paginates events', async () => {
    const r = await app.request('/events?actor=FRD&type=ACCUSE,AGREE&limit=1');
    assert.equal(r.status, 200);
    const page = (await r.json()) as { total: number; items: { event: string }[] };
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
  });

  it('answers a bad query parameter with a coded 400 naming the parameter', async () => {
    for (const q of [
      '/events?type=HUG',
      '/events?limit=0',
      '/events?from=yesterday',
      '/dyads?interval=fortnight',
      '/graph?maxEdges=-1',
    ]) {
      const r = await app.request(q);
      assert.equal(r.status, 400, q);
      const body = (await r.json()) as { code: string; message: string };
      assert.equal(body.code, 'E018');
      assert.match(body.message, /type|limit|from|interval|maxEdges/);
    }
  });

  it('answers an invalid posted document with a coded 422 and bad JSON with 400', async () => {
    const r = await app.request('/documents', json({ title: 'no text' }));
    assert.equal(r.status, 422);
    assert.equal(((await r.json()) as { code: string }).code, 'E007');
    const bad = await app.request('/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":',
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: string }).code, 'E006');
    const empty = await app.request('/documents', json({ text: '   ' }));
    assert.equal(((await empty.json()) as { code: string }).code, 'E002');
  });

  it('refuses a request body over the size limit with 413', async () => {
    const r = await app.request('/documents', json({ text: 'x'.repeat(10_000) }));
    assert.equal(r.status, 413);
    assert.equal(((await r.json()) as { code: string }).code, 'E004');
  });

  it('codes and stores posted documents, then serves them with all annotations', async () => {
    const text = FIXTURE_TEXT.replace('propaganda', 'a fabrication by the press');
    const r = await app.request('/documents', json({ documents: [{ id: 'posted', text, published: '2020-03-05' }] }));
    assert.equal(r.status, 201);
    const body = (await r.json()) as { stored: number; documents: { uid: string }[] };
    assert.equal(body.stored, 1);
    const again = await app.request('/documents', json([{ id: 'posted', text }]));
    assert.equal(((await again.json()) as { unchanged: number }).unchanged, 1);
    const doc = (await (await app.request(`/documents/${body.documents[0]?.uid}`)).json()) as {
      id: string;
      events: unknown[];
      claims: unknown[];
    };
    assert.equal(doc.id, 'posted');
    assert.equal(doc.events.length, 4);
    const missing = await app.request('/documents/nothing-here');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'E013');
  });

  it('serves graph, dyads, actors and the claims ledger', async () => {
    const g = (await (await app.request('/graph')).json()) as { edges: { source: string; target: string }[] };
    assert.ok(g.edges.some((e) => e.source === 'FRD' && e.target === 'SYL'));
    const d = (await (await app.request('/dyads?interval=week&actor=SYL')).json()) as { items: { REJECT: number }[] };
    assert.ok(d.items.some((x) => x.REJECT >= 1));
    const a = (await (await app.request('/actors?q=fr')).json()) as { items: { code: string }[] };
    assert.deepEqual(
      a.items.map((x) => x.code),
      ['FRD'],
    );
    const c = (await (await app.request('/claims?actor=SYL')).json()) as {
      items: { responses: { stance: string }[] }[];
    };
    assert.equal(c.items[0]?.responses[0]?.stance, 'reject');
  });

  it('lets anyone on a loopback address write, but needs the bearer token on any other address', async () => {
    const open = createApp({ store, coder: fakeCoder, host: '0.0.0.0', token: 's3cret' });
    const post = (headers: Record<string, string>) =>
      open.request('/documents', json({ text: FIXTURE_TEXT, id: `t${Object.keys(headers).length}` }, headers));
    const none = await post({});
    assert.equal(none.status, 401);
    assert.equal(((await none.json()) as { code: string }).code, 'E014');
    assert.equal((await post({ authorization: 'Bearer wrong' })).status, 401);
    assert.ok([200, 201].includes((await post({ authorization: 'Bearer s3cret' })).status));
    assert.equal((await open.request('/events')).status, 200, 'reads stay open');
    const noToken = createApp({ store, coder: fakeCoder, host: '192.168.1.5' });
    assert.equal(
      (await noToken.request('/documents', json({ text: FIXTURE_TEXT }, { authorization: 'Bearer anything' }))).status,
      401,
    );
  });

  it('refuses requests addressed to another host name when bound to loopback (DNS rebinding)', async () => {
    const r = await app.request('http://127.0.0.1:8484/events', { headers: { host: 'evil.example:8484' } });
    assert.equal(r.status, 401);
    assert.equal(
      (await app.request('http://127.0.0.1:8484/events', { headers: { host: '127.0.0.1:8484' } })).status,
      200,
    );
    assert.equal((await app.request('http://localhost/events')).status, 200);
  });

  it('answers an unknown route with a coded 404', async () => {
    const r = await app.request('/nope');
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as { code: string }).code, 'E013');
  });

  it('codes posted documents in a worker thread while the server thread keeps answering', async () => {
    const pool = await workerPool(1); // what `dyad serve` uses
    const s = await openStore(':memory:');
    try {
      const a = createApp({ store: s, coder: pool, host: '127.0.0.1' });
      const text =
        'Freedonia accused Sylvania on Monday of massing troops at the border. Sylvania rejected the charge.';
      let posted = false;
      const post = Promise.resolve(a.request('/documents', json({ id: 'w1', text, published: '2020-03-02' }))).then(
        (r: Response) => {
          posted = true;
          return r;
        },
      );
      // the worker is still loading the pipeline: this thread is free, and reads are answered
      const health = await a.request('/health');
      assert.equal(health.status, 200);
      assert.equal(posted, false);
      const r = await post;
      assert.equal(r.status, 201);
      const body = (await r.json()) as { stored: number; documents: { id: string }[] };
      assert.equal(body.stored, 1);
      assert.equal(body.documents[0]?.id, 'w1');
      assert.equal(pool.size, 1);
    } finally {
      await pool.close();
      s.close();
    }
  });
});
