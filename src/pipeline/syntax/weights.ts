/**
 * Linear multi-class weights keyed by hashed features (see hash.ts).
 *
 * `TrainWeights` is the averaged perceptron used while training: a row of `classes` weights per
 * feature key that was ever updated, averaged with the lazy timestamp trick. `Weights` is the
 * compact read-only form a model carries: per feature only its non-zero class weights, quantised
 * to Int16 with one scale, found through an open-addressing table built at load time.
 */

export interface PackedWeights {
  readonly classes: number;
  readonly scale: number;
  /** Feature keys, one per feature. */
  readonly keys: Uint32Array;
  /** Number of entries of each feature (entries of feature i follow those of feature i-1). */
  readonly counts: Uint8Array;
  readonly entryClass: Uint8Array;
  readonly entryWeight: Int16Array;
}

/**
 * Reads the first word of each feature's home slot and returns their XOR (callers make a use of
 * it the compiler cannot drop). The loads do not depend on one another, so the processor has
 * the cache lines of all the features in flight at once; the lookups that follow then find them
 * in cache instead of waiting for memory one feature after the other.
 */
function touchHomes(slots: Uint32Array, stride: number, mask: number, feats: Uint32Array, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t ^= slots[stride * (feats[i]! & mask)]!;
  return t;
}

/**
 * The compact table of a part with at most 3 classes and at least 2^20 slots (the parser's move
 * classifier): two words a slot, [meta | w0 << 16, w1 | w2 << 16], eight slots a cache line. A
 * slot does not hold its key: `meta` is the key's bits above the table's index bits (the home
 * slot gives the others) and the slot's distance from its home plus one (0 marks an empty
 * slot), so (meta, slot) names exactly one key. Robin Hood insertion keeps every key within a
 * few slots of its home, and a lookup stops at the first slot whose key lies nearer its own home
 * than the key sought would. Null when a key would lie too far from its home for `meta`'s bits.
 */
interface Tagged {
  readonly slots: Int32Array;
  /** Bits of a slot index (the table has 2^bits slots). */
  readonly bits: number;
  /** Bits of `meta` that hold the distance from home plus one. */
  readonly distBits: number;
}

/**
 * The weights of one key's entries [start, end) for classes 0–3 as two words of two Int16 each:
 * out[0] = class 0 | class 1 << 16, out[1] = class 2 | class 3 << 16 (absent classes 0).
 */
function packDense(p: PackedWeights, start: number, end: number, out: Int32Array): void {
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  for (let j = start; j < end; j++) {
    const c = p.entryClass[j]!;
    const w = p.entryWeight[j]!;
    if (c === 0) w0 = w;
    else if (c === 1) w1 = w;
    else if (c === 2) w2 = w;
    else w3 = w;
  }
  out[0] = (w0 & 0xffff) | (w1 << 16);
  out[1] = (w2 & 0xffff) | (w3 << 16);
}

function buildTagged(p: PackedWeights, size: number): Tagged | null {
  const bits = 31 - Math.clz32(size);
  const distBits = 16 - (32 - bits);
  if (p.classes > 3 || distBits < 4) return null;
  const mask = size - 1;
  const maxDist = (1 << distBits) - 2;
  // built with whole keys (0 = empty), then encoded
  const tk = new Uint32Array(size);
  const tw = new Int32Array(2 * size);
  const { keys, counts } = p;
  const pair = new Int32Array(2);
  let start = 0;
  for (let i = 0; i < keys.length; i++) {
    const end = start + counts[i]!;
    packDense(p, start, end, pair);
    start = end;
    let k = keys[i]!;
    let x = pair[0]!;
    let y = pair[1]!;
    let s = k & mask;
    let d = 0;
    for (;;) {
      const r = tk[s]!;
      if (r === 0) {
        tk[s] = k;
        tw[2 * s] = x;
        tw[2 * s + 1] = y;
        break;
      }
      const rd = (s - (r & mask)) & mask;
      if (rd < d) {
        // the resident lies nearer its home: the key being placed takes the slot, the resident moves on
        const rx = tw[2 * s]!;
        const ry = tw[2 * s + 1]!;
        tk[s] = k;
        tw[2 * s] = x;
        tw[2 * s + 1] = y;
        k = r;
        x = rx;
        y = ry;
        d = rd;
      }
      s = (s + 1) & mask;
      d++;
      if (d > maxDist) return null;
    }
  }
  const slots = new Int32Array(2 * size);
  for (let s = 0; s < size; s++) {
    const k = tk[s]!;
    if (k === 0) continue;
    const meta = ((k >>> bits) << distBits) | (((s - (k & mask)) & mask) + 1);
    const x = tw[2 * s]!;
    const y = tw[2 * s + 1]!;
    // w0 (low half of x) moves to the high half; w1 and w2 share the second word
    slots[2 * s] = meta | ((x & 0xffff) << 16);
    slots[2 * s + 1] = ((x >>> 16) & 0xffff) | (y << 16);
  }
  return { slots, bits, distBits };
}

