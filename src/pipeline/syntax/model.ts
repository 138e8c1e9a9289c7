/**
 * The syntax model and its binary file: "DYADSYN1", a uint32 header length, a JSON header
 * (tag and label inventories, lemmatiser, metadata, where each array lies) and raw typed-array
 * buffers, read with one readFileSync and typed-array views.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import type { LemmaData } from './lemma.js';
import type { LabelSet } from './parser.js';
import { type PackedWeights, Weights } from './weights.js';

export interface SyntaxModelData {
  readonly meta: Record<string, unknown>;
  /** Joint tags "UPOS\tXPOS", by tag id. */
  readonly tags: readonly string[];
  readonly labels: readonly string[];
  readonly allowedLeft: readonly number[];
  readonly allowedRight: readonly number[];
  readonly lemma: LemmaData;
  readonly tagger: PackedWeights;
  readonly mover: PackedWeights;
  readonly labeler: PackedWeights;
  /** Word clusters: lower-case word hashes and their cluster ids (same order). */
  readonly clusterKeys: Uint32Array;
  readonly clusterIds: Int32Array;
}

export interface SyntaxModel {
  readonly meta: Record<string, unknown>;
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** UPOS id of each joint tag id. */
  readonly utag: Int32Array;
  readonly labelSet: LabelSet;
  readonly lemma: LemmaData;
  readonly tagger: Weights;
  readonly mover: Weights;
  readonly labeler: Weights;
  readonly clusters: ReadonlyMap<number, number>;
}

const MAGIC = 'DYADSYN1';
type Arr = Uint32Array | Uint8Array | Int16Array | Int32Array;
const KINDS = { u32: Uint32Array, u8: Uint8Array, i16: Int16Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;
const kindOf = (a: Arr): Kind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint8Array ? 'u8' : a instanceof Int16Array ? 'i16' : 'i32';

/** UPOS id (by order of first appearance) of each joint "UPOS\tXPOS" tag. */
export function uposIds(tags: readonly string[]): Int32Array {
  const seen: string[] = [];
  const out = new Int32Array(tags.length);
  tags.forEach((t, i) => {
    const u = t.split('\t')[0] ?? '_';
    let k = seen.indexOf(u);
    if (k < 0) k = seen.push(u) - 1;
    out[i] = k;
  });
  return out;
}

export function buildModel(d: SyntaxModelData): SyntaxModel {
  const utag = uposIds(d.tags);
  const xposList = d.tags.map((t) => t.split('\t')[1] ?? '_');
  const allowed = (ids: readonly number[]) => {
    const a = new Uint8Array(d.labels.length);
    for (const i of ids) a[i] = 1;
    return a;
  };
  const clusters = new Map<number, number>();
  for (let i = 0; i < d.clusterKeys.length; i++) clusters.set(d.clusterKeys[i]!, d.clusterIds[i]!);
  return {
    meta: d.meta,
    tags: d.tags,
    upos: d.tags.map((t) => t.split('\t')[0] ?? '_'),
    xpos: xposList,
    utag,
    labelSet: {
      labels: d.labels,
      root: Math.max(0, d.labels.indexOf('root')),
      allowed: [new Uint8Array(d.labels.length), allowed(d.allowedLeft), allowed(d.allowedRight)],
    },
    lemma: d.lemma,
    tagger: new Weights(d.tagger),
    mover: new Weights(d.mover),
    labeler: new Weights(d.labeler),
    clusters,
  };
}

export function saveModel(path: string, d: SyntaxModelData): number {
  const arrays: Arr[] = [];
  const ref = (a: Arr) => arrays.push(a) - 1;
  const part = (p: PackedWeights) => ({
    classes: p.classes,
    scale: p.scale,
    keys: ref(p.keys),
    counts: ref(p.counts),
    entryClass: ref(p.entryClass),
    entryWeight: ref(p.entryWeight),
  });
  const header = {
    meta: d.meta,
    tags: d.tags,
    labels: d.labels,
    allowedLeft: d.allowedLeft,
    allowedRight: d.allowedRight,
    lemma: d.lemma,
    tagger: part(d.tagger),
    mover: part(d.mover),
    labeler: part(d.labeler),
    clusterKeys: ref(d.clusterKeys),
    clusterIds: ref(d.clusterIds),
    arrays: [] as { kind: Kind; offset: number; length: number }[],
  };
  let offset = 0;
  for (const a of arrays) {
    header.arrays.push({ kind: kindOf(a), offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headLen = Math.ceil((12 + json.length) / 8) * 8;
  const buf = Buffer.alloc(headLen + offset);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(json.length, 8);
  json.copy(buf, 12);
  arrays.forEach((a, i) => {
    const at = header.arrays[i]!;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, headLen + at.offset);
  });
  writeFileSync(path, buf);
  return buf.length;
}

export function readModelData(path: string): SyntaxModelData {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    throw new DyadError('E001', `syntax model not found: ${path}`, { file: path });
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) {
    throw new DyadError('E012', 'not a dyad syntax model', { file: path });
  }
  const len = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + len));
  const headLen = Math.ceil((12 + len) / 8) * 8;
  const ab = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  const arr = (i: number): Arr => {
    const a = header.arrays[i] as { kind: Kind; offset: number; length: number };
    return new KINDS[a.kind](ab.buffer as ArrayBuffer, ab.byteOffset + headLen + a.offset, a.length);
  };
  const part = (p: Record<string, number>): PackedWeights => ({
    classes: p.classes!,
    scale: p.scale!,
    keys: arr(p.keys!) as Uint32Array,
    counts: arr(p.counts!) as Uint8Array,
    entryClass: arr(p.entryClass!) as Uint8Array,
    entryWeight: arr(p.entryWeight!) as Int16Array,
  });
  return {
    meta: header.meta,
    tags: header.tags,
    labels: header.labels,
    allowedLeft: header.allowedLeft,
    allowedRight: header.allowedRight,
    lemma: header.lemma,
    tagger: part(header.tagger),
    mover: part(header.mover),
    labeler: part(header.labeler),
    clusterKeys: arr(header.clusterKeys) as Uint32Array,
    clusterIds: arr(header.clusterIds) as Int32Array,
  };
}

export function loadModel(path: string): SyntaxModel {
  return buildModel(readModelData(path));
}
