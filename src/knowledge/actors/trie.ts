import type { SeqIndex } from './types.js';

/**
 * A dictionary keyed by token sequences: the key is the normalised tokens joined by a space,
 * and the longest entry that begins with each first token is kept so a lookup tries only the
 * lengths that can match.
 */
export const emptyIndex = <T>(): SeqIndex<T> => ({ map: new Map(), maxLen: new Map(), prefixes: new Set() });

export function indexGet<T>(ix: SeqIndex<T>, keys: readonly string[]): T | undefined {
  return ix.map.get(keys.join(' '));
}

export function indexSet<T>(ix: SeqIndex<T>, keys: readonly string[], value: T, joined = keys.join(' ')): void {
  const first = keys[0];
  if (first === undefined) return;
  ix.map.set(joined, value);
  const n = keys.length;
  if ((ix.maxLen.get(first) ?? 0) < n) ix.maxLen.set(first, n);
  // proper prefixes of two or more tokens (a one-token prefix is known from maxLen)
  if (n > 2) {
    let end = first.length;
    for (let m = 1; m < n - 1; m++) {
      end += 1 + (keys[m]?.length ?? 0);
      ix.prefixes.add(joined.slice(0, end));
    }
  }
}

/**
 * Every entry that matches the tokens from `start` (given through `key`, the normalised token
 * at a position), shortest first; `end` bounds the search.
 */
export function prefixMatches<T>(
  ix: SeqIndex<T>,
  key: (i: number) => string,
  start: number,
  end: number,
): { end: number; value: T }[] {
  const first = key(start);
  const max = ix.maxLen.get(first);
  if (max === undefined) return [];
  const out: { end: number; value: T }[] = [];
  let k = first;
  const last = Math.min(end, start + max);
  for (let j = start + 1; j <= last; j++) {
    if (j > start + 1) {
      k += ` ${key(j - 1)}`;
    }
    const v = ix.map.get(k);
    if (v !== undefined) out.push({ end: j, value: v });
    // stop as soon as no longer key begins with these tokens
    if (j < last && j > start + 1 && !ix.prefixes.has(k)) break;
  }
  return out;
}

/** indexSet for a key already joined by single spaces (no token holds a space): no arrays built. */
export function indexSetJoined<T>(ix: SeqIndex<T>, joined: string, value: T): void {
  if (!joined) return;
  ix.map.set(joined, value);
  let sp = joined.indexOf(' ');
  const first = sp < 0 ? joined : joined.slice(0, sp);
  let n = 1;
  let last = -1;
  while (sp >= 0) {
    n++;
    // every proper prefix of two or more tokens: up to each space after the first
    if (last >= 0) ix.prefixes.add(joined.slice(0, sp));
    last = sp;
    sp = joined.indexOf(' ', sp + 1);
  }
  if ((ix.maxLen.get(first) ?? 0) < n) ix.maxLen.set(first, n);
}
