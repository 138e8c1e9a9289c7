/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html). Only the basic
 * tree is kept: multiword-token ranges ("3-4") and empty nodes ("8.1") are recorded apart from
 * the words so a sentence can be written back unchanged.
 */
import { DyadError } from '../../core/errors.js';

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** Head as a 0-based word index in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading "# ". */
  comments: string[];
  words: ConlluWord[];
  /** Lines that are not basic words (multiword-token ranges, empty nodes), keyed by the word index they precede. */
  extra: { before: number; line: string }[];
}

const WORD_LINE = /^\d+$/;

/** Parses CoNLL-U text; `file` only serves error messages. */
export function parseConllu(text: string, file = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], extra: [] };
  const lines = text.split(/\r?\n/);
  const flush = () => {
    if (cur.words.length > 0 || cur.comments.length > 0) out.push(cur);
    cur = { comments: [], words: [], extra: [] };
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      cur.comments.push(line.replace(/^# ?/, ''));
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10)
      throw new DyadError('E012', `expected 10 columns, found ${cols.length}`, { file, line: n + 1 });
    const id = cols[0] ?? '';
    if (!WORD_LINE.test(id)) {
      cur.extra.push({ before: cur.words.length, line });
      continue;
    }
    const headCol = cols[6] ?? '_';
    const head = headCol === '_' ? -1 : Number(headCol) - 1;
    if (!Number.isInteger(head)) throw new DyadError('E012', `bad head "${headCol}"`, { file, line: n + 1 });
    cur.words.push({
      form: cols[1] ?? '_',
      lemma: cols[2] ?? '_',
      upos: cols[3] ?? '_',
      xpos: cols[4] ?? '_',
      feats: cols[5] ?? '_',
      head,
      deprel: cols[7] ?? '_',
      deps: cols[8] ?? '_',
      misc: cols[9] ?? '_',
    });
  }
  flush();
  return out;
}

function wordLine(w: ConlluWord, i: number): string {
  return [i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head + 1, w.deprel, w.deps, w.misc].join('\t');
}

/** Writes sentences back as CoNLL-U; `parseConllu(writeConllu(s))` equals `s`. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = s.comments.map((c) => `# ${c}`);
    let e = 0;
    for (let i = 0; i <= s.words.length; i++) {
      while (e < s.extra.length && s.extra[e]!.before === i) lines.push(s.extra[e++]!.line);
      const w = s.words[i];
      if (w) lines.push(wordLine(w, i));
    }
    parts.push(`${lines.join('\n')}\n`);
  }
  return parts.join('\n');
}

/** The text of a sentence from its "text = …" comment, or its words joined by spaces. */
export function sentenceText(s: ConlluSentence): string {
  for (const c of s.comments) if (c.startsWith('text = ')) return c.slice(7);
  return s.words.map((w) => w.form).join(' ');
}
