import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeSpan } from './tokenize.js';

const toks = (s: string) => tokenizeSpan(s, { start: 0, end: s.length }).map((t) => s.slice(t.start, t.end));

describe('tokeniser: UD English conventions for web text', () => {
  it('keeps a run of one punctuation mark as one token', () => {
    assert.deepEqual(toks('No way!!! Really???'), ['No', 'way', '!!!', 'Really', '???']);
    assert.deepEqual(toks('******'), ['******']);
  });
  it('keeps emoticons whole', () => {
    assert.deepEqual(toks('thanks :) see you ;-('), ['thanks', ':)', 'see', 'you', ';-(']);
  });
  it('still splits a colon before a word or number', () => {
    assert.deepEqual(toks('Note:Do it at 10:30'), ['Note', ':', 'Do', 'it', 'at', '10:30']);
  });
});
