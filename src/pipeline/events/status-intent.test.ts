import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec, STATES } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [...STATES];

describe('one event per intended act', () => {
  const code = (text: string, parse?: string[]) =>
    codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', ...(parse ? { parse } : {}) }), lex).events;
  it('codes "pledged to expel the envoys" once, as the intended SANCTION expel, no THREATEN (a promise is no warning)', () => {
    const evs = code('Freedonia has pledged to expel the envoys of Sylvania.');
    assert.deepEqual(
      evs.map((e) => [e.event, e.cameo, e.status]),
      [['SANCTION', '166', 'intended']],
    );
    assert.equal(evs[0]?.eventText, 'expel');
    assert.equal(evs[0]?.actor[0]?.code, 'FRE');
    assert.equal(evs[0]?.recipient[0]?.code, 'SYL');
  });
  it('codes "promised to expel the leaders of X" as an intended COERCE deport (expelling people from a country)', () => {
    const evs = code('Freedonia has promised to expel the leaders of Sylvania.');
    const e = evs.find((x) => x.event === 'COERCE');
    assert.ok(e, evs.map((x) => x.event).join(','));
    assert.equal(e.cameo, '174');
    assert.equal(e.status, 'intended');
    assert.equal(e.actor[0]?.code, 'FRE');
    assert.ok(!evs.some((x) => x.event === 'THREATEN' || x.event === 'AGREE'));
  });
  it('still codes "threatened to expel" and "vowed to attack" as THREATEN toward the target', () => {
    const t = code('Freedonia has threatened to expel the envoys of Sylvania.');
    assert.deepEqual(
      t.map((e) => e.event),
      ['THREATEN'],
    );
    assert.equal(t[0]?.recipient[0]?.code, 'SYL');
    assert.ok(code('Freedonia vowed to attack Sylvania.').some((e) => e.event === 'THREATEN'));
  });
  it('codes "vowed to send aid" once, as an AGREE (hand-made parse)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB vow',
      '4 mark PART',
      '2 xcomp VERB send',
      '4 obj NOUN',
      '7 case ADP',
      '4 obl PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Freedonia vowed to send aid to Sylvania.', parse);
    assert.equal(evs.length, 1);
    assert.equal(evs[0]?.event, 'AGREE');
    assert.equal(evs[0]?.recipient[0]?.code, 'SYL');
  });
  it('keeps "wants Sylvania to attack" as the wish of its subject, not an intended attack', () => {
    const evs = code('Freedonia wants Sylvania to attack Ruritania.');
    assert.ok(!evs.some((e) => e.event === 'THREATEN' && e.actor.some((a) => a.code === 'FRE')));
  });
  it('codes "did not pledge to expel" as negated, not as an intended act', () => {
    const evs = code('Freedonia did not pledge to expel the envoys of Sylvania.');
    assert.ok(evs.length > 0);
    assert.ok(evs.every((e) => e.status === 'negated'));
  });
});

describe('what a measure provides for', () => {
  it('codes "approved a measure to send troops" as an intended MOBILIZE, not one done (hand-made parse)', () => {
    const parse = [
      '2 det DET',
      '3 nsubj PROPN',
      '0 root VERB approve VBD',
      '5 det DET',
      '3 obj NOUN measure NN',
      '7 mark PART',
      '5 acl VERB send VB',
      '7 obj NOUN troops NNS',
      '10 case ADP',
      '7 obl PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('The Freedonia approved a measure to send troops to Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const sent = codeEvents(doc, lex).events.find((e) => e.eventText === 'send');
    assert.equal(sent?.event, 'MOBILIZE');
    assert.equal(sent?.status, 'intended');
  });
  it('keeps the act of a measure intended when the parse hangs it on the approving verb ("approved a measure on May 3 to deploy troops")', () => {
    const parse = [
      '2 det DET',
      '3 nsubj PROPN',
      '0 root VERB approve VBD',
      '5 det DET',
      '3 obj NOUN measure NN',
      '7 case ADP',
      '3 obl PROPN May NNP',
      '7 nummod NUM',
      '10 mark PART',
      '3 advcl VERB deploy VB',
      '10 obj NOUN troops NNS',
      '13 case ADP',
      '10 obl PROPN',
      '3 punct PUNCT',
    ];
    const doc = fixtureDoc('The Freedonia approved a measure on May 3 to deploy troops in Sylvania.', {
      mentions: M,
      published: '2020-05-01',
      parse,
    });
    const evs = codeEvents(doc, lex).events;
    assert.equal(evs.find((e) => e.eventText === 'deploy')?.status, 'intended');
    assert.ok(!evs.some((e) => e.event === 'MOBILIZE' && e.status === 'asserted'));
  });
});
