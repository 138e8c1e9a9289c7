import { ensureDashboard, startServer } from '../api/index.js';
import { DyadError, toDyadError } from '../core/errors.js';
import { openStore, workerPool } from '../store/index.js';
import { parse } from './args.js';
import type { Io } from './io.js';
import { dbOf } from './store-args.js';

export const SERVE_HELP = `Usage: dyad serve [--db FILE] [--host ADDR] [--port N] [--token T]

Serves the HTTP API (OpenAPI at /openapi.json) and the dashboard: relations
graph, claims ledger, map, timeline and document view. The dashboard is built
with Vite on first use.

Options:
  --db FILE        database file (default ./dyad.duckdb, or DYAD_DB)
  --host ADDR      address to bind (default 127.0.0.1). On any non-loopback
                   address, writes (POST /documents) need the bearer token.
  --port N         port (default 8484; 0 picks a free one)
  --token T        bearer token for writes (or DYAD_TOKEN)
  --max-body N     largest request body in bytes (default 5242880)
  --workers N      worker threads that code posted documents (default 1), so
                   coding never blocks the server's own thread
  --no-dashboard   serve the API only
  -h, --help       show this help
`;

export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8484' },
    token: { type: 'string' },
    'max-body': { type: 'string' },
    workers: { type: 'string', default: '1' },
    'no-dashboard': { type: 'boolean' },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return 0;
  }
  if (positionals.length) throw new DyadError('E010', `unexpected argument "${positionals[0]}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new DyadError('E010', `--port "${values.port}" is not a port number`);
  const maxBody = values['max-body'] !== undefined ? Number(values['max-body']) : undefined;
  if (maxBody !== undefined && !(Number.isInteger(maxBody) && maxBody > 0))
    throw new DyadError('E010', '--max-body must be a positive number of bytes');
  const workers = Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64))
    throw new DyadError('E010', `--workers "${values.workers}" must be a whole number from 1 to 64`);
  const token = values.token ?? process.env.DYAD_TOKEN;
  let webRoot: string | undefined;
  if (!values['no-dashboard']) {
    try {
      webRoot = await ensureDashboard(undefined, (s) => io.err(`dyad: ${s}`));
    } catch (e) {
      // the API is still worth serving when the dashboard cannot be built (e.g. no dev dependencies)
      io.err(`dyad: ${toDyadError(e).format()}; serving the API only\n`);
    }
  }
  const store = await openStore(dbOf(values));
  // posted documents are coded in worker threads (they load the pipeline in the background)
  const coder = await workerPool(workers);
  const server = await startServer({
    store,
    coder,
    host: String(values.host),
    port,
    token,
    webRoot,
    ...(maxBody ? { maxBodyBytes: maxBody } : {}),
  });
  io.out(`dyad: serving ${store.path} at ${server.url} (API: ${server.url}openapi.json)\n`);
  if (!token && String(values.host) !== '127.0.0.1' && String(values.host) !== 'localhost') {
    io.err('dyad: no --token given: writes are refused on this address\n');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await coder.close();
  store.close();
  return 0;
}
