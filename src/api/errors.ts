import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { DyadError, type ErrorCode, toDyadError } from '../core/errors.js';

/** The one place API errors become responses: coded JSON with the code's HTTP status. */
export function errorResponse(c: Context, e: unknown): Response {
  const err = toDyadError(e);
  if (err.code === 'E099' && process.env.DYAD_DEBUG) console.error(e);
  const body =
    err.code === 'E099'
      ? { ...err.toJSON(), message: 'internal error (run with DYAD_DEBUG=1 for details)' }
      : err.toJSON();
  return c.json(body, err.httpStatus as ContentfulStatusCode);
}

/** Validates with zod; the first issue becomes a coded error naming the field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, code: ErrorCode, where: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : where;
  throw new DyadError(
    code,
    `${where} ${path === where ? '' : `"${path}" `}${issue?.message ?? 'is invalid'}`.replace(/\s+/g, ' '),
  );
}