function touchTagged(slots: Int32Array, mask: number, feats: Uint32Array, n: number): number {
  let t = 0;
  for (let i = 0; i < n; i++) t ^= slots[2 * (feats[i]! & mask)]!;
  return t;
}

export class Weights {
  readonly classes: number;
  private readonly scale: number;
  private readonly mask: number;
  /**
   * Open-addressing table. Sparse (more than 4 classes), four words a slot: [key, number of
   * entries, entry 0, entry 1], an entry being class << 16 | (weight & 0xffff); a feature's
   * further entries follow one another in `entries` (from `slots[o + 1] >>> 8`). Most features
   * have one or two entries, so a lookup reads one cache line; the further entries of the
   * features found are added once every slot is read (their first word read with the slot, so
   * their cache lines too come in parallel). The table is at most half full, its keys
   * placed Robin Hood style (a key takes the slot of one nearer its own home): a third of the
   * keys looked up are absent, and their probe stops at the first empty slot or at the first key
   * nearer its home than theirs would be.
   */
  private readonly slots: Uint32Array;
  /** Entries beyond the first two of each feature. */
  private readonly entries: Int32Array;

  /** With at most 4 classes the weights sit in the slot itself: [key, w0|w1, w2|w3]. */
  private readonly dense: boolean;
  /** The compact table of a part with at most 3 classes (see `Tagged`), or null. */
  private readonly tagged: Tagged | null;

  /** How the table is laid out (for tests and benchmarks). */
  get layout(): 'tagged' | 'dense' | 'sparse' {
    return this.tagged ? 'tagged' : this.dense ? 'dense' : 'sparse';
  }
  /** Scratch of `score`: where the further entries of each feature found start and end. */
  private runs = new Int32Array(256);

