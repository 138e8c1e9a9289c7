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

describe('the claims ledger on a charge answered in the same sentence', () => {
  it('makes the speaker of "Freedonia says …, a charge that Sylvania denies" the claimant of what Sylvania denies', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB say VBZ',
      '5 nsubj:pass PROPN Sylvania NNP',
      '5 aux:pass AUX be VBD',
      '2 ccomp VERB involve VBN',
      '8 case ADP in IN',
      '8 det DET the DT',
      '5 obl NOUN attack NN',
      '11 punct PUNCT , ,',
      '11 det DET a DT',
      '8 appos NOUN charge NN',
      '14 obj PRON that WDT',
      '14 nsubj PROPN Sylvania NNP',
      '11 acl:relcl VERB deny VBZ',
      '2 punct PUNCT . .',
    ];
    const text = 'Freedonia says Sylvania was involved in the attack, a charge that Sylvania denies.';
    const { claims } = codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex);
    const got = claims.map((c) => ({
      claimant: c.claimant.map((a) => a.code).join('+'),
      accused: c.accused.map((a) => a.code).join('+'),
      responses: c.responses.map((r) => `${r.stance}:${r.by.map((b) => b.code).join('+')}`),
    }));
    assert.deepEqual(got, [{ claimant: 'FRE', accused: 'SYL', responses: ['deny:SYL'] }]);
  });
});
