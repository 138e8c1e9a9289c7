import { Readability } from '@mozilla/readability';
import type { Diagnostic } from '../../core/diagnostics.js';
import { diagnostic } from '../../core/diagnostics.js';
import { createDocument, type Document, type DocumentMeta, withDiagnostics } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { InputDocument } from '../../schema/output.js';
import { analyzeLayout } from '../segment/layout.js';
import { parseHtml } from './html-dom.js';
import { checkedDate, isoDate } from './meta.js';

export type IngestItem = { readonly doc: Document } | { readonly error: DyadError };

export interface ReadOptions {
  /** Metadata given on the command line; it fills what the input does not say. */
  readonly defaults?: Partial<Pick<DocumentMeta, 'published' | 'outlet'>>;
}

function makeDoc(id: string, text: string, meta: Partial<DocumentMeta>, diags: readonly Diagnostic[]): Document {
  return withDiagnostics(createDocument(id, text, meta), diags);
}

/** A plain-text article: a headline line, an optional section line and a "Source: X" trailer are metadata. */
export function readText(
  text: string,
  id: string,
  source: string,
  opts: ReadOptions = {},
  diags: Diagnostic[] = [],
): Document {
  const layout = analyzeLayout(text);
  const title = layout.headline ? text.slice(layout.headline.start, layout.headline.end) : null;
  const section = layout.section ? text.slice(layout.section.start, layout.section.end) : null;
  return makeDoc(
    id,
    text,
    {
      title,
      section,
      outlet: layout.outlet ?? opts.defaults?.outlet ?? null,
      published: opts.defaults?.published ?? null,
      source,
    },
    diags,
  );
}

/** One JSON Lines document per non-blank line; a bad line is an error item, the rest go on. */
export function* readJsonl(text: string, file: string, opts: ReadOptions = {}): Generator<IngestItem> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const where = { file, line: i + 1 };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      yield { error: new DyadError('E006', `line is not JSON (${(e as Error).message})`, where) };
      continue;
    }
    const parsed = InputDocument.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.join('.') || 'document';
      yield { error: new DyadError('E007', `${path}: ${issue?.message ?? 'invalid'}`, where) };
      continue;
    }
    const r = parsed.data;
    if (r.text.trim() === '') {
      yield { error: new DyadError('E002', 'the document text is empty', where) };
      continue;
    }
    const diags: Diagnostic[] = [];
    const layout = analyzeLayout(r.text, { title: r.title ?? null });
    const id = r.id !== undefined ? String(r.id) : `${baseName(file)}:${i + 1}`;
    const meta: Partial<DocumentMeta> = {
      title: r.title ?? (layout.headline ? r.text.slice(layout.headline.start, layout.headline.end) : null),
      published: checkedDate(r.published, diags) ?? opts.defaults?.published ?? null,
      outlet: r.outlet ?? layout.outlet ?? opts.defaults?.outlet ?? null,
      url: r.url ?? null,
      section: layout.section ? r.text.slice(layout.section.start, layout.section.end) : null,
      source: `${file}:${i + 1}`,
    };
    yield { doc: makeDoc(id, r.text, meta, diags) };
  }
}

function metaContent(
  document: { querySelector(s: string): { getAttribute(n: string): string | null } | null },
  ...sels: string[]
): string | null {
  for (const s of sels) {
    const v = document.querySelector(s)?.getAttribute('content') ?? document.querySelector(s)?.getAttribute('datetime');
    if (v?.trim()) return v.trim();
  }
  return null;
}

/** Main text of an HTML page (Readability), with title, published date and outlet from meta tags. */
export function readHtml(html: string, id: string, source: string, opts: ReadOptions = {}): Document {
  const where = { file: source };
  if (!/<[a-z!][\s\S]*>/i.test(html)) throw new DyadError('E008', 'no HTML markup found', where);
  const diags: Diagnostic[] = [];
  let window: ReturnType<typeof parseHtml>;
  try {
    window = parseHtml(html);
  } catch (e) {
    throw new DyadError('E008', `the HTML cannot be parsed (${(e as Error).message})`, where);
  }
  const document = window.document;
  const metaTitle = metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const published = isoDate(
    metaContent(
      document,
      'meta[property="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ),
  );
  const outlet = metaContent(
    document,
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
    'meta[name="publisher"]',
  );
  let article: { title?: string | null | undefined; textContent?: string | null | undefined } | null = null;
  try {
    // Readability mutates the DOM it reads; it only needs the document interface linkedom provides
    article = new Readability(document as unknown as globalThis.Document).parse();
  } catch {
    article = null;
  }
  let text = (article?.textContent ?? '').trim();
  if (!article || text.length < 40) {
    const body = document.body?.textContent ?? document.documentElement?.textContent ?? '';
    if (body.trim().length > text.length) {
      text = body.trim();
      diags.push(diagnostic('W003', 'readability found no article; the page text was used'));
    }
  }
  text = normaliseExtracted(text);
  if (text === '') throw new DyadError('E008', 'the HTML holds no readable text', where);
  const title =
    metaTitle ?? (article?.title?.trim() || null) ?? (document.querySelector('title')?.textContent?.trim() || null);
  return makeDoc(
    id,
    text,
    {
      title,
      published: published ?? opts.defaults?.published ?? null,
      outlet: outlet ?? opts.defaults?.outlet ?? null,
      url: metaContent(document, 'meta[property="og:url"]', 'link[rel="canonical"]'),
      source,
    },
    diags,
  );
}

/** Collapses the white space Readability leaves: runs of spaces, and blank lines into paragraph breaks. */
function normaliseExtracted(s: string): string {
  return s
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

export function baseName(path: string): string {
  const b = path.split(/[\\/]/).pop() ?? path;
  return b.replace(/\.(txt|text|html?|jsonl|ndjson|json)$/i, '');
}

export { isoDate };