  constructor(p: PackedWeights) {
    this.classes = p.classes;
    this.scale = p.scale;
    this.dense = p.classes <= 4;
    const ne = p.entryWeight.length;
    if (ne >= 1 << 24) throw new RangeError('too many weights for one model part');
    let size = 1024;
    while (size < p.keys.length * 2) size *= 2;
    const mask = size - 1;
    this.mask = mask;
    this.tagged = this.dense ? buildTagged(p, size) : null;
    if (this.tagged) {
      this.slots = new Uint32Array(0);
      this.entries = new Int32Array(0);
      return;
    }
    const slots = new Uint32Array(size * (this.dense ? 3 : 4));
    this.slots = slots;
    const { keys, counts, entryClass, entryWeight } = p;
    const nk = keys.length;
    let start = 0;
    if (this.dense) {
      this.entries = new Int32Array(0);
      const pair = new Int32Array(2);
      for (let i = 0; i < nk; i++) {
        const k = keys[i]!;
        let s = k & mask;
        while (slots[3 * s] !== 0) s = (s + 1) & mask;
        const o = 3 * s;
        slots[o] = k;
        const end = start + counts[i]!;
        packDense(p, start, end, pair);
        slots[o + 1] = pair[0]! >>> 0;
        slots[o + 2] = pair[1]! >>> 0;
        start = end;
      }
    } else {
      let extra = 0;
      for (let i = 0; i < nk; i++) if (counts[i]! > 2) extra += counts[i]! - 2;
      const entries = new Int32Array(extra);
      this.entries = entries;
      let next = 0;
      for (let i = 0; i < nk; i++) {
        const cnt = counts[i]!;
        let k = keys[i]!;
        let w1 = ((next << 8) | cnt) >>> 0;
        let w2 = 0;
        let w3 = 0;
        for (let j = 0; j < cnt; j++) {
          const e = (entryClass[start + j]! << 16) | (entryWeight[start + j]! & 0xffff);
          if (j === 0) w2 = e >>> 0;
          else if (j === 1) w3 = e >>> 0;
          else entries[next++] = e;
        }
        start += cnt;
        // Robin Hood: a key takes the slot of a resident nearer its own home, which moves on
        let s = k & mask;
        let d = 0;
        for (;;) {
          const o = 4 * s;
          const r = slots[o]!;
          if (r === 0) {
            slots[o] = k;
            slots[o + 1] = w1;
            slots[o + 2] = w2;
            slots[o + 3] = w3;
            break;
          }
          const rd = (s - (r & mask)) & mask;
          if (rd < d) {
            const r1 = slots[o + 1]!;
            const r2 = slots[o + 2]!;
            const r3 = slots[o + 3]!;
            slots[o] = k;
            slots[o + 1] = w1;
            slots[o + 2] = w2;
            slots[o + 3] = w3;
            k = r;
            w1 = r1;
            w2 = r2;
            w3 = r3;
            d = rd;
          }
          s = (s + 1) & mask;
          d++;
        }
      }
    }
  }

  /** Adds the weights of `n` features to `scores` (length ≥ classes), which it first zeroes. */
  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    if (this.tagged) {
      this.scoreTagged(this.tagged, feats, n, scores);
      return;
    }
    if (this.dense) {
      this.scoreDense(feats, n, scores);
      return;
    }
    scores.fill(0, 0, this.classes);
    const slots = this.slots;
    const entries = this.entries;
    const mask = this.mask;
    let touch = touchHomes(slots, 4, mask, feats, n);
    if (this.runs.length < 2 * n) this.runs = new Int32Array(2 * n);
    const runs = this.runs;
    let nr = 0;
    for (let i = 0; i < n; i++) {
      const k = feats[i]!;
      let s = k & mask;
      let sk = slots[4 * s]!;
      // absent at an empty slot or at a key nearer its own home than this one would be (Robin Hood)
      let d = 0;
      while (sk !== k && sk !== 0 && ((s - (sk & mask)) & mask) >= d) {
        s = (s + 1) & mask;
        sk = slots[4 * s]!;
        d++;
      }
      if (sk !== k) continue;
      const o = 4 * s;
      const packed = slots[o + 1]!;
      const cnt = packed & 0xff;
      const e0 = slots[o + 2]! | 0;
      scores[e0 >>> 16]! += (e0 << 16) >> 16;
      if (cnt < 2) continue;
      const e1 = slots[o + 3]! | 0;
      scores[e1 >>> 16]! += (e1 << 16) >> 16;
      if (cnt === 2) continue;
      // further entries: their start is noted and read (fetched), they are added below
      const a = packed >>> 8;
      runs[nr++] = a;
      runs[nr++] = a + cnt - 2;
      touch ^= entries[a]!;
    }
    if (touch === 1) scores[0]! += 0;
    for (let r = 0; r < nr; r += 2) {
      const b = runs[r + 1]!;
      for (let j = runs[r]!; j < b; j++) {
        const e = entries[j]!;
        scores[e >>> 16]! += (e << 16) >> 16;
      }
    }
    const sc = this.scale;
    for (let c = 0; c < this.classes; c++) scores[c]! *= sc;
  }

  private scoreTagged(tg: Tagged, feats: Uint32Array, n: number, scores: Float64Array): void {
    const slots = tg.slots;
    const bits = tg.bits;
    const distBits = tg.distBits;
    const distMask = (1 << distBits) - 1;
    const mask = this.mask;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    if (touchTagged(slots, mask, feats, n) === 1) a0 += 0;
    for (let i = 0; i < n; i++) {
      const k = feats[i]!;
      let s = k & mask;
      // meta of the key at distance 0 from its home; + 1 per slot further
      let want = ((k >>> bits) << distBits) | 1;
      for (;;) {
        const x = slots[2 * s]!;
        const m = x & 0xffff;
        if (m === want) {
          const y = slots[2 * s + 1]!;
          a0 += x >> 16;
          a1 += (y << 16) >> 16;
          a2 += y >> 16;
          break;
        }
        // empty, or its key lies nearer its home than the sought key would: absent
        if ((m & distMask) < (want & distMask)) break;
        s = (s + 1) & mask;
        want++;
        if ((want & distMask) === 0) break;
      }
    }
    const sc = this.scale;
    scores[0] = a0 * sc;
    if (this.classes > 1) scores[1] = a1 * sc;
    if (this.classes > 2) scores[2] = a2 * sc;
  }

  private scoreDense(feats: Uint32Array, n: number, scores: Float64Array): void {
    const slots = this.slots;
    const mask = this.mask;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    if (touchHomes(slots, 3, mask, feats, n) === 1) a0 += 0;
    for (let i = 0; i < n; i++) {
      const k = feats[i]!;
      let s = k & mask;
      let sk = slots[3 * s]!;
      while (sk !== k && sk !== 0) {
        s = (s + 1) & mask;
        sk = slots[3 * s]!;
      }
      if (sk === 0) continue;
      const x = slots[3 * s + 1]!;
      const y = slots[3 * s + 2]!;
      a0 += (x << 16) >> 16;
      a1 += x >> 16;
      a2 += (y << 16) >> 16;
      a3 += y >> 16;
    }
    const sc = this.scale;
    scores[0] = a0 * sc;
    if (this.classes > 1) scores[1] = a1 * sc;
    if (this.classes > 2) scores[2] = a2 * sc;
    if (this.classes > 3) scores[3] = a3 * sc;
  }
}

