/**
 * Quality floor of the times stage on TempEval-3 TimeBank/AQUAINT (through the referee, like
 * `npm run eval -- timex`, but with the times stage alone so it runs in a few seconds).
 * Skips when the corpora or the referee are absent.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../../core/document.js';
import { emptyContext, pipeline } from '../../core/pipeline.js';
import { toOutput } from '../assemble/index.js';
import { segmentStage } from '../segment/index.js';
import { timesStage } from './index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpora = resolve(process.env.DYAD_CORPORA ?? join(root, '..', 'shared', 'corpora'));
const gold = join(corpora, 'tempeval3', 'TBAQ-cleaned');
const referee = resolve(corpora, '..', 'eval', 'referee.mjs');
const available = existsSync(gold) && existsSync(referee);

describe('times on TempEval-3 TimeBank/AQUAINT', () => {
  if (!available) {
    it.skip(`corpus not found at ${gold} (set DYAD_CORPORA); timex floors not checked`, () => {});
    return;
  }
  it('finds time expressions with relaxed span F1 ≥ 90 and values right on ≥ 85% of them', () => {
    const input = execFileSync(process.execPath, [referee, 'input', 'timex', gold], { maxBuffer: 1 << 30 }).toString();
    const pipe = pipeline([segmentStage, timesStage]);
    const ctx = emptyContext();
    const lines = input
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const d = JSON.parse(l) as { id: string; text: string; published?: string | null };
        const doc = createDocument(d.id, d.text, d.published ? { published: d.published } : {});
        return JSON.stringify(toOutput(pipe.run(doc, ctx)));
      });
    const dir = mkdtempSync(join(tmpdir(), 'dyad-timex-'));
    try {
      const pred = join(dir, 'timex.out.jsonl');
      writeFileSync(pred, `${lines.join('\n')}\n`);
      const out = execFileSync(process.execPath, [referee, 'score', 'timex', gold, pred], {
        maxBuffer: 1 << 30,
      }).toString();
      const all = out.trim().split('\n');
      const summary = all.pop() ?? '';
      const r = JSON.parse(all.join('\n')) as { relaxed: { f1: number }; valueAccuracy: number };
      assert.ok(r.relaxed.f1 >= 90, `relaxed F1 fell below 90: ${summary}`);
      assert.ok(r.valueAccuracy >= 85, `value accuracy fell below 85: ${summary}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
