import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';

/** Normalises a published date to ISO `YYYY-MM-DD` (or keeps `YYYY-MM` / `YYYY`); null when unreadable. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(s);
  if (m?.[1]) return m[1];
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  const t = Date.parse(s);
  if (!Number.isNaN(t) && /[a-z]{3}|\d{4}/i.test(s)) return new Date(t).toISOString().slice(0, 10);
  return null;
}

export function checkedDate(value: unknown, out: Diagnostic[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  const d = isoDate(value);
  if (d === null) out.push(diagnostic('W005', `published date "${String(value)}" is not a date and was ignored`));
  return d;
}
