export { analyzeLayout, type Layout, looksLikeHeadline, looksLikeSection } from './layout.js';
export { type Sentence, segmentStage, segmentText } from './stage.js';
export { type RawToken, splitSentences, type Token, tokenizeSpan } from './tokenize.js';
