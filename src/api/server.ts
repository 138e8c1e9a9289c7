import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { CoderPool, Store } from '../store/index.js';
import { createApp } from './app.js';

export interface ServerOptions {
  readonly store: Store;
  readonly coder: CoderPool;
  readonly host?: string;
  readonly port?: number;
  readonly token?: string | undefined;
  readonly webRoot?: string | undefined;
  readonly maxBodyBytes?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the API (and dashboard) on host:port (default 127.0.0.1:8484; port 0 picks a free one). */
export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const app = createApp({ ...opts, host });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8484 }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    server.on('error', reject);
  });
}
