import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strHash } from './hash.js';
import { lexical, normalizeWord, wordShape, wordShapeHash } from './lexical.js';

const words = [
  '',
  'a',
  "McDonald's",
  '1,234',
  'B52s',
  'İstanbul',
  'Ümit',
  'naïve',
  '—',
  '𝐀𝐁c',
  '\ud800x',
  'x\udc00',
  '½',
  'AAAA',
  '2024-11-24',
  'ÉTÉ',
  'ab',
];

describe('lexical hashes', () => {
  it('hashes word shapes exactly as the shape strings would hash', () => {
    for (const w of words) assert.equal(wordShapeHash(w), strHash(wordShape(w)), w);
  });
  it('hashes normalised words and affixes exactly as their sliced strings would hash', () => {
    const lx = lexical(words);
    words.forEach((w, i) => {
      const l = normalizeWord(w);
      assert.equal(lx.form[i], strHash(w) | 0, w);
      assert.equal(lx.lower[i], strHash(l) | 0, w);
      assert.equal(lx.suf1[i], strHash(l.slice(-1)) | 0, w);
      assert.equal(lx.suf2[i], strHash(l.slice(-2)) | 0, w);
      assert.equal(lx.suf3[i], strHash(l.slice(-3)) | 0, w);
      assert.equal(lx.suf4[i], strHash(l.slice(-4)) | 0, w);
      assert.equal(lx.pre1[i], strHash(w.slice(0, 1)) | 0, w);
      assert.equal(lx.pre2[i], strHash(l.slice(0, 2)) | 0, w);
      assert.equal(lx.shape[i], strHash(wordShape(w)) | 0, w);
    });
  });
});
