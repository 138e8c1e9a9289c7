import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ratchet } from './raise-floors.js';

describe('raising the quality ratchet', () => {
  it('raises a floor to half a point below a better score', () => {
    assert.equal(ratchet('floor', 70, 75.34, 0.5), 74.8);
  });
  it('never lowers a floor when the score fell', () => {
    assert.equal(ratchet('floor', 70, 60, 0.5), 70);
  });
  it('lowers a ceiling towards a better (smaller) score and never raises it', () => {
    assert.equal(ratchet('ceiling', 57.6, 49.3, 0.5), 49.8);
    assert.equal(ratchet('ceiling', 40, 49.3, 0.5), 40);
  });
  it('keeps a zero ceiling at zero', () => {
    assert.equal(ratchet('ceiling', 0, 0, 0.5), 0);
  });
  it('leaves the bound alone when the score is missing', () => {
    assert.equal(ratchet('floor', 70, Number.NaN, 0.5), 70);
  });
});
