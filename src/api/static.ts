import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The dashboard's content policy: only its own scripts run; article text can never bring any. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Serves the built dashboard (web/dist) from `root`; unknown paths get index.html (client routes). */
export function serveDashboard(root: string) {
  return (c: Context): Response => {
    const rel = decodeURIComponent(new URL(c.req.url).pathname).replace(/^\/+/, '') || 'index.html';
    let file = normalize(join(root, rel));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return c.notFound() as Response;
    if (!existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    if (!existsSync(file)) return c.text('the dashboard is not built (npm run build:web)', 404);
    c.header('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (file.includes(`${sep}assets${sep}`)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(readFileSync(file));
  };
}
