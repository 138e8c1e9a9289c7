import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.sector)]));

describe('event arguments: a participle after an object, parsed as the root', () => {
  it('makes no doer of "captured" in "promised to release soldiers captured during the war"', () => {
    const evs = code('Freedonia promised to release soldiers captured during the war.', {
      mentions: [...STATES, ['soldiers', null, 'MIL']],
      // a parse that makes "captured" the root, with both Freedonia and the soldiers its subjects
      parse: [
        '6 nsubj PROPN Freedonia NNP',
        '6 dep VERB promise VBD',
        '4 mark PART to TO',
        '2 xcomp VERB release VB',
        '6 nsubj NOUN soldier NNS',
        '0 root VERB capture VBD',
        '9 case ADP during IN',
        '9 det DET the DT',
        '6 obl NOUN war NN',
        '6 punct PUNCT . .',
      ],
    });
    for (const e of evs.filter((x) => x.eventText === 'captured')) {
      assert.ok(!actorTexts(e.actor).includes('Freedonia'), show(evs));
      assert.ok(!actorTexts(e.actor).includes('soldiers'), show(evs));
    }
  });
});
