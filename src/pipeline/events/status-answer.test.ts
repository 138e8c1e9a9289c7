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
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex);

describe('a denial answering the charge before it in the same sentence', () => {
  // "which" read as the object of a relative clause hung on the act noun
  const relative = [
    '2 nsubj PROPN Freedonia NNP',
    '0 root VERB blame VBZ',
    '2 obj PROPN Sylvania NNP',
    '6 case ADP for IN',
    '6 det DET the DT',
    '2 obl NOUN attack NN',
    '11 punct PUNCT , ,',
    '11 obj PRON which WDT',
    '11 nsubj PROPN Sylvania NNP',
    '11 advmod ADV firmly RB',
    '6 acl:relcl VERB deny VBZ',
    '2 punct PUNCT . .',
  ];
  const relativeText = 'Freedonia blames Sylvania for the attack, which Sylvania firmly denies.';

  it('codes "…, which Sylvania firmly denies" as an asserted REJECT by Sylvania', () => {
    const { events } = code(relativeText, relative);
    const reject = events.find((e) => e.eventText === 'denies');
    assert.ok(reject, `coded: ${events.map((e) => `${e.event} ${e.eventText}`).join(', ')}`);
    assert.equal(reject.event, 'REJECT');
    assert.equal(reject.status, 'asserted');
    assert.deepEqual(
      reject.actor.map((a) => a.code),
      ['SYL'],
    );
  });

  it('links that denial to the accusation in the claims ledger', () => {
    const { claims } = code(relativeText, relative);
    const claim = claims.find((c) => c.claimant.some((a) => a.code === 'FRE'));
    assert.ok(claim, `claims: ${claims.map((c) => c.key).join(', ')}`);
    assert.deepEqual(
      claim.responses.map((r) => [r.stance, r.by.map((b) => b.code).join('+')]),
      [['deny', 'SYL']],
    );
  });

  it('codes "…, a charge denied by Ruritania" as Ruritania denying, not as part of the charge', () => {
    const parse = [
      '2 nsubj PROPN Osterlich NNP',
      '0 root VERB accuse VBD',
      '2 obj PROPN Ruritania NNP',
      '6 case ADP of IN',
      '6 det DET the DT',
      '3 nmod NOUN bombing NN',
      '9 punct PUNCT , ,',
      '9 det DET a DT',
      '2 obl NOUN charge NN',
      '9 acl VERB deny VBN',
      '12 case ADP by IN',
      '10 obl:agent PROPN Ruritania NNP',
      '2 punct PUNCT . .',
    ];
    const { events, claims } = code('Osterlich accused Ruritania of the bombing, a charge denied by Ruritania.', parse);
    const reject = events.find((e) => e.eventText === 'denied');
    assert.ok(reject, `coded: ${events.map((e) => `${e.event} ${e.eventText}`).join(', ')}`);
    assert.equal(reject.status, 'asserted');
    assert.deepEqual(
      reject.actor.map((a) => a.code),
      ['RUR'],
    );
    assert.ok(claims.some((c) => c.responses.some((r) => r.by.some((b) => b.code === 'RUR'))));
  });

  it('leaves a denial that is itself the charge ("accused Sylvania of denying aid") claimed', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB accuse VBD',
      '2 obj PROPN Sylvania NNP',
      '5 mark SCONJ of IN',
      '2 advcl VERB deny VBG',
      '5 obj NOUN aid NN',
      '2 punct PUNCT . .',
    ];
    const { events } = code('Freedonia accused Sylvania of denying aid.', parse);
    assert.ok(!events.some((e) => e.eventText === 'denying' && e.status === 'asserted'));
  });

  it('codes the act of "rejected allegations that Osterlich had armed Sylvania" as denied when the parse hangs the clause on the verb', () => {
    const parse = [
      '2 nsubj PROPN Freedonia NNP',
      '0 root VERB reject VBD',
      '2 obj NOUN allegation NNS',
      '7 mark SCONJ that IN',
      '7 nsubj PROPN Osterlich NNP',
      '7 aux AUX have VBD',
      '2 ccomp VERB arm VBN',
      '7 obj PROPN Sylvania NNP',
      '2 punct PUNCT . .',
    ];
    const { events } = code('Freedonia rejected allegations that Osterlich had armed Sylvania.', parse);
    const armed = events.find((e) => e.eventText === 'armed');
    assert.ok(armed, `coded: ${events.map((e) => `${e.event} ${e.eventText}`).join(', ')}`);
    assert.equal(armed.status, 'denied');
  });
});
