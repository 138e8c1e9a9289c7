import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import type { Event } from '../../schema/output.js';
import { fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const code = (text: string, mentions: readonly MentionSpec[], parse: readonly string[]) =>
  codeEvents(fixtureDoc(text, { mentions, parse, published: '2020-05-01' }), lex).events;
const accusations = (evs: readonly Event[]) => evs.filter((e) => e.event === 'ACCUSE');
const actors = (evs: readonly Event[]) => evs.flatMap((e) => e.actor.map((a) => a.actorText));
const OFFICERS: readonly MentionSpec[] = [
  ['the bureau', 'FRE', 'GOV'],
  ['three Ruritanian officers', 'RUR', 'MIL'],
];

describe('event arguments: round 4 (the charged are no chargers)', () => {
  it('does not make officers a past participle describes its actor when the tagger says past tense ("officers charged in the bombing", acl VBD)', () => {
    const evs = code(
      'The bureau replaced three Ruritanian officers charged in the bombing.',
      OFFICERS,
      [
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
      ],
    );
    assert.ok(!actors(accusations(evs)).includes('three Ruritanian officers'), JSON.stringify(actors(evs)));
  });
  it('does not make them its actor when the parse reads "officers charged …" as a clause of the verb before (ccomp)', () => {
    const evs = code(
      'The bureau replaced three Ruritanian officers charged in the bombing.',
      OFFICERS,
      [
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
      ],
    );
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
