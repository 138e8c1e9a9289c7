/**
 * The quality ratchet: re-scores each development set named in test/floors.json with the referee
 * and fails when a score falls below its recorded floor, so no change silently makes dyad worse.
 * Skips (with a message) when the corpora are not present.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { corporaDir, refereePath, runEval } from '../scripts/eval.js';

interface Floors {
  floors: Record<string, Record<string, number>>;
  ceilings?: Record<string, Record<string, number>>;
}
const { floors, ceilings = {} } = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as Floors;

const at = (obj: unknown, path: string): number => {
  let v: unknown = obj;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : Number.NaN;
};

const available = existsSync(corporaDir()) && existsSync(refereePath());

describe('quality ratchet', () => {
  if (!available) {
    it.skip(`corpora not found at ${corporaDir()} (set DYAD_CORPORA); ratchet not checked`, () => {});
    return;
  }
  for (const kind of new Set([...Object.keys(floors), ...Object.keys(ceilings)])) {
    it(`keeps ${kind} at or above its floors and at or below its ceilings`, async () => {
      const r = await runEval(kind);
      const below = Object.entries(floors[kind] ?? {})
        .map(([p, floor]) => ({ p, floor, got: at(r.result, p) }))
        .filter((x) => !(x.got >= x.floor - 1e-9));
      const above = Object.entries(ceilings[kind] ?? {})
        .map(([p, ceiling]) => ({ p, ceiling, got: at(r.result, p) }))
        .filter((x) => !(x.got <= x.ceiling + 1e-9));
      assert.deepEqual(below, [], `${kind} fell below its floor: ${r.summary}`);
      assert.deepEqual(above, [], `${kind} rose above its ceiling: ${r.summary}`);
    });
  }
});
