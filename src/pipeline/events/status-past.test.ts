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
const statusOf = (text: string, word: string, published?: string): string => {
  const evs = codeEvents(fixtureDoc(text, { mentions: M, ...(published ? { published } : {}) }), lex).events;
  return evs.find((e) => e.eventText === word)?.status ?? `none (coded: ${evs.map((e) => e.eventText).join(',')})`;
};

describe('historical acts dated by a time phrase', () => {
  it('makes an act "last year" historical, even without a publication date', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania last year.', 'attacked'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania last week.', 'attacked', '2020-05-01'), 'asserted');
  });
  it('makes an act in a month of an earlier year historical ("in May 2017"), not one of the report\'s year', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania in May 2017.', 'attacked', '2018-04-01'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania in March 2018.', 'attacked', '2018-04-01'), 'asserted');
  });
  it('reads a full date with an earlier year ("on April 4, 1949") and a decade ("in the 1960s")', () => {
    assert.equal(statusOf('Freedonia attacked Sylvania on April 4, 1949.', 'attacked', '1999-03-12'), 'historical');
    assert.equal(statusOf('Freedonia attacked Sylvania on March 4, 1999.', 'attacked', '1999-03-12'), 'asserted');
    assert.equal(statusOf('Freedonia attacked Sylvania in the 1960s.', 'attacked', '2000-02-24'), 'historical');
  });
  it('reads a year in words ("in nineteen seventy-nine")', () => {
    assert.equal(
      statusOf('Freedonia attacked Sylvania in nineteen seventy-nine.', 'attacked', '1998-01-21'),
      'historical',
    );
  });
  it('leaves an act that only names an earlier one ("over last year\'s attack") current', () => {
    assert.equal(
      statusOf("Freedonia arrested a man over last year's attack on Sylvania.", 'arrested', '2020-05-01'),
      'asserted',
    );
  });
});
