/** Builds the lexicon (ambiguity classes, word clusters) from training sentences. */
import type { Lexical } from '../lexical.js';

/**
 * Ambiguity classes: for each word (lower-case hash) seen at least `minCount` times, the set of
 * tags it had, numbered from 1 by first appearance of the set.
 */
export function ambiguityClasses(
  sents: readonly { lx: Lexical; tags: Int32Array }[],
  minCount: number,
): Map<number, number> {
  const tagsOf = new Map<number, Map<number, number>>();
  for (const s of sents) {
    for (let i = 0; i < s.lx.n; i++) {
      const w = s.lx.lower[i]! >>> 0;
      let m = tagsOf.get(w);
      if (!m) tagsOf.set(w, (m = new Map()));
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
    }
  }
  const classIds = new Map<string, number>();
  const out = new Map<number, number>();
  for (const [w, m] of tagsOf) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minCount) continue;
    const key = [...m.keys()].sort((a, b) => a - b).join(',');
    let id = classIds.get(key);
    if (id === undefined) classIds.set(key, (id = classIds.size + 1));
    out.set(w, Math.min(id, 0xfffc));
  }
  return out;
}

/** Combines cluster ids (low 16 bits) and ambiguity class ids (high 16 bits) into one lexicon. */
export function combineLexicon(
  clusters: ReadonlyMap<number, number>,
  amb: ReadonlyMap<number, number>,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [w, c] of clusters) out.set(w, c & 0xffff);
  for (const [w, a] of amb) out.set(w, ((out.get(w) ?? 0) | (a << 16)) >>> 0);
  return out;
}
