import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const coder = fixtureCoder();

const M: MentionSpec[] = [...STATES];
const code = (text: string, parse: string[]) => coder(text, { mentions: M, parse });

describe('acts still to be verified', () => {
  it('codes "charged with verifying that Freedonia has destroyed the depots of Sylvania" as hypothetical', () => {
    const parse = [
      '2 det DET the DT',
      '4 nsubj NOUN monitor NNS',
      '4 aux AUX be VBP',
      '0 root VERB charge VBN',
      '6 mark SCONJ with IN',
      '4 advcl VERB verify VBG',
      '6 obj DET that DT',
      '10 nsubj PROPN Freedonia NNP',
      '10 aux AUX have VBZ',
      '4 conj VERB destroy VBN',
      '12 det DET the DT',
      '10 obj NOUN depot NNS',
      '14 case ADP of IN',
      '12 nmod PROPN Sylvania NNP',
      '4 punct PUNCT . .',
    ];
    const evs = code(
      'The monitors are charged with verifying that Freedonia has destroyed the depots of Sylvania.',
      parse,
    );
    const d = evs.filter((e) => e.eventText === 'destroyed');
    assert.ok(d.length > 0, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    for (const e of d) assert.equal(e.status, 'hypothetical', (e.explain ?? []).join(' | '));
  });
});
