import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lexical } from '../lexical.js';
import { readTextFolder, sentenceHashes, textSentences } from './news-text.js';

// invented text, not corpus data
const STORY = `Ministers Meet in Lisbon

The ministers met in Lisbon on Monday. They didn't agree on 1,200 new posts.

"We will talk again," the spokesman said.
`;

describe('unlabelled text for word clusters', () => {
  it('splits a news text into sentences and UD-style tokens as the segment stage does', () => {
    const s = textSentences(STORY);
    assert.deepEqual(s[0], ['Ministers', 'Meet', 'in', 'Lisbon']);
    assert.deepEqual(s[1], ['The', 'ministers', 'met', 'in', 'Lisbon', 'on', 'Monday', '.']);
    assert.deepEqual(s[2], ['They', 'did', "n't", 'agree', 'on', '1,200', 'new', 'posts', '.']);
    assert.equal(s.length, 4);
  });

  it('reads only .txt files, in name order, and hashes names and contents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-news-'));
    try {
      writeFileSync(join(dir, 'b.txt'), 'Second file here.\n');
      writeFileSync(join(dir, 'a.txt'), 'First file. Two sentences.\n');
      writeFileSync(join(dir, 'notes.md'), 'Not read.\n');
      mkdirSync(join(dir, 'sub'));
      const t = readTextFolder(dir);
      assert.equal(t.files, 2);
      assert.deepEqual(t.sentences, [
        ['First', 'file', '.'],
        ['Two', 'sentences', '.'],
        ['Second', 'file', 'here', '.'],
      ]);
      assert.equal(t.words, 10);
      assert.match(t.sha256, /^[0-9a-f]{64}$/);
      assert.equal(readTextFolder(dir).sha256, t.sha256);
      writeFileSync(join(dir, 'b.txt'), 'Second file there.\n');
      assert.notEqual(readTextFolder(dir).sha256, t.sha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with E001 when the folder is missing', () => {
    assert.throws(() => readTextFolder(join(tmpdir(), 'dyad-no-such-folder-x')), { code: 'E001' });
  });

  it('gives the lower-case, digit-normalised hashes that the lexicon is keyed by', () => {
    const [h] = sentenceHashes([['The', '1,200', 'Posts']]);
    assert.deepEqual([...h!], [...lexical(['the', '0,000', 'posts']).lower]);
  });
});
