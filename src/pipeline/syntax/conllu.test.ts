import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu, sentenceText, writeConllu } from './conllu.js';

const FIXTURE = `# sent_id = t-1
# text = Rebels don't deny it.
1	Rebels	rebel	NOUN	NNS	Number=Plur	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	deny	deny	VERB	VB	VerbForm=Inf	0	root	0:root	_
5	it	it	PRON	PRP	Case=Acc	4	obj	4:obj	SpaceAfter=No
5.1	denied	deny	VERB	VBD	_	_	_	4:conj	_
6	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = t-2
# text = Talks failed.
1	Talks	talk	NOUN	NNS	Number=Plur	2	nsubj	2:nsubj	_
2	failed	fail	VERB	VBD	Tense=Past	0	root	0:root	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	2:punct	_
`;

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
