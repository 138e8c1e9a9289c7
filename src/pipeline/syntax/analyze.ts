/** Tags, lemmatises and parses one tokenised sentence with a loaded model. */

import { parseWithBeam } from './beam.js';
import { combineTrees, voterTree } from './ensemble.js';
import { lemmatize } from './lemma.js';
import { type Lexical, lexical } from './lexical.js';
import type { SyntaxModel } from './model.js';
import { type ParserScratch, parserScratch } from './parser.js';
import { sentenceView } from './parser-features.js';
import { TAGGER_MAX_FEATS, tagSentence, tagSentenceBi } from './tagger.js';

export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Head word index in the sentence, -1 for the root. */
  head: number[];
  deprel: string[];
}

export interface Scratch {
  readonly tfeats: Uint32Array;
  readonly tscores: Float64Array;
  /** Class scores of the right-to-left tagging pass (sentences up to 128 words; longer ones allocate). */
  readonly tkeep: Float64Array;
  readonly parser: ParserScratch;
}

export function scratchFor(model: SyntaxModel): Scratch {
  return {
    tfeats: new Uint32Array(TAGGER_MAX_FEATS),
    tscores: new Float64Array(model.tags.length),
    tkeep: new Float64Array(model.taggerBack ? 128 * model.tags.length : 0),
    parser: parserScratch(model.labelSet.labels.length),
  };
}

/** A sentence's lexical attributes and predicted tags (the first half of `analyzeSentence`). */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly lx: Lexical;
  readonly tags: Int32Array;
}

export function tagWords(model: SyntaxModel, words: readonly string[], scratch: Scratch): TaggedSentence {
  const lx = lexical(words, model.lexicon, model.taggerRare);
  const first = model.taggerBack
    ? tagSentenceBi(model.tagger, model.taggerBack, lx, scratch.tfeats, scratch.tscores, scratch.tkeep)
    : tagSentence(model.tagger, lx, scratch.tfeats, scratch.tscores);
  const tags = model.tagger2 ? tagSentence(model.tagger2, lx, scratch.tfeats, scratch.tscores, first) : first;
  return { words, lx, tags };
}

export interface AnalyzeOptions {
  /** false: leave lemmas empty (faster). */
  readonly lemmas?: boolean;
  /** Parser beam width; the model's own (`model.beam`) when absent. */
  readonly beam?: number;
  /** Parse with the model's reparsing ensemble; the model's own choice (`model.useEnsemble`) when absent. */
  readonly ensemble?: boolean;
}

/** Heads (root = n) and label ids of a tagged sentence, by the ensemble or the main parser. */
function parseTree(
  model: SyntaxModel,
  t: TaggedSentence,
  scratch: Scratch,
  opts: AnalyzeOptions,
): { head: Int32Array; label: Int32Array } {
  if (model.ensemble && (opts.ensemble ?? model.useEnsemble)) {
    const trees = model.voters.map((v) => voterTree(v, t.lx, t.tags, model.tagInfo, model.labelSet, scratch.parser));
    return combineTrees(trees, model.ensemble);
  }
  return parseWithBeam(
    sentenceView(t.lx, t.tags, model.tagInfo),
    model.mover,
    model.labeler,
    model.labelSet,
    scratch.parser,
    opts.beam ?? model.beam,
  );
}

/** Parses and lemmatises a tagged sentence (the second half of `analyzeSentence`). */
export function parseTagged(
  model: SyntaxModel,
  t: TaggedSentence,
  scratch: Scratch,
  opts: AnalyzeOptions = {},
): SentenceAnalysis {
  const { words, tags } = t;
  const n = words.length;
  const c = parseTree(model, t, scratch, opts);
  const upos: string[] = [];
  const xpos: string[] = [];
  const lemma: string[] = [];
  const head: number[] = [];
  const deprel: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    upos.push(model.upos[t] ?? 'X');
    xpos.push(model.xpos[t] ?? 'XX');
    lemma.push(opts.lemmas === false ? '' : lemmatize(model.lemma, words[i]!, model.xpos[t] ?? 'XX'));
    const h = c.head[i]!;
    head.push(h >= n || h < 0 ? -1 : h);
    deprel.push(model.labelSet.labels[c.label[i]!] ?? 'dep');
  }
  return { upos, xpos, lemma, head, deprel };
}

export function analyzeSentence(
  model: SyntaxModel,
  words: readonly string[],
  scratch: Scratch = scratchFor(model),
  opts: AnalyzeOptions = {},
): SentenceAnalysis {
  if (words.length === 0) return { upos: [], xpos: [], lemma: [], head: [], deprel: [] };
  return parseTagged(model, tagWords(model, words, scratch), scratch, opts);
}
