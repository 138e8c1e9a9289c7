import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { fixtureDoc, type MentionSpec } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Freedonia', 'FRE', 'GOV'],
  ['Sylvania', 'SYL', 'GOV'],
];
const code = (text: string, parse: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;

describe('Phoenix verb patterns', () => {
  it('does not read "agreed to lift the sanctions" as agreeing to sanctions: the noun is the object of "lift"', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB agree',
      '4 mark PART',
      '2 xcomp VERB lift',
      '6 det DET',
      '4 obj NOUN sanction',
      '8 case ADP',
      '4 obl PROPN',
    ];
    const evs = code('Freedonia agreed to lift the sanctions on Sylvania', parse);
    const agreed = evs.find((e) => e.eventText === 'agreed');
    assert.ok(agreed, evs.map((e) => `${e.event}:${e.eventText}`).join(','));
    assert.equal(agreed.event, 'AGREE');
    assert.notEqual(agreed.cameo, '163');
  });
  it('still codes "agreed to sanctions on Sylvania" by the pattern (CAMEO 163)', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB agree',
      '4 case ADP',
      '2 obl NOUN sanction',
      '6 case ADP',
      '4 nmod PROPN',
    ];
    const evs = code('Freedonia agreed to sanctions on Sylvania', parse);
    assert.ok(
      evs.some((e) => e.eventText === 'agreed' && e.cameo === '163'),
      evs.map((e) => `${e.event}:${e.cameo}:${e.eventText}`).join(','),
    );
  });
});

