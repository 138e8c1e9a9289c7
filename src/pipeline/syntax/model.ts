/**
 * The syntax model and its binary file: "DYADSYN1", a uint32 header length, a JSON header
 * (tag and label inventories, lemmatiser, metadata, where each array lies) and raw typed-array
 * buffers, read with one readFileSync and typed-array views.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DyadError } from '../../core/errors.js';
import type { EnsembleParams, Voter } from './ensemble.js';
import type { LemmaData } from './lemma.js';
import type { Lexicon } from './lexical.js';
import type { LabelSet } from './parser.js';
import { type TagInfo, tagInfo } from './parser-features.js';
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
  /** Second tagging pass that also sees the first pass's tags to the right (optional). */
  readonly tagger2?: PackedWeights | undefined;
  /** Right-to-left tagger whose class scores are added to the tagger's (optional; see tagger.ts). */
  readonly taggerBack?: PackedWeights | undefined;
  readonly mover: PackedWeights;
  readonly labeler: PackedWeights;
  /** Further parsers voting with the main one (mover, labeler) in the reparsing ensemble. */
  readonly voters?: readonly VoterData[] | undefined;
  /** The lexicon (see lexical.ts): lower-case word hashes and their values (same order). */
  readonly lexiconKeys: Uint32Array;
  readonly lexiconValues: Int32Array;
}

export interface VoterData {
  readonly reverse: boolean;
  readonly mover: PackedWeights;
  readonly labeler: PackedWeights;
}

export interface SyntaxModel {
  readonly meta: Record<string, unknown>;
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** UPOS id of each joint tag id. */
  readonly utag: Int32Array;
  readonly tagInfo: TagInfo;
  readonly labelSet: LabelSet;
  readonly lemma: LemmaData;
  readonly tagger: Weights;
  readonly tagger2: Weights | null;
  readonly taggerBack: Weights | null;
  readonly mover: Weights;
  readonly labeler: Weights;
  readonly lexicon: Lexicon;
  /** Whether the tagger was trained with rare-word features (header `meta.taggerRare`). */
  readonly taggerRare: boolean;
  /** Parser beam width the model was trained for (header `meta.beam`; 1 = greedy). */
  readonly beam: number;
  /** All parsers of the reparsing ensemble, the main one (mover, labeler) first. */
  readonly voters: readonly Voter[];
  /** How their votes combine (header `meta.ensemble`); null when the file has one parser. */
  readonly ensemble: EnsembleParams | null;
  /** Whether parsing uses the ensemble (header `meta.ensemble.on`, or the load option). */
  readonly useEnsemble: boolean;
}

function ensembleParams(meta: Record<string, unknown>, voters: number): EnsembleParams | null {
  const e = meta.ensemble as Partial<EnsembleParams> | undefined;
  if (voters < 2 || !e || !Array.isArray(e.weights)) return null;
  return { weights: e.weights, gamma: Number(e.gamma ?? 0), scales: Array.isArray(e.scales) ? e.scales : [] };
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
  const lexicon = new Map<number, number>();
  for (let i = 0; i < d.lexiconKeys.length; i++) lexicon.set(d.lexiconKeys[i]!, d.lexiconValues[i]!);
  const mover = new Weights(d.mover);
  const labeler = new Weights(d.labeler);
  const voters: Voter[] = [
    { mover, labeler, reverse: false },
    ...(d.voters ?? []).map((v) => ({
      mover: new Weights(v.mover),
      labeler: new Weights(v.labeler),
      reverse: v.reverse,
    })),
  ];
  const ensemble = ensembleParams(d.meta, voters.length);
  return {
    meta: d.meta,
    tags: d.tags,
    upos: d.tags.map((t) => t.split('\t')[0] ?? '_'),
    xpos: xposList,
    utag,
    tagInfo: tagInfo(d.tags, utag),
    labelSet: {
      labels: d.labels,
      root: Math.max(0, d.labels.indexOf('root')),
      allowed: [new Uint8Array(d.labels.length), allowed(d.allowedLeft), allowed(d.allowedRight)],
    },
    lemma: d.lemma,
    tagger: new Weights(d.tagger),
    tagger2: d.tagger2 ? new Weights(d.tagger2) : null,
    taggerBack: d.taggerBack ? new Weights(d.taggerBack) : null,
    mover,
    labeler,
    lexicon,
    taggerRare: d.meta.taggerRare === true,
    beam: typeof d.meta.beam === 'number' && d.meta.beam >= 1 ? Math.floor(d.meta.beam) : 1,
    voters,
    ensemble,
    useEnsemble: ensemble !== null && (d.meta.ensemble as { on?: boolean }).on === true,
  };
}

