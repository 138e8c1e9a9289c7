import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseGoldstein, parsePhoenix, parseTable, quadOf } from './build-event-lexicon.js';

describe('event lexicon converter', () => {
  it('reads CAMEO→PLOVER table rows with mode, contexts and label', () => {
    const t = parseTable('0841: RETREAT, release,   legal # Return, release person(s)\n15: MOBILIZE\n');
    assert.deepEqual(t.get('0841'), {
      plover: 'RETREAT',
      mode: 'release',
      context: ['legal'],
      label: 'Return, release person(s)',
    });
    assert.equal(t.get('15')?.plover, 'MOBILIZE');
  });
  it('reads the Goldstein scale and derives QuadClass from the CAMEO root', () => {
    assert.equal(parseGoldstein('cameo\tgoldstein\n190\t-10.0\n').get('190'), -10);
    assert.deepEqual(['042', '073', '112', '190'].map(quadOf), [1, 2, 3, 4]);
  });
  it('reads Phoenix verb blocks: synonyms with forms and codes, and their phrase patterns', () => {
    const text = [
      '&WEAPON',
      '+RIFLE',
      '+MACHINE_GUN',
      '',
      '####### VERB PATTERNS #######',
      '---  SHIP   [070]  ---',
      'SHIP {SHIPS SHIPPED SHIPPING}',
      'SEND [---]',
      '- * &WEAPON (TO)   [072]   # SHIP',
    ].join('\n');
    const { verbs, patterns, synsets } = parsePhoenix(text);
    assert.deepEqual(synsets.WEAPON, ['RIFLE', 'MACHINE_GUN']);
    const ship = verbs.find((v) => v.lemma === 'ship');
    assert.equal(ship?.code, '070');
    assert.equal(ship?.inherited, true);
    assert.deepEqual(ship?.forms, ['ships', 'shipped', 'shipping']);
    assert.equal(patterns.length, 1);
    assert.equal(patterns[0]?.code, '072');
    assert.deepEqual(patterns[0]?.post, [{ words: ['&WEAPON'] }, { words: ['TO'], prep: true }]);
    assert.equal(patterns[0]?.block, ship?.block);
    assert.equal(patterns[0]?.verb, 'ship');
  });
  it('keeps the verb a pattern was written for only when that verb is filed in its block', () => {
    const text = [
      '####### VERB PATTERNS #######',
      '---  HEAD   [---]  ---',
      'HEAD',
      'LEAD',
      '- * TO   [030]   # HEAD',
      '- * AID   [070]   # SHIP',
    ].join('\n');
    const { patterns } = parsePhoenix(text);
    assert.equal(patterns[0]?.verb, 'head');
    assert.equal(patterns[1]?.verb, undefined);
  });
});
