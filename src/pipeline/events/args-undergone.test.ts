import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../schema/output.js';
import { actorTexts, fixtureCoder, STATES } from './fixtures.js';

const codeWith = fixtureCoder();

const code = codeWith;
const texts = actorTexts;
const types = (evs: readonly Event[]) => JSON.stringify(evs.map((e) => [e.event, texts(e.recipient)]));

describe('event arguments: parties that undergo or fill what an act is about', () => {
  it('directs "demanded the boy\'s return" at no one, not at the boy', () => {
    const evs = code("Sylvania demanded the boy's return to his father.", {
      mentions: [...STATES, ['the boy', null, 'CVL']],
    });
    const asks = evs.filter((e) => e.event === 'REQUEST');
    assert.ok(asks.length > 0, types(evs));
    for (const e of asks) assert.ok(!texts(e.recipient).includes('the boy'), types(evs));
  });

  it('does not make the doctors of "investigate shootings of doctors" the ones investigated', () => {
    const evs = code('Sylvania is investigating the shootings of doctors.', {
      mentions: [...STATES, ['doctors', null, 'HLH']],
    });
    assert.ok(evs.length > 0, types(evs));
    for (const e of evs.filter((x) => x.event === 'ACCUSE'))
      assert.ok(!texts(e.recipient).includes('doctors'), types(evs));
  });

  it('takes no "it" of "regrets that it has taken so long" as the one regretted', () => {
    const evs = code('Freedonia regrets that it has taken so long to respond.', {
      mentions: [...STATES, ['it', 'SYL', 'GOV']],
    });
    assert.ok(evs.length > 0, types(evs));
    for (const e of evs) assert.ok(!texts(e.recipient).includes('it'), types(evs));
  });

  it('does not accuse the plaintiff of "alleging he was a victim of profiling"', () => {
    const evs = code(
      'A young man has launched a lawsuit against the city, alleging he was a victim of racial profiling.',
      {
        mentions: [...STATES, ['A young man', 'FRE', 'CVL'], ['he', 'FRE', 'CVL']],
      },
    );
    const charges = evs.filter((e) => e.event === 'ACCUSE');
    assert.ok(charges.length > 0, types(evs));
    for (const e of charges) assert.ok(!texts(e.recipient).includes('he'), types(evs));
  });

  it('gives "agreed to give inspectors access to Freedonia\'s palaces" no recipient past the inspectors', () => {
    const evs = code("Sylvania agreed to give inspectors access to Freedonia's palaces.", {
      mentions: [...STATES, ["Freedonia's palaces", 'FRE', 'GOV']],
      parse: [
        '2 nsubj PROPN Sylvania NNP',
        '0 root VERB agree VBD',
        '4 mark PART to TO',
        '2 xcomp VERB give VB',
        '4 obj NOUN inspector NNS',
        '4 obj NOUN access NN',
        '10 case ADP to IN',
        '10 nmod:poss PROPN Freedonia NNP',
        "8 case PART 's POS",
        '6 nmod NOUN palace NNS',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(evs.length > 0, types(evs));
    for (const e of evs)
      assert.ok(!texts(e.recipient).some((x) => /palaces/.test(x)), JSON.stringify(evs.map((x) => x.explain)));
  });
});

describe('event arguments: the "by" party of the thing acted on', () => {
  it('directs "recognized victories by Freedonia" at Freedonia', () => {
    const evs = code('Sylvania recognized victories by Freedonia.', {
      mentions: STATES,
      parse: [
        '2 nsubj PROPN Sylvania NNP',
        '0 root VERB recognize VBD',
        '2 obj NOUN victory NNS',
        '5 case ADP by IN',
        '3 nmod PROPN Freedonia NNP',
        '2 punct PUNCT . .',
      ],
    });
    assert.ok(evs.length > 0, types(evs));
    assert.deepEqual(texts(evs[0]?.recipient ?? []), ['Freedonia'], types(evs));
  });
});

describe('event arguments: the owner of an aim', () => {
  it('makes Sylvania, whose aim it was, the actor of "Sylvania\'s aim in its talks with Freedonia was to press Ruritania"', () => {
    const evs = code("Sylvania's chief aim in its talks with Freedonia was to press Ruritania to withdraw.", {
      mentions: STATES,
    });
    const asks = evs.filter((e) => e.event === 'REQUEST');
    assert.ok(asks.length > 0, types(evs));
    assert.deepEqual(texts(asks[0]?.actor ?? []), ['Sylvania'], JSON.stringify(asks[0]?.actor));
  });
});
