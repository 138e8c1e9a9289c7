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
  it('reads what a plan or schedule names after the verb as ahead, but not the day of the planning', () => {
    const text = 'They planned a rally Saturday';
    const syntax: SyntaxLayer = {
      upos: ['PRON', 'VERB', 'DET', 'NOUN', 'PROPN'],
      xpos: ['PRP', 'VBD', 'DT', 'NN', 'NNP'],
      lemma: ['they', 'plan', 'a', 'rally', 'Saturday'],
      head: [1, -1, 3, 1, 1],
      deprel: ['nsubj', 'root', 'det', 'obj', 'obl:tmod'],
    };
    assert.equal(syntacticTense(syntax, tokensOf(text), 0, 5, 21, 29), 'future');
    const early = 'Saturday they planned a rally';
    const s2: SyntaxLayer = {
      upos: ['PROPN', 'PRON', 'VERB', 'DET', 'NOUN'],
      xpos: ['NNP', 'PRP', 'VBD', 'DT', 'NN'],
      lemma: ['Saturday', 'they', 'plan', 'a', 'rally'],
      head: [2, 2, -1, 4, 2],
      deprel: ['obl:tmod', 'nsubj', 'root', 'det', 'obj'],
    };
    assert.equal(syntacticTense(s2, tokensOf(early), 0, 5, 0, 8), 'past');
  });
  it('reads an infinitive under a past-perfect plan as past ("had been due to expire Friday")', () => {
    const text = 'It had been due to expire Friday';
    const syntax: SyntaxLayer = {
      upos: ['PRON', 'AUX', 'AUX', 'ADJ', 'PART', 'VERB', 'PROPN'],
      xpos: ['PRP', 'VBD', 'VBN', 'JJ', 'TO', 'VB', 'NNP'],
      lemma: ['it', 'have', 'be', 'due', 'to', 'expire', 'Friday'],
      head: [3, 3, 3, -1, 5, 3, 5],
      deprel: ['nsubj', 'aux', 'cop', 'root', 'mark', 'xcomp', 'obl:tmod'],
    };
    assert.equal(syntacticTense(syntax, tokensOf(text), 0, 7, 26, 32), 'past');
    const future = { ...syntax, xpos: ['PRP', 'VBZ', 'VBN', 'JJ', 'TO', 'VB', 'NNP'] };
    assert.equal(syntacticTense(future, tokensOf(text), 0, 7, 26, 32), 'future');
  });
  it('falls back on nearby words without a parse', () => {
    const a = 'The envoys will meet again on Tuesday.';
    assert.equal(lexicalTense(a, 0, a.length, a.indexOf('Tuesday'), a.indexOf('Tuesday') + 7), 'future');
    const b = 'The envoys met on Tuesday.';
    assert.equal(lexicalTense(b, 0, b.length, b.indexOf('Tuesday'), b.indexOf('Tuesday') + 7), 'past');
    const c = 'The dividend would be paid in January.';
    assert.equal(lexicalTense(c, 0, c.length, c.indexOf('January'), c.indexOf('January') + 7), 'future');
  });
  it('reads an infinitive whose verb merely starts like a determiner ("to begin", "to attend", "to address") as ahead', () => {
    for (const verb of ['begin', 'attend', 'address', 'announce']) {
      const t = `The panel is set to ${verb} on Thursday.`;
      assert.equal(lexicalTense(t, 0, t.length, t.indexOf('Thursday'), t.indexOf('Thursday') + 8), 'future', verb);
    }
    const d = 'The panel is set to the task on Thursday.';
    assert.equal(lexicalTense(d, 0, d.length, d.indexOf('Thursday'), d.indexOf('Thursday') + 8), null);
  });
});
