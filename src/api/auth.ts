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
