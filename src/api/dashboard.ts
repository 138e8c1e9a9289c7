import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';

/** The dashboard's source folder (web/) in this checkout. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

/**
 * Returns the built dashboard folder, building it with Vite first when it is missing or older
 * than its sources (web/dist is not committed: a fresh clone builds it on the first `dyad serve`).
 */
export async function ensureDashboard(
  webDir: string = WEB_DIR,
  log: (s: string) => void = () => undefined,
): Promise<string> {
  const dist = join(webDir, 'dist');
  const index = join(dist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(webDir)) return dist;
  log('building the dashboard (vite)…\n');
  try {
    const vite = await import('vite');
    await vite.build({
      root: webDir,
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true },
    });
  } catch (e) {
    throw new DyadError('E011', `the dashboard could not be built: ${(e as Error).message}`);
  }
  return dist;
}
