import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), actorTexts(e.recipient)]));

describe('event arguments: the party asked by a call', () => {
  it('does not make a party named before "called on all states to …" the one called on', () => {
    const evs = code(
      'Freedonia condemned the shelling of the Sylvanian embassy on Monday and called on all states to cooperate with investigators.',
      { mentions: [...STATES, ['the Sylvanian embassy', 'SYL', 'GOV']] },
    );
    const e = evs.find((x) => x.eventText === 'called');
    assert.ok(e, show(evs));
    assert.ok(!actorTexts(e.recipient).includes('the Sylvanian embassy'), show(evs));
  });

  it('still makes the party named after the call the one asked ("called on Ruritania to cooperate")', () => {
    const evs = code(
      'Freedonia condemned the shelling on Monday and called on Ruritania to cooperate with investigators.',
      {
        mentions: STATES,
      },
    );
    const e = evs.find((x) => x.eventText === 'called');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.recipient), ['Ruritania'], show(evs));
  });
  it('gives "called on all states to cooperate with Ruritania" no recipient: the ones asked are no party', () => {
    const evs = code('Freedonia condemned the shelling and called on all states to cooperate with Ruritania.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB condemn VBD',
        '4 det DET the DT',
        '2 obj NOUN shelling NN',
        '6 cc CCONJ and CC',
        '2 conj VERB call VBD',
        '9 case ADP on IN',
        '9 det DET all DT',
        '6 obl NOUN state NNS',
        '11 mark PART to TO',
        '6 xcomp VERB cooperate VB',
        '13 case ADP with IN',
        '11 obl PROPN Ruritania NNP',
        '2 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.eventText === 'called');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.recipient), [], show(evs));
  });

  it('still directs "urged Ruritania to hold talks with Sylvania" at Ruritania', () => {
    const evs = code('Freedonia urged Ruritania to hold talks with Sylvania.', { mentions: STATES });
    const e = evs.find((x) => x.eventText === 'urged');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.recipient), ['Ruritania'], show(evs));
  });
});
