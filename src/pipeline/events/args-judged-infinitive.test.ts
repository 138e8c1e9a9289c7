import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const code = fixtureCoder();
const show = (evs: readonly Event[]) =>
  JSON.stringify(evs.map((e) => [e.event, e.eventText, actorTexts(e.actor), e.recipient.map((r) => r.code)]));

describe('event arguments: a criticism of an act to be done to someone', () => {
  it('is not directed at whom the judged plan would act on ("criticized plans to expel diplomats from Sylvania")', () => {
    const evs = code('Freedonia criticized plans to expel diplomats from Sylvania.', { mentions: STATES });
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      [],
      show(evs),
    );
  });
  it('is not directed at a place the judged act is done to ("called the move the dumbest way to punish Borduria")', () => {
    const evs = code('Freedonia called the move "the dumbest possible way" to punish Borduria.', {
      mentions: STATES,
      places: [['Borduria', 'BOR']],
      parse: [
        '2 nsubj PROPN Freedonia NNP',
        '0 root VERB call VBD',
        '4 det DET the DT',
        '2 obj NOUN move NN',
        '9 punct PUNCT " ``',
        '9 det DET the DT',
        '9 amod ADJ dumb JJS',
        '9 amod ADJ possible JJ',
        '2 xcomp NOUN way NN',
        "9 punct PUNCT \" ''",
        '12 mark PART to TO',
        '9 acl VERB punish VB',
        '12 obj PROPN Borduria NNP',
        '2 punct PUNCT . .',
      ],
    });
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      [],
      show(evs),
    );
  });
  it('keeps the party named as criticised ("criticized Sylvania for its decision to invade Ruritania")', () => {
    const evs = code('Freedonia criticized Sylvania for its decision to invade Ruritania.', { mentions: STATES });
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, show(evs));
    assert.deepEqual(
      e.recipient.map((r) => r.code),
      ['SYL'],
      show(evs),
    );
  });
});
