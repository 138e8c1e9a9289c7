import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument } from '../../core/document.js';
import { emptyContext, pipeline } from '../../core/pipeline.js';
import { segmentStage } from '../segment/index.js';
import { tagTimes, timesStage } from './index.js';

/** Tags one text as a single sentence and returns `text → value` pairs. */
function tag(text: string, published: string | null = '2018-02-09'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tagTimes({ text, published, sentences: [{ start: 0, end: text.length }] })) {
    assert.equal(text.slice(t.start, t.end), t.text, 'span text matches');
    out[t.text] = t.value;
  }
  return out;
}
const type = (text: string, published = '2018-02-09'): Record<string, string> =>
  Object.fromEntries(
    tagTimes({ text, published, sentences: [{ start: 0, end: text.length }] }).map((t) => [t.text, t.type]),
  );

describe('times against a Friday reference date (2018-02-09)', () => {
  it('resolves "earlier this week" to the ISO week and "Thursday" to the day before, in a past-tense report', () => {
    assert.deepEqual(tag('The minister said earlier this week that the talks ended on Thursday.'), {
      'earlier this week': '2018-W06',
      Thursday: '2018-02-08',
    });
  });
  it('resolves bare years and "this year"', () => {
    assert.deepEqual(tag('Prices rose in 2016 and 2017, and this year they fell.'), {
      '2016': '2016',
      '2017': '2017',
      'this year': '2018',
    });
  });
  it('reads a date after "since" as past ("searching since the Oct. 23 raid", said in May)', () => {
    assert.deepEqual(tag('Police have been searching since shortly after the Oct. 23 raid.', '2018-05-06'), {
      'Oct. 23': '2017-10-23',
    });
  });
  it('takes the past one of two about equally distant dates when no tense decides ("the Aug. 6 report")', () => {
    assert.deepEqual(tag('Analysts cite the Aug. 6 report.', '2018-02-06'), { 'Aug. 6': '2017-08-06' });
  });
  it('sends a day a few weeks past forward a year only when it is over a month past ("will review April 8")', () => {
    assert.deepEqual(tag('Investigators will review the April 8 search.', '2018-05-05'), { 'April 8': '2018-04-08' });
  });
  it("tags decades with or without an apostrophe after 'the' ('the 70s', 'the '80s'), not an age ('in their 70s')", () => {
    assert.deepEqual(tag("Prices peaked in the 70s and the '80s."), { 'the 70s': '197', "the '80s": '198' });
    assert.deepEqual(tag('Both men are in their 70s.'), {});
  });
  it("reads an apostrophe year after a preposition ('founded in '82'), not a quoted number", () => {
    assert.deepEqual(tag("The firm was founded in '82."), { "'82": '1982' });
    assert.deepEqual(tag("He shouted 'go 45' twice."), {});
  });
  it('reads "six straight days", "two consecutive quarters", "five trading days" as durations', () => {
    assert.deepEqual(tag('The index fell for six straight days, its worst run in two consecutive quarters.'), {
      'six straight days': 'P6D',
      'two consecutive quarters': 'P2Q',
    });
    assert.deepEqual(tag('Shares rose over the past five trading days.'), { 'the past five trading days': 'P5D' });
  });
  it('reads "the year before/previous" as the year before the one last written, else before the reference', () => {
    assert.deepEqual(tag('Sales rose in 2016 compared with the year before.'), { '2016': '2016', 'the year': '2015' });
    assert.deepEqual(tag('Costs were lower than the year previous.'), { 'the year': '2017' });
  });
  it('dates "the same month/period/quarter a year ago" from the month or quarter the sentence names before it', () => {
    assert.deepEqual(tag('Sales fell in January, compared to the same month a year ago.'), {
      January: '2018-01',
      'the same month a year ago': '2017-01',
    });
    assert.deepEqual(tag('Profit rose in the third quarter from the same quarter a year earlier.'), {
      'the third quarter': '2017-Q3',
      'the same quarter a year earlier': '2016-Q3',
    });
    assert.deepEqual(tag('Net income fell from the corresponding period last year.'), {
      'the corresponding period last year': '2017',
    });
  });
  it('dates "a year earlier" after "for the nine months" as last year, after a quarter as last year\'s quarter', () => {
    assert.deepEqual(
      tag('Quarterly profit rose. For the nine months, net fell to $4 million from $6 million a year earlier.'),
      {
        'the nine months': 'P9M',
        'a year earlier': '2017',
      },
    );
    assert.deepEqual(tag('In the third quarter, net fell to $4 million from $6 million a year earlier.'), {
      'the third quarter': '2017-Q3',
      'a year earlier': '2016-Q3',
    });
    assert.deepEqual(tag('In the first nine months, net was $9 million, against $7 million in the 2016 period.'), {
      'the first nine months': 'P9M',
      'the 2016 period': '2016',
    });
  });
  it('dates "the quarter" and "a year earlier" from a fiscal quarter the text named before, not one still ahead', () => {
    const text =
      'The retailer earned $5 million in its fiscal first quarter. Sales in the quarter rose from a year earlier. ' +
      'It expects a fourth-quarter charge. Costs in the latest quarter fell.';
    const sentences = [
      { start: 0, end: 59 },
      { start: 60, end: 106 },
      { start: 107, end: 142 },
      { start: 143, end: text.length },
    ];
    const found = tagTimes({ text, published: '2018-11-09', sentences }).map((t) => [t.text, t.value]);
    assert.deepEqual(found, [
      ['fiscal first quarter', '2018-Q1'],
      ['the quarter', '2018-Q1'],
      ['a year earlier', '2017-Q1'],
      ['fourth-quarter', '2018-Q4'],
      ['the latest quarter', '2018-Q1'],
    ]);
  });
  it('dates a season with its year ("spring 2019", "the summer of 2009") and a bare season after a preposition', () => {
    assert.deepEqual(tag('The plant opens in spring 2019, as planned since the summer of 2009.'), {
      'spring 2019': '2019-SP',
      'the summer of 2009': '2009-SU',
    });
    assert.deepEqual(tag('Prices rose during summer.'), { summer: '2017-SU' });
    assert.deepEqual(tag('Shares posted a fall of 1500 points.'), {});
  });
  it('reads a range of units as one duration of unknown length ("two to three weeks" PXW) and "a minute and a half"', () => {
    assert.deepEqual(tag('Repairs take two to three weeks, over the next 12 to 18 months.'), {
      'two to three weeks': 'PXW',
      'the next 12 to 18 months': 'PXM',
    });
    assert.deepEqual(tag('The alarm rang a minute and a half later.'), { 'a minute and a half': 'PT1M30S' });
  });
  it('reads "every Monday", "each July" and "on Tuesdays" as sets of a weekday or a month', () => {
    assert.deepEqual(tag('The club meets every Monday and on Tuesdays, and the fair opens each July.'), {
      'every Monday': 'XXXX-WXX-1',
      Tuesdays: 'XXXX-WXX-2',
      'each July': 'XXXX-07',
    });
    assert.deepEqual(type('They jog every Monday.'), { 'every Monday': 'SET' });
  });
  it('dates what takes effect on a day ahead ("resigned, effective June 1"), unless it already became effective', () => {
    assert.deepEqual(tag('Smith resigned, effective June 1.'), { 'June 1': '2018-06-01' });
    assert.deepEqual(tag('The law became effective June 1.'), { 'June 1': '2017-06-01' });
  });
  it('keeps a day written after a 24-hour clock time in the expression ("16:00 UTC today", "12:00 GMT Monday")', () => {
    assert.deepEqual(tag('The polls closed at 16:00 UTC today, after opening at 08:00 GMT Monday.'), {
      '16:00 UTC today': '2018-02-09T16:00Z',
      '08:00 GMT Monday': '2018-02-05T08:00Z',
    });
  });
  it('dates Easter and Good Friday by the Gregorian computus, not "the Good Friday Agreement"', () => {
    assert.deepEqual(tag('He will travel home for Easter, after Good Friday 2019.'), {
      Easter: '2018-04-01',
      'Good Friday 2019': '2019-04-19',
    });
    assert.deepEqual(tag('Pilgrims gathered on Easter Sunday.', '2000-05-02'), { 'Easter Sunday': '2000-04-23' });
    assert.deepEqual(tag('The Good Friday Agreement held.'), {});
  });
  it('reads "coming weeks" and "the next few years" as stretches of unknown length ahead, "the near future" as FUTURE_REF', () => {
    assert.deepEqual(tag('Rates may fall in coming weeks and in the next few years, if not in the near future.'), {
      'coming weeks': 'PXW',
      'the next few years': 'PXY',
      'the near future': 'FUTURE_REF',
    });
  });
  it('reads halves ("2 1/2 years", "five and a half hours") and "more/additional" counts as durations', () => {
    assert.deepEqual(tag('He served 2 1/2 years and waited five and a half hours.'), {
      '2 1/2 years': 'P2Y6M',
      'five and a half hours': 'PT5H30M',
    });
    assert.deepEqual(tag('He will stay two more weeks, then an additional year.'), {
      'two more weeks': 'P2W',
      'an additional year': 'P1Y',
    });
    assert.deepEqual(tag('Over the next couple of years it will grow.'), { 'the next couple of years': 'P2Y' });
  });
  it('takes early/late inside a season phrase ("in the early summer")', () => {
    assert.deepEqual(tag('Work will begin in the early summer.'), { 'the early summer': '2018-SU' });
  });
  it('dates "October of next year" by the year phrase after it, each tagged on its own', () => {
    assert.deepEqual(tag('Licences will lapse after October of next year.'), {
      October: '2019-10',
      'next year': '2019',
    });
  });
  it('sends a weekday forward when the clause is in the future tense', () => {
    assert.deepEqual(tag('The envoys will meet again on Tuesday.'), { Tuesday: '2018-02-13' });
  });
  it('reads a possessive weekday as a past event unless it is awaited', () => {
    assert.deepEqual(tag("They said they would appeal Wednesday's ruling."), { Wednesday: '2018-02-07' });
    assert.deepEqual(tag("Talks continued ahead of Sunday's vote."), { Sunday: '2018-02-11' });
  });
  it('reads an infinitive after "plans" as future but not one of purpose', () => {
    assert.deepEqual(tag('The minister plans to visit Kabul on Tuesday.'), { Tuesday: '2018-02-13' });
    assert.deepEqual(tag('Crowds gathered to mark the anniversary on Tuesday.'), { Tuesday: '2018-02-06' });
  });
  it('anchors "the summer" by tense and leaves "the fall of" a city alone', () => {
    assert.deepEqual(tag('After the fall of the city, they met in the summer.'), { 'the summer': '2017-SU' });
  });
  it('reads "this past spring" as the latest ended spring and "the last half of 2017" as H2', () => {
    assert.deepEqual(tag('Costs fell this past spring and in the last half of 2017.', '2018-10-30'), {
      'this past spring': '2018-SP',
      'the last half of 2017': '2017-H2',
    });
  });
  it('does not take the Good Friday Agreement for a date', () => {
    assert.deepEqual(tag('The Good Friday Agreement was signed in 1998.'), { '1998': '1998' });
  });
  it('keeps the reference day for its own weekday', () => {
    assert.deepEqual(tag('Officials said on Friday the road was open.'), { Friday: '2018-02-09' });
  });
  it('resolves last, next and this with month, year and week granularity', () => {
    assert.deepEqual(tag('Last month, next year, last week, next month.'), {
      'Last month': '2018-01',
      'next year': '2019',
      'last week': '2018-W05',
      'next month': '2018-03',
    });
  });
  it('gives references to past, present and future their TIMEX3 tokens', () => {
    assert.deepEqual(tag('It recently said it is now ready and will act in the future.'), {
      recently: 'PAST_REF',
      now: 'PRESENT_REF',
      'the future': 'FUTURE_REF',
    });
  });
  it('reads dates in common formats', () => {
    assert.deepEqual(tag('Signed Aug. 7, 1998, ratified 7 August 2001, filed 2/9/2018 and due 2018-03-01.'), {
      'Aug. 7, 1998': '1998-08-07',
      '7 August 2001': '2001-08-07',
      '2/9/2018': '2018-02-09',
      '2018-03-01': '2018-03-01',
    });
  });
  it('reads slashed and dashed numeric dates and year ranges, not counts', () => {
    assert.deepEqual(tag('Filed 2018/02/09 and 12-25-2017; it grew in 2001-2003, killing 1750 people.'), {
      '2018/02/09': '2018-02-09',
      '12-25-2017': '2017-12-25',
      '2001': '2001',
      '2003': '2003',
    });
  });
  it('lets chrono read ordinal and dotted formats the grammar lacks', () => {
    assert.deepEqual(tag('It was signed on 09.02.2017.'), { '09.02.2017': '2017-09-02' });
  });
  it('takes the year of a year-less past date from the tense', () => {
    assert.deepEqual(tag('The plant was closed on Nov. 3.'), { 'Nov. 3': '2017-11-03' });
  });
  it('codes durations with their unit and count, including the determiner', () => {
    assert.deepEqual(
      tag('It lasted three years, then the past two months, then more than four hours and several weeks.'),
      {
        'three years': 'P3Y',
        'the past two months': 'P2M',
        'more than four hours': 'PT4H',
        'several weeks': 'PXW',
      },
    );
    assert.equal(type('It lasted three years.')['three years'], 'DURATION');
  });
  it("codes decades, quarters and seasons (a quarter still ahead is last year's unless awaited)", () => {
    assert.deepEqual(tag('Sales will rise in the third quarter.'), { 'the third quarter': '2018-Q3' });
    assert.deepEqual(tag('In the 1990s and in the third quarter and last fall.'), {
      'the 1990s': '199',
      'the third quarter': '2017-Q3',
      'last fall': '2017-FA',
    });
  });
  it('codes "a year earlier" as last year, or last year\'s quarter in quarterly figures', () => {
    assert.deepEqual(tag('Sales fell from a year earlier.', '2018-11-02'), { 'a year earlier': '2017' });
    assert.deepEqual(tag('Third-quarter profit rose from a year earlier.', '2018-11-02'), {
      'Third-quarter': '2018-Q3',
      'a year earlier': '2017-Q3',
    });
  });
  it('codes parts of days and clock times as TIME', () => {
    assert.deepEqual(tag('It happened Tuesday morning and at 10:35 a.m. yesterday.', '1998-01-08'), {
      'Tuesday morning': '1998-01-06TMO',
      '10:35 a.m. yesterday': '1998-01-07T10:35',
    });
    assert.equal(type('It happened Tuesday morning.', '1998-01-08')['Tuesday morning'], 'TIME');
  });
  it('codes "ago" at the granularity of its unit ("a week ago" as the day)', () => {
    assert.deepEqual(tag('A week ago, two weeks ago, five months ago and two years ago.'), {
      'A week ago': '2018-02-02',
      'two weeks ago': '2018-W04',
      'five months ago': '2017-09',
      'two years ago': '2016',
    });
  });
  it('marks UTC clock times with Z and reads "this weekend" as the coming one', () => {
    assert.deepEqual(tag('The launch is set for 18:00 UTC this weekend.', '2018-02-05'), {
      '18:00 UTC': '2018-02-05T18:00Z',
      'this weekend': '2018-W06-WE',
    });
  });
  it('reads "on the day" as the day the story is about, but not "the day after"', () => {
    assert.deepEqual(tag('Shares fell 3% on the day.'), { 'the day': '2018-02-09' });
    assert.deepEqual(tag('He left the day after the vote.'), {});
  });
  it('counts "later that year" and "the following year" from the year last written', () => {
    assert.deepEqual(tag('He fled in June 1998 and returned later that year; the following year he left.'), {
      'June 1998': '1998-06',
      'later that year': '1998',
      'the following year': '1999',
    });
  });
  it('codes sets', () => {
    assert.deepEqual(tag('Flights run daily and meetings happen every week.'), { daily: 'P1D', 'every week': 'P1W' });
  });
  it('does not take "may" the modal, "March" the verb, ages or quantities for times', () => {
    assert.deepEqual(tag('May protesters March on the capital? A 45-year-old man said 2000 people may march.'), {});
  });
  it('keeps "May" the month after a preposition', () => {
    assert.deepEqual(tag('The vote was held in May.'), { May: '2017-05' });
  });
  it('reads spelled-out years, year ends and whole fiscal years', () => {
    assert.deepEqual(
      tag('In nineteen ninety-six it said it would finish by year-end and report for the fiscal year.'),
      {
        'nineteen ninety-six': '1996',
        'year-end': '2018-12-31',
        'the fiscal year': '2018',
      },
    );
  });
  it('codes "the year ended March 31" as a duration and "the past decade" as ten years', () => {
    assert.deepEqual(type('Revenue for the year ended March 31 rose.'), { 'the year': 'DURATION', 'March 31': 'DATE' });
    assert.deepEqual(tag('It grew over the past decade.'), { 'the past decade': 'P10Y' });
  });
  it('does not read "today\'s world" as a date but keeps "today\'s meeting"', () => {
    assert.deepEqual(tag("In today's world, much has changed."), {});
    assert.deepEqual(tag("Today's meeting was cancelled."), { Today: '2018-02-09' });
  });
  it('leaves values relative when there is no reference date', () => {
    assert.deepEqual(tag('He left on Thursday, recently, in 2016.', null), {
      Thursday: 'XXXX-WXX-4',
      recently: 'PAST_REF',
      '2016': '2016',
    });
  });
});

describe('times stage', () => {
  it('adds a times layer whose spans slice to their text', () => {
    const text = 'Kabul, Feb. 9 — Russia said on Thursday it was worried.\n\nIt has been so since 2016.';
    const doc = pipeline([segmentStage, timesStage]).run(
      createDocument('d', text, { published: '2018-02-09' }),
      emptyContext(),
    );
    const times = doc.layers.times ?? [];
    assert.deepEqual(
      times.map((t) => [text.slice(t.start, t.end), t.value]),
      [
        ['Feb. 9', '2018-02-09'],
        ['Thursday', '2018-02-08'],
        ['2016', '2016'],
      ],
    );
  });
});
