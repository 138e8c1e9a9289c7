/** What parser training needs from a treebank: the label set and the items, shared by the main thread and the workers. */
import type { LabelSet } from '../parser.js';
import { sentenceView, type TagInfo } from '../parser-features.js';
import { projectivize } from '../projective.js';
import type { Inventory, TrainSentence } from './data.js';
import type { EvalItem, ParseItem } from './parser.js';

/** Labels seen on leftward and rightward arcs of the training trees ("root" on neither). */
export function labelSetOf(train: readonly TrainSentence[], inv: Inventory): LabelSet {
  const L = inv.labels.length;
  const left = new Uint8Array(L);
  const right = new Uint8Array(L);
  for (const s of train) {
    s.heads.forEach((h, d) => {
      if (h >= 0) (h > d ? left : right)[s.labels[d]!] = 1;
    });
  }
  const root = inv.labelIndex.get('root') ?? 0;
  left[root] = 0;
  right[root] = 0;
  return { labels: inv.labels, root, allowed: [new Uint8Array(L), left, right] };
}

/** Training items: predicted tags and projectivised gold trees. */
export function parseItems(train: readonly TrainSentence[], tags: readonly Int32Array[], info: TagInfo): ParseItem[] {
  return train.map((s, i) => ({
    view: sentenceView(s.lx, tags[i] ?? s.tags, info),
    heads: projectivize(s.heads),
    labels: s.labels,
  }));
}

/** Evaluation items: predicted tags and the gold trees as they are. */
export function evalItems(sents: readonly TrainSentence[], tags: readonly Int32Array[], info: TagInfo): EvalItem[] {
  return sents.map((s, i) => ({ view: sentenceView(s.lx, tags[i] ?? s.tags, info), heads: s.heads, labels: s.labels }));
}

/** Concatenates per-sentence tag arrays (to pass them to a worker) … */
export function concatTags(tags: readonly Int32Array[]): Int32Array {
  let n = 0;
  for (const t of tags) n += t.length;
  const out = new Int32Array(n);
  let o = 0;
  for (const t of tags) {
    out.set(t, o);
    o += t.length;
  }
  return out;
}

/** … and splits them again by sentence length. */
export function splitTags(flat: Int32Array, sents: readonly { words: readonly string[] }[]): Int32Array[] {
  let o = 0;
  return sents.map((s) => {
    const t = flat.slice(o, o + s.words.length);
    o += s.words.length;
    return t;
  });
}
