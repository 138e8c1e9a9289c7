import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../core/errors.js';
import { readJsonl } from '../pipeline/ingest/index.js';
import {
  type CoderPool,
  dyads,
  getDocument,
  graph,
  listActors,
  listClaims,
  listDocuments,
  listEvents,
  locations,
  type Store,
  type StoreItem,
  storeBatch,
  timeline,
  toPlain,
} from '../store/index.js';
import { loopbackHostGuard, writeGuard } from './auth.js';
import { errorResponse, validate } from './errors.js';
import { openApiDocument } from './openapi.js';
import {
  ActorsQuery,
  ClaimsQuery,
  DocumentParam,
  DocumentsQuery,
  DyadsQuery,
  EventsQuery,
  GraphQuery,
  PostDocuments,
} from './schemas.js';
import { CSP, serveDashboard } from './static.js';

export interface AppOptions {
  readonly store: Store;
  /** Codes posted documents (the API keeps one in-thread coder). */
  readonly coder: CoderPool;
  /** The address the server binds to: writes need `token` unless it is a loopback address. */
  readonly host: string;
  readonly token?: string | undefined;
  /** Largest request body in bytes (default 5 MiB). */
  readonly maxBodyBytes?: number;
  /** The built dashboard (web/dist); omitted: API only. */
  readonly webRoot?: string | undefined;
  readonly version?: string;
}

const query = (c: { req: { query(): Record<string, string> } }) => c.req.query();

/** The HTTP API (Hono): zod-validated routes over the store, one error handler, the dashboard. */
export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const app = new Hono();
  const maxSize = opts.maxBodyBytes ?? 5 * 1024 * 1024;
  app.onError((e, c) => errorResponse(c, e));
  app.notFound((c) =>
    errorResponse(c, new DyadError('E013', `no route ${c.req.method} ${new URL(c.req.url).pathname}`)),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', loopbackHostGuard(opts.host));
  app.use('*', writeGuard(opts.host, opts.token));
  app.use(
    '*',
    bodyLimit({
      maxSize,
      onError: () => {
        throw new DyadError('E004', `the request body is over the limit of ${maxSize} bytes`);
      },
    }),
  );

  const openapi = openApiDocument(opts.version ?? '0.1.0');
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/health', async (c) => {
    const [r] = await store.all(
      'SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events',
    );
    return c.json({ ok: true, ...r });
  });

  app.post('/documents', async (c) => {
    if (!(c.req.header('content-type') ?? '').includes('application/json'))
      throw new DyadError('E009', 'send JSON (Content-Type: application/json)');
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch (e) {
      throw new DyadError('E006', `the body is not JSON (${(e as Error).message})`);
    }
    const body = validate(PostDocuments, raw, 'E007', 'body');
    const inputs = Array.isArray(body) ? body : 'documents' in body ? body.documents : [body];
    const errors: ReturnType<DyadError['toJSON']>[] = [];
    const docs = [];
    // the same reader as JSONL files, so metadata and checks are identical; "line" is the index + 1
    for (const item of readJsonl(inputs.map((d) => JSON.stringify(d)).join('\n'), 'request')) {
      if ('error' in item) errors.push(item.error.toJSON());
      else docs.push(toPlain(item.doc));
    }
    const coded = await opts.coder.code(docs);
    const items: StoreItem[] = [];
    for (const r of coded) {
      if ('error' in r) errors.push(r.error);
      else items.push({ doc: r.output, source: 'api' });
    }
    const result = await storeBatch(store, items);
    if (items.length === 0 && errors[0])
      throw new DyadError(errors[0].code, errors[0].message, { line: errors[0].line ?? 1 });
    return c.json(
      {
        stored: result.stored,
        unchanged: result.unchanged,
        duplicates: result.duplicates,
        documents: result.documents,
        errors,
      },
      result.stored ? 201 : 200,
    );
  });
  app.get('/documents', async (c) =>
    c.json({ items: await listDocuments(store, validate(DocumentsQuery, query(c), 'E018', 'query')) }),
  );
  app.get('/documents/:id', async (c) => {
    const { id } = validate(DocumentParam, c.req.param(), 'E018', 'path');
    return c.json(await getDocument(store, id));
  });
  app.get('/events', async (c) => {
    const { limit, offset, ...filter } = validate(EventsQuery, query(c), 'E018', 'query');
    return c.json(await listEvents(store, filter, { limit, offset }));
  });
  app.get('/actors', async (c) => {
    const q = validate(ActorsQuery, query(c), 'E018', 'query');
    return c.json({ items: await listActors(store, q) });
  });
  app.get('/dyads', async (c) => {
    const { interval, limit, offset, ...filter } = validate(DyadsQuery, query(c), 'E018', 'query');
    return c.json({ interval, limit, offset, items: await dyads(store, filter, interval, limit, offset) });
  });
  app.get('/claims', async (c) =>
    c.json({ items: await listClaims(store, validate(ClaimsQuery, query(c), 'E018', 'query')) }),
  );
  app.get('/graph', async (c) => {
    const { maxEdges, ...filter } = validate(GraphQuery, query(c), 'E018', 'query');
    return c.json(await graph(store, filter, maxEdges));
  });
  const Filter = EventsQuery.omit({ limit: true, offset: true });
  app.get('/timeline', async (c) =>
    c.json({ items: await timeline(store, validate(Filter, query(c), 'E018', 'query')) }),
  );
  app.get('/locations', async (c) =>
    c.json({ items: await locations(store, validate(Filter, query(c), 'E018', 'query')) }),
  );

  if (opts.webRoot) {
    const dash = serveDashboard(opts.webRoot);
    app.get('*', (c) => dash(c));
  } else {
    app.get('/', (c) => {
      c.header('Content-Security-Policy', CSP);
      return c.text('dyad API: see /openapi.json');
    });
  }
  return app;
}
