import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

describe('event arguments: countries from places (a place talked about is not where the actor acts)', () => {
  it('does not give a generic actor the country of a place that opens a clause of its own ("Ruritania is safe, and they should continue investing …, X said")', () => {
    const text = 'Ruritania is safe, and they should continue investing in the country, Sylvania said.';
    const evs = codeEvents(
      fixtureDoc(text, {
        mentions: [
          ['they', null, 'CVL'],
          ['Sylvania', 'SYL', 'GOV'],
          ['the country', 'RUR', null],
        ],
        places: [['Ruritania', 'RUR']],
        parse: [
          '3 nsubj PROPN Ruritania NNP',
          '3 cop AUX be VBZ',
          '15 ccomp ADJ safe JJ',
          '8 punct PUNCT , ,',
          '8 cc CCONJ and CC',
          '8 nsubj PRON they PRP',
          '8 aux AUX should MD',
          '3 conj VERB continue VB',
          '8 xcomp VERB invest VBG',
          '12 case ADP in IN',
          '12 det DET the DT',
          '9 obl NOUN country NN',
          '15 punct PUNCT , ,',
          '15 nsubj PROPN Sylvania NNP',
          '0 root VERB say VBD',
          '15 punct PUNCT . .',
        ],
        published: '2020-05-01',
      }),
      lex,
    ).events;
    const invest = evs.filter((e) => e.actor.some((a) => a.actorText === 'they'));
    assert.ok(invest.length > 0, JSON.stringify(evs.map((e) => [e.event, e.actor])));
    assert.ok(
      invest.every((e) => e.actor.every((a) => a.code !== 'RUR')),
      JSON.stringify(invest.map((e) => e.explain)),
    );
  });
});
