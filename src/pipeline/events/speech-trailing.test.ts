import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [...STATES, ['the Freedonian minister', 'FRE', 'GOV']];
const shows = (evs: ReturnType<typeof code>) =>
  evs.map((e) => `${e.event}:${e.eventText}:${e.actor.map((a) => a.code).join('+')}`).join(', ');
const codes = (refs: readonly { readonly code: string | null }[]) => refs.map((r) => r.code);

describe('speech cue after the quote: the speaker of a report attributed at its end', () => {
  it('codes ACCUSE Freedonia → Sylvania for a quoted blame attributed after it (\'"…," the Freedonian minister said\')', () => {
    const evs = code(
      '"Sylvania\'s illegal trade practices have destroyed hundreds of factories," the Freedonian minister said on Monday.',
      { mentions: M },
    );
    const a = evs.find((e) => e.event === 'ACCUSE' && e.eventText === 'practices');
    assert.ok(a, shows(evs));
    assert.deepEqual(codes(a.actor), ['FRE']);
    assert.deepEqual(codes(a.recipient), ['SYL']);
  });
  it('still codes the blame when the cue comes first ("the Freedonian minister said …")', () => {
    const evs = code(
      "The Freedonian minister said Sylvania's illegal trade practices have destroyed hundreds of factories.",
      { mentions: [...STATES, ['The Freedonian minister', 'FRE', 'GOV']] },
    );
    const a = evs.find((e) => e.event === 'ACCUSE' && e.eventText === 'practices');
    assert.ok(a, shows(evs));
    assert.deepEqual(codes(a.actor), ['FRE']);
  });
});
