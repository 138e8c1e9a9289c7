import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [...STATES];
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');
const codes = (refs: readonly { readonly code: string | null }[]) => refs.map((r) => r.code);

describe('triggers: appeals to several parties, retaliation by its means', () => {
  it('codes an appeal to both for "Freedonia wants Sylvania and Ruritania to answer its questions"', () => {
    const evs = code('Freedonia wants Sylvania and Ruritania to answer its questions.', { mentions: M });
    const r = evs.find((e) => e.event === 'REQUEST' && e.eventText === 'wants');
    assert.ok(r, shows(evs));
    assert.deepEqual(codes(r.recipient), ['SYL', 'RUR']);
  });
  it('codes SANCTION (reduced relations), no RETREAT, for "Freedonia withdrew from all contacts with Sylvania"', () => {
    const evs = code('Freedonia withdrew from all contacts with Sylvania.', { mentions: M });
    const s = evs.find((e) => e.eventText === 'withdrew');
    assert.equal(s?.event, 'SANCTION', shows(evs));
    assert.deepEqual(codes(s?.recipient ?? []), ['SYL']);
  });
  it('codes SANCTION for "Sylvania retaliated by listing $5 billion of goods that it could hit with tariffs"', () => {
    const evs = code('Sylvania retaliated by listing $5 billion of goods that it could hit with new tariffs.', {
      mentions: M,
    });
    assert.ok(
      evs.some((e) => e.event === 'SANCTION' && e.eventText === 'retaliated'),
      shows(evs),
    );
    const vague = code('Sylvania retaliated by listing the names of the officials.', { mentions: M });
    assert.ok(!vague.some((e) => e.eventText === 'retaliated'), shows(vague));
  });
});
