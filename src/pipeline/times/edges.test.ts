import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagTimes } from './index.js';

/** The texts of the expressions found in one sentence. */
const spans = (text: string, published = '2018-02-09'): string[] =>
  tagTimes({ text, published, sentences: [{ start: 0, end: text.length }] }).map((t) => t.text);

describe('time expression span edges', () => {
  it('leaves "the" out of a hyphenated modifier of a noun that is no time ("the 90-day review")', () => {
    assert.deepEqual(spans('The council opened the 90-day review of its budget.'), ['90-day']);
    assert.deepEqual(spans('Analysts blamed the fourth-quarter drop on weak demand.'), ['fourth-quarter']);
  });
  it('keeps "the" when the hyphenated word is followed by a time noun ("the year-ago quarter")', () => {
    assert.deepEqual(spans('Profit rose from the year-ago quarter.'), ['the year-ago quarter']);
  });
  it('leaves "the" out of a bare plural unit ("in the months before the vote")', () => {
    assert.deepEqual(spans('The mayor travelled widely in the months before the vote.'), ['months']);
  });
  it('finds no "now" inside "nowhere" or "snowfall"', () => {
    assert.deepEqual(spans('The path led nowhere after the heavy snowfall.'), []);
  });
});
