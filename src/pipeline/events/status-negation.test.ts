import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { assertNoEvent, fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];

describe('failed acts', () => {
  it('codes the act of "failed to agree" as negated', () => {
    const doc = fixtureDoc('Freedonia and Sylvania failed to agree on Sunday.', {
      mentions: M,
      published: '2020-05-01',
    });
    const e = codeEvents(doc, lex).events.find((x) => x.event === 'AGREE');
    assert.ok(e);
    assert.equal(e.status, 'negated');
  });
  it('codes "failed to attack" as negated but "attacked" as asserted', () => {
    const st = (text: string) =>
      codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events.find(
        (x) => x.event === 'ASSAULT',
      )?.status;
    assert.equal(st('Freedonia failed to attack Sylvania.'), 'negated');
    assert.equal(st('Freedonia attacked Sylvania.'), 'asserted');
  });
});

describe('acts kept from happening', () => {
  const code = (text: string) => codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events;
  it('does not assert an attack someone was protected or prevented from ("protected X from being attacked by Y")', () => {
    const evs = code('Osterlich protected Sylvania from being attacked by Freedonia.');
    assertNoEvent(evs, (e) => e.event === 'ASSAULT' && e.status !== 'negated');
    const evs2 = code('Osterlich prevented Freedonia from attacking Sylvania.');
    assertNoEvent(evs2, (e) => e.event === 'ASSAULT' && e.status !== 'negated');
  });
});

describe('negations that leave the act done', () => {
  const statusOn = (text: string, word: string) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01' }), lex).events.find((e) => e.eventText === word)
      ?.status;
  it('reads "not … only" as the act done, and more ("is not being investigated only by Freedonia")', () => {
    assert.equal(statusOn('Sylvania is not being investigated only by Freedonia.', 'investigated'), 'asserted');
    assert.equal(statusOn('Sylvania is not being investigated by Freedonia.', 'investigated'), 'negated');
  });
  it('reads a denied stop as the act going on ("has not stopped attacking")', () => {
    assert.equal(statusOn('Freedonia has not stopped attacking Sylvania.', 'attacking'), 'asserted');
  });
});
