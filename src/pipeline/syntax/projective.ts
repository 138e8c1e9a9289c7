/**
 * Projectivisation by lifting: while some arc is crossed, the shortest non-projective arc's
 * dependent is re-attached to its head's head. Used on training trees only, so the arc-hybrid
 * dynamic oracle (exact for projective trees) applies.
 */

/** True when every word between head h and dependent d is dominated by h (heads: -1 = root). */
function arcIsProjective(heads: readonly number[], h: number, d: number): boolean {
  if (h < 0) return true;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    let steps = 0;
    while (x !== h && x >= 0 && steps++ <= heads.length) x = heads[x]!;
    if (x !== h) return false;
  }
  return true;
}

export function isProjective(heads: readonly number[]): boolean {
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, heads[d]!, d)) return false;
  return true;
}

/** Returns projective heads (a copy); the input is untouched. */
export function projectivize(heads: readonly number[]): number[] {
  const out = [...heads];
  for (let guard = 0; guard < out.length * out.length; guard++) {
    let best = -1;
    let bestLen = Number.POSITIVE_INFINITY;
    for (let d = 0; d < out.length; d++) {
      const h = out[d]!;
      if (h < 0 || arcIsProjective(out, h, d)) continue;
      const len = Math.abs(h - d);
      if (len < bestLen) {
        bestLen = len;
        best = d;
      }
    }
    if (best < 0) break;
    out[best] = out[out[best]!]!;
  }
  return out;
}
