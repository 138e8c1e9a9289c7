import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu } from './conllu.js';
import { locateWords, scoreAligned, scoreGoldTokens } from './score.js';

const GOLD = `# text = They don't vote.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	vote	vote	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
`;

describe('syntax scoring', () => {
  const sents = parseConllu(GOLD);
  it('locates words in raw text, splitting a multiword token that its words spell out', () => {
    const { words } = locateWords("They don't vote.", sents, 0, 0);
    assert.deepEqual(
      words.map((w) => [w.start, w.end, w.located]),
      [
        [0, 4, true],
        [5, 7, true],
        [7, 10, true],
        [11, 15, true],
        [15, 16, true],
      ],
    );
  });

  it('scores aligned system words by F1, following heads through the alignment', () => {
    const { words } = locateWords("They don't vote.", sents, 0, 0);
    // the system keeps "don't" whole and attaches the period to "They"
    const sys = [
      { start: 0, end: 4, upos: 'PRON', head: 2, deprel: 'nsubj' },
      { start: 5, end: 10, upos: 'AUX', head: 2, deprel: 'aux' },
      { start: 11, end: 15, upos: 'VERB', head: -1, deprel: 'root' },
      { start: 15, end: 16, upos: 'PUNCT', head: 0, deprel: 'punct' },
    ];
    const r = scoreAligned(words, sys);
    assert.equal(r.aligned, 3);
    assert.equal(r.upos.toFixed(2), ((200 * 3) / 9).toFixed(2));
    assert.equal(r.las.toFixed(2), ((200 * 2) / 9).toFixed(2));
  });

  it('scores gold-tokenised output per word', () => {
    const s = sents[0]!;
    const sys = {
      upos: s.words.map((w) => w.upos),
      xpos: s.words.map((w) => w.xpos),
      lemma: s.words.map((w) => w.lemma),
      head: s.words.map((w) => w.head),
      deprel: s.words.map((w, i) => (i === 0 ? 'obj' : w.deprel)),
    };
    const g = scoreGoldTokens(sents, [sys]);
    assert.equal(g.upos, 100);
    assert.equal(g.uas, 100);
    assert.equal(g.las, 80);
  });
});
