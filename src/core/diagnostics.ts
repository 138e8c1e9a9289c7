import type { Span } from './span.js';

/** A non-fatal finding about a document, located in its text when it can be. */
export interface Diagnostic {
  readonly code: string; // W### for warnings, I### for information
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

export const WARNINGS = {
  W001: 'text was decoded from a legacy encoding',
  W002: 'text contained replacement characters (undecodable bytes)',
  W003: 'HTML was malformed; extracted text may be incomplete',
  W004: 'sentence is very long and was split at a hard limit',
  W005: 'published date is not a valid ISO date and was ignored',
  W006: 'document had a byte-order mark that was removed',
  W007: 'stage skipped: model or knowledge not available',
} as const;

export const diagnostic = (code: keyof typeof WARNINGS | string, message: string, span?: Span): Diagnostic =>
  span ? { code, message, start: span.start, end: span.end } : { code, message };
