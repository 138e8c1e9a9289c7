import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.code)]));

describe('event arguments: a participle aside before an earlier verb', () => {
  it('makes the party before ", facing Sylvanian troops …, today sought peace by promising to withdraw" the one withdrawing', () => {
    const evs = code(
      'Freedonia, facing Sylvanian troops at the border, today sought peace by promising to withdraw from Ruritania.',
      {
        mentions: [...STATES, ['Sylvanian troops', 'SYL', 'MIL']],
        // a parse that gives neither "sought" nor "withdraw" a subject
        parse: [
          '11 dep PROPN Freedonia NNP',
          '3 punct PUNCT , ,',
          '1 acl VERB face VBG',
          '5 amod ADJ sylvanian JJ',
          '3 obj NOUN troop NNS',
          '8 case ADP at IN',
          '8 det DET the DT',
          '3 obl NOUN border NN',
          '11 punct PUNCT , ,',
          '11 advmod NOUN today NN',
          '0 root VERB seek VBD',
          '11 obj NOUN peace NN',
          '14 mark SCONJ by IN',
          '11 advcl VERB promise VBG',
          '16 mark PART to TO',
          '14 xcomp VERB withdraw VB',
          '18 case ADP from IN',
          '16 obl PROPN Ruritania NNP',
          '11 punct PUNCT . .',
        ],
      },
    );
    const e = evs.find((x) => x.eventText === 'withdraw');
    assert.ok(e, show(evs));
    assert.deepEqual(actorTexts(e.actor), ['Freedonia'], show(evs));
  });
  it('keeps a party named after the aside closes as the one acting ("…, said Ruritania would withdraw")', () => {
    const evs = code('Freedonia, facing Sylvanian troops at the border, said Ruritania would withdraw.', {
      mentions: [...STATES, ['Sylvanian troops', 'SYL', 'MIL']],
    });
    for (const e of evs.filter((x) => x.eventText === 'withdraw'))
      assert.ok(!actorTexts(e.actor).includes('Freedonia'), show(evs));
  });
});

describe('event arguments: a bare count in a parallel clause', () => {
  it('takes no recipient from the other clause\'s group that bears that clause\'s state ("X expelled 60 diplomats, Y expelled 13")', () => {
    const evs = code('Freedonia has expelled 60 diplomats, Sylvania has expelled 13, officials said.', {
      mentions: [...STATES, ['60 diplomats', 'FRE', 'GOV']],
    });
    const e = evs.find((x) => x.eventText === 'expelled' && actorTexts(x.actor).includes('Sylvania'));
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      [],
      show(evs),
    );
  });
  it('still counts a group of another state ("arrested 40 Sylvanian protesters, Osterlich arrested 12")', () => {
    const evs = code('Freedonia has arrested 40 Sylvanian protesters, Osterlich has arrested 12, officials said.', {
      mentions: [...STATES, ['40 Sylvanian protesters', 'SYL', 'CVL']],
    });
    const e = evs.find((x) => x.eventText === 'arrested' && actorTexts(x.actor).includes('Osterlich'));
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
      show(evs),
    );
  });
});

describe('event arguments: a participle aside after a thing', () => {
  it('does not skip an aside that sets off no party ("a process, involving Sylvania, to end the war")', () => {
    const evs = code('Freedonia wants a process, involving Sylvania, to end the war.', { mentions: STATES });
    for (const e of evs.filter((x) => x.eventText === 'end'))
      assert.ok(!actorTexts(e.actor).includes('Freedonia'), show(evs));
  });
});

describe('event arguments: a request and the means it is sought by', () => {
  it('takes no recipient from the act promised as its means ("sought peace by promising to release Sylvanian prisoners")', () => {
    const evs = code('Freedonia sought peace by promising to release Sylvanian prisoners.', {
      mentions: [...STATES, ['Sylvanian prisoners', 'SYL', 'CVL']],
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB seek VBD',
        '2 obj NOUN peace NN',
        '5 mark SCONJ by IN',
        '2 advcl VERB promise VBG',
        '7 mark PART to TO',
        '5 xcomp VERB release VB',
        '9 amod ADJ sylvanian JJ',
        '7 obj NOUN prisoner NNS',
        '2 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.eventText === 'sought');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      [],
      show(evs),
    );
  });
});
