import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addLayer, createDocument, type Document } from '../../core/document.js';
import { emptyContext } from '../../core/pipeline.js';
import type { Event, Status } from '../../schema/output.js';
import { segmentStage } from '../segment/index.js';
import { calendarDate } from './event-dates.js';
import { eventDatesStage, timesStage } from './index.js';

/** A document with segments and times from the real stages and hand-made events on the given trigger words. */
function docWithEvents(
  text: string,
  published: string | null,
  triggers: readonly { word: string; status?: Status }[],
): Document {
  let doc = segmentStage.run(createDocument('t', text, published ? { published } : {}), emptyContext());
  doc = timesStage.run(doc, emptyContext());
  const sentences = doc.layers.sentences ?? [];
  const events: Event[] = triggers.map(({ word, status }, i) => {
    const start = text.indexOf(word);
    assert.ok(start >= 0, `trigger "${word}" is in the text`);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return {
      id: `e${i}`,
      event: 'ASSAULT',
      mode: null,
      context: [],
      cameo: null,
      goldstein: null,
      quadClass: null,
      actor: [],
      recipient: [],
      status: status ?? 'asserted',
      attributedTo: null,
      eventText: word,
      trigger: { start, end: start + word.length },
      sentence,
      text: '',
      date: null,
      eventLoc: null,
      confidence: 0.5,
    };
  });
  return addLayer(doc, 'events', events);
}

const datesOf = (doc: Document) => {
  const d = eventDatesStage.run(doc, emptyContext());
  return (d.layers.eventDates ?? []).map((x) => [x.date, x.rule]);
};

describe('event dates', () => {
  it('takes the time expression in the event clause', () => {
    const doc = docWithEvents('Rebels attacked the town on Thursday.', '2018-02-09', [{ word: 'attacked' }]);
    assert.deepEqual(datesOf(doc), [['2018-02-08', 'clause']]);
  });
  it('prefers the time expression the parse attaches to the trigger over a nearer one', () => {
    const text = 'Rebels, who were attacked on Monday, struck the town on Thursday.';
    const base = docWithEvents(text, '2018-02-09', [{ word: 'struck' }]);
    assert.deepEqual(datesOf(base), [['2018-02-05', 'clause']], 'without a parse the nearest time wins');
    assert.equal(base.layers.tokens?.length, 14);
    const parsed = addLayer(base, 'syntax', {
      upos: [
        'NOUN',
        'PUNCT',
        'PRON',
        'AUX',
        'VERB',
        'ADP',
        'PROPN',
        'PUNCT',
        'VERB',
        'DET',
        'NOUN',
        'ADP',
        'PROPN',
        'PUNCT',
      ],
      xpos: ['NNS', ',', 'WP', 'VBD', 'VBN', 'IN', 'NNP', ',', 'VBD', 'DT', 'NN', 'IN', 'NNP', '.'],
      lemma: ['rebel', ',', 'who', 'be', 'attack', 'on', 'Monday', ',', 'strike', 'the', 'town', 'on', 'Thursday', '.'],
      head: [8, 4, 4, 4, 0, 6, 4, 4, -1, 10, 8, 12, 8, 8],
      deprel: [
        'nsubj',
        'punct',
        'nsubj:pass',
        'aux:pass',
        'acl:relcl',
        'case',
        'obl',
        'punct',
        'root',
        'det',
        'obj',
        'case',
        'obl',
        'punct',
      ],
    });
    assert.deepEqual(datesOf(parsed), [['2018-02-08', 'attached']]);
  });
  it("keeps the year of historical background rather than the report's date", () => {
    const doc = docWithEvents('The two armies held joint drills in 2016 and 2017, the diplomat said.', '2018-02-09', [
      { word: 'drills', status: 'historical' },
    ]);
    assert.deepEqual(datesOf(doc), [['2016', 'clause']]);
  });
  it("falls back to the statement's date when the event clause has none", () => {
    const doc = docWithEvents('On Thursday, officials said that rebels had shelled the airport.', '2018-02-09', [
      { word: 'shelled', status: 'claimed' },
    ]);
    assert.deepEqual(datesOf(doc), [['2018-02-08', 'statement']]);
  });
  it('carries the date of the previous sentence in the same paragraph, not across paragraphs', () => {
    const text = 'On Thursday rebels attacked the town. They burned the market.\n\nTroops shelled the hills.';
    const doc = docWithEvents(text, '2018-02-09', [{ word: 'burned' }, { word: 'shelled' }]);
    assert.deepEqual(datesOf(doc), [
      ['2018-02-08', 'previous-sentence'],
      ['2018-02-09', 'published'],
    ]);
  });
  it('falls back to the published date, and to none without one', () => {
    const text = 'Rebels attacked the town.';
    assert.deepEqual(datesOf(docWithEvents(text, '2018-02-09', [{ word: 'attacked' }])), [['2018-02-09', 'published']]);
    assert.deepEqual(datesOf(docWithEvents(text, null, [{ word: 'attacked' }])), [[null, 'undated']]);
  });
  it('gives undated historical background no date', () => {
    const doc = docWithEvents('The rebels had once attacked the town.', '2018-02-09', [
      { word: 'attacked', status: 'historical' },
    ]);
    assert.deepEqual(datesOf(doc), [[null, 'historical-undated']]);
  });
  it('uses the week of "earlier this week" and points to the expression', () => {
    const text = 'Earlier this week the ministry accused Washington of arming the militants.';
    const doc = eventDatesStage.run(docWithEvents(text, '2018-02-09', [{ word: 'accused' }]), emptyContext());
    const d = doc.layers.eventDates?.[0];
    assert.equal(d?.date, '2018-W06');
    assert.equal(d?.from ? text.slice(d.from.start, d.from.end) : null, 'Earlier this week');
  });
  it('reduces TIMEX3 values to their calendar part', () => {
    assert.equal(calendarDate('1998-01-06TMO', null), '1998-01-06');
    assert.equal(calendarDate('2018-W06-WE', null), '2018-W06');
    assert.equal(calendarDate('1989-WXX', null), '1989');
    assert.equal(calendarDate('1989-Q3', null), '1989');
    assert.equal(calendarDate('1997-FA', null), '1997');
    assert.equal(calendarDate('PRESENT_REF', '2018-02-09'), '2018-02-09');
    assert.equal(calendarDate('PAST_REF', '2018-02-09'), null);
    assert.equal(calendarDate('P3Y', '2018-02-09'), null);
  });
});