export class TrainWeights {
  readonly classes: number;
  private readonly index = new Map<number, number>();
  private keys: Uint32Array;
  private w: Float32Array;
  private tot: Float64Array;
  private ts: Int32Array;
  private upd: Int32Array;
  private rows = 0;

  constructor(classes: number, capacity = 1 << 14) {
    this.classes = classes;
    this.keys = new Uint32Array(capacity);
    this.w = new Float32Array(capacity * classes);
    this.tot = new Float64Array(capacity * classes);
    this.ts = new Int32Array(capacity * classes);
    this.upd = new Int32Array(capacity);
  }

  get size(): number {
    return this.rows;
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const C = this.classes;
    scores.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const r = this.index.get(feats[i]!);
      if (r === undefined) continue;
      const o = r * C;
      for (let c = 0; c < C; c++) scores[c]! += this.w[o + c]!;
    }
  }

  private row(key: number): number {
    let r = this.index.get(key);
    if (r !== undefined) return r;
    r = this.rows++;
    if (r >= this.keys.length) this.grow();
    this.keys[r] = key;
    this.index.set(key, r);
    return r;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const C = this.classes;
    const keys = new Uint32Array(cap);
    keys.set(this.keys);
    const w = new Float32Array(cap * C);
    w.set(this.w);
    const tot = new Float64Array(cap * C);
    tot.set(this.tot);
    const ts = new Int32Array(cap * C);
    ts.set(this.ts);
    const upd = new Int32Array(cap);
    upd.set(this.upd);
    this.upd = upd;
    this.keys = keys;
    this.w = w;
    this.tot = tot;
    this.ts = ts;
  }

  /** Adds `delta` to class `cls` of each feature, at update time `time` (for averaging). */
  update(feats: Uint32Array, n: number, cls: number, delta: number, time: number): void {
    const C = this.classes;
    for (let i = 0; i < n; i++) {
      const r = this.row(feats[i]!);
      this.upd[r]!++;
      const cell = r * C + cls;
      this.tot[cell]! += (time - this.ts[cell]!) * this.w[cell]!;
      this.ts[cell] = time;
      this.w[cell]! += delta;
    }
  }

  /**
   * The averaged weights at time `time`, as a compact model part; features updated fewer than
   * `minUpdates` times and entries below `minAbs` are dropped.
   */
  pack(time: number, minAbs = 0, minUpdates = 0): PackedWeights {
    const C = this.classes;
    const n = this.rows;
    const avg = new Float32Array(n * C);
    let maxAbs = 0;
    for (let cell = 0; cell < n * C; cell++) {
      const t = this.tot[cell]! + (time - this.ts[cell]!) * this.w[cell]!;
      const a = t / Math.max(1, time);
      avg[cell] = a;
      if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const thr = Math.max(minAbs, scale * 0.5);
    const keys: number[] = [];
    const counts: number[] = [];
    const ec: number[] = [];
    const ew: number[] = [];
    for (let r = 0; r < n; r++) {
      if (this.upd[r]! < minUpdates) continue;
      let cnt = 0;
      for (let c = 0; c < C; c++) {
        const a = avg[r * C + c]!;
        if (Math.abs(a) < thr) continue;
        ec.push(c);
        ew.push(Math.round(a / scale));
        cnt++;
      }
      if (cnt === 0) continue;
      keys.push(this.keys[r]!);
      counts.push(cnt);
    }
    return {
      classes: C,
      scale,
      keys: Uint32Array.from(keys),
      counts: Uint8Array.from(counts),
      entryClass: Uint8Array.from(ec),
      entryWeight: Int16Array.from(ew),
    };
  }
}

