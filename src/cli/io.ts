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

function writeAll(fd: number, s: string): void {
  try {
    writeSync(fd, s);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
      writeAll(fd, s);
      return;
    }
    throw e;
  }
}

export const reportError = (io: Io, e: DyadError): void => io.err(`dyad: ${e.format()}\n`);
