import cliProgress from 'cli-progress';

/** A progress line on standard error (documents done, docs/s, ETA); silent when stderr is not a terminal. */
export interface Progress {
  tick(n?: number): void;
  total(n: number): void;
  stop(): void;
}

const silent: Progress = { tick() {}, total() {}, stop() {} };

export function progress(label: string, total: number, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return silent;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0' });
  return {
    tick(n = 1) {
      done += n;
      bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) });
    },
    total(n) {
      bar.setTotal(n);
    },
    stop() {
      bar.stop();
    },
  };
}
