/**
 * Near-duplicate detection (the same wire story in several outlets): MinHash over word
 * 4-shingles, banded for locality-sensitive lookup. Two texts whose estimated Jaccard
 * similarity is at least NEAR_DUP_THRESHOLD are near-duplicates.
 */
export const NUM_HASHES = 64;
export const BANDS = 16; // 16 bands × 4 rows: pairs above ~0.5 similarity almost always share a band
const ROWS = NUM_HASHES / BANDS;
const SHINGLE = 4;
export const NEAR_DUP_THRESHOLD = 0.7;

/** 32-bit FNV-1a of a string with a seed. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Mixes a base hash into the i-th hash function (xorshift-multiply). */
function mix(h: number, i: number): number {
  let x = (h ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export function signature(text: string): number[] {
  const sig = new Array<number>(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles(text)) {
    const base = fnv(s, 0);
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix(base, i);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

export const encodeSignature = (sig: readonly number[]): string =>
  sig.map((v) => v.toString(16).padStart(8, '0')).join('');

export function decodeSignature(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 8 <= s.length; i += 8) out.push(Number.parseInt(s.slice(i, i + 8), 16));
  return out;
}

/** The band keys under which a signature is indexed. */
export function bands(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join('.')}`);
  return out;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}
