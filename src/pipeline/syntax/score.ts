/**
 * Scoring against CoNLL-U gold: with gold tokenisation (per word) and from raw text, where
 * system tokens are aligned to gold words by character span (CoNLL 2018 style F1).
 */
import type { SentenceAnalysis } from './analyze.js';
import type { ConlluSentence } from './conllu.js';

export interface GoldScores {
  words: number;
  upos: number;
  xpos: number;
  uas: number;
  las: number;
  /** LAS on the universal relation only (subtype after ":" ignored), as the CoNLL 2018 scorer. */
  clas: number;
}

const universal = (r: string) => r.split(':')[0] ?? r;

export function scoreGoldTokens(gold: readonly ConlluSentence[], sys: readonly SentenceAnalysis[]): GoldScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  let clas = 0;
  gold.forEach((g, si) => {
    const s = sys[si]!;
    g.words.forEach((w, i) => {
      words++;
      if (s.upos[i] === w.upos) upos++;
      if (s.xpos[i] === w.xpos) xpos++;
      if (s.head[i] === w.head) {
        uas++;
        if (s.deprel[i] === w.deprel) las++;
        if (universal(s.deprel[i]!) === universal(w.deprel)) clas++;
      }
    });
  });
  const p = (x: number) => (words ? (100 * x) / words : 0);
  return { words, upos: p(upos), xpos: p(xpos), uas: p(uas), las: p(las), clas: p(clas) };
}

/** A gold word located in raw text (span null inside a multiword token), with its gold head as a global index. */
export interface LocatedWord {
  start: number;
  end: number;
  located: boolean;
  upos: string;
  head: number;
  deprel: string;
}

/** A system word: its span, and head as a global index into the system words (-1 root). */
export interface SystemWord {
  start: number;
  end: number;
  upos: string;
  head: number;
  deprel: string;
}

/**
 * Places sentences' words in `text` starting at `from` (sentences separated by whitespace);
 * returns the words with spans and the position after the last one.
 */
export function locateWords(
  text: string,
  sentences: readonly ConlluSentence[],
  from: number,
  firstIndex: number,
): { words: LocatedWord[]; end: number } {
  const out: LocatedWord[] = [];
  let pos = from;
  let base = firstIndex;
  for (const s of sentences) {
    const mwt = new Map<number, { last: number; form: string }>();
    for (const e of s.extra) {
      const m = /^(\d+)-(\d+)\t([^\t]*)/.exec(e.line);
      if (m) mwt.set(Number(m[1]) - 1, { last: Number(m[2]) - 1, form: m[3]! });
    }
    for (let i = 0; i < s.words.length; i++) {
      const range = mwt.get(i);
      const form = range ? range.form : s.words[i]!.form;
      while (pos < text.length && /\s/.test(text[pos]!)) pos++;
      const found = text.startsWith(form, pos) ? pos : text.indexOf(form, pos);
      const at = found < 0 ? pos : found;
      const last = range ? range.last : i;
      // words of a multiword token get their own spans when they spell it out ("do" + "n't")
      const parts = s.words.slice(i, last + 1).map((w) => w.form);
      const spelled = found >= 0 && parts.join('') === form;
      let sub = at;
      for (let k = i; k <= last; k++) {
        const w = s.words[k]!;
        const len = spelled ? w.form.length : form.length;
        const start = spelled ? sub : at;
        sub += len;
        out.push({
          start,
          end: start + len,
          located: found >= 0 && (!range || spelled),
          upos: w.upos,
          head: w.head < 0 ? -1 : base + w.head,
          deprel: w.deprel,
        });
      }
      if (found >= 0) pos = at + form.length;
      i = last;
    }
    base += s.words.length;
  }
  return { words: out, end: pos };
}

/** UPOS and LAS F1 of system words against gold words aligned by identical character spans. */
export function scoreAligned(
  gold: readonly LocatedWord[],
  sys: readonly SystemWord[],
): { upos: number; uas: number; las: number; aligned: number; gold: number; system: number } {
  const byspan = new Map<string, number>();
  gold.forEach((g, i) => {
    if (g.located) byspan.set(`${g.start}:${g.end}`, i);
  });
  const sysToGold = sys.map((s) => byspan.get(`${s.start}:${s.end}`) ?? -1);
  let upos = 0;
  let uas = 0;
  let las = 0;
  let aligned = 0;
  sys.forEach((s, i) => {
    const gi = sysToGold[i]!;
    if (gi < 0) return;
    aligned++;
    const g = gold[gi]!;
    if (g.upos === s.upos) upos++;
    const sh = s.head < 0 ? -1 : sysToGold[s.head]!;
    const headOk = g.head < 0 ? s.head < 0 : sh === g.head && sh >= 0;
    if (headOk) {
      uas++;
      if (universal(g.deprel) === universal(s.deprel)) las++;
    }
  });
  const f1 = (x: number) => (gold.length + sys.length ? (200 * x) / (gold.length + sys.length) : 0);
  return { upos: f1(upos), uas: f1(uas), las: f1(las), aligned, gold: gold.length, system: sys.length };
}
