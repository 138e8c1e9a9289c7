export { type Layout, analyzeLayout, looksLikeHeadline, looksLikeSection } from './layout.js';
export { type Sentence, segmentStage, segmentText } from './stage.js';
export { type RawToken, type Token, splitSentences, tokenizeSpan } from './tokenize.js';
