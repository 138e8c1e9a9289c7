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

// Twelve victims of the Zenda embassy bombing were flown home by the Sylvanian minister .
const VICTIMS = [
  '2 nummod NUM twelve CD',
  '9 nsubj:pass NOUN victim NNS',
  '7 case ADP of IN',
  '7 det DET the DT',
  '7 compound PROPN Zenda NNP',
  '7 compound NOUN embassy NN',
  '2 nmod NOUN bombing NN',
  '9 aux:pass AUX be VBD',
  '0 root VERB fly VBN',
  '9 advmod ADV home RB',
  '14 case ADP by IN',
  '14 det DET the DT',
  '14 amod ADJ Sylvanian JJ',
  '9 obl:agent NOUN minister NN',
  '9 punct PUNCT . .',
];
const VICTIMS_TEXT = 'Twelve victims of the Zenda embassy bombing were flown home by the Sylvanian minister.';
const assaults = (evs: readonly Event[]) => evs.filter((e) => e.event === 'ASSAULT');
const actors = (evs: readonly Event[]) => evs.flatMap((e) => e.actor.map((a) => a.actorText));

describe("event arguments: nominal acts inside another party's phrase", () => {
  it('does not make the victims a bombing is named after its actor ("victims of the Zenda embassy bombing")', () => {
    const evs = code(
      VICTIMS_TEXT,
      [
        ['Twelve victims of the Zenda', 'FRE', 'CVL'],
        ['the Sylvanian minister', 'SYL', 'GOV'],
      ],
      VICTIMS,
    );
    assert.ok(!actors(assaults(evs)).includes('Twelve victims of the Zenda'), JSON.stringify(actors(evs)));
  });
  it('does not take the agent of the verb after the phrase as the act\'s actor ("… bombing were flown home by X")', () => {
    const evs = code(
      VICTIMS_TEXT,
      [
        ['Twelve victims', 'FRE', 'CVL'],
        ['the Sylvanian minister', 'SYL', 'GOV'],
      ],
      VICTIMS,
    );
    assert.ok(!actors(assaults(evs)).includes('the Sylvanian minister'), JSON.stringify(actors(evs)));
  });
  it('still takes the agent of a passive whose subject is the act ("the attacks were plotted by X")', () => {
    // Freedonia says the attacks were plotted by the Sylvanian minister .
    const evs = code(
      'Freedonia says the attacks were plotted by the Sylvanian minister.',
      [
        ['Freedonia', 'FRE', 'GOV'],
        ['the Sylvanian minister', 'SYL', 'GOV'],
      ],
      [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB say VBZ',
        '4 det DET the DT',
        '6 nsubj:pass NOUN attack NNS',
        '6 aux:pass AUX be VBD',
        '2 ccomp VERB plot VBN',
        '10 case ADP by IN',
        '10 det DET the DT',
        '10 amod ADJ Sylvanian JJ',
        '6 obl:agent NOUN minister NN',
        '2 punct PUNCT . .',
      ],
    );
    assert.deepEqual(actors(assaults(evs)), ['the Sylvanian minister']);
  });
});
