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
  ['Colonel Brandt', null, 'MIL'],
  ['the High Tribunal', 'SYL', 'JUD'],
];
const code = (text: string, parse: string[]) =>
  codeEvents(fixtureDoc(text, { mentions: M, published: '2020-05-01', parse }), lex).events;

describe('a passive verdict', () => {
  it('takes the court of "X was found guilty of treason by the court" as actor and X as recipient', () => {
    // the parse hangs the "by" phrase on the crime, two phrases below the verb
    const parse = [
      '2 nmod:desc PROPN Colonel NNP',
      '4 nsubj:pass PROPN Brandt NNP',
      '4 aux:pass AUX be VBD',
      '0 root VERB find VBN',
      '4 xcomp ADJ guilty JJ',
      '7 case ADP of IN',
      '5 obl NOUN treason NN',
      '11 case ADP by IN',
      '11 det DET the DT',
      '11 amod ADJ high NNP',
      '7 nmod PROPN Tribunal NNP',
      '4 punct PUNCT . .',
    ];
    const evs = code('Colonel Brandt was found guilty of treason by the High Tribunal .', parse);
    const e = evs.find((x) => x.eventText === 'found');
    assert.ok(e, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    assert.deepEqual(
      e.actor.map((a) => a.actorText),
      ['the High Tribunal'],
    );
    assert.deepEqual(
      e.recipient.map((r) => r.actorText),
      ['Colonel Brandt'],
    );
  });
  it('never makes the defendant the actor when no court is named', () => {
    const parse = [
      '2 nmod:desc PROPN Colonel NNP',
      '4 nsubj:pass PROPN Brandt NNP',
      '4 aux:pass AUX be VBD',
      '0 root VERB find VBN',
      '4 xcomp ADJ guilty JJ',
      '7 case ADP of IN',
      '5 obl NOUN treason NN',
      '4 punct PUNCT . .',
    ];
    for (const e of code('Colonel Brandt was found guilty of treason .', parse).filter(
      (x) => x.eventText === 'found',
    )) {
      assert.ok(!e.actor.some((a) => a.actorText === 'Colonel Brandt'), JSON.stringify(e.actor));
      assert.deepEqual(
        e.recipient.map((r) => r.actorText),
        ['Colonel Brandt'],
      );
    }
  });
  it('does not take a defendant named in an apposition ("her brother, Colonel Brandt, has been found guilty") as actor', () => {
    // (the parse loses the apposition: the passive subject is the uncoded "brother")
    const parse = [
      '2 nmod:poss PRON her PRP$',
      '9 nsubj:pass NOUN brother NN',
      '5 punct PUNCT , ,',
      '5 nmod:desc PROPN Colonel NNP',
      '9 dep PROPN Brandt NNP',
      '5 punct PUNCT , ,',
      '9 aux AUX have VBZ',
      '9 aux:pass AUX be VBN',
      '0 root VERB find VBN',
      '9 xcomp ADJ guilty JJ',
      '12 case ADP of IN',
      '10 obl NOUN treason NN',
      '9 punct PUNCT . .',
    ];
    const evs = code('Her brother , Colonel Brandt , has been found guilty of treason .', parse);
    const found = evs.filter((x) => x.eventText === 'found');
    assert.ok(found.length, evs.map((x) => `${x.event}:${x.eventText}`).join(','));
    for (const e of found) assert.ok(!e.actor.some((a) => a.actorText === 'Colonel Brandt'), JSON.stringify(e.actor));
  });
});
