import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxLayer } from '../syntax/types.js';
import { lexicalTense, syntacticTense } from './tense.js';

/** Tokens of a space-separated sentence, with their offsets. */
function tokensOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

describe('tense of a time expression', () => {
  it('reads the future from the modal of the verb the expression attaches to', () => {
    const text = 'They will meet Friday';
    const syntax: SyntaxLayer = {
      upos: ['PRON', 'AUX', 'VERB', 'PROPN'],
      xpos: ['PRP', 'MD', 'VB', 'NNP'],
      lemma: ['they', 'will', 'meet', 'Friday'],
      head: [2, 2, -1, 2],
      deprel: ['nsubj', 'aux', 'root', 'obl:tmod'],
    };
    assert.equal(syntacticTense(syntax, tokensOf(text), 0, 4, 15, 21), 'future');
  });
  it('reads the past from a past-tense verb and from a reduced relative participle', () => {
    const text = 'The ruling announced Wednesday stood';
    const syntax: SyntaxLayer = {
      upos: ['DET', 'NOUN', 'VERB', 'PROPN', 'VERB'],
      xpos: ['DT', 'NN', 'VBN', 'NNP', 'VBD'],
      lemma: ['the', 'ruling', 'announce', 'Wednesday', 'stand'],
      head: [1, 4, 1, 2, -1],
      deprel: ['det', 'nsubj', 'acl', 'obl:tmod', 'root'],
    };
    assert.equal(syntacticTense(syntax, tokensOf(text), 0, 5, 21, 30), 'past');
  });
  it('falls back on nearby words without a parse', () => {
    const a = 'The envoys will meet again on Tuesday.';
    assert.equal(lexicalTense(a, 0, a.length, a.indexOf('Tuesday'), a.indexOf('Tuesday') + 7), 'future');
    const b = 'The envoys met on Tuesday.';
    assert.equal(lexicalTense(b, 0, b.length, b.indexOf('Tuesday'), b.indexOf('Tuesday') + 7), 'past');
    const c = 'The dividend would be paid in January.';
    assert.equal(lexicalTense(c, 0, c.length, c.indexOf('January'), c.indexOf('January') + 7), 'future');
  });
});
