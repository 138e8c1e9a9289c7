import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];
const code = (text: string, parse: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;

describe('acts no one said happened', () => {
  it('makes the attack of "Freedonia did not say that Sylvania attacked the port" hypothetical', () => {
    const parse = [
      '4 nsubj PROPN Freedonia NNP',
      '4 aux AUX do VBD',
      '4 advmod PART not RB',
      '0 root VERB say VB',
      '7 mark SCONJ that IN',
      '7 nsubj PROPN Sylvania NNP',
      '4 ccomp VERB attack VBD',
      '9 det DET the DT',
      '7 obj NOUN port NN',
      '4 punct PUNCT . .',
    ];
    const events = code('Freedonia did not say that Sylvania attacked the port.', parse);
    assert.equal(events.find((e) => e.eventText === 'attacked')?.status, 'hypothetical');
  });

  it('codes no accusation for "Freedonia never claimed that Sylvania had attacked the port"', () => {
    const parse = [
      '3 nsubj PROPN Freedonia NNP',
      '3 advmod ADV never RB',
      '0 root VERB claim VBD',
      '7 mark SCONJ that IN',
      '7 nsubj PROPN Sylvania NNP',
      '7 aux AUX have VBD',
      '3 ccomp VERB attack VBN',
      '9 det DET the DT',
      '7 obj NOUN port NN',
      '3 punct PUNCT . .',
    ];
    const events = code('Freedonia never claimed that Sylvania had attacked the port.', parse);
    assert.equal(events.find((e) => e.eventText === 'attacked')?.status, 'hypothetical');
    assert.ok(!events.some((e) => e.event === 'ACCUSE' && e.status === 'asserted'));
  });

  it('keeps the attack of "Freedonia said that Sylvania attacked the port" asserted', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB say VBD',
      '5 mark SCONJ that IN',
      '5 nsubj PROPN Sylvania NNP',
      '2 ccomp VERB attack VBD',
      '7 det DET the DT',
      '5 obj NOUN port NN',
      '2 punct PUNCT . .',
    ];
    const events = code('Freedonia said that Sylvania attacked the port.', parse);
    assert.equal(events.find((e) => e.eventText === 'attacked')?.status, 'asserted');
  });

  it('keeps the attack of "Freedonia did not say who attacked Sylvania" asserted (the wh-clause is not negated)', () => {
    const parse = [
      '4 nsubj PROPN Freedonia NNP',
      '4 aux AUX do VBD',
      '4 advmod PART not RB',
      '0 root VERB say VB',
      '6 nsubj PRON who WP',
      '4 ccomp VERB attack VBD',
      '6 obj PROPN Sylvania NNP',
      '4 punct PUNCT . .',
    ];
    // (coded without an actor, as the option allows, to see its status)
    const doc = fixtureDoc('Freedonia did not say who attacked Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const { events } = codeEvents(doc, lex, { actorless: true });
    assert.equal(events.find((e) => e.eventText === 'attacked')?.status, 'asserted');
  });
});
