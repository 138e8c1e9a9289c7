/**
 * Integer feature hashing. Features are built from a template number and a few integer values
 * (word hashes, tag ids, labels, distances) mixed into one 32-bit key, never by joining strings.
 */

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit integer. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `strHash(s.slice(from, to))` without the slice; with `zeroDigits`, ASCII digits count as '0'
 * (the hash of the string with its digits replaced by 0).
 */
export function strHashRange(s: string, from: number, to: number, zeroDigits: boolean): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (zeroDigits && c >= 48 && c <= 57) c = 48;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes one more value into a running hash (murmur3-style round). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = (h ^ k) | 0;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/**
 * Final avalanche; never returns 0 (0 marks an empty slot in the weight tables). The key is
 * returned as a signed 32-bit integer, which V8 keeps unboxed (an unsigned value above 2^31
 * would be a heap number allocated per feature); feature keys are stored in `Uint32Array`s,
 * where it becomes the unsigned key.
 */
export function fin(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x === 0 ? 1 : x;
}

const SEED = 0x2545f491;

/** `mix(SEED, t)` of every template number below 256 (a constant table, computed once). */
const TEMPLATE = Int32Array.from({ length: 256 }, (_, t) => mix(SEED, t));

/** The running hash after the template number `t`. */
const start = (t: number): number => ((t & ~255) === 0 ? TEMPLATE[t]! : mix(SEED, t));

export const f1 = (t: number, a: number): number => fin(mix(start(t), a));
export const f2 = (t: number, a: number, b: number): number => fin(mix(mix(start(t), a), b));
export const f3 = (t: number, a: number, b: number, c: number): number => fin(mix(mix(mix(start(t), a), b), c));
export const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  fin(mix(mix(mix(mix(start(t), a), b), c), d));
