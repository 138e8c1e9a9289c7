import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [
  ...STATES,
  ['Sylvanian', 'SYL', null],
  ['Freedonian police', 'FRE', 'COP'],
  ['The envoy', 'FRE', 'GOV'],
];
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');

describe('senses: charges rejected and searches made', () => {
  it('codes no accusation by Freedonia for "Freedonia denied accusations that its navy had shelled the port"', () => {
    const evs = code('Freedonia denied accusations that its navy had shelled the port.', { mentions: M });
    assert.ok(!evs.some((e) => e.event === 'ACCUSE'), shows(evs));
    assert.ok(
      evs.some((e) => e.event === 'REJECT' && e.eventText === 'denied'),
      shows(evs),
    );
  });
  it('keeps the accusation of a charge whose maker is named ("accusations made by Sylvania")', () => {
    const evs = code('Freedonia denied accusations made by Sylvania that its navy had shelled the port.', {
      mentions: M,
    });
    assert.ok(
      evs.some((e) => e.event === 'ACCUSE' && e.eventText === 'accusations'),
      shows(evs),
    );
  });
  it('codes REJECT for a participle clause "The envoy, dismissing accusations that …, said" parsed as a modifier', () => {
    const evs = code('The envoy, dismissing accusations that Sylvania had lied, said nothing new.', {
      mentions: M,
      parse: [
        '2 det DET',
        '11 nsubj NOUN',
        '5 punct PUNCT',
        '5 amod VERB dismiss VBG',
        '11 obl NOUN accusation NNS',
        '9 mark SCONJ',
        '9 nsubj PROPN',
        '9 aux AUX',
        '5 acl VERB lie VBN',
        '5 punct PUNCT',
        '0 root VERB say VBD',
        '11 obj PRON',
        '12 amod ADJ',
        '11 punct PUNCT',
      ],
    });
    assert.ok(
      evs.some((e) => e.event === 'REJECT' && e.eventText === 'dismissing'),
      shows(evs),
    );
    assert.ok(!evs.some((e) => e.event === 'ACCUSE' && e.eventText === 'accusations'), shows(evs));
  });
  it('codes ACCUSE Freedonia → Sylvania for "Freedonia says Sylvania was involved in the poisoning of a former spy"', () => {
    const evs = code('Freedonia says Sylvania was involved in the poisoning of a former spy.', { mentions: M });
    const a = evs.find((e) => e.event === 'ACCUSE' && e.eventText === 'involved');
    assert.ok(a, shows(evs));
    assert.deepEqual(
      a.actor.map((x) => x.code),
      ['FRE'],
    );
    assert.deepEqual(
      a.recipient.map((x) => x.code),
      ['SYL'],
    );
    const told = code('Sylvania was involved in the poisoning of a former spy.', { mentions: M });
    assert.ok(!told.some((e) => e.event === 'COOPERATE' || e.event === 'ACCUSE'), shows(told));
    const talks = code('Freedonia says Sylvania was involved in the talks on the border.', { mentions: M });
    assert.ok(!talks.some((e) => e.event === 'ACCUSE'), shows(talks));
  });
  it('codes COERCE seize for "Freedonian police searched a Sylvanian plane", nothing of it for "searched for"', () => {
    const evs = code('Freedonian police searched a Sylvanian plane at the airport.', { mentions: M });
    assert.ok(
      evs.some((e) => e.event === 'COERCE' && e.mode === 'seize' && e.eventText === 'searched'),
      shows(evs),
    );
    const hunt = code('Freedonian police searched for the missing boy.', { mentions: M });
    assert.ok(!hunt.some((e) => e.event === 'COERCE'), shows(hunt));
  });
});
