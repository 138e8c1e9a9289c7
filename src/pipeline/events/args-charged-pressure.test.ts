import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { fixtureCoder, type MentionSpec } from './fixtures.js';

const codeWith = fixtureCoder();

const code = (text: string, mentions: readonly MentionSpec[], parse: readonly string[]) =>
  codeWith(text, { mentions, parse });
const requests = (evs: readonly Event[]) => evs.filter((e) => e.event === 'REQUEST');
const accusations = (evs: readonly Event[]) => evs.filter((e) => e.event === 'ACCUSE');
const actors = (evs: readonly Event[]) => evs.flatMap((e) => e.actor.map((a) => a.actorText));
const OFFICERS: readonly MentionSpec[] = [
  ['the bureau', 'FRE', 'GOV'],
  ['three Ruritanian officers', 'RUR', 'MIL'],
];

describe('event arguments: the charged are no chargers', () => {
  it('does not make officers a past participle describes its actor when the tagger says past tense ("officers charged in the bombing", acl VBD)', () => {
    const evs = code('The bureau replaced three Ruritanian officers charged in the bombing.', OFFICERS, [
      '2 det DET the DT',
      '3 nsubj NOUN bureau NN',
      '0 root VERB replace VBD',
      '6 nummod NUM three CD',
      '6 amod PROPN Ruritanian NNP',
      '3 obj NOUN officer NNS',
      '6 acl VERB charge VBD',
      '10 case ADP in IN',
      '10 det DET the DT',
      '7 obl NOUN bombing NN',
      '3 punct PUNCT . .',
    ]);
    assert.ok(!actors(accusations(evs)).includes('three Ruritanian officers'), JSON.stringify(actors(evs)));
  });
  it('does not make them its actor when the parse reads "officers charged …" as a clause of the verb before (ccomp)', () => {
    const evs = code('The bureau replaced three Ruritanian officers charged in the bombing.', OFFICERS, [
      '2 det DET the DT',
      '3 nsubj NOUN bureau NN',
      '0 root VERB replace VBD',
      '6 nummod NUM three CD',
      '6 amod PROPN Ruritanian NNP',
      '7 nsubj NOUN officer NNS',
      '3 ccomp VERB charge VBD',
      '10 case ADP in IN',
      '10 det DET the DT',
      '7 obl NOUN bombing NN',
      '3 punct PUNCT . .',
    ]);
    assert.ok(!actors(accusations(evs)).includes('three Ruritanian officers'), JSON.stringify(actors(evs)));
  });
  it('keeps the subject of a clause after a verb of saying ("the paper says the officers charged the guards")', () => {
    const evs = code(
      'The paper says three Ruritanian officers charged two guards with theft.',
      [
        ['The paper', 'FRE', 'MED'],
        ['three Ruritanian officers', 'RUR', 'MIL'],
        ['two guards', 'FRE', 'COP'],
      ],
      [
        '2 det DET the DT',
        '3 nsubj NOUN paper NN',
        '0 root VERB say VBZ',
        '6 nummod NUM three CD',
        '6 amod PROPN Ruritanian NNP',
        '7 nsubj NOUN officer NNS',
        '3 ccomp VERB charge VBD',
        '9 nummod NUM two CD',
        '7 obj NOUN guard NNS',
        '11 case ADP with IN',
        '7 obl NOUN theft NN',
        '3 punct PUNCT . .',
      ],
    );
    assert.ok(actors(accusations(evs)).includes('three Ruritanian officers'), JSON.stringify(actors(evs)));
  });
});

describe('event arguments: the party under pressure is pressed, not pressing', () => {
  it('does not make the party under pressure its presser ("the Ruritanians would be under pressure to expel …")', () => {
    const evs = codeWith('The Ruritanians would be under pressure to expel Sylvanian troops.', {
      mentions: [
        ['The Ruritanians', 'RUR', null],
        ['Sylvanian troops', 'SYL', 'MIL'],
      ],
      parse: [
        '2 det DET the DT',
        '6 nsubj PROPN Ruritanian NNPS',
        '6 aux AUX would MD',
        '6 cop AUX be VB',
        '6 case ADP under IN',
        '0 root NOUN pressure NN',
        '8 mark PART to TO',
        '6 acl VERB expel VB',
        '10 amod ADJ Sylvanian JJ',
        '8 obj NOUN troop NNS',
        '6 punct PUNCT . .',
      ],
    });
    assert.ok(!actors(requests(evs)).includes('The Ruritanians'), JSON.stringify(actors(evs)));
  });
  it('takes the "from" party, even one read as a place, as the presser ("Ruritania is under pressure from Sylvania")', () => {
    const evs = codeWith('Ruritania is under pressure from Sylvania to free the prisoners.', {
      mentions: [['Ruritania', 'RUR', null]],
      places: [['Sylvania', 'SYL']],
      parse: [
        '4 nsubj PROPN Ruritania NNP',
        '4 cop AUX be VBZ',
        '4 case ADP under IN',
        '0 root NOUN pressure NN',
        '6 case ADP from IN',
        '4 nmod PROPN Sylvania NNP',
        '8 mark PART to TO',
        '4 acl VERB free VB',
        '10 det DET the DT',
        '8 obj NOUN prisoner NNS',
        '4 punct PUNCT . .',
      ],
    });
    const r = requests(evs);
    assert.deepEqual(
      r.map((e) => [e.actor.map((a) => a.code), e.recipient.map((a) => a.code)]),
      [[['SYL'], ['RUR']]],
      JSON.stringify(r.map((e) => e.explain)),
    );
  });
});
