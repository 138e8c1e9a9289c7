import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { fixtureCoder, STATES } from './fixtures.js';

const codeWith = fixtureCoder();

const code = codeWith;
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.actor.map((a) => a.code), e.recipient.map((a) => a.code)]));

describe('event places as recipients: asides', () => {
  it('takes no place inside an aside between dashes as the recipient of "signed the papers"', () => {
    const evs = code('Sylvania signed the papers in ceremonies -- broadcast live in Zenda -- to join the alliance.', {
      mentions: STATES,
      places: [['Zenda', 'RUR']],
    });
    assert.ok(evs.length > 0, show(evs));
    for (const e of evs) assert.ok(!e.recipient.some((r) => r.code === 'RUR'), show(evs));
  });
});

describe('event places as recipients: where a retreating actor is', () => {
  it('directs "rebels operating in Zenda have been demobilized" at the country of Zenda', () => {
    const evs = code('Sylvanian rebels operating in Zenda have been demobilized since the accord.', {
      mentions: [['Sylvanian rebels', 'SYL', 'REB']],
      places: [['Zenda', 'SYL']],
      parse: [
        '2 amod ADJ sylvanian JJ',
        '8 nsubj:pass NOUN rebel NNS',
        '2 acl VERB operate VBG',
        '5 case ADP in IN',
        '3 obl PROPN Zenda NNP',
        '8 aux AUX have VBP',
        '8 aux:pass AUX be VBN',
        '0 root VERB demobilize VBN',
        '11 case ADP since IN',
        '11 det DET the DT',
        '8 obl NOUN accord NN',
        '8 punct PUNCT . .',
      ],
    });
    const retreats = evs.filter((e) => e.event === 'RETREAT');
    assert.ok(retreats.length > 0, show(evs));
    assert.deepEqual(
      retreats[0]?.recipient.map((r) => r.code),
      ['SYL'],
      show(evs),
    );
  });
});

describe('event places as recipients: those taken from a place', () => {
  it('directs "evacuated the wounded from the town of Zenda" at the country of Zenda', () => {
    const evs = code('Sylvania evacuated the wounded from the town of Zenda.', {
      mentions: STATES,
      places: [['Zenda', 'RUR']],
    });
    const aid = evs.filter((e) => e.event === 'AID');
    assert.ok(aid.length > 0, show(evs));
    assert.deepEqual(
      aid[0]?.recipient.map((r) => r.code),
      ['RUR'],
      show(evs),
    );
  });
});
