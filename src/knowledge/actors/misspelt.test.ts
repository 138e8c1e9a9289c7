import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misspeltPerson, misspeltState, misspeltStates, peopleIndexes } from './misspelt.js';
import type { KbActor } from './types.js';

const state = (code: string, name: string): KbActor => ({
  id: `kb:state/${code.toLowerCase()}`,
  kind: 'state',
  name,
  code,
  sector: null,
  country: code,
  priority: 2,
});

const byId = new Map(
  [state('FRD', 'Freedonia'), state('SYL', 'Sylvania'), state('CLB', 'Colomba'), state('OZZ', 'Oz')].map(
    (a) => [a.id, a] as const,
  ),
);
const index = misspeltStates(byId);

describe('misspelt state names', () => {
  it('finds the state a word misspells by one letter dropped, added, changed or swapped', () => {
    for (const w of ['Fredonia', 'Freedonnia', 'Freedomia', 'Freedoina'])
      assert.equal(misspeltState(index, w)?.code, 'FRD', w);
  });

  it('finds nothing for short names, a name without its last letter, or words two letters off', () => {
    assert.equal(misspeltState(index, 'Oy'), null);
    assert.equal(misspeltState(index, 'Columba'), null);
    // unless the caller asks for shorter names (the words around say a state)
    assert.equal(misspeltState(index, 'Columba', 5)?.code, 'CLB');
    assert.equal(misspeltState(index, 'Freedoni'), null);
    assert.equal(misspeltState(index, 'Fredoniaa'), null);
    assert.equal(misspeltState(index, 'Pennsylvania'), null);
  });

  it('finds the known person a full name misspells by one letter in the surname, the given name exact', () => {
    const jane: KbActor = { ...state('FRD', 'Jane Quorvexton'), id: 'kb:person/jane-quorvexton', kind: 'person' };
    const { byGiven, surnames } = peopleIndexes(new Map([[jane.id, jane]]));
    assert.ok(surnames.has('quorvexton'));
    assert.equal(misspeltPerson(byGiven, ['jane', 'quorvexon'])?.id, jane.id);
    assert.equal(misspeltPerson(byGiven, ['june', 'quorvexon']), null);
    assert.equal(misspeltPerson(byGiven, ['jane', 'quorvexxtonn']), null);
    // another middle name, or a different ending, is another person
    assert.equal(misspeltPerson(byGiven, ['jane', 'ann', 'quorvexon']), null);
    assert.equal(misspeltPerson(byGiven, ['jane', 'quorvextom']), null);
  });
});
