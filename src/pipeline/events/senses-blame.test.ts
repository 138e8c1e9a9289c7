import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [...STATES, ['The Freedonian minister', 'FRE', 'GOV']];
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');
const codes = (refs: readonly { readonly code: string | null }[]) => refs.map((r) => r.code);

describe('senses-blame: conduct called unfair or illegal in a report', () => {
  it('codes ACCUSE Freedonia → Sylvania for "The Freedonian minister said Sylvania\'s unfair trade practices had cost jobs"', () => {
    const evs = code("The Freedonian minister said Sylvania's unfair trade practices had cost thousands of jobs.", {
      mentions: M,
    });
    const a = evs.find((e) => e.event === 'ACCUSE' && e.eventText === 'practices');
    assert.ok(a, shows(evs));
    assert.deepEqual(codes(a.actor), ['FRE']);
    assert.deepEqual(codes(a.recipient), ['SYL']);
  });
  it('codes no blame for conduct named without a word of condemnation, nor without a speaker', () => {
    const plain = code("The Freedonian minister said Sylvania's new trade practices had cost thousands of jobs.", {
      mentions: M,
    });
    assert.ok(!plain.some((e) => e.event === 'ACCUSE'), shows(plain));
    const unsaid = code("Sylvania's unfair trade practices had cost thousands of jobs.", { mentions: M });
    assert.ok(!unsaid.some((e) => e.event === 'ACCUSE'), shows(unsaid));
  });
});
