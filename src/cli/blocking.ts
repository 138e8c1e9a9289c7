/**
 * Puts standard output and error in blocking mode. Node opens pipes non-blocking, and a
 * synchronous write to a full pipe then writes only part of its text; big outputs (exports,
 * query results) piped to another program must arrive whole.
 */
export function blockingStdio(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const handle = (stream as unknown as { _handle?: { setBlocking?: (b: boolean) => unknown } })._handle;
    handle?.setBlocking?.(true);
  }
}
