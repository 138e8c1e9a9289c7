import { writeSync } from 'node:fs';
import type { DyadError } from '../core/errors.js';

/** Where a command writes: injectable so tests capture output without spawning a process. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  readonly isTTY: boolean;
  stdin?: () => Buffer;
}

export const processIo = (): Io => ({
  out: (s) => writeAll(1, s),
  err: (s) => writeAll(2, s),
  isTTY: Boolean(process.stdout.isTTY),
});

/**
 * Writes every byte of s to fd. A pipe may take only part of a write (or none, with EAGAIN, when
 * the reader is slow), so it loops until the whole buffer is written; a closed pipe (EPIPE, as in
 * `dyad code … | head`) ends the process quietly.
 */
export function writeAll(fd: number, s: string, write: typeof writeSync = writeSync): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += write(fd, buf, off, buf.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        continue;
      }
      throw e;
    }
  }
}

export const reportError = (io: Io, e: DyadError): void => io.err(`dyad: ${e.format()}\n`);
