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
  it('codes ACCUSE for conduct said to cause a loss ("said Sylvania\'s trade practices have caused factories to close"), none for growth', () => {
    const evs = code(
      "The Freedonian minister said Sylvania's trade practices have caused dozens of factories to close.",
      { mentions: M },
    );
    assert.ok(
      evs.some((e) => e.event === 'ACCUSE' && e.eventText === 'practices'),
      shows(evs),
    );
    const good = code("The Freedonian minister said Sylvania's trade policies had caused growth to rise.", {
      mentions: M,
    });
    assert.ok(!good.some((e) => e.event === 'ACCUSE'), shows(good));
  });
  it('codes no ASSAULT for "Sylvania\'s sanctions hurt Freedonia", one when Sylvania hurts soldiers in an ambush', () => {
    const evs = code("Sylvania's sanctions hurt Freedonia.", { mentions: M });
    assert.ok(!evs.some((e) => e.event === 'ASSAULT'), shows(evs));
    const force = code('Sylvania hurt three soldiers of Freedonia in an ambush.', { mentions: M });
    assert.ok(
      force.some((e) => e.event === 'ASSAULT'),
      shows(force),
    );
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
