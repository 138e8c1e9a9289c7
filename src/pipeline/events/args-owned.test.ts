import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(
    evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.code ?? r.actorText)]),
  );

describe('event places as recipients: things someone owns', () => {
  it('does not direct "gunmen raided their house in Zenda" at the country of Zenda', () => {
    const evs = code('Sylvanian gunmen raided their house in Zenda on Monday.', {
      mentions: [['Sylvanian gunmen', 'SYL', 'REB']],
      places: [['Zenda', 'RUR']],
    });
    const e = evs.find((x) => x.eventText === 'raided');
    assert.ok(e, show(evs));
    assert.ok(!e.recipient.some((r) => r.code === 'RUR'), show(evs));
  });

  it('still directs "gunmen raided a house in Zenda" at the country of Zenda', () => {
    const evs = code('Sylvanian gunmen raided a house in Zenda on Monday.', {
      mentions: [['Sylvanian gunmen', 'SYL', 'REB']],
      places: [['Zenda', 'RUR']],
    });
    const e = evs.find((x) => x.eventText === 'raided');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['RUR'],
      show(evs),
    );
  });

  it('still directs "Freedonia closed its embassy in Zenda" at the country of Zenda', () => {
    const evs = code('Freedonia closed its embassy in Zenda on Monday.', {
      mentions: STATES,
      places: [['Zenda', 'RUR']],
    });
    const e = evs.find((x) => x.eventText === 'closed');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['RUR'],
      show(evs),
    );
  });
});

describe('event arguments: an aside listing members of an object', () => {
  it('makes neither the victims nor those among them the actor of "killed 40 people, including 6 Sylvanians, and injured …"', () => {
    const evs = code('The blasts killed 40 people, including 6 Sylvanians, and injured more than 300.', {
      mentions: [
        ['40 people', null, 'CVL'],
        ['6 Sylvanians', 'SYL', null],
      ],
      // a tagger's parse that hangs "killed" off "blasts" and makes "Sylvanians" the root
      parse: [
        '2 det DET the DT',
        '9 nsubj NOUN blast NNS',
        '2 acl VERB kill VBD',
        '5 nummod NUM 40 CD',
        '3 obj NOUN people NNS',
        '9 punct PUNCT , ,',
        '9 case VERB include VBG',
        '9 nummod NUM 6 CD',
        '0 root PROPN Sylvanians NNPS',
        '12 punct PUNCT , ,',
        '12 cc CCONJ and CC',
        '9 acl VERB injure VBN',
        '14 advmod ADJ more JJR',
        '13 fixed ADP than IN',
        '12 obj NUM 300 CD',
        '9 punct PUNCT . .',
      ],
    });
    for (const e of evs) {
      assert.ok(!actorTexts(e.actor).includes('40 people'), show(evs));
      assert.ok(!actorTexts(e.actor).includes('6 Sylvanians'), show(evs));
    }
  });
});

describe('event places as recipients: where a meeting is held', () => {
  it('does not direct "Freedonia met with its advisers in Zenda" at the country of Zenda', () => {
    const evs = code('Freedonia met with its advisers on Monday in Zenda.', {
      mentions: [...STATES, ['its advisers', 'FRE', 'GOV']],
      places: [['Zenda', 'RUR']],
    });
    const e = evs.find((x) => x.eventText === 'met');
    assert.ok(e, show(evs));
    assert.ok(!e.recipient.some((r) => r.code === 'RUR'), show(evs));
  });

  it('still directs "Freedonia met in Zenda" at the country of Zenda', () => {
    const evs = code('Freedonia officials met in Zenda on Monday.', {
      mentions: [['Freedonia officials', 'FRE', 'GOV']],
      places: [['Zenda', 'RUR']],
    });
    const e = evs.find((x) => x.eventText === 'met');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['RUR'],
      show(evs),
    );
  });
});
