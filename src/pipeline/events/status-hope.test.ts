import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const coder = fixtureCoder();

const M: MentionSpec[] = [...STATES];
/** The status of the event coded on `word`, or 'none'. */
const statusOn = (text: string, parse: string[], word: string): string => {
  const evs = coder(text, { mentions: M, parse });
  return evs.find((e) => e.eventText === word)?.status ?? `none (coded: ${evs.map((e) => e.eventText).join(',')})`;
};

describe('acts only hoped for, feared or doubted', () => {
  it('makes a deal markets hope for ("on hopes that X and Y would reach a deal") hypothetical', () => {
    const parse = [
      '2 nsubj NOUN market NNS',
      '0 root VERB rise VBD',
      '4 case ADP on IN',
      '2 obl NOUN hope NNS',
      '10 mark SCONJ that IN',
      '10 nsubj PROPN Freedonia NNP',
      '8 cc CCONJ and CC',
      '6 conj PROPN Sylvania NNP',
      '10 aux AUX would MD',
      '4 acl VERB reach VB',
      '12 det DET a DT',
      '10 obj NOUN deal NN',
      '2 punct PUNCT . .',
    ];
    assert.equal(
      statusOn('Markets rose on hopes that Freedonia and Sylvania would reach a deal.', parse, 'deal'),
      'hypothetical',
    );
  });

  it('makes an attack someone doubts will come ("doubted that Freedonia would attack Sylvania") hypothetical', () => {
    const parse = [
      '2 nsubj PROPN Ruritania NNP',
      '0 root VERB doubt VBD',
      '6 mark SCONJ that IN',
      '6 nsubj PROPN Freedonia NNP',
      '6 aux AUX would MD',
      '2 ccomp VERB attack VB',
      '6 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    assert.equal(statusOn('Ruritania doubted that Freedonia would attack Sylvania.', parse, 'attack'), 'hypothetical');
  });

  it('keeps what a party hopes to do itself intended ("Freedonia hopes to sign a deal with Sylvania")', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB hope VBZ',
      '4 mark PART to TO',
      '2 xcomp VERB sign VB',
      '6 det DET a DT',
      '4 obj NOUN deal NN',
      '8 case ADP with IN',
      '6 nmod PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const got = statusOn('Freedonia hopes to sign a deal with Sylvania.', parse, 'sign');
    assert.ok(got === 'intended' || got.startsWith('none'), got);
  });

  it('leaves an attack told after a fear for itself ("fled in fear as troops attacked") asserted', () => {
    const parse = [
      '2 nsubj NOUN resident NNS',
      '0 root VERB flee VBD',
      '4 case ADP in IN',
      '2 obl NOUN fear NN',
      '7 mark SCONJ as IN',
      '7 nsubj PROPN Osterlich NNP',
      '2 advcl VERB attack VBD',
      '9 det DET the DT',
      '7 obj NOUN town NN',
      '2 punct PUNCT . .',
    ];
    assert.equal(statusOn('Residents fled in fear as Osterlich attacked the town.', parse, 'attacked'), 'asserted');
  });
});
