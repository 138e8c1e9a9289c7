/**
 * Eisner's (1996) O(n³) decoder: the projective dependency tree of maximum total arc score, with
 * exactly one word attached to the root. Words are 0…n-1 and the root is n (as in the parser);
 * `score[h * n + d]` is the score of arc h → d for h in 0…n, -Infinity for arcs not allowed.
 * When no tree has a finite score the result holds -Infinity (callers always allow one tree).
 */
export function eisner(n: number, score: Float64Array): { heads: Int32Array; total: number } {
  const heads = new Int32Array(n).fill(n);
  if (n === 0) return { heads, total: 0 };
  // spans over positions 0…n-1; [s*n + t], s ≤ t. Complete/incomplete, left-headed (head s,
  // "right-facing") and right-headed (head t, "left-facing"); backpointers are split points.
  const m = n * n;
  const cR = new Float64Array(m);
  const cL = new Float64Array(m);
  const iR = new Float64Array(m);
  const iL = new Float64Array(m);
  const bcR = new Int32Array(m);
  const bcL = new Int32Array(m);
  const biR = new Int32Array(m);
  const biL = new Int32Array(m);
  for (let k = 1; k < n; k++) {
    for (let s = 0; s + k < n; s++) {
      const t = s + k;
      const st = s * n + t;
      // incomplete: an arc between s and t over C[s][q] (head s) + C[q+1][t] (head t)
      let best = Number.NEGATIVE_INFINITY;
      let arg = s;
      for (let q = s; q < t; q++) {
        const v = cR[s * n + q]! + cL[(q + 1) * n + t]!;
        if (v > best) {
          best = v;
          arg = q;
        }
      }
      iR[st] = best + score[s * n + t]!;
      iL[st] = best + score[t * n + s]!;
      biR[st] = arg;
      biL[st] = arg;
      // complete headed by t: C[s][q] (head q, left-facing) + I[q][t] (arc t → q)
      best = Number.NEGATIVE_INFINITY;
      arg = s;
      for (let q = s; q < t; q++) {
        const v = cL[s * n + q]! + iL[q * n + t]!;
        if (v > best) {
          best = v;
          arg = q;
        }
      }
      cL[st] = best;
      bcL[st] = arg;
      // complete headed by s: I[s][q] (arc s → q) + C[q][t] (head q, right-facing)
      best = Number.NEGATIVE_INFINITY;
      arg = t;
      for (let q = s + 1; q <= t; q++) {
        const v = iR[s * n + q]! + cR[q * n + t]!;
        if (v > best) {
          best = v;
          arg = q;
        }
      }
      cR[st] = best;
      bcR[st] = arg;
    }
  }
  // the root's one child r heads everything: C[0][r] left-facing + C[r][n-1] right-facing
  let total = Number.NEGATIVE_INFINITY;
  let r = 0;
  for (let q = 0; q < n; q++) {
    const v = cL[q]! + cR[q * n + n - 1]! + score[n * n + q]!;
    if (v > total) {
      total = v;
      r = q;
    }
  }
  heads[r] = n;
  // backtracking with an explicit stack of [kind, s, t]: 0 cR, 1 cL, 2 iR, 3 iL
  const todo: number[] = [1, 0, r, 0, r, n - 1];
  while (todo.length > 0) {
    const t = todo.pop()!;
    const s = todo.pop()!;
    const kind = todo.pop()!;
    if (s === t) continue;
    const st = s * n + t;
    if (kind === 0) {
      const q = bcR[st]!;
      todo.push(2, s, q, 0, q, t);
    } else if (kind === 1) {
      const q = bcL[st]!;
      todo.push(1, s, q, 3, q, t);
    } else {
      const q = kind === 2 ? biR[st]! : biL[st]!;
      if (kind === 2) heads[t] = s;
      else heads[s] = t;
      todo.push(0, s, q, 1, q + 1, t);
    }
  }
  return { heads, total };
}
