export { analyzeSentence, type SentenceAnalysis, scratchFor } from './analyze.js';
export { type ConlluSentence, type ConlluWord, parseConllu, sentenceText, writeConllu } from './conllu.js';
export { compileLemmas } from './lemma.js';
export { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from './load.js';
export { loadModel, type SyntaxModel } from './model.js';
export { syntaxStage } from './stage.js';
export type { SyntaxLayer } from './types.js';
