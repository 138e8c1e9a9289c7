import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');

const requireHere = createRequire(import.meta.url);

/**
 * linkedom's `parseHTML`, loaded on first use (Node caches the module): plain-text and JSONL
 * inputs never pay its start-up, about 0.2 s per process. Loaded through `require` so that
 * `readHtml` stays synchronous.
 */
export function parseHtml(html: string): ReturnType<Linkedom['parseHTML']> {
  return (requireHere('linkedom') as Linkedom).parseHTML(html);
}
