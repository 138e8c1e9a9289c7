import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeLayout } from './layout.js';
import { segmentText } from './stage.js';

const sentencesOf = (text: string): string[] => {
  const { sentences } = segmentText(text, analyzeLayout(text));
  return sentences.map((s) => text.slice(s.start, s.end));
};
const tokensOf = (text: string): string[] => {
  const { tokens } = segmentText(text, analyzeLayout(text));
  return tokens.map((t) => text.slice(t.start, t.end));
};

describe('sentence splitting', () => {
  it('does not end a sentence at "U.S." or "U.N." inside a paragraph', () => {
    assert.deepEqual(sentencesOf('The U.S. military struck. The U.N. Security Council met.'), [
      'The U.S. military struck.',
      'The U.N. Security Council met.',
    ]);
  });
  it('keeps titles and initials with the names they precede', () => {
    const s = sentencesOf('Maj. Gen. Ali Khan met Mr. Smith and Dr. Jones. J. R. Smith spoke in St. Louis later.');
    assert.deepEqual(s, ['Maj. Gen. Ali Khan met Mr. Smith and Dr. Jones.', 'J. R. Smith spoke in St. Louis later.']);
  });
  it('keeps decimals and thousands inside one token', () => {
    assert.deepEqual(tokensOf('Prices rose 3.5 percent to $1,200.'), [
      'Prices',
      'rose',
      '3.5',
      'percent',
      'to',
      '$',
      '1,200',
      '.',
    ]);
  });
  it('keeps a dateline with its first sentence', () => {
    assert.deepEqual(sentencesOf('ISLAMABAD — Troops moved in. Talks resumed.'), [
      'ISLAMABAD — Troops moved in.',
      'Talks resumed.',
    ]);
  });
  it('keeps a closing quote with the sentence it ends', () => {
    assert.deepEqual(sentencesOf('"We will fight," he said. "We will win."'), [
      '"We will fight," he said.',
      '"We will win."',
    ]);
  });
  it('ends a sentence at an ellipsis followed by a capital, even with no space', () => {
    assert.deepEqual(sentencesOf('They stood by us in the crisis…Pakistan is grateful.'), [
      'They stood by us in the crisis…',
      'Pakistan is grateful.',
    ]);
  });
  it('never joins sentences across a paragraph break, even without final punctuation', () => {
    assert.deepEqual(sentencesOf('Talks Collapse in Geneva\n\nThe talks collapsed on Monday'), [
      'Talks Collapse in Geneva',
      'The talks collapsed on Monday',
    ]);
  });
  it('splits negation and possessive clitics off words', () => {
    assert.deepEqual(tokensOf("Iran's envoy didn't come."), ['Iran', "'s", 'envoy', 'did', "n't", 'come', '.']);
  });
  it('gives spans that slice the text exactly', () => {
    const text = 'Zürich — “Hello,” said Ms. Müller.\r\n\r\nNext paragraph here… yes.';
    const { sentences, tokens } = segmentText(text, analyzeLayout(text));
    for (const s of sentences) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
    for (const t of tokens) assert.ok(t.end > t.start && !/\s/.test(text.slice(t.start, t.end)));
  });
});

describe('layout', () => {
  it('takes a short first line as the headline and a "Source:" trailer as the outlet', () => {
    const text = 'Rebels Seize Town\n\nWorld News\n\nRebels seized the town on Monday.\n\nSource: Example Wire';
    const l = analyzeLayout(text);
    assert.equal(l.headline && text.slice(l.headline.start, l.headline.end), 'Rebels Seize Town');
    assert.equal(l.section && text.slice(l.section.start, l.section.end), 'World News');
    assert.equal(l.outlet, 'Example Wire');
    assert.deepEqual(sentencesOf(text), ['Rebels Seize Town', 'Rebels seized the town on Monday.']);
  });
  it('does not take a first line ending in a period as a headline', () => {
    const l = analyzeLayout('Rebels seized the town.\n\nThey left on Tuesday.');
    assert.equal(l.headline, null);
  });
});

describe('the reference article', () => {
  const text = readFileSync(new URL('../../../examples/voa-russia-is-afghanistan.txt', import.meta.url), 'utf8');
  it('splits into forty-odd sentences, none ending with "U.S."', () => {
    const s = sentencesOf(text);
    assert.ok(s.length >= 34 && s.length <= 50, `got ${s.length} sentences`);
    assert.ok(s.every((x) => !x.endsWith('U.S.')));
    assert.ok(s.every((x) => !x.includes('Source: Voice of America')));
  });
});
