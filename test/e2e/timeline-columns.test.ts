/** The dashboard timeline's columns (web/src/timeline-columns.ts), without a browser. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineColumns } from '../../web/src/timeline-columns.js';

describe('timeline columns', () => {
  it('gives a background event years earlier its own column, marked as a gap, instead of a stretched axis', () => {
    const { unit, columns } = timelineColumns([
      { date: '2016-01-01', event: 'COOPERATE', events: 1 },
      { date: '2018-02-08', event: 'ASSAULT', events: 1 },
      { date: '2018-02-09', event: 'ACCUSE', events: 4 },
      { date: '2018-02-09', event: 'REJECT', events: 2 },
    ]);
    assert.equal(unit, 'day');
    assert.deepEqual(
      columns.map((c) => [c.label, c.total, c.gapBefore]),
      [
        ['2016-01-01', 1, false],
        ['2018-02-08', 1, true],
        ['2018-02-09', 6, false],
      ],
    );
    assert.deepEqual(columns[2]?.stacks, [
      { event: 'ACCUSE', events: 4 },
      { event: 'REJECT', events: 2 },
    ]);
  });

  it('uses months, then years, when there are too many days to draw', () => {
    const items = Array.from({ length: 90 }, (_, i) => ({
      date: new Date(Date.UTC(2019, 0, 1 + i * 3)).toISOString().slice(0, 10),
      event: 'CONSULT',
      events: 1,
    }));
    const byMonth = timelineColumns(items, 40);
    assert.equal(byMonth.unit, 'month');
    assert.equal(byMonth.columns[0]?.label, '2019-01');
    assert.equal(byMonth.columns[0]?.from, '2019-01-01');
    assert.equal(byMonth.columns[1]?.to, '2019-02-28');
    assert.equal(
      byMonth.columns.reduce((a, c) => a + c.total, 0),
      90,
    );
    assert.ok(byMonth.columns.every((c) => !c.gapBefore));
    const byYear = timelineColumns(items, 5);
    assert.deepEqual(
      byYear.columns.map((c) => [c.label, c.from, c.to]),
      [['2019', '2019-01-01', '2019-12-31']],
    );
  });

  it('drops undated and empty items', () => {
    const { columns } = timelineColumns([
      { date: '', event: 'ACCUSE', events: 3 },
      { date: '2020-05-01', event: 'ACCUSE', events: 0 },
    ]);
    assert.deepEqual(columns, []);
  });
});
