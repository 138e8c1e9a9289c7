/** Training sentences read from CoNLL-U, with tag and label ids. */
import { readFileSync } from 'node:fs';
import { parseConllu } from '../conllu.js';
import { type Lexical, lexical } from '../lexical.js';
import { reversed, reverseHeads } from '../reverse.js';

export interface TrainSentence {
  readonly words: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas: readonly string[];
  /** Gold joint tag ids. */
  readonly tags: Int32Array;
  readonly heads: readonly number[];
  readonly labels: readonly number[];
  lx: Lexical;
}

export interface Inventory {
  readonly tags: string[];
  readonly tagIndex: Map<string, number>;
  readonly labels: string[];
  readonly labelIndex: Map<string, number>;
}

export function emptyInventory(): Inventory {
  return { tags: [], tagIndex: new Map(), labels: [], labelIndex: new Map() };
}

const intern = (list: string[], index: Map<string, number>, key: string, grow: boolean): number => {
  let i = index.get(key);
  if (i === undefined) {
    if (!grow) return 0;
    i = list.push(key) - 1;
    index.set(key, i);
  }
  return i;
};

/** Reads a CoNLL-U file; unseen tags/labels are added to the inventory only when `grow`. */
export function readTreebank(path: string, inv: Inventory, grow: boolean): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const s of parseConllu(readFileSync(path, 'utf8'), path)) {
    if (s.words.length === 0) continue;
    const words = s.words.map((w) => w.form);
    out.push({
      words,
      upos: s.words.map((w) => w.upos),
      xpos: s.words.map((w) => w.xpos),
      lemmas: s.words.map((w) => w.lemma),
      tags: Int32Array.from(s.words.map((w) => intern(inv.tags, inv.tagIndex, `${w.upos}\t${w.xpos}`, grow))),
      heads: s.words.map((w) => w.head),
      labels: s.words.map((w) => intern(inv.labels, inv.labelIndex, w.deprel, grow)),
      lx: lexical(words),
    });
  }
  return out;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The sentence read backwards (for right-to-left parsers); lexicon values must be applied again. */
export function reverseSentence(s: TrainSentence): TrainSentence {
  const words = reversed(s.words);
  return {
    words,
    upos: reversed(s.upos),
    xpos: reversed(s.xpos),
    lemmas: reversed(s.lemmas),
    tags: s.tags.slice().reverse(),
    heads: reverseHeads(s.heads),
    labels: reversed(s.labels),
    lx: lexical(words),
  };
}