describe('a pattern preposition belongs to the verb', () => {
  it('codes no visit for "leave Sylvania in hopes for jobs", where "for" belongs to "hopes"', () => {
    const parse = [
      '2 compound PROPN',
      '3 nsubj NOUN student',
      '0 root VERB leave',
      '3 obj PROPN',
      '6 case ADP',
      '3 obl NOUN hope',
      '8 case ADP',
      '6 nmod NOUN job',
      '3 punct PUNCT',
    ];
    const evs = codeEvents(
      fixtureDoc('Freedonia students leave Sylvania in hopes for jobs.', {
        mentions: M,
        published: '2020-05-01',
        parse,
      }),
      lex,
    ).events;
    assert.ok(!evs.some((e) => e.event === 'CONSULT'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
});

describe('Phoenix patterns and names', () => {
  it('does not match a pattern word with a name ("extended Control Data a loan"), matches it lower case ("extended control")', () => {
    const name = code('Freedonia extended Control Data a loan.', [
      '2 nsubj PROPN',
      '0 root VERB extend',
      '4 compound PROPN',
      '2 iobj PROPN',
      '6 det DET',
      '2 obj NOUN loan',
      '2 punct PUNCT',
    ]);
    assert.ok(!name.some((e) => e.cameo === '192'), name.map((e) => `${e.event}:${e.cameo}`).join(','));
    const word = code('Freedonia extended control over Sylvania.', [
      '2 nsubj PROPN',
      '0 root VERB extend',
      '2 obj NOUN control',
      '5 case ADP',
      '3 nmod PROPN',
      '2 punct PUNCT',
    ]);
    assert.ok(
      word.some((e) => e.cameo === '192'),
      word.map((e) => `${e.event}:${e.cameo}`).join(','),
    );
  });
});

describe('ending a cooperation effort', () => {
  it('codes "ended mediation efforts between Sylvania factions" as a SANCTION on "ended", not a mediation', () => {
    const evs = code('Freedonia ended mediation efforts between Sylvania factions.', [
      '2 nsubj PROPN',
      '0 root VERB end',
      '4 compound NOUN mediation',
      '2 obj NOUN effort',
      '7 case ADP',
      '7 compound PROPN',
      '4 nmod NOUN faction',
      '2 punct PUNCT',
    ]);
    assert.ok(
      evs.some((e) => e.event === 'SANCTION' && e.eventText === 'ended'),
      evs.map((e) => `${e.event}:${e.eventText}`).join(','),
    );
    assert.ok(!evs.some((e) => e.event === 'CONSULT'));
  });
});

describe('a pattern word that is another verb subject', () => {
  it('codes no seizure for "the plan took three months and bombers were sent", where "bombers" is the subject of "sent"', () => {
    const parse = [
      '3 det DET',
      '3 compound PROPN',
      '4 nsubj NOUN plan',
      '0 root VERB take',
      '6 nummod NUM',
      '4 obj NOUN month',
      '10 cc CCONJ',
      '10 nsubj:pass NOUN bomber',
      '10 aux:pass AUX',
      '4 conj VERB send',
      '12 case ADP',
      '10 obl PROPN',
      '4 punct PUNCT',
    ];
    const evs = code('The Freedonia plan took three months and bombers were sent to Sylvania.', parse);
    assert.ok(!evs.some((e) => e.eventText === 'took'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('still codes "Freedonia took bombs from Sylvania" as a seizure by the pattern', () => {
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB take',
      '2 obj NOUN bomb',
      '5 case ADP',
      '2 obl PROPN',
      '2 punct PUNCT',
    ];
    const evs = code('Freedonia took bombs from Sylvania.', parse);
    assert.ok(
      evs.some((e) => e.eventText === 'took' && e.event === 'COERCE'),
      evs.map((e) => `${e.event}:${e.cameo}:${e.eventText}`).join(','),
    );
  });
});

describe('Phoenix patterns stay within the verb’s own clause', () => {
  it('does not match "convene … protest" when the protest word sits in an "as" clause of its own', () => {
    const parse = [
      '3 nsubj PROPN',
      '3 aux AUX',
      '0 root VERB convene',
      '3 obj NOUN session',
      '8 mark SCONJ',
      '7 amod VERB protest',
      '8 nsubj NOUN student',
      '3 advcl VERB fill',
      '10 det DET',
      '8 obj NOUN square',
    ];
    const evs = code('Freedonia will convene sessions as protesting students fill the square', parse);
    const convene = evs.find((e) => e.eventText === 'convene');
    assert.ok(convene?.cameo !== '110', evs.map((e) => `${e.event}:${e.cameo}:${e.eventText}`).join(','));
  });
  it('still matches the pattern on the verb’s own object ("convened a protest")', () => {
    const parse = ['2 nsubj PROPN', '0 root VERB convene', '4 det DET', '2 obj NOUN protest'];
    const evs = code('Freedonia convened a protest', parse);
    assert.ok(
      evs.some((e) => e.eventText === 'convened' && e.cameo === '110'),
      evs.map((e) => `${e.event}:${e.cameo}:${e.eventText}`).join(','),
    );
  });
});

describe('Phoenix patterns on a noun of an unarmed kind', () => {
  it('codes no ASSAULT for "conducting surveillance operations in Sylvania", one for "conducting military operations"', () => {
    const parse = (kind: string) => [
      '3 nsubj PROPN',
      '3 aux AUX',
      '0 root VERB conduct',
      `5 ${kind === 'military' ? 'amod ADJ' : 'compound NOUN'}`,
      '3 obj NOUN operation',
      '7 case ADP',
      '3 obl PROPN',
    ];
    const quiet = code('Freedonia was conducting surveillance operations in Sylvania', parse('surveillance'));
    assert.ok(!quiet.some((e) => e.event === 'ASSAULT'), quiet.map((e) => `${e.event}:${e.eventText}`).join(','));
    const armed = code('Freedonia was conducting military operations in Sylvania', parse('military'));
    assert.ok(
      armed.some((e) => e.event === 'ASSAULT'),
      armed.map((e) => `${e.event}:${e.eventText}`).join(','),
    );
  });
});

describe('Phoenix verb patterns: words that only look like a pattern word', () => {
  const plain = (text: string) =>
    codeEvents(fixtureDoc(text, { mentions: [...M, ['the minister', null, 'GOV']], published: '2020-05-01' }), lex)
      .events;
  it('reads no treaty in "according to" ("overruled by the minister, according to aides" is no THREATEN)', () => {
    const evs = plain('The Sylvania envoy was overruled by the minister, according to two aides.');
    assert.ok(!evs.some((e) => e.event === 'THREATEN'), evs.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('codes hosting, not access, for "Freedonia received a Sylvania trade mission"', () => {
    const evs = plain('Freedonia received a Sylvania trade mission last month.');
    assert.ok(!evs.some((e) => (e.cameo ?? '').startsWith('086')), evs.map((e) => `${e.event}:${e.cameo}`).join(','));
    assert.ok(
      evs.some((e) => e.eventText === 'received' && e.event === 'CONSULT'),
      evs.map((e) => `${e.event}:${e.cameo}`).join(','),
    );
  });
  it('reads no base in "based on"', () => {
    const built = plain('Freedonia has worked to build a relationship with Sylvania, based on mutual respect.');
    assert.ok(!built.some((e) => e.event === 'MOBILIZE'), built.map((e) => `${e.event}:${e.eventText}`).join(','));
  });
  it('reads no strike in "within striking distance"', () => {
    const stationed = plain('Freedonia warships are stationed within striking distance of Sylvania.');
    assert.ok(
      !stationed.some((e) => e.event === 'PROTEST'),
      stationed.map((e) => `${e.event}:${e.eventText}`).join(','),
    );
  });
});
