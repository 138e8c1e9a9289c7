/**
 * Syntax benchmark: accuracy on UD English EWT dev and test, speed, load time and memory.
 *
 *   npm run bench:syntax [-- --model models/syntax/en-ewt.dyadsyn --beams 1,2,4,8 --ensemble yes|no]
 *
 * Prints, per set: UPOS, XPOS, UAS, LAS (full labels) and LAS with universal relations only
 * (CoNLL 2018 style) with gold tokenisation; UPOS and LAS F1 from raw text through dyad's own
 * segmenter (aligned by characters); then words/s of tagging+parsing on one core, model load
 * time, model size and peak RSS. With --beams, also the parser's speed/accuracy curve: UAS, LAS
 * and tag+parse words per CPU-second at each beam width (the rest uses the model's own width).
 * --ensemble yes/no parses with the file's reparsing ensemble or its main parser alone (default:
 * the file's own choice).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { helpIfAsked } from '../scripts/help.js';
import { createDocument, layer } from '../src/core/document.js';
import { emptyContext } from '../src/core/pipeline.js';
import { segmentStage } from '../src/pipeline/segment/index.js';
import { analyzeSentence, type SentenceAnalysis, scratchFor } from '../src/pipeline/syntax/analyze.js';
import { type ConlluSentence, parseConllu, sentenceText } from '../src/pipeline/syntax/conllu.js';
import { DEFAULT_SYNTAX_MODEL } from '../src/pipeline/syntax/load.js';
import { loadModel, type SyntaxModel } from '../src/pipeline/syntax/model.js';
import {
  type LocatedWord,
  locateWords,
  type SystemWord,
  scoreAligned,
  scoreGoldTokens,
} from '../src/pipeline/syntax/score.js';

helpIfAsked(import.meta.url);

const { values: a } = parseArgs({
  options: {
    model: { type: 'string', default: DEFAULT_SYNTAX_MODEL },
    beams: { type: 'string' },
    ensemble: { type: 'string' },
  },
});
const corpora = resolve(process.env.DYAD_CORPORA ?? join(process.cwd(), '..', 'shared', 'corpora'));
const dir = join(corpora, 'ud-en-ewt');
if (!existsSync(dir)) {
  console.error(`bench:syntax needs ${dir} (set DYAD_CORPORA)`);
  process.exit(1);
}

const t0 = performance.now();
const lc0 = process.cpuUsage();
const loaded = loadModel(a.model!);
const loadMs = performance.now() - t0;
const model: SyntaxModel =
  a.ensemble === undefined ? loaded : { ...loaded, useEnsemble: a.ensemble === 'yes' && loaded.ensemble !== null };
const lc = process.cpuUsage(lc0);
const loadCpuMs = (lc.user + lc.system) / 1000;

function rawText(model: SyntaxModel, sents: readonly ConlluSentence[]) {
  // documents (newdoc) made of paragraphs (newpar) made of sentences
  const docs: ConlluSentence[][][] = [];
  for (const s of sents) {
    const newdoc = s.comments.some((c) => c.startsWith('newdoc'));
    const newpar = s.comments.some((c) => c.startsWith('newpar'));
    if (newdoc || docs.length === 0) docs.push([]);
    const d = docs[docs.length - 1]!;
    if (newpar || d.length === 0) d.push([]);
    d[d.length - 1]!.push(s);
  }
  const gold: LocatedWord[] = [];
  const sys: SystemWord[] = [];
  const ctx = emptyContext();
  const scratch = scratchFor(model);
  let offset = 0;
  docs.forEach((paras, di) => {
    const text = paras.map((p) => p.map(sentenceText).join(' ')).join('\n\n');
    let pos = 0;
    for (const p of paras) {
      const r = locateWords(text, p, pos, gold.length);
      for (const w of r.words) gold.push({ ...w, start: w.start + offset, end: w.end + offset });
      pos = r.end;
    }
    const doc = segmentStage.run(createDocument(`ewt-${di}`, text), ctx);
    const tokens = layer(doc, 'tokens');
    for (const s of layer(doc, 'sentences')) {
      const words: string[] = [];
      for (let k = s.firstToken; k < s.lastToken; k++) words.push(text.slice(tokens[k]!.start, tokens[k]!.end));
      const an = analyzeSentence(model, words, scratch, { lemmas: false });
      const base = sys.length;
      words.forEach((_, i) => {
        const t = tokens[s.firstToken + i]!;
        const h = an.head[i]!;
        sys.push({
          start: t.start + offset,
          end: t.end + offset,
          upos: an.upos[i]!,
          head: h < 0 ? -1 : base + h,
          deprel: an.deprel[i]!,
        });
      });
    }
    offset += text.length + 2;
  });
  return scoreAligned(gold, sys);
}

const f = (x: number) => x.toFixed(2).padStart(6);
const rows: string[] = [];
const sets: Record<string, ConlluSentence[]> = {};
for (const set of ['dev', 'test']) {
  const sents = parseConllu(readFileSync(join(dir, `en_ewt-ud-${set}.conllu`), 'utf8')).filter((s) => s.words.length);
  sets[set] = sents;
  const scratch = scratchFor(model);
  const out: SentenceAnalysis[] = sents.map((s) =>
    analyzeSentence(
      model,
      s.words.map((w) => w.form),
      scratch,
    ),
  );
  const g = scoreGoldTokens(sents, out);
  const r = rawText(model, sents);
  rows.push(
    `${set.padEnd(5)} ${String(g.words).padStart(6)} ${f(g.upos)} ${f(g.xpos)} ${f(g.uas)} ${f(g.las)} ${f(g.clas)}   ${f(r.upos)} ${f(r.las)}`,
  );
}

// speed: tagging + parsing of the test set, gold tokens, one thread, after a warm-up on dev
const scratch = scratchFor(model);
const testWords = sets.test!.map((s) => s.words.map((w) => w.form));
for (const s of sets.dev!)
  analyzeSentence(
    model,
    s.words.map((w) => w.form),
    scratch,
    { lemmas: false },
  );
// wall-clock rate, and rate per CPU-second of this process (meaningful on a busy machine)
const rates: number[] = [];
const cpuRates: number[] = [];
for (let rep = 0; rep < 5; rep++) {
  let n = 0;
  const s0 = performance.now();
  const c0 = process.cpuUsage();
  for (const w of testWords) {
    analyzeSentence(model, w, scratch, { lemmas: false });
    n += w.length;
  }
  const cpu = process.cpuUsage(c0);
  rates.push(n / ((performance.now() - s0) / 1000));
  cpuRates.push(n / ((cpu.user + cpu.system) / 1e6));
}
rates.sort((x, y) => y - x);
cpuRates.sort((x, y) => y - x);
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

console.log(`model ${a.model} (${model.useEnsemble ? `ensemble of ${model.voters.length} parsers` : 'one parser'})`);
console.log('                 gold tokenisation                      raw text (F1)');
console.log('set    words   UPOS   XPOS    UAS    LAS  LASud     UPOS    LAS');
for (const r of rows) console.log(r);
console.log(
  `speed         ${fmt(rates[0]!)} words/s wall-clock, best of 5 (median ${fmt(rates[2]!)}); ${fmt(cpuRates[0]!)} words per CPU-second (tag+parse, test set, one thread)`,
);
console.log(`model load    ${loadMs.toFixed(0)} ms wall-clock, ${loadCpuMs.toFixed(0)} ms CPU`);
console.log(`model size    ${(statSync(a.model!).size / 1e6).toFixed(2)} MB`);
console.log(`peak RSS      ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// speed/accuracy curve over beam widths (gold tokenisation)
if (a.beams) {
  console.log(`beam   dev UAS    LAS  test UAS    LAS   words per CPU-second (model's own width: ${model.beam})`);
  for (const width of a.beams.split(',').map(Number)) {
    const cols: string[] = [];
    let words = 0;
    let cpu = 0;
    for (const set of ['dev', 'test']) {
      const sents = sets[set]!;
      const c0 = process.cpuUsage();
      const out = sents.map((s) =>
        analyzeSentence(
          model,
          s.words.map((w) => w.form),
          scratch,
          { lemmas: false, beam: width },
        ),
      );
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1e6;
      const g = scoreGoldTokens(sents, out);
      words += g.words;
      cols.push(`${f(g.uas)} ${f(g.las)}`);
    }
    console.log(`${String(width).padStart(4)}    ${cols.join('    ')}   ${fmt(words / cpu)}`);
  }
}