/** Drops entries whose quantised magnitude is below `minQ`, and features left without entries. */
export function prunePacked(p: PackedWeights, minQ: number): PackedWeights {
  const keys: number[] = [];
  const counts: number[] = [];
  const ec: number[] = [];
  const ew: number[] = [];
  let e = 0;
  for (let i = 0; i < p.keys.length; i++) {
    let cnt = 0;
    const end = e + p.counts[i]!;
    for (; e < end; e++) {
      const w = p.entryWeight[e]!;
      if (Math.abs(w) < minQ) continue;
      ec.push(p.entryClass[e]!);
      ew.push(w);
      cnt++;
    }
    if (cnt === 0) continue;
    keys.push(p.keys[i]!);
    counts.push(cnt);
  }
  return {
    classes: p.classes,
    scale: p.scale,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    entryClass: Uint8Array.from(ec),
    entryWeight: Int16Array.from(ew),
  };
}

/** Bytes a packed part takes in a model file. */
export const packedBytes = (p: PackedWeights): number => p.keys.length * 5 + p.entryWeight.length * 3;

/**
 * The mean of several model parts with the same classes (e.g. parsers trained from different
 * seeds): one linear model whose scores are the mean of theirs, requantised to one scale, keys
 * in increasing order.
 */
export function averagePacked(parts: readonly PackedWeights[]): PackedWeights {
  const first = parts[0];
  if (!first) throw new RangeError('averagePacked needs at least one part');
  const C = first.classes;
  const rows = new Map<number, Float64Array>();
  for (const p of parts) {
    if (p.classes !== C) throw new RangeError('averagePacked: parts differ in classes');
    let e = 0;
    for (let i = 0; i < p.keys.length; i++) {
      const k = p.keys[i]!;
      let r = rows.get(k);
      if (!r) rows.set(k, (r = new Float64Array(C)));
      for (let j = 0; j < p.counts[i]!; j++, e++) r[p.entryClass[e]!]! += (p.entryWeight[e]! * p.scale) / parts.length;
    }
  }
  let maxAbs = 0;
  for (const r of rows.values()) for (const x of r) if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const ec: number[] = [];
  const ew: number[] = [];
  for (const k of [...rows.keys()].sort((a, b) => a - b)) {
    const r = rows.get(k)!;
    let cnt = 0;
    for (let c = 0; c < C; c++) {
      const q = Math.round(r[c]! / scale);
      if (q === 0) continue;
      ec.push(c);
      ew.push(q);
      cnt++;
    }
    if (cnt === 0) continue;
    keys.push(k);
    counts.push(cnt);
  }
  return {
    classes: C,
    scale,
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    entryClass: Uint8Array.from(ec),
    entryWeight: Int16Array.from(ew),
  };
}
