/**
 * Coded errors. Every failure a user can meet has a stable code (E###) and a message that
 * names the file (and line, for JSONL). The catalogue below is the single list of codes;
 * the CLI prints them without a stack trace and the HTTP API maps them with `httpStatus`.
 */
export const ERRORS = {
  E001: { title: 'file not found', http: 404 },
  E002: { title: 'empty input', http: 400 },
  E003: { title: 'binary input', http: 415 },
  E004: { title: 'input too large', http: 413 },
  E005: { title: 'undecodable text', http: 400 },
  E006: { title: 'invalid JSON', http: 400 },
  E007: { title: 'invalid document', http: 422 },
  E008: { title: 'malformed HTML', http: 400 },
  E009: { title: 'unsupported input type', http: 415 },
  E010: { title: 'bad command-line usage', http: 400 },
  E011: { title: 'pipeline misconfigured', http: 500 },
  E012: { title: 'knowledge or model file invalid', http: 500 },
  E013: { title: 'not found', http: 404 },
  E014: { title: 'unauthorized', http: 401 },
  E015: { title: 'malformed feed', http: 400 },
  E016: { title: 'storage failure', http: 500 },
  E017: { title: 'read-only query required', http: 400 },
  E018: { title: 'invalid request parameters', http: 400 },
  E099: { title: 'internal error', http: 500 },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
}

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = 'DyadError';
    this.code = code;
    this.location = location;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }

  /** `file:line: E003 binary input: …` — the one-line form the CLI prints. */
  format(): string {
    const where = this.location.file
      ? `${this.location.file}${this.location.line ? `:${this.location.line}` : ''}: `
      : '';
    return `${where}${this.code} ${ERRORS[this.code].title}: ${this.message}`;
  }

  toJSON(): { code: ErrorCode; error: string; message: string; file?: string; line?: number } {
    return { code: this.code, error: ERRORS[this.code].title, message: this.message, ...this.location };
  }
}

export const isDyadError = (e: unknown): e is DyadError => e instanceof DyadError;

/** Wraps anything thrown into a DyadError (unknown failures become E099). */
export function toDyadError(e: unknown, location: ErrorLocation = {}): DyadError {
  if (isDyadError(e)) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new DyadError('E099', msg, location);
}
