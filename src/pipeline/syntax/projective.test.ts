import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isProjective, projectivize } from './projective.js';

describe('projectivisation', () => {
  it('leaves a projective tree unchanged', () => {
    const heads = [1, -1, 3, 1];
    assert.equal(isProjective(heads), true);
    assert.deepEqual(projectivize(heads), heads);
  });

  it('lifts a crossing arc to its grandparent', () => {
    // "A hearing is scheduled on the issue today": issue-PP attached to "hearing" across the verb
    const heads = [1, 3, 3, -1, 6, 6, 1, 3];
    assert.equal(isProjective(heads), false);
    const p = projectivize(heads);
    assert.equal(isProjective(p), true);
    assert.equal(p[6], 3, '"issue" is lifted from "hearing" to "scheduled"');
    assert.deepEqual(p.slice(0, 6), heads.slice(0, 6));
  });
});
