import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseConllu, sentenceText, writeConllu } from './conllu.js';

// Two invented sentences (not corpus data) with a multiword token and an empty node.
const FIXTURE = readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8');

describe('CoNLL-U', () => {
  it('reads words, skipping multiword-token ranges and empty nodes', () => {
    const [s1, s2] = parseConllu(FIXTURE);
    assert.ok(s1 && s2);
    assert.deepEqual(
      s1.words.map((w) => w.form),
      ['Rebels', 'do', "n't", 'deny', 'it', '.'],
    );
    assert.deepEqual(
      s1.words.map((w) => w.head),
      [3, 3, 3, -1, 3, 3],
    );
    assert.equal(s1.words[2]!.deprel, 'advmod');
    assert.equal(sentenceText(s2), 'Talks failed.');
  });

  it('writes back exactly what it read (round trip)', () => {
    const parsed = parseConllu(FIXTURE);
    assert.equal(writeConllu(parsed), FIXTURE);
    assert.deepEqual(parseConllu(writeConllu(parsed)), parsed);
  });

  it('rejects a line with the wrong number of columns, naming the line', () => {
    assert.throws(
      () => parseConllu('1\tx\tx\n', 'bad.conllu'),
      (e: unknown) => {
        const err = e as { code: string; location: { line: number } };
        return err.code === 'E012' && err.location.line === 1;
      },
    );
  });
});
