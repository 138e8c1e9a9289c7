/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root as an
 * extra token after the last word, and its dynamic oracle (Goldberg & Nivre 2013).
 *
 *   SHIFT  moves the buffer front b0 onto the stack;
 *   LEFT   attaches the stack top s0 to b0 and pops it;
 *   RIGHT  attaches s0 to the item below it, s1, and pops it.
 * Words are 0…n-1 and n is the root. Stack items never have a head, so a tree is complete when
 * the stack is empty and the root is the only thing left in the buffer. Exactly one word is
 * attached to the root: LEFT onto the root is allowed only when one item remains on the stack.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class Config {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Buffer front; `n` when only the root is left. */
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  /** Nearest and second-nearest left/right children of each token (-1 when none). */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Label sets of left and right children (bit per label id, labels < 64). */
  readonly lsetLo: Int32Array;
  readonly lsetHi: Int32Array;
  readonly rsetLo: Int32Array;
  readonly rsetHi: Int32Array;

  /** All the arrays above are views of this one buffer, so a configuration copies in one call. */
  private readonly buf: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.buf = new Int32Array(13 * m);
    const view = (k: number, v: number) => {
      const a = this.buf.subarray(k * m, (k + 1) * m);
      if (v !== 0) a.fill(v);
      return a;
    };
    this.stack = view(0, 0);
    this.head = view(1, -1);
    this.label = view(2, -1);
    this.l1 = view(3, -1);
    this.l2 = view(4, -1);
    this.r1 = view(5, -1);
    this.r2 = view(6, -1);
    this.nl = view(7, 0);
    this.nr = view(8, 0);
    this.lsetLo = view(9, 0);
    this.lsetHi = view(10, 0);
    this.rsetLo = view(11, 0);
    this.rsetHi = view(12, 0);
  }

  /** Makes this configuration (of a sentence of the same length) a copy of `o`. */
  copyFrom(o: Config): void {
    this.buf.set(o.buf);
    this.sp = o.sp;
    this.b = o.b;
  }

  get terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  canDo(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** Applies a move; arcs get label `lab`. Returns the dependent attached, or -1 for SHIFT. */
  apply(move: number, lab: number): number {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return -1;
    }
    const d = this.stack[--this.sp]!;
    const h = move === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.attach(h, d, lab);
    return d;
  }

  private attach(h: number, d: number, lab: number): void {
    this.head[d] = h;
    this.label[d] = lab;
    const lo = lab >= 0 && lab < 32 ? 1 << lab : 0;
    const hi = lab >= 32 && lab < 64 ? 1 << (lab - 32) : 0;
    if (d < h) {
      this.l2[h] = this.l1[h]!;
      this.l1[h] = d;
      this.nl[h]!++;
      this.lsetLo[h]! |= lo;
      this.lsetHi[h]! |= hi;
    } else {
      this.r2[h] = this.r1[h]!;
      this.r1[h] = d;
      this.nr[h]!++;
      this.rsetLo[h]! |= lo;
      this.rsetHi[h]! |= hi;
    }
  }
}

/** Gold trees for the dynamic oracle: heads with the root as `n`, and each token's dependents. */
export interface GoldTree {
  readonly head: Int32Array;
  readonly children: readonly number[][];
}

export function goldTree(heads: readonly number[]): GoldTree {
  const n = heads.length;
  const head = new Int32Array(n);
  const children: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 0; i < n; i++) {
    const h = heads[i]! < 0 ? n : heads[i]!;
    head[i] = h;
    children[h]!.push(i);
  }
  return { head, children };
}

function depsInBuffer(c: Config, g: GoldTree, x: number): number {
  let k = 0;
  for (const d of g.children[x]!) if (d >= c.b) k++;
  return k;
}

/**
 * Number of gold arcs (unlabelled) that become unreachable by taking `move` in `c`: zero for the
 * moves that keep the best reachable tree reachable. Exact for projective gold trees.
 */
export function moveCost(c: Config, g: GoldTree, move: number): number {
  const n = c.n;
  if (move === SHIFT) {
    const b0 = c.b;
    const s0 = c.s(0);
    let cost = 0;
    const h = g.head[b0]!;
    for (let k = 0; k < c.sp; k++) {
      const x = c.stack[k]!;
      if (g.head[x] === b0) cost++;
      if (x === h && x !== s0) cost++;
    }
    return cost;
  }
  const s0 = c.s(0);
  const h = g.head[s0]!;
  let cost = depsInBuffer(c, g, s0);
  if (move === LEFT) {
    if (h !== c.b && (h === c.s(1) || (h > c.b && h <= n))) cost++;
  } else if (h >= c.b && h <= n) cost++;
  return cost;
}
