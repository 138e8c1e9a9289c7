import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLemmas, lemmatize, lemmatizeWith, trainLemmatizer } from './lemma.js';

const WORDS = [
  { form: 'walked', xpos: 'VBD', lemma: 'walk' },
  { form: 'talked', xpos: 'VBD', lemma: 'talk' },
  { form: 'denied', xpos: 'VBD', lemma: 'deny' },
  { form: 'tried', xpos: 'VBD', lemma: 'try' },
  { form: 'went', xpos: 'VBD', lemma: 'go' },
  { form: 'troops', xpos: 'NNS', lemma: 'troop' },
  { form: 'rebels', xpos: 'NNS', lemma: 'rebel' },
  { form: 'Kabul', xpos: 'NNP', lemma: 'Kabul' },
  { form: 'The', xpos: 'DT', lemma: 'the' },
];

describe('lemmatiser', () => {
  const data = trainLemmatizer(WORDS);
  it('applies learned suffix rules to unseen words', () => {
    assert.equal(lemmatize(data, 'jumped', 'VBD'), 'jump');
    assert.equal(lemmatize(data, 'allied', 'VBD'), 'ally');
    assert.equal(lemmatize(data, 'soldiers', 'NNS'), 'soldier');
  });
  it('keeps irregular training words as exceptions', () => {
    assert.equal(lemmatize(data, 'went', 'VBD'), 'go');
    assert.equal(lemmatize(data, 'Went', 'VBD'), 'go');
  });
  it('keeps the case of proper nouns and lowercases others', () => {
    assert.equal(lemmatize(data, 'Kandahar', 'NNP'), 'Kandahar');
    assert.equal(lemmatize(data, 'The', 'DT'), 'the');
  });
  it('gives the same lemmas compiled as from the data, rules, exceptions and unknown tags alike', () => {
    const compiled = compileLemmas(data);
    const words = ['jumped', 'allied', 'went', 'Went', 'WENT', 'soldiers', 'Kandahar', 'The', 'a', '', 'ied', 's'];
    for (const form of words)
      for (const xpos of ['VBD', 'NNS', 'NNP', 'DT', 'JJ', 'XX'])
        assert.equal(lemmatizeWith(compiled, form, xpos), lemmatize(data, form, xpos), `${form}/${xpos}`);
  });
});
