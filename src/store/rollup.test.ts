import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventFilter, Interval } from './filters.js';
import { dyads, dyadsFromEvents, graph, graphFromEvents } from './queries.js';
import { maybeCompactRollups, ROLLUP_TABLES, rebuildRollups } from './rollup.js';
import { openStore, type Store } from './store.js';
import { fixtureDocument } from './test-fixtures.js';
import { storeBatch } from './write.js';

// invented texts with the fixture's words (its events are found by these words), worded apart
const TEXT_B =
  'After a week of silence Freedonia accuses Sylvania of massing troops beside two lakes. Sylvania rejects every word of it. Ministers from Freedonia and Osterlich gathered in Vienna on Monday to sign a fishing pact.';
const TEXT_C =
  'Late news: Freedonia accuses Sylvania of massing troops at a mountain pass. Sylvania rejects that in a brief note. Envoys from Freedonia and Osterlich arrived in Vienna by train on Monday to sign grain contracts.';
const TEXT_D =
  'In a statement Freedonia accuses Sylvania of massing troops along a canal. Sylvania rejects this flatly. Delegates from Freedonia and Osterlich convened in Vienna on Monday to sign a rail accord.';

const KEYS = 'actor_key, recipient_key, actor_code, recipient_code, day, status, dup';

/** A roll-up table summed per key (ingest may leave several partial rows for one key). */
async function snapshot(s: Store, t: string): Promise<string[]> {
  const measures = (await s.all(`SELECT column_name FROM duckdb_columns() WHERE table_name = '${t}'`))
    .map((r) => String(r.column_name))
    .filter((c) => !KEYS.split(', ').includes(c));
  const sums = measures.map((c) => `round(sum(${c}), 6) AS ${c}`).join(', ');
  const rows = await s.all(`SELECT ${KEYS}, ${sums} FROM ${t} GROUP BY ALL ORDER BY ALL`);
  return rows.map((r) => JSON.stringify(r));
}

/** The dyad tables as maintained by ingest sum to the tables rebuilt from every event. */
async function assertConsistent(s: Store): Promise<void> {
  const before = await Promise.all(ROLLUP_TABLES.map((t) => snapshot(s, t)));
  await s.transaction((conn) => rebuildRollups(conn));
  const after = await Promise.all(ROLLUP_TABLES.map((t) => snapshot(s, t)));
  assert.deepEqual(before, after);
  assert.ok((after[0]?.length ?? 0) > 0);
}

async function filled(): Promise<Store> {
  const s = await openStore(':memory:');
  await storeBatch(s, [{ doc: fixtureDocument({ id: 'a', published: '2020-02-28' }) }]);
  await storeBatch(s, [
    { doc: fixtureDocument({ id: 'b', text: TEXT_B, published: '2020-03-04' }) },
    { doc: fixtureDocument({ id: 'c', text: TEXT_C, published: '2020-04-30' }) },
  ]);
  return s;
}

