import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { uposIds } from '../model.js';
import { tagInfo } from '../parser-features.js';
import { emptyInventory, readTreebank } from './data.js';
import { trainParser } from './parser.js';
import { runParserJobs } from './parser-pool.js';
import { concatTags, evalItems, labelSetOf, parseItems, splitTags } from './parser-setup.js';

// invented sentences (not corpus data), used as both training and dev set
const FIXTURE = fileURLToPath(new URL('../fixtures/invented.conllu', import.meta.url));

describe('parser training on worker threads', () => {
  it('splits concatenated tags back by sentence', () => {
    const sents = [{ words: ['a', 'b'] }, { words: ['c'] }, { words: [] }];
    const tags = [Int32Array.of(1, 2), Int32Array.of(3), new Int32Array(0)];
    assert.deepEqual(splitTags(concatTags(tags), sents), tags);
  });

  it('allows on each side only the labels seen there, never root', () => {
    const inv = emptyInventory();
    const ls = labelSetOf(readTreebank(FIXTURE, inv, true), inv);
    const id = (l: string) => inv.labelIndex.get(l)!;
    assert.equal(ls.allowed[1][id('nsubj')], 1);
    assert.equal(ls.allowed[2][id('nsubj')], 0);
    assert.equal(ls.allowed[2][id('obj')], 1);
    assert.equal(ls.allowed[1][id('root')], 0);
    assert.equal(ls.allowed[2][id('root')], 0);
  });

  it('gives the same parsers as training in the main thread, seed by seed', async () => {
    const inv = emptyInventory();
    const sents = readTreebank(FIXTURE, inv, true);
    const tags = sents.map((s) => s.tags);
    const info = tagInfo(inv.tags, uposIds(inv.tags));
    const opts = { epochs: 3, explore: 0.9, minUpdates: 0 };
    const jobs = [1, 2].map((seed) => ({
      trainPath: FIXTURE,
      devPath: FIXTURE,
      limit: 0,
      trainTags: concatTags(tags),
      devTags: concatTags(tags),
      lexiconKeys: new Uint32Array(0),
      lexiconValues: new Int32Array(0),
      seed,
      ...opts,
    }));
    const pooled = await runParserJobs(jobs, 2, () => {});
    for (const [k, seed] of [1, 2].entries()) {
      const local = trainParser(parseItems(sents, tags, info), labelSetOf(sents, inv), {
        ...opts,
        seed,
        dev: evalItems(sents, tags, info),
      });
      assert.deepEqual(pooled[k]!.mover, local.mover);
      assert.deepEqual(pooled[k]!.labeler, local.labeler);
      assert.deepEqual(
        pooled[k]!.log.map((l) => l.replace(/[\d.]+s,/, '')),
        local.log.map((l) => l.replace(/[\d.]+s,/, '')),
      );
    }
  });
});
