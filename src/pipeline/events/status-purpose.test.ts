import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { statusOf } from './status.js';
import { findTriggers } from './triggers.js';
import { sentenceViews } from './view.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];

describe('demands that are the content of a protest', () => {
  const statusOfDemand = (text: string, parse: string[]) => {
    const [v] = sentenceViews(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex);
    assert.ok(v);
    const triggers = findTriggers(v, lex);
    const demand = triggers.find((t) => t.info.plover === 'REQUEST');
    assert.ok(demand, triggers.map((t) => v.lower[t.i]).join(','));
    return { v, st: statusOf(v, triggers, demand, lex.cues, null) };
  };
  it('takes "blocked streets in Sylvania to demand reforms" as one protest, even when the parse loses the verb', () => {
    // a parse slip: "blocked" as a modifier of "streets", the purpose clause hung on "streets"
    const p = [
      '0 root NOUN crowd',
      '3 amod VERB block',
      '1 nmod NOUN street',
      '5 case ADP',
      '3 nmod PROPN',
      '7 mark PART',
      '3 acl VERB demand',
      '7 obj NOUN reform',
      '1 punct PUNCT',
    ];
    const { v, st } = statusOfDemand('Crowds blocked streets in Sylvania to demand reforms .', p);
    assert.equal(st.swallowed, true);
    assert.equal(v.lower[st.governor.trigger?.i ?? -1], 'blocked');
  });
  it('keeps a demand after a speech verb its own ("marched, Sylvania said, demanding talks")', () => {
    const p = [
      '2 nsubj PROPN',
      '0 root VERB march',
      '5 punct PUNCT',
      '5 nsubj PROPN',
      '2 parataxis VERB say',
      '7 punct PUNCT',
      '5 advcl VERB demand',
      '7 obj NOUN talk',
      '2 punct PUNCT',
    ];
    const { st } = statusOfDemand('Freedonia marched , Sylvania said , demanding talks .', p);
    assert.equal(st.swallowed, false);
  });
});