describe('pre-aggregated dyad tables', () => {
  it('stay equal to a rebuild from the events after ingest, re-ingest and a near-duplicate', async () => {
    const s = await filled();
    await assertConsistent(s);
    // re-ingesting changes nothing
    await storeBatch(s, [{ doc: fixtureDocument({ id: 'a', published: '2020-02-28' }) }]);
    await assertConsistent(s);
    // a near-duplicate's events are stored flagged, and counted apart
    const copy = fixtureDocument({ id: 'b-copy', text: TEXT_B, published: '2020-03-04', extra: 'Reporting by staff.' });
    assert.equal((await storeBatch(s, [{ doc: copy }])).duplicates, 1);
    await assertConsistent(s);
    const [dups] = await s.all('SELECT sum(n) AS n FROM dyad_days WHERE dup');
    assert.ok(Number(dups?.n) > 0);
    // a later article on days already counted adds to them
    assert.equal(
      (await storeBatch(s, [{ doc: fixtureDocument({ id: 'd', text: TEXT_D, published: '2020-02-28' }) }])).stored,
      1,
    );
    await assertConsistent(s);
    s.close();
  });

  it('answer /dyads with the same rows as grouping the events', async () => {
    const s = await filled();
    // a later batch on a day already counted: that dyad-day has two partial rows
    await storeBatch(s, [{ doc: fixtureDocument({ id: 'd', text: TEXT_D, published: '2020-02-28' }) }]);
    await storeBatch(s, [
      { doc: fixtureDocument({ id: 'b-copy', text: TEXT_B, published: '2020-03-04', extra: 'Copyright the agency.' }) },
    ]);
    const cases: [EventFilter, Interval][] = [
      [{}, 'day'],
      [{}, 'week'],
      [{}, 'month'],
      [{}, 'year'],
      [{ includeDuplicates: true }, 'month'],
      [{ actor: 'FRD' }, 'month'],
      [{ actor: 'FR', recipient: 'SYL' }, 'week'],
      [{ type: ['ACCUSE', 'AGREE'] }, 'month'],
      [{ type: ['MOBILIZE'] }, 'year'],
      [{ status: ['asserted'] }, 'month'],
      [{ from: '2020-02-29', to: '2020-04-29' }, 'month'],
      [{ from: '2020-03-01', to: '2020-03-31' }, 'month'],
      [{ from: '2020-03-01' }, 'year'],
      [{ to: '2020-03-03' }, 'month'],
      [{ from: '2020-03-05', to: '2020-03-04' }, 'month'],
      [{ from: '2020-02-01', to: '2020-04-30', type: ['REJECT'] }, 'day'],
    ];
    for (const [f, interval] of cases) {
      const expected = await dyadsFromEvents(s, f, interval);
      assert.deepEqual(await dyads(s, f, interval), expected, `${JSON.stringify(f)} by ${interval}`);
    }
    assert.ok((await dyads(s, {}, 'month')).length > 2);
    // paging picks the same rows
    assert.deepEqual(await dyads(s, {}, 'day', 2, 1), await dyadsFromEvents(s, {}, 'day', 2, 1));
    s.close();
  });

  it('answer /graph with the same edges as grouping the events, undated events included', async () => {
    const s = await filled();
    // an article with no date: its dated meeting counts in the tables, its other events do not
    const TEXT_U =
      'Again Freedonia accuses Sylvania of massing troops near a river. Sylvania rejects all of it. Officials from Freedonia and Osterlich met in Vienna on Monday to sign a water deal.';
    await storeBatch(s, [{ doc: { ...fixtureDocument({ id: 'u', text: TEXT_U }), published: null } }]);
    const undated = await s.all('SELECT count(*) AS n FROM events WHERE date IS NULL');
    assert.ok(Number(undated[0]?.n) > 0);
    const filters: EventFilter[] = [
      {},
      { from: '2020-03-01', to: '2020-03-31' },
      { from: '2020-02-29', to: '2020-04-29' },
      { to: '2020-03-03' },
      { type: ['ACCUSE', 'REJECT'] },
      { type: ['AGREE'], from: '2020-01-01' },
      { actor: 'FRD' },
      { includeDuplicates: true, status: ['asserted'] },
    ];
    for (const f of filters) {
      assert.deepEqual(await graph(s, f), await graphFromEvents(s, f), JSON.stringify(f));
    }
    assert.ok((await graph(s, {})).edges.length >= 2);
    assert.deepEqual(await graph(s, {}, 1), await graphFromEvents(s, {}, 1));
    s.close();
  });

  it('are compacted into one row per key, sums unchanged, once partial rows have doubled them', async () => {
    const s = await filled();
    // a later article on a day already counted leaves two partial rows for that dyad-day
    await storeBatch(s, [{ doc: fixtureDocument({ id: 'd', text: TEXT_D, published: '2020-02-28' }) }]);
    const rows = async () => Number((await s.all('SELECT count(*) AS n FROM dyad_days'))[0]?.n);
    const keys = async () =>
      Number((await s.all(`SELECT count(*) AS n FROM (SELECT DISTINCT ${KEYS} FROM dyad_days)`))[0]?.n);
    const before = await Promise.all(ROLLUP_TABLES.map((t) => snapshot(s, t)));
    assert.ok((await rows()) > (await keys()));
    const dyadsBefore = await dyads(s, {}, 'month');
    assert.equal(await s.transaction((conn) => maybeCompactRollups(conn, 1)), true);
    assert.equal(await rows(), await keys());
    assert.deepEqual(await Promise.all(ROLLUP_TABLES.map((t) => snapshot(s, t))), before);
    assert.deepEqual(await dyads(s, {}, 'month'), dyadsBefore);
    // not again until the table has doubled
    assert.equal(await s.transaction((conn) => maybeCompactRollups(conn, 1)), false);
    await assertConsistent(s);
    s.close();
  });
});
