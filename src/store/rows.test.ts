import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActorRef } from '../schema/output.js';
import { sideKey } from './rows.js';

const ref = (over: Partial<ActorRef>): ActorRef => ({
  actorText: 'x',
  name: null,
  code: null,
  sector: null,
  role: null,
  id: null,
  start: 0,
  end: 1,
  ...over,
});

describe('dyad sides', () => {
  it('keys an actor by its code when it has one', () => {
    assert.equal(sideKey(ref({ code: 'PAK', sector: 'MIL', actorText: 'the general' })), 'PAK');
  });
  it('keys an uncoded named actor by its canonical name', () => {
    assert.equal(sideKey(ref({ name: 'Red Cross', actorText: 'the Red Cross' })), 'RED CROSS');
  });
  it('keys a generic actor known only by its sector as an unknown-country code, not by its words', () => {
    assert.equal(sideKey(ref({ actorText: 'they', sector: 'INS' })), '---INS');
  });
});
