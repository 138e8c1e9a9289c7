import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abbreviates, definedAcronyms } from './acronyms.js';

describe('acronyms', () => {
  it('matches an acronym to the name it abbreviates, initials or syllables', () => {
    assert.ok(abbreviates('LCRF', 'Lake Chad Recovery Fund'));
    assert.ok(abbreviates('NAVSOUTH', 'Naval Forces Southern Command'));
    assert.ok(!abbreviates('XYZ', 'Lake Chad Recovery Fund'));
  });

  it('finds acronyms defined in parentheses after a name, with the sector of its head word', () => {
    const w = ['the', 'Lake', 'Chad', 'Recovery', 'Fund', '(', 'LCRF', ')', 'and', 'a', 'cat', '(', 'CAT', ')'];
    const found = definedAcronyms(w);
    assert.equal(found.get('LCRF'), 'NGO');
    assert.ok(!found.has('CAT'));
  });
});
