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

describe('auxiliaries shared by coordinated verbs', () => {
  it('gives a conjoined verb the modal of the verb it is coordinated with ("F should withdraw … and meet R")', () => {
    const parse = [
      '3 nsubj PROPN',
      '3 aux AUX should MD',
      '0 root VERB withdraw',
      '5 nmod:poss PRON',
      '3 obj NOUN troop NNS',
      '7 case ADP',
      '3 obl PROPN',
      '9 cc CCONJ',
      '3 conj VERB meet',
      '9 obj PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('Freedonia should withdraw its troops from Sylvania and meet Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.ok(!evs.some((e) => e.status === 'asserted'), JSON.stringify(evs.map((e) => [e.eventText, e.status])));
  });
  it('keeps a conjoined verb with its own auxiliary apart ("F withdrew … and will meet R": the withdrawal happened)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB withdraw VBD',
      '4 nmod:poss PRON',
      '2 obj NOUN troop NNS',
      '6 case ADP',
      '2 obl PROPN',
      '9 cc CCONJ',
      '9 aux AUX will MD',
      '2 conj VERB meet',
      '9 obj PROPN',
      '2 punct PUNCT',
    ];
    const doc = fixtureDoc('Freedonia withdrew its troops from Sylvania and will meet Ruritania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'withdrew')?.status, 'asserted');
    assert.ok(!evs.some((e) => e.eventText === 'meet' && e.status === 'asserted'));
  });
});

describe('a capitalised modal inside a sentence is a name', () => {
  it('keeps "Prime Minister Theresa May has blamed Sylvania" asserted, not a hypothetical (modal "may")', () => {
    const evs = codeEvents(
      fixtureDoc('Freedonia Prime Minister Theresa May has blamed Sylvania for the attack.', {
        mentions: M,
        published: '2020-05-01',
      }),
      lex,
    ).events;
    const e = evs.find((x) => x.event === 'ACCUSE');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.status, 'asserted');
  });
  it('still reads "Freedonia may blame Sylvania" as hypothetical', () => {
    const evs = codeEvents(fixtureDoc('Freedonia may blame Sylvania for the attack.', { mentions: M }), lex).events;
    assert.ok(
      evs.some((x) => x.event === 'ACCUSE' && x.status === 'hypothetical'),
      evs.map((x) => x.status).join(','),
    );
  });
});

describe('acts owed, not done', () => {
  const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('codes "Freedonia should withdraw its troops" and "ought to release" as hypothetical, not asserted', () => {
    for (const text of [
      'Freedonia should withdraw its troops from Sylvania.',
      'Freedonia ought to release the prisoners of Sylvania.',
    ]) {
      const evs = code(text);
      assert.ok(evs.length > 0, text);
      assert.ok(
        evs.every((e) => e.status === 'hypothetical'),
        `${text}: ${evs.map((e) => `${e.event}:${e.status}`).join(',')}`,
      );
      assert.ok(!evs.some((e) => e.event === 'THREATEN'), text);
    }
  });
});
