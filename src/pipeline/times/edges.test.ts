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
  it('leaves "only", "just" and "about" out of a duration ("stayed only [ten days]")', () => {
    assert.deepEqual(spans('The envoy stayed only ten days and spent just three hours in the capital.'), [
      'ten days',
      'three hours',
    ]);
    assert.deepEqual(spans('The crew worked for about six weeks.'), ['six weeks']);
  });
  it('keeps "about" and "nearly" with a date counted back ("about two years ago")', () => {
    assert.deepEqual(spans('The plant closed about two years ago after nearly four months of strikes.'), [
      'about two years ago',
      'nearly four months',
    ]);
  });
  it('leaves the signal word out of "N units later/before" ("[three days] later")', () => {
    const found = tagTimes({
      text: 'Three days later the talks resumed, two weeks before the deadline.',
      published: '2018-02-09',
      sentences: [{ start: 0, end: 66 }],
    });
    assert.deepEqual(
      found.map((t) => [t.text, t.value, t.type]),
      [
        ['Three days', 'P3D', 'DURATION'],
        ['two weeks', 'P2W', 'DURATION'],
      ],
    );
  });
});
