import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { f1, f2, f3, f4, fin, mix, strHash } from './hash.js';

describe('feature hashing', () => {
  it('gives the keys the committed models were trained with', () => {
    assert.deepEqual(
      [
        f1(0, 0),
        f1(3, 12345),
        f2(21, 7, 9),
        f3(300, -1, 2 ** 31 - 1, 5),
        f4(97, 250, 251, 3, 1),
        fin(0),
        strHash('Kabul'),
      ],
      [630501837, -38775871, -638675620, -480392152, -696549404, 1, 561004776],
    );
  });

  it('hashes a template number from the table as a mix round would, inside and outside it', () => {
    for (const t of [0, 1, 108, 255, 256, 1000, -3]) {
      assert.equal(f2(t, 11, 13), fin(mix(mix(mix(0x2545f491, t), 11), 13)), `template ${t}`);
    }
  });
});
