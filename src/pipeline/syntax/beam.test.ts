import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { beamSearch, movesOf, parseWithBeam } from './beam.js';
import { uposIds } from './model.js';
import { parserScratch, parseSentence } from './parser.js';
import { tagInfo } from './parser-features.js';
import { emptyInventory, readTreebank } from './train/data.js';
import { trainParser } from './train/parser.js';
import { evalItems, labelSetOf, parseItems } from './train/parser-setup.js';
import { Weights } from './weights.js';

// invented sentences (not corpus data)
const FIXTURE = fileURLToPath(new URL('./fixtures/invented.conllu', import.meta.url));

function setup() {
  const inv = emptyInventory();
  const sents = readTreebank(FIXTURE, inv, true);
  const tags = sents.map((s) => s.tags);
  const info = tagInfo(inv.tags, uposIds(inv.tags));
  const ls = labelSetOf(sents, inv);
  // one epoch: a model that still makes mistakes, so that the beam has choices to make
  const t = trainParser(parseItems(sents, tags, info), ls, { epochs: 1, seed: 1, explore: 0.9 });
  return { items: evalItems(sents, tags, info), ls, mover: new Weights(t.mover), labeler: new Weights(t.labeler) };
}

describe('beam-search parsing', () => {
  it('with width 1 makes the same tree as greedy parsing', () => {
    const { items, ls, mover, labeler } = setup();
    const sc = parserScratch(ls.labels.length);
    for (const it of items) {
      const g = parseSentence(it.view, mover, labeler, ls, sc);
      const b = beamSearch(it.view, mover, labeler, ls, sc, { width: 1 }).config;
      assert.deepEqual([...b.head], [...g.head]);
      assert.deepEqual([...b.label], [...g.label]);
    }
  });

  it('gives every word one head and the root exactly one dependent, whatever the width', () => {
    const { items, ls, mover, labeler } = setup();
    const sc = parserScratch(ls.labels.length);
    for (const width of [2, 4, 8]) {
      for (const it of items) {
        const n = it.heads.length;
        const c = parseWithBeam(it.view, mover, labeler, ls, sc, width);
        const heads = [...c.head].slice(0, n);
        assert.ok(heads.every((h, i) => h >= 0 && h <= n && h !== i));
        assert.equal(heads.filter((h) => h === n).length, 1);
      }
    }
  });

  it('keeps its sequences best first, each 2n moves long, with scores summed along the way', () => {
    const { items, ls, mover, labeler } = setup();
    const sc = parserScratch(ls.labels.length);
    const it = items[0]!;
    const n = it.heads.length;
    const { trace } = beamSearch(it.view, mover, labeler, ls, sc, { width: 4 });
    assert.equal(trace.steps.length, 2 * n);
    for (const step of trace.steps) {
      for (let i = 1; i < step.length; i++) assert.ok(step[i - 1]!.score >= step[i]!.score);
    }
    const last = trace.steps.length - 1;
    assert.equal(movesOf(trace, last, 0).length, 2 * n);
  });
});
