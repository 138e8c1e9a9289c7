import { parseFeed } from 'feedsmith';
import { withMeta } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { type IngestItem, type IngestOptions, isoDate, parseHtml, readText } from '../pipeline/ingest/index.js';

export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml'] as const;

export const isFeedPath = (path: string): boolean => FEED_EXTENSIONS.some((x) => path.toLowerCase().endsWith(x));

/** Text of a value feedsmith returns either as a string or as `{ value }` (Atom text constructs). */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string')
    return str((v as { value: string }).value);
  return null;
}

/** Plain text of an HTML fragment, paragraphs kept apart; markup never survives into the text. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const marked = html.replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/blockquote)\b[^>]*>/gi, (m) => `${m}\n\n`);
  const { document } = parseHtml(`<!doctype html><html><body>${marked}</body></html>`);
  const junk = document.querySelectorAll('script, style, noscript');
  for (let i = junk.length - 1; i >= 0; i--) junk[i]?.remove();
  return (document.body?.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

interface FeedEntry {
  readonly title: string | null;
  readonly body: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly guid: string | null;
}

function entries(parsed: { format: string; feed: unknown }): { outlet: string | null; items: FeedEntry[] } {
  const feed = parsed.feed as Record<string, unknown>;
  const raw = (feed.items ?? feed.entries ?? []) as Record<string, unknown>[];
  const items = raw.map((it): FeedEntry => {
    const content = it.content as Record<string, unknown> | string | undefined;
    const encoded = content && typeof content === 'object' ? str(content.encoded) : null;
    const html =
      encoded ??
      str(content) ??
      str(it.description) ??
      str(it.summary) ??
      str(it.content_html) ??
      str(it.content_text) ??
      '';
    const links = (it.links as { href?: string; rel?: string }[] | undefined) ?? [];
    const link = str(it.link) ?? str(it.url) ?? links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
    const dc = it.dc as Record<string, unknown> | undefined;
    const date =
      str(it.pubDate) ?? str(it.published) ?? str(it.updated) ?? str(it.date_published) ?? str(dc?.date) ?? null;
    let published: string | null = null;
    if (date) {
      const t = Date.parse(date);
      published = isoDate(date) ?? (Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10));
    }
    const guid =
      it.guid && typeof it.guid === 'object'
        ? str((it.guid as { value?: unknown }).value)
        : (str(it.guid) ?? str(it.id));
    return {
      title: str(it.title) ? htmlToText(str(it.title) ?? '') : null,
      body: htmlToText(html),
      url: link,
      published,
      guid,
    };
  });
  return { outlet: str(feed.title), items };
}

/** One document per feed item (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed), read with feedsmith. */
export function* readFeed(content: string, file: string, opts: IngestOptions = {}): Generator<IngestItem> {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(content) as { format: string; feed: unknown };
  } catch (e) {
    yield { error: new DyadError('E015', `not an RSS, Atom or JSON feed (${(e as Error).message})`, { file }) };
    return;
  }
  const { outlet, items } = entries(parsed);
  for (const [i, it] of items.entries()) {
    const where = { file, line: i + 1 };
    const text = [it.title, it.body].filter(Boolean).join('\n\n');
    if (!it.body.trim()) {
      yield { error: new DyadError('E002', `feed item ${i + 1} has no text`, where) };
      continue;
    }
    const doc = readText(text, it.guid ?? it.url ?? `${file}#${i + 1}`, `${file}#${i + 1}`, opts);
    yield {
      doc: withMeta(doc, {
        title: it.title ?? doc.meta.title,
        url: it.url,
        published: it.published ?? doc.meta.published,
        outlet: outlet ?? doc.meta.outlet,
      }),
    };
  }
}
