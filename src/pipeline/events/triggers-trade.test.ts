import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCoder, type MentionSpec, STATES } from './fixtures.js';

const code = fixtureCoder();
const M: MentionSpec[] = [...STATES, ['Sylvanian', 'SYL', null], ['The Freedonian senate', 'FRE', 'LEG']];
const shows = (evs: ReturnType<typeof code>) => evs.map((e) => `${e.event}:${e.eventText}`).join(', ');
const codes = (refs: readonly { readonly code: string | null }[]) => refs.map((r) => r.code);

describe('triggers: tariffs threatened and imposed, acts called wrong', () => {
  it('codes THREATEN against Sylvania for "proposed slapping an additional $20 billion in tariffs on Sylvanian goods"', () => {
    const evs = code('Freedonia proposed slapping an additional $20 billion in tariffs on Sylvanian goods.', {
      mentions: M,
    });
    const t = evs.find((e) => e.eventText === 'slapping');
    assert.equal(t?.event, 'THREATEN', shows(evs));
    assert.deepEqual(codes(t?.recipient ?? []), ['SYL']);
  });
  it('codes THREATEN for "announced plans to tax $8 billion in Sylvanian products" with "tax" mistagged a noun', () => {
    const evs = code('Freedonia announced plans to tax $8 billion in Sylvanian products.', {
      mentions: M,
      parse: [
        '2 nsubj PROPN',
        '0 root VERB announce VBD',
        '2 obj NOUN plan NNS',
        '5 case ADP',
        '3 nmod NOUN tax NN',
        '3 obj SYM',
        '8 compound NUM',
        '6 nummod NUM',
        '11 case ADP',
        '11 amod ADJ',
        '3 nmod NOUN product NNS',
        '2 punct PUNCT',
      ],
    });
    assert.ok(
      evs.some((e) => e.event === 'THREATEN' && e.eventText === 'tax'),
      shows(evs),
    );
  });
  it('codes THREATEN for "announced plans to impose sanctions on Sylvania" (the infinitive keeps its party)', () => {
    const evs = code('Freedonia announced plans to impose sanctions on Sylvania.', { mentions: M });
    const t = evs.find((e) => e.event === 'THREATEN');
    assert.ok(t, shows(evs));
    assert.deepEqual(codes(t.actor), ['FRE']);
    assert.deepEqual(codes(t.recipient), ['SYL']);
  });
  it('codes SANCTION for "responded by imposing tariffs" with the gerund tagged a modifier, none for "punishing tariffs"', () => {
    const evs = code('Freedonia responded by imposing tariffs on Sylvanian wine.', {
      mentions: M,
      parse: [
        '2 nsubj PROPN',
        '0 root VERB respond VBD',
        '5 case ADP',
        '5 amod VERB impose VBG',
        '2 obl:agent NOUN tariff NNS',
        '8 case ADP',
        '8 amod ADJ',
        '5 nmod NOUN',
        '2 punct PUNCT',
      ],
    });
    assert.ok(
      evs.some((e) => e.event === 'SANCTION' && e.eventText === 'imposing'),
      shows(evs),
    );
    const adj = code('Freedonia was hit by punishing tariffs.', {
      mentions: M,
      parse: [
        '3 nsubj:pass PROPN',
        '3 aux:pass AUX',
        '0 root VERB hit VBN',
        '6 case ADP',
        '6 amod VERB punish VBG',
        '3 obl:agent NOUN tariff NNS',
        '3 punct PUNCT',
      ],
    });
    assert.ok(!adj.some((e) => e.eventText === 'punishing'), shows(adj));
  });
  it('codes no event for taxing incomes ("Freedonia will tax the rich")', () => {
    const evs = code('Freedonia will tax the rich next year.', { mentions: M });
    assert.ok(!evs.some((e) => e.eventText === 'tax'), shows(evs));
  });
  it('codes SANCTION on Sylvania for "announced new import duties on Sylvanian cheese", none for "talks on tariffs"', () => {
    const evs = code('Freedonia announced new import duties on Sylvanian cheese.', { mentions: M });
    const s = evs.find((e) => e.eventText === 'duties');
    assert.equal(s?.event, 'SANCTION', shows(evs));
    assert.deepEqual(codes(s?.recipient ?? []), ['SYL']);
    const talk = code('Freedonia and Sylvania held talks on tariffs last week.', { mentions: M });
    assert.ok(!talk.some((e) => e.event === 'SANCTION'), shows(talk));
    const office = code('Freedonia said the duties of the president were clear.', { mentions: M });
    assert.ok(!office.some((e) => e.event === 'SANCTION'), shows(office));
  });
  it('codes SANCTION for "adopt new countermeasures against Sylvania"', () => {
    const evs = code('Freedonia adopted new countermeasures against Sylvania.', { mentions: M });
    assert.ok(
      evs.some((e) => e.event === 'SANCTION' && e.eventText === 'countermeasures'),
      shows(evs),
    );
  });
  it('codes ACCUSE for "called Sylvania\'s decision unjustified", nothing for "called Sylvania a close partner"', () => {
    const evs = code('The Freedonian senate called Sylvania\'s decision "unjustified".', { mentions: M });
    assert.ok(
      evs.some((e) => e.event === 'ACCUSE' && e.eventText === 'called'),
      shows(evs),
    );
    const praise = code('The Freedonian senate called Sylvania a close partner.', { mentions: M });
    assert.ok(!praise.some((e) => e.event === 'ACCUSE'), shows(praise));
  });
});
