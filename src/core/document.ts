import type { Diagnostic } from './diagnostics.js';
import { DyadError } from './errors.js';

/** Facts about a document that are not annotations of its text. */
export interface DocumentMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly section: string | null;
  readonly source: string | null; // where it was read from (file path, "stdin", "api")
}

/**
 * The annotation layers a document can carry. Stages add their own layer types to this
 * interface with declaration merging (`declare module '…/core/document.js'`), so a layer's
 * type is known wherever it is read and nobody edits a central list.
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging in each stage
export interface Layers {}

export type LayerName = keyof Layers & string;

/**
 * One immutable document: the source text plus annotation layers that are only ever added.
 * Every span in every layer is a UTF-16 `{start, end}` into `text`.
 */
export interface Document {
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly layers: Readonly<Partial<Layers>>;
  readonly diagnostics: readonly Diagnostic[];
}

const emptyMeta: DocumentMeta = { title: null, published: null, outlet: null, url: null, section: null, source: null };

export function createDocument(id: string, text: string, meta: Partial<DocumentMeta> = {}): Document {
  return Object.freeze({
    id,
    text,
    meta: Object.freeze({ ...emptyMeta, ...meta }),
    layers: Object.freeze({}),
    diagnostics: Object.freeze([]),
  });
}

/**
 * A document with some fields replaced. Built field by field rather than by spreading `doc`:
 * spreading a frozen object takes V8's slow copying path, and documents are frozen (the fields
 * are those of `Document`, in its order).
 */
function derived(
  doc: Document,
  layers: Document['layers'],
  diagnostics: Document['diagnostics'],
  meta: DocumentMeta = doc.meta,
): Document {
  return Object.freeze({ id: doc.id, text: doc.text, meta, layers, diagnostics });
}

/** Returns a new document with one more layer. A layer is never replaced. */
export function addLayer<K extends LayerName>(doc: Document, name: K, value: Layers[K]): Document {
  if (name in doc.layers) throw new DyadError('E011', `layer "${name}" is already present on document ${doc.id}`);
  // Object.assign rather than a spread: spreading a frozen object takes V8's slow copying path
  // (about half the time of addLayer, called ~15 times a document); the same layers, same order
  const layers: Record<string, unknown> = Object.assign({}, doc.layers);
  layers[name] = Object.freeze(value);
  return derived(doc, Object.freeze(layers) as Document['layers'], doc.diagnostics);
}

export function hasLayer(doc: Document, name: LayerName): boolean {
  return name in doc.layers;
}

/** Reads a layer a stage declared it requires; a missing one is a pipeline bug (E011). */
export function layer<K extends LayerName>(doc: Document, name: K): Layers[K] {
  const v = doc.layers[name];
  if (v === undefined) throw new DyadError('E011', `layer "${name}" is missing on document ${doc.id}`);
  return v as Layers[K];
}

export function withDiagnostics(doc: Document, found: readonly Diagnostic[]): Document {
  if (found.length === 0) return doc;
  return derived(doc, doc.layers, Object.freeze([...doc.diagnostics, ...found]));
}

/** Returns a document with updated metadata (ingest-time only: before any layer exists). */
export function withMeta(doc: Document, meta: Partial<DocumentMeta>): Document {
  if (Object.keys(doc.layers).length > 0) throw new DyadError('E011', 'metadata can only change before annotation');
  return derived(doc, doc.layers, doc.diagnostics, Object.freeze({ ...doc.meta, ...meta }));
}