/** The same weights with features in increasing key order. */
function sortByKey(p: PackedWeights): PackedWeights {
  const n = p.keys.length;
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + p.counts[i]!;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p.keys[a]! - p.keys[b]!);
  const keys = new Uint32Array(n);
  const counts = new Uint8Array(n);
  const entryClass = new Uint8Array(p.entryClass.length);
  const entryWeight = new Int16Array(p.entryWeight.length);
  let e = 0;
  order.forEach((i, k) => {
    keys[k] = p.keys[i]!;
    counts[k] = p.counts[i]!;
    for (let j = starts[i]!; j < starts[i + 1]!; j++, e++) {
      entryClass[e] = p.entryClass[j]!;
      entryWeight[e] = p.entryWeight[j]!;
    }
  });
  return { classes: p.classes, scale: p.scale, keys, counts, entryClass, entryWeight };
}

/** Increasing keys as LEB128 varints of their differences. */
function encodeKeys(keys: Uint32Array): Uint8Array {
  const out = new Uint8Array(keys.length * 5);
  let o = 0;
  let prev = 0;
  for (let i = 0; i < keys.length; i++) {
    let d = keys[i]! - prev;
    prev = keys[i]!;
    while (d >= 0x80) {
      out[o++] = (d & 0x7f) | 0x80;
      d = Math.floor(d / 128);
    }
    out[o++] = d;
  }
  return out.slice(0, o);
}

function decodeKeys(bytes: Uint8Array, n: number): Uint32Array {
  const keys = new Uint32Array(n);
  let o = 0;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let mul = 1;
    let b: number;
    do {
      b = bytes[o++]!;
      d += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    prev += d;
    keys[i] = prev;
  }
  return keys;
}

export function saveModel(path: string, d: SyntaxModelData): number {
  const arrays: Arr[] = [];
  const ref = (a: Arr) => arrays.push(a) - 1;
  const part = (unsorted: PackedWeights) => {
    const p = sortByKey(unsorted);
    return {
      classes: p.classes,
      scale: p.scale,
      keyBytes: ref(encodeKeys(p.keys)),
      keyCount: p.keys.length,
      counts: ref(p.counts),
      entryClass: ref(p.entryClass),
      entryWeight: ref(p.entryWeight),
    };
  };
  const header = {
    meta: d.meta,
    tags: d.tags,
    labels: d.labels,
    allowedLeft: d.allowedLeft,
    allowedRight: d.allowedRight,
    lemma: d.lemma,
    tagger: part(d.tagger),
    tagger2: d.tagger2 ? part(d.tagger2) : null,
    taggerBack: d.taggerBack ? part(d.taggerBack) : null,
    mover: part(d.mover),
    labeler: part(d.labeler),
    voters: (d.voters ?? []).map((v) => ({ reverse: v.reverse, mover: part(v.mover), labeler: part(v.labeler) })),
    lexiconKeys: ref(d.lexiconKeys),
    lexiconValues: ref(d.lexiconValues),
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
    keys:
      p.keyBytes === undefined ? (arr(p.keys!) as Uint32Array) : decodeKeys(arr(p.keyBytes) as Uint8Array, p.keyCount!),
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
    tagger2: header.tagger2 ? part(header.tagger2) : undefined,
    taggerBack: header.taggerBack ? part(header.taggerBack) : undefined,
    mover: part(header.mover),
    labeler: part(header.labeler),
    voters: (
      (header.voters ?? []) as { reverse: boolean; mover: Record<string, number>; labeler: Record<string, number> }[]
    ).map((v) => ({ reverse: v.reverse, mover: part(v.mover), labeler: part(v.labeler) })),
    lexiconKeys: arr(header.lexiconKeys ?? header.clusterKeys) as Uint32Array,
    lexiconValues: arr(header.lexiconValues ?? header.clusterIds) as Int32Array,
  };
}

export function loadModel(path: string): SyntaxModel {
  return buildModel(readModelData(path));
}
