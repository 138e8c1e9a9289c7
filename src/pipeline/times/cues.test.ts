import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from './rules/index.js';
import { asciiPairs, cued } from './tag.js';

/** Every match of every rule in `text` holds its rule's cue (the match itself contains it). */
function uncuedMatches(text: string): string[] {
  const bad: string[] = [];
  for (const rule of RULES) {
    const re = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`);
    for (const m of text.matchAll(re)) {
      if (!cued(rule.cue, m[0].toLowerCase(), /\d/.test(m[0]))) bad.push(`${rule.name}: "${m[0]}"`);
    }
  }
  return bad;
}

const FIXTURES = [
  'On Monday, March 5, 2018, at 10:30 a.m. EST the council met; by Tues. it had adjourned until 12/04/2019.',
  'The 5th of May 2017, 2017-05-05T14:00, the mid-1990s, the nineties, the 21st century and fiscal 2016.',
  'In the first quarter of 2015 and the same quarter a year ago, the second half of this year, year-end.',
  'Earlier, the talks ran two thousand and one days; nineteen ninety-nine; early last week; this past spring.',
  'Yesterday morning, tonight, the day after tomorrow, that evening, on the same day, overnight, at noon Friday.',
  'Three weeks ago, years ago, a couple of months, the past 10 years, day-long talks, for years or decades.',
  'Right now, currently, nowadays, these days, recently, formerly, soon, the foreseeable future, the long run.',
  'It meets weekly, every other Thursday, each quarter and per year; on Christmas Eve and New Year’s Day 2019.',
  'At 1400 GMT and 23:15 local time on Sept. 3, late in the day, during the previous fiscal year.',
];

describe('time rule cues', () => {
  it('are contained in every match of their rule in written examples', () => {
    assert.deepEqual(uncuedMatches(FIXTURES.join('\n')), []);
  });

  it('let a sentence without the cue skip the rule, and a rule without a cue always run', () => {
    assert.equal(cued('digit', 'in march', false), false);
    assert.equal(cued('digit', 'in march 2018', true), true);
    assert.equal(cued(['quarter'], 'the first quarter', false), true);
    assert.equal(cued(['quarter'], 'the first half', false), false);
    assert.equal(cued(undefined, '', false), true);
  });

  it('are found the same with the character pairs of the sentence as without them', () => {
    for (const text of [...FIXTURES, 'x', '', 'Café at noon, naïve 2019', 'mid-march', 'to or']) {
      const low = text.toLowerCase();
      const pairs = asciiPairs(low);
      for (const rule of RULES)
        assert.equal(cued(rule.cue, low, /\d/.test(low), pairs), cued(rule.cue, low, /\d/.test(low)));
    }
    assert.equal(cued(['quarter'], 'the first half', false, asciiPairs('the first half')), false);
    assert.equal(cued(['quarter'], 'a quarter', false, asciiPairs('a quarter')), true);
  });

  it('are contained in every match of their rule in the TempEval-3 corpus (when present)', (t) => {
    const dir = join(
      resolve(process.env.DYAD_CORPORA ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora')),
      'tempeval3',
    );
    if (!existsSync(dir)) {
      t.skip(`corpus not found at ${dir} (set DYAD_CORPORA)`);
      return;
    }
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.tml')) files.push(p);
      }
    };
    walk(dir);
    const bad = files.flatMap((f) => uncuedMatches(readFileSync(f, 'utf8').replace(/<[^>]*>/g, ' ')));
    assert.deepEqual(bad.slice(0, 20), []);
  });
});
