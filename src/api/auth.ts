import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../core/errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The token rule: bound to a loopback address, anyone on this machine may write; bound to any
 * other address, write requests (POST, PUT, PATCH, DELETE) need `Authorization: Bearer <token>`,
 * and with no token configured nobody may write.
 */
export function writeGuard(host: string, token: string | undefined): MiddlewareHandler {
  const open = isLoopback(host);
  return async (c, next) => {
    if (open || ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    if (!token)
      throw new DyadError(
        'E014',
        'writes are disabled on a non-loopback address unless the server has a token (--token or DYAD_TOKEN)',
      );
    const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    if (!m?.[1] || !same(m[1].trim(), token))
      throw new DyadError('E014', 'this write needs "Authorization: Bearer <token>"');
    return next();
  };
}

/** The host name of a Host header ("127.0.0.1:8484" → "127.0.0.1", "[::1]:80" → "[::1]"). */
const hostName = (header: string): string =>
  header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : (header.split(':')[0] ?? '');

/**
 * Bound to a loopback address, the server answers only requests addressed to a loopback name:
 * a web page that rebinds its own domain to 127.0.0.1 cannot read the database or write to it.
 */
export function loopbackHostGuard(host: string): MiddlewareHandler {
  const guard = isLoopback(host);
  return async (c, next) => {
    const name = hostName(c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (guard && !isLoopback(name))
      throw new DyadError('E014', `requests to this server must address it as localhost, not "${name}"`);
    return next();
  };
}
