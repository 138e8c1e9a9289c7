import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type EventLexicon, loadEventLexicon } from '../../knowledge/events/index.js';
import { type FixtureOptions, fixtureDoc, type MentionSpec, quoteWords } from './fixtures.js';
import { codeEvents } from './stage.js';

let lex: EventLexicon;
before(() => {
  lex = loadEventLexicon();
});

const M: MentionSpec[] = [
  ['Freedonia', 'FRE', 'GOV'],
  ['Sylvania', 'SYL', 'GOV'],
  ['Ivan Petrov', 'FRE', 'GOV'],
];
const quotes = (text: string, opts: FixtureOptions = {}) => {
  const doc = fixtureDoc(text, { mentions: M, published: '2020-05-01', ...opts });
  return codeEvents(doc, lex).quotes.map((q) => quoteWords(text, q));
};

/** The quote cued by `cue`; fails the test, listing the cues found, when there is none. */
const cued = <Q extends { readonly cue: string }>(qs: readonly Q[], cue: string): Q => {
  const q = qs.find((x) => x.cue === cue);
  assert.ok(q, `no quote cued by "${cue}"; cues: ${qs.map((x) => x.cue).join(', ') || 'none'}`);
  return q;
};

describe('quotes: quotation marks', () => {
  it('does not take a cue inside a quotation as a speech act of its own', () => {
    const qs = quotes('“I think we will win,” Ivan Petrov said.');
    assert.deepEqual(
      qs.map((q) => q.cue),
      ['said'],
    );
    assert.equal(qs[0]?.content, 'I think we will win');
  });
  it('keeps a quotation open across the sentences of its paragraph', () => {
    const qs = quotes('“We are ready. I believe the talks will work,” Ivan Petrov said.');
    assert.ok(!qs.some((q) => q.cue === 'believe'));
  });
  it('ends the content at the closing mark when the speaker has an appositive', () => {
    const qs = quotes("''We are ready,'' Ivan Petrov, a spokesman for the ministry of defence, said.");
    assert.equal(qs.length, 1);
    assert.equal(qs[0]?.speaker, 'Ivan Petrov');
    assert.equal(qs[0]?.content, 'We are ready');
  });
});

describe('quotes: speakers named without a verb', () => {
  it('reads a transcript turn or headline "NAME: words"', () => {
    const qs = quotes('PETROV: Well, we are ready for talks with Sylvania.');
    const q = cued(qs, ':');
    assert.equal(q.speaker, 'PETROV');
    assert.equal(q.content, 'Well, we are ready for talks with Sylvania');
  });
  it('does not take a dateline or a label before a colon as a speaker', () => {
    assert.ok(!quotes('LYON: Freedonia is ready.', { places: [['LYON', 'FRA']] }).some((q) => q.cue === ':'));
    assert.ok(!quotes('UPDATE: Freedonia is ready for talks.').some((q) => q.cue === ':'));
  });
  it('reads headline labels "X to Y: …", "X camp: …" and a label after a dash', () => {
    const to = cued(quotes('Petrov to Sylvania: the talks will work.'), ':');
    assert.equal(to.speaker, 'Petrov');
    assert.equal(to.content, 'the talks will work');
    assert.equal(cued(quotes('Petrov camp: the talks will work.'), ':').speaker, 'Petrov camp');
    const dashed = cued(quotes('Talks resume - Ana Ruiz: “The talks will work.”'), ':');
    assert.equal(dashed.speaker, 'Ana Ruiz');
    assert.equal(dashed.content, 'The talks will work');
  });
  it('reads a name after a dash that follows a quotation', () => {
    const qs = quotes('“We are ready for talks.” ― Ivan Petrov');
    const q = cued(qs, '―');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We are ready for talks.');
  });
});

describe('quotes: stances toward things', () => {
  it('takes the object of a stance verb as its content ("Freedonia cited the report")', () => {
    // Freedonia cited the new report .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB cite VBD',
      '5 det DET',
      '5 amod ADJ',
      '2 obj NOUN report NN',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia cited the new report.', { parse }), 'cited');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the new report');
  });
  it('takes the predicate after the object along with it ("Freedonia called Sylvania a threat")', () => {
    // Freedonia called Sylvania a threat .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB call VBD',
      '2 obj PROPN',
      '5 det DET',
      '2 xcomp NOUN threat NN',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia called Sylvania a threat.', { parse }), 'called');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'Sylvania a threat');
  });
  it('takes a gerund clause after "called for" as its content', () => {
    // Freedonia called for ending the blockade .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB call VBD',
      '4 mark SCONJ',
      '2 advcl VERB end VBG',
      '6 det DET',
      '4 obj NOUN',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia called for ending the blockade.', { parse }), 'called');
    assert.equal(q.content, 'ending the blockade');
  });
  it('takes the "of" phrase of "spoke of" as its content', () => {
    // Freedonia spoke of a new era .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB speak VBD',
      '6 case ADP',
      '6 det DET',
      '6 amod ADJ',
      '2 obl NOUN era NN',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia spoke of a new era.', { parse }), 'spoke');
    assert.equal(q.content, 'a new era');
  });
  it('takes the "for" phrase of "called for" as its content', () => {
    // Freedonia called for more aid .
    const parse = ['2 nsubj PROPN', '0 root VERB call VBD', '5 case ADP', '5 amod ADJ', '2 obl NOUN aid NN', '2 punct'];
    const q = cued(quotes('Freedonia called for more aid.', { parse }), 'called');
    assert.equal(q.content, 'more aid');
  });
  it('takes the object of a support verb as its content ("Freedonia endorsed the new plan")', () => {
    // Freedonia endorsed the new plan .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB endorse VBD',
      '5 det DET',
      '5 amod ADJ',
      '2 obj NOUN plan NN',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia endorsed the new plan.', { parse }), 'endorsed');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the new plan');
  });
  it('takes the clause a cognition verb holds as its content ("Ivan Petrov worries that …")', () => {
    // Ivan Petrov worries that the talks will fail .
    const parse = [
      '2 compound PROPN',
      '3 nsubj PROPN',
      '0 root VERB worry VBZ',
      '8 mark SCONJ',
      '6 det DET',
      '8 nsubj NOUN',
      '8 aux AUX',
      '3 ccomp VERB fail VB',
      '3 punct',
    ];
    const q = cued(quotes('Ivan Petrov worries that the talks will fail.', { parse }), 'worries');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'that the talks will fail');
  });
  it('takes no adjective complement of a stance verb as content ("Freedonia felt comfortable")', () => {
    // Freedonia felt comfortable .
    const parse = ['2 nsubj PROPN', '0 root VERB feel VBD', '2 xcomp ADJ', '2 punct'];
    assert.ok(!quotes('Freedonia felt comfortable.', { parse }).some((x) => x.cue === 'felt'));
  });
});

describe('quotes: word order', () => {
  it('takes the clause after the cue, not a phrase before the comma, as what is said', () => {
    const qs = quotes('But in interviews, many officials in Freedonia say the talks with Sylvania have stalled.');
    const q = cued(qs, 'say');
    assert.equal(q.content, 'the talks with Sylvania have stalled');
  });
  it('ends a name after a dash at the line break before the next quotation', () => {
    const qs = quotes('“We are ready for talks.” ― Ivan Petrov\n“We are not,” Freedonia said.');
    const q = cued(qs, '―');
    assert.equal(q.speaker, 'Ivan Petrov');
  });
});

describe('quotes: verbal acts', () => {
  it('gives an accusation verb a quote of its actor about its object ("Freedonia condemned the raid")', () => {
    // Freedonia condemned the raid .
    const parse = ['2 nsubj PROPN', '0 root VERB condemn VBD', '4 det DET', '2 obj NOUN raid NN', '2 punct PUNCT'];
    const q = cued(quotes('Freedonia condemned the raid.', { parse }), 'condemned');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the raid');
  });
  it('gives acts of investigating or signing no quote ("Freedonia investigated the raid")', () => {
    // Freedonia investigated the raid .
    const parse = ['2 nsubj PROPN', '0 root VERB investigate VBD', '4 det DET', '2 obj NOUN raid NN', '2 punct PUNCT'];
    assert.ok(!quotes('Freedonia investigated the raid.', { parse }).some((x) => x.cue === 'investigated'));
    // Freedonia signed the treaty .
    const signed = ['2 nsubj PROPN', '0 root VERB sign VBD', '4 det DET', '2 obj NOUN treaty NN', '2 punct PUNCT'];
    assert.ok(!quotes('Freedonia signed the treaty.', { parse: signed }).some((x) => x.cue === 'signed'));
  });
});

describe('quotes: implausible parse subjects', () => {
  it('does not take an indefinite noun of what is said as the speaker', () => {
    // An insult to us , Freedonia said .
    const parse = [
      '2 det DET',
      '7 nsubj NOUN insult NN',
      '4 case ADP',
      '2 nmod PRON',
      '7 punct PUNCT',
      '7 obl PROPN',
      '0 root VERB say VBD',
      '7 punct PUNCT',
    ];
    const q = cued(quotes('An insult to us, Freedonia said.', { parse }), 'said');
    assert.equal(q.speaker, 'Freedonia');
  });
});

describe('quotes: cue forms', () => {
  it('finds a cue by its form when the lemma is off ("tweeted")', () => {
    const q = cued(quotes('Ivan Petrov tweeted that Freedonia is ready.'), 'tweeted');
    assert.equal(q.content, 'Freedonia is ready');
  });
});

describe('quotes: appositive speakers', () => {
  it('takes the clause after the cue when the speaker has an appositive before it', () => {
    const q = cued(
      quotes('Ivan Petrov, a spokesman for the ministry of defence, said the talks with Sylvania have stalled.'),
      'said',
    );
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the talks with Sylvania have stalled');
  });
});

describe('quotes: speakers after a comma', () => {
  it('takes the noun phrase right before a final cue as the speaker, not a subject before the comma', () => {
    // Freedonian troops crossed the border , Ivan Petrov said .
    const parse = [
      '2 amod ADJ',
      '9 nsubj NOUN troop NNS',
      '9 ccomp VERB cross VBD',
      '5 det DET',
      '3 obj NOUN border NN',
      '9 punct PUNCT',
      '9 obl PROPN',
      '7 flat PROPN',
      '0 root VERB say VBD',
      '9 punct PUNCT',
    ];
    const q = cued(quotes('Freedonian troops crossed the border, Ivan Petrov said.', { parse }), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
  });
});

describe('quotes: speakers the parse does not attach', () => {
  it('gives a conjoined cue the subject of the verb it is conjoined to', () => {
    // Freedonia praised Sylvania and said the talks would work .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB praise VBD',
      '2 obj PROPN',
      '5 cc CCONJ',
      '2 conj VERB say VBD',
      '7 det DET',
      '9 nsubj NOUN',
      '9 aux AUX',
      '5 ccomp VERB work VB',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia praised Sylvania and said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the talks would work');
  });
  it('takes a capitalised name before a parenthesis as the speaker of a subjectless cue', () => {
    // Senator Ana Ruiz ( D ) said the talks would work .
    const parse = [
      '3 compound PROPN',
      '3 compound PROPN',
      '5 compound PROPN',
      '5 punct',
      '7 ccomp NOUN',
      '5 punct',
      '0 root VERB say VBD',
      '9 det DET',
      '11 nsubj NOUN',
      '11 aux AUX',
      '7 ccomp VERB work VB',
      '7 punct',
    ];
    const q = cued(quotes('Senator Ana Ruiz (D) said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, 'Senator Ana Ruiz');
    assert.equal(q.content, 'the talks would work');
  });
  it('climbs a chain of participles to the clause with a subject ("…, praising X and saying …")', () => {
    // Freedonia met Sylvania , praising the deal and saying the talks would work .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB meet VBD',
      '2 obj PROPN',
      '5 punct',
      '2 advcl VERB praise VBG',
      '7 det DET',
      '5 obj NOUN',
      '9 cc CCONJ',
      '5 conj VERB say VBG',
      '11 det DET',
      '13 nsubj NOUN',
      '13 aux AUX',
      '9 ccomp VERB work VB',
      '2 punct',
    ];
    const q = cued(
      quotes('Freedonia met Sylvania, praising the deal and saying the talks would work.', { parse }),
      'saying',
    );
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the talks would work');
  });
  it('takes the name right before a subjectless cue as its speaker', () => {
    // After the vote , Ivan Petrov said the talks would work .
    const parse = [
      '3 case ADP',
      '3 det DET',
      '7 obl NOUN',
      '3 punct',
      '6 compound PROPN',
      '7 obl PROPN',
      '0 root VERB say VBD',
      '9 det DET',
      '11 nsubj NOUN',
      '11 aux AUX',
      '7 ccomp VERB work VB',
      '7 punct',
    ];
    const q = cued(quotes('After the vote, Ivan Petrov said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the talks would work');
  });
  it('takes the subject nearer the cue when the parse gives it two', () => {
    // The report angered Freedonia : Sylvania said the talks would work .
    const parse = [
      '2 det DET',
      '7 nsubj NOUN',
      '2 acl VERB anger VBD',
      '3 obj PROPN',
      '7 punct',
      '7 nsubj PROPN',
      '0 root VERB say VBD',
      '9 det DET',
      '11 nsubj NOUN',
      '11 aux AUX',
      '7 ccomp VERB work VB',
      '7 punct',
    ];
    const q = cued(quotes('The report angered Freedonia: Sylvania said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, 'Sylvania');
  });
});

describe('quotes: passive cues', () => {
  it('takes the agent of a passive stance verb as the speaker and its subject as the content', () => {
    // The new plan was endorsed by Freedonia .
    const parse = [
      '3 det DET',
      '3 amod ADJ',
      '5 nsubj:pass NOUN',
      '5 aux:pass AUX',
      '0 root VERB endorse VBN',
      '7 case ADP',
      '5 obl:agent PROPN',
      '5 punct',
    ];
    const q = cued(quotes('The new plan was endorsed by Freedonia.', { parse }), 'endorsed');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'The new plan');
  });
  it('names no speaker for a passive cue without an agent ("the talks are expected to fail")', () => {
    // The talks are expected to fail .
    const parse = [
      '2 det DET',
      '4 nsubj:pass NOUN',
      '4 aux:pass AUX',
      '0 root VERB expect VBN',
      '6 mark PART',
      '4 xcomp VERB fail VB',
      '4 punct',
    ];
    assert.ok(!quotes('The talks are expected to fail.', { parse }).some((x) => x.cue === 'expected' && x.speaker));
  });
});

describe('quotes: inverted attribution', () => {
  it('takes the name after a final cue as speaker and what comes before as content ("…, said X, a …")', () => {
    const qs = quotes('The talks will not work this year, said Ivan Petrov, an adviser to the ministry.');
    const q = cued(qs, 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'The talks will not work this year');
  });
  it('takes the phrase between a comma and a sentence-final cue as speaker ("…, a new survey shows.")', () => {
    // Freedonia leads Sylvania in the polls , a new survey shows .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB lead VBZ',
      '2 obj PROPN',
      '6 case ADP',
      '6 det DET',
      '2 obl NOUN',
      '11 punct',
      '11 det DET',
      '11 amod ADJ',
      '11 compound NOUN',
      '2 conj NOUN show NNS',
      '2 punct',
    ];
    const q = cued(quotes('Freedonia leads Sylvania in the polls, a new survey shows.', { parse }), 'shows');
    assert.equal(q.speaker, 'a new survey');
    assert.equal(q.content, 'Freedonia leads Sylvania in the polls');
  });
  it('takes no complement before the cue that no comma sets off ("Retired Gen. X said …")', () => {
    // Retired general Ivan Petrov said the talks would work .
    const parse = [
      '5 ccomp VERB retire VBN',
      '4 compound NOUN',
      '4 compound PROPN',
      '5 nsubj PROPN',
      '0 root VERB say VBD',
      '7 det DET',
      '9 nsubj NOUN',
      '9 aux AUX',
      '5 obj VERB work VB',
      '5 punct',
    ];
    const q = cued(quotes('Retired general Ivan Petrov said the talks would work.', { parse }), 'said');
    assert.equal(q.content, 'the talks would work');
  });
  it('spans the whole sentence when the speaker and cue interrupt what is said ("…, he said, …")', () => {
    const qs = quotes('The talks may work, Ivan Petrov said, but Sylvania must agree first.');
    const q = cued(qs, 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'The talks may work, Ivan Petrov said, but Sylvania must agree first');
  });
  it('takes a poll or survey as the source of what it shows ("A new survey shows that …")', () => {
    // A new survey shows that Freedonia leads Sylvania .
    const parse = [
      '3 det DET',
      '3 amod ADJ',
      '4 compound NOUN',
      '0 root NOUN show NNS',
      '7 mark SCONJ',
      '7 nsubj PROPN',
      '4 acl VERB lead VBZ',
      '7 obj PROPN',
      '4 punct',
    ];
    const q = cued(quotes('A new survey shows that Freedonia leads Sylvania.', { parse }), 'shows');
    assert.equal(q.speaker, 'A new survey');
    assert.equal(q.content, 'Freedonia leads Sylvania');
  });
  it('takes poll respondents as speakers ("63 percent said …")', () => {
    // 63 percent said the talks would work .
    const parse = [
      '2 nummod NUM',
      '3 nsubj NOUN',
      '0 root VERB say VBD',
      '5 det DET',
      '7 nsubj NOUN',
      '7 aux AUX',
      '3 ccomp VERB work VB',
      '3 punct',
    ];
    const q = cued(quotes('63 percent said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, '63 percent');
  });
  it('reads a cue used as a noun with its owner and "that" clause ("Freedonia\'s claim that …")', () => {
    // Sylvania rejected Freedonia 's claim that the border is closed .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB reject VBD',
      '5 nmod:poss PROPN',
      '3 case PART',
      '2 obj NOUN claim NN',
      '10 mark SCONJ',
      '8 det DET',
      '10 nsubj:pass NOUN',
      '10 aux:pass AUX',
      '5 acl VERB close VBN',
      '2 punct',
    ];
    const qs = quotes("Sylvania rejected Freedonia's claim that the border is closed.", { parse });
    const q = cued(qs, 'claim');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the border is closed');
  });
  it('reads "show that" after an evidence noun even when the parse tags it a noun ("Data from the survey show that …")', () => {
    // Data from the survey show that Freedonia leads .
    const parse = [
      '0 root NOUN',
      '4 case ADP',
      '4 det DET',
      '5 compound NOUN',
      '1 nmod NOUN show NN',
      '8 mark PRON',
      '8 nsubj PROPN',
      '5 acl:relcl VERB lead VBZ',
      '1 punct',
    ];
    const q = cued(quotes('Data from the survey show that Freedonia leads.', { parse }), 'show');
    assert.equal(q.content, 'Freedonia leads');
  });
});

describe('quotes: content boundaries', () => {
  it('does not take a relative clause of the speaker as what is said', () => {
    // Ivan Petrov , who studies trade , said the plan failed .
    const parse = [
      '8 nsubj PROPN',
      '1 flat PROPN',
      '1 punct',
      '5 nsubj PRON',
      '8 ccomp VERB study VBZ',
      '5 obj NOUN',
      '5 punct',
      '0 root VERB say VBD',
      '10 det DET',
      '11 nsubj NOUN',
      '8 ccomp VERB fail VBD',
      '8 punct',
    ];
    const q = cued(quotes('Ivan Petrov, who studies trade, said the plan failed.', { parse }), 'said');
    assert.equal(q.content, 'the plan failed');
  });
  it('does not take a time clause after the cue as what is said ("said as they marched")', () => {
    // " We will not stop , " Ivan Petrov said as the crowd marched .
    const parse = [
      '5 punct',
      '5 nsubj PRON',
      '5 aux AUX',
      '5 advmod PART',
      '0 root VERB stop VB',
      '5 punct',
      '5 punct',
      '10 nsubj PROPN',
      '8 flat PROPN',
      '5 parataxis VERB say VBD',
      '14 mark SCONJ',
      '13 det DET',
      '14 nsubj NOUN',
      '10 ccomp VERB march VBD',
      '5 punct',
    ];
    const qs = quotes('"We will not stop," Ivan Petrov said as the crowd marched.', { parse });
    const q = cued(qs, 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We will not stop');
  });
  it('takes a whole opening quotation as content when the parse hangs the cue on one of its clauses', () => {
    // " They are trying , thinking we will leave , " Ivan Petrov said .
    const parse = [
      '4 punct',
      '4 nsubj PRON',
      '4 aux AUX',
      '0 root VERB try VBG',
      '6 punct',
      '4 conj VERB think VBG',
      '9 nsubj PRON',
      '9 aux AUX',
      '6 ccomp VERB leave VB',
      '9 punct',
      '9 punct',
      '14 nsubj PROPN',
      '12 flat PROPN',
      '9 parataxis VERB say VBD',
      '4 punct',
    ];
    const q = cued(quotes('"They are trying, thinking we will leave," Ivan Petrov said.', { parse }), 'said');
    assert.equal(q.content, 'They are trying, thinking we will leave');
  });
});

describe('quotes: evidence as source', () => {
  it('takes the clause after "In <poll>," as said by the poll', () => {
    const q = cued(quotes('In this poll, Freedonia leads Sylvania by five points among likely voters.'), 'In');
    assert.equal(q.speaker, 'this poll');
    assert.equal(q.content, 'Freedonia leads Sylvania by five points among likely voters');
  });
  it('leaves "In a report, X said …" to its reporting verb', () => {
    assert.ok(!quotes('In a report, Freedonia said Sylvania had broken the truce.').some((x) => x.cue === 'In'));
  });
  it('takes averages and findings as speakers of what they show', () => {
    // Polling averages show Freedonia with a lead .
    const parse = [
      '2 compound NOUN',
      '3 nsubj NOUN average NNS',
      '0 root VERB show VBP',
      '3 obj PROPN',
      '7 case ADP',
      '7 det DET',
      '4 nmod NOUN',
      '3 punct',
    ];
    const q = cued(quotes('Polling averages show Freedonia with a lead.', { parse }), 'show');
    assert.equal(q.speaker, 'Polling averages');
  });
});

describe('quotes: naming verbs', () => {
  it('keeps the quoted name after the object of "called" when the parse loses it', () => {
    // His aides called him ' ' a genius ' ' for it .
    const parse = [
      '2 nmod:poss PRON',
      '3 nsubj NOUN',
      '0 root VERB call VBD',
      '3 obj PRON',
      '3 punct',
      '5 punct',
      '8 det DET',
      '6 nsubj NOUN',
      '8 punct',
      '9 punct',
      '12 case ADP',
      '8 nmod PRON',
      '3 punct',
    ];
    const q = cued(quotes("His aides called him ' ' a genius ' ' for it.", { parse }), 'called');
    assert.equal(q.content, "him ' ' a genius");
  });
});

describe('quotes: colon introductions', () => {
  it('takes "X continued: “…”" as speech by X', () => {
    const q = cued(quotes('Ivan Petrov continued: “We are ready for talks with Sylvania.”'), 'continued');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We are ready for talks with Sylvania');
  });
  it('does not take "continued" without a colon as speech', () => {
    assert.ok(!quotes('Ivan Petrov continued the talks with Sylvania.').some((x) => x.cue === 'continued'));
  });
});

describe('quotes: what stands before a closing mark', () => {
  it('takes the quotation, not the words introducing it, before "…,” she said"', () => {
    const text = 'Ivan Petrov scolded him: “The talks with Sylvania are a waste of time,” he said.';
    const q = cued(quotes(text), 'said');
    assert.equal(q.content, 'The talks with Sylvania are a waste of time');
  });
  it("takes the clause after the cue when what comes before is another speaker's report", () => {
    const text = 'Freedonia said Sylvania was “right” when he said on Monday that the talks would fail.';
    const q = quotes(text).find((x) => x.cue === 'said' && x.speaker === 'he');
    assert.ok(q, JSON.stringify(quotes(text)));
    assert.equal(q.content, 'the talks would fail');
  });
});

describe('quotes: cues that report no words', () => {
  it('takes no speech from "answered questions"', () => {
    // Ivan Petrov answered questions from reporters .
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB answer',
      '3 obj NOUN question',
      '6 case ADP',
      '4 nmod NOUN',
      '3 punct PUNCT',
    ];
    assert.ok(!quotes('Ivan Petrov answered questions from reporters.', { parse }).some((x) => x.cue === 'answered'));
  });
  it('takes no speech from telling a thing ("told a story")', () => {
    // Ivan Petrov told a long story .
    const story = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB tell',
      '6 det DET',
      '6 amod ADJ',
      '3 obj NOUN story',
      '3 punct PUNCT',
    ];
    assert.ok(!quotes('Ivan Petrov told a long story.', { parse: story }).some((x) => x.cue === 'told'));
  });
  it('still takes "told the truth" and "told X that …" as speech', () => {
    // Ivan Petrov told a meeting that the talks failed .
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB tell',
      '5 det DET',
      '3 obj NOUN meeting',
      '9 mark SCONJ',
      '8 det DET',
      '9 nsubj NOUN',
      '5 acl VERB fail',
      '3 punct PUNCT',
    ];
    const q = cued(quotes('Ivan Petrov told a meeting that the talks failed.', { parse }), 'told');
    assert.equal(q.speaker, 'Ivan Petrov');
  });
  it('takes no attribution from a generic "you think"', () => {
    // If you think the talks will fail , Freedonia disagrees .
    const parse = [
      '3 mark SCONJ',
      '3 nsubj PRON',
      '10 advcl VERB think',
      '5 det DET',
      '7 nsubj NOUN',
      '7 aux AUX',
      '3 ccomp VERB fail',
      '3 punct PUNCT',
      '10 nsubj PROPN',
      '0 root VERB disagree',
      '10 punct PUNCT',
    ];
    assert.ok(
      !quotes('If you think the talks will fail, Freedonia disagrees.', { parse }).some((x) => x.cue === 'think'),
    );
  });
});

describe('quotes: a name before the cue and a subject after it', () => {
  it("takes the name as speaker when the parse makes the reported clause's subject the cue's", () => {
    // In an interview , Ivan Petrov said the spate of raids demands a response .
    const parse = [
      '3 case ADP',
      '3 det DET',
      '7 obl NOUN',
      '7 punct PUNCT',
      '3 appos PROPN',
      '5 flat PROPN',
      '0 root VERB say',
      '9 det DET',
      '7 nsubj NOUN spate',
      '11 case ADP',
      '9 nmod NOUN raid',
      '9 conj NOUN demand',
      '14 det DET',
      '12 obj NOUN',
      '7 punct PUNCT',
    ];
    const text = 'In an interview, Ivan Petrov said the spate of raids demands a response.';
    const q = cued(quotes(text, { parse, mentions: [['Sylvania', 'SYL', 'GOV']] }), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the spate of raids demands a response');
  });
});

describe('quotes: participle cues after a quotation', () => {
  it('takes the speaker outside the quotation for "“…,” X said, citing Y"', () => {
    // " Talks failed , " Petrov said , citing the raids .
    const parse = [
      '3 punct PUNCT',
      '7 nsubj NOUN talk',
      '7 ccomp VERB fail',
      '3 punct PUNCT',
      '3 punct PUNCT',
      '7 nsubj PROPN',
      '0 root VERB say',
      '9 punct PUNCT',
      '7 advcl VERB cite',
      '11 det DET',
      '9 obj NOUN raid',
      '7 punct PUNCT',
    ];
    const text = '"Talks failed," Petrov said, citing the raids.';
    const q = quotes(text, { parse, mentions: [] }).find((x) => x.cue === 'citing');
    assert.ok(q, JSON.stringify(quotes(text, { parse, mentions: [] })));
    assert.equal(q.speaker, 'Petrov');
    assert.equal(q.content, 'the raids');
  });
});

describe('quotes: verbal attacks', () => {
  it('takes "attacked X for Y" as a stance toward X, and "attacked X" alone as no speech', () => {
    // Freedonia attacked Sylvania for its support of the rebels .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB attack',
      '2 obj PROPN',
      '6 case ADP',
      '6 nmod:poss PRON',
      '2 obl NOUN support',
      '9 case ADP',
      '9 det DET',
      '6 nmod NOUN rebel',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Freedonia attacked Sylvania for its support of the rebels.', { parse }), 'attacked');
    assert.equal(q.speaker, 'Freedonia');
    // Freedonia attacked Sylvania .
    const plain = ['2 nsubj PROPN', '0 root VERB attack', '2 obj PROPN', '2 punct PUNCT'];
    assert.ok(!quotes('Freedonia attacked Sylvania.', { parse: plain }).some((x) => x.cue === 'attacked'));
  });
});

describe('quotes: "as X put it"', () => {
  it('attributes the clause after "As Ivan Petrov put it," to him', () => {
    const q = cued(quotes('As Ivan Petrov put it, the talks with Sylvania are over.'), 'put');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the talks with Sylvania are over');
  });
  it('attributes the clause before ", as the ministry put it"', () => {
    const q = cued(quotes('The talks with Sylvania are over, as the ministry put it.'), 'put');
    assert.equal(q.content, 'The talks with Sylvania are over');
  });
});

describe('quotes: the verb after a quotation', () => {
  // “ We will win , ” Ivan Petrov laughed .
  const laughed = [
    '4 punct PUNCT',
    '4 nsubj PRON',
    '4 aux AUX',
    '9 ccomp VERB win',
    '4 punct PUNCT',
    '4 punct PUNCT',
    '8 compound PROPN',
    '9 nsubj PROPN',
    '0 root VERB laugh VBD',
    '9 punct PUNCT',
  ];
  it('takes any verb next to the speaker after a quotation ending on a comma as its cue ("laughed")', () => {
    const q = cued(quotes('“We will win,” Ivan Petrov laughed.', { parse: laughed }), 'laughed');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We will win');
  });
  it('takes no verb after a quoted phrase that ends on no comma as a cue', () => {
    // The “ peace plan ” Ivan Petrov drafted failed .
    const parse = [
      '4 det DET',
      '4 punct PUNCT',
      '4 compound NOUN',
      '9 nsubj NOUN plan',
      '4 punct PUNCT',
      '7 compound PROPN',
      '8 nsubj PROPN',
      '4 acl:relcl VERB draft VBD',
      '0 root VERB fail VBD',
      '9 punct PUNCT',
    ];
    const qs = quotes('The “peace plan” Ivan Petrov drafted failed.', { parse });
    assert.ok(!qs.some((q) => q.cue === 'drafted'));
  });
  it('attributes a question to the speaker of a short sentence after it ("“Can we win?” Ivan Petrov asked.")', () => {
    // “ Can we win ? ” | Ivan Petrov asked .
    const parse = [
      '4 punct PUNCT',
      '4 aux AUX',
      '4 nsubj PRON',
      '0 root VERB win',
      '4 punct PUNCT',
      '4 punct PUNCT',
      '8 compound PROPN',
      '9 nsubj PROPN',
      '0 root VERB ask VBD',
      '9 punct PUNCT',
    ];
    const q = cued(quotes('“Can we win?” Ivan Petrov asked.', { parse }), 'asked');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'Can we win?');
  });
  it('reads "joked that" as a report', () => {
    const q = cued(quotes('Ivan Petrov joked that the talks would work.'), 'joked');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the talks would work');
  });
});

describe('quotes: speakers set off by commas before the cue', () => {
  it('never takes the one told as the speaker ("…,” Ivan Petrov, a former aide, told Sylvania")', () => {
    const q = cued(quotes('“We are ready,” Ivan Petrov, a former aide, told Sylvania.'), 'told');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We are ready');
  });
  it('passes over a relative clause to the name before it, and keeps the speaker out of what is said', () => {
    // “ We are ready , ” Ana Ruiz , who served as an aide , told Sylvania .
    const parse = [
      '4 punct PUNCT',
      '3 nsubj PRON',
      '16 ccomp VERB be',
      '3 xcomp ADJ',
      '3 punct PUNCT',
      '3 punct PUNCT',
      '3 obj PROPN',
      '7 flat PROPN',
      '11 punct PUNCT',
      '11 nsubj PRON who',
      '3 parataxis VERB serve',
      '14 case ADP',
      '14 det DET',
      '11 obl NOUN aide',
      '3 punct PUNCT',
      '0 root VERB tell VBD',
      '16 iobj PROPN',
      '16 punct PUNCT',
    ];
    const q = cued(quotes('“We are ready,” Ana Ruiz, who served as an aide, told Sylvania.', { parse }), 'told');
    assert.equal(q.speaker, 'Ana Ruiz');
    assert.equal(q.content, 'We are ready');
  });
});

describe('quotes: counted speakers', () => {
  it('keeps a counted subject as the speaker, never what is said after the cue ("Several said they …")', () => {
    // Several said they would vote .
    const parse = [
      '2 nsubj ADJ several',
      '0 root VERB say VBD',
      '5 nsubj PRON they',
      '5 aux AUX',
      '2 ccomp VERB vote',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Several said they would vote.', { parse }), 'said');
    assert.equal(q.speaker, 'Several');
    assert.equal(q.content, 'they would vote');
  });
  it('takes "Another" as the speaker of "Another said he …"', () => {
    // Another said he would stay .
    const parse = [
      '2 nsubj DET another',
      '0 root VERB say VBD',
      '5 nsubj PRON he',
      '5 aux AUX',
      '2 ccomp VERB stay',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Another said he would stay.', { parse }), 'said');
    assert.equal(q.speaker, 'Another');
  });
});

describe('quotes: what follows a cue after a comma-set speaker', () => {
  it('takes no "in an email" after the cue as the speaker', () => {
    const q = cued(quotes('The talks will work, Ivan Petrov, a spokesman, said in an email.'), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'The talks will work');
  });
  it('takes no day after the cue as its subject ("says Tuesday")', () => {
    // The talks will work , Ivan Petrov says Tuesday .
    const parse = [
      '2 det DET',
      '4 nsubj NOUN talk',
      '4 aux AUX',
      '8 ccomp VERB work',
      '4 punct PUNCT',
      '7 compound PROPN',
      '8 nsubj PROPN',
      '0 root VERB say VBZ',
      '8 nsubj PROPN Tuesday',
      '8 punct PUNCT',
    ];
    const q = cued(quotes('The talks will work, Ivan Petrov says Tuesday.', { parse }), 'says');
    assert.equal(q.speaker, 'Ivan Petrov');
  });
});

describe('quotes: an opening phrase before the speaker', () => {
  it('takes the clause after the cue, not "In a statement on Monday", as what is said', () => {
    // In a statement on Monday , Freedonia said the talks would work .
    const parse = [
      '3 case ADP',
      '3 det DET',
      '8 ccomp NOUN statement',
      '5 case ADP',
      '3 nmod PROPN Monday',
      '3 punct PUNCT',
      '8 nsubj PROPN',
      '0 root VERB say VBD',
      '10 det DET',
      '12 nsubj NOUN talk',
      '12 aux AUX',
      '8 ccomp VERB work',
      '8 punct PUNCT',
    ];
    const text = 'In a statement on Monday, Freedonia said the talks would work.';
    const q = cued(quotes(text, { parse }), 'said');
    assert.equal(q.content, 'the talks would work');
  });
  it('still takes "<content>, X said" after an opening phrase when nothing follows the cue', () => {
    const q = cued(quotes('In Sylvania, the talks will work, Ivan Petrov said.'), 'said');
    assert.equal(q.content, 'In Sylvania, the talks will work');
  });
});

describe('quotes: speakers the parse lost', () => {
  it('takes a capitalised word opening the sentence before the cue as the speaker, however tagged', () => {
    // Petrova said the talks would work .
    const parse = [
      '2 advmod ADV petrova',
      '0 root VERB say VBD',
      '4 det DET',
      '6 nsubj NOUN talk',
      '6 aux AUX',
      '2 ccomp VERB work',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Petrova said the talks would work.', { parse }), 'said');
    assert.equal(q.speaker, 'Petrova');
    assert.equal(q.content, 'the talks would work');
  });
  it('gives "…, but said …" parsed as a complement the first verb\'s subject', () => {
    // Freedonia signed , but said the talks would fail .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB sign VBD',
      '5 punct PUNCT',
      '5 cc CCONJ',
      '2 ccomp VERB say VBD',
      '7 det DET',
      '9 nsubj NOUN talk',
      '9 aux AUX',
      '5 ccomp VERB fail',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Freedonia signed, but said the talks would fail.', { parse }), 'said');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'the talks would fail');
  });
});

describe('quotes: evidence verbs tagged as nouns', () => {
  it('reads "The poll shows X ahead" with "shows" tagged a noun as the poll showing', () => {
    // The new poll shows Freedonia far ahead .
    const parse = [
      '4 det DET',
      '4 amod ADJ',
      '4 compound NOUN poll',
      '0 root NOUN show',
      '4 flat PROPN',
      '7 advmod ADV',
      '4 advmod ADV',
      '4 punct PUNCT',
    ];
    const q = cued(quotes('The new poll shows Freedonia far ahead.', { parse }), 'shows');
    assert.equal(q.speaker, 'The new poll');
    assert.equal(q.content, 'Freedonia far ahead');
  });
});

describe('quotes: a relative clause before the cue', () => {
  it('gives "X, who said …, said …" two speeches: the relative one ends at its comma, X says the rest', () => {
    // Petrova , who said she votes , said the talks would work .
    const parse = [
      '4 vocative PROPN petrova',
      '1 punct PUNCT',
      '4 nsubj PRON who',
      '0 root VERB say VBD',
      '8 nsubj PRON she',
      '5 appos NOUN vote',
      '8 punct PUNCT',
      '4 ccomp VERB say VBD',
      '10 det DET',
      '12 nsubj NOUN talk',
      '12 aux AUX',
      '8 ccomp VERB work',
      '4 punct PUNCT',
    ];
    const qs = quotes('Petrova, who said she votes, said the talks would work.', { parse });
    assert.equal(qs.find((q) => q.speaker === 'who')?.content, 'she votes');
    assert.equal(qs.find((q) => q.content === 'the talks would work')?.speaker, 'Petrova');
  });
});

describe('quotes: views and non-reports', () => {
  it('reads "sees X as Y" as a view held by the subject', () => {
    // Freedonia sees Sylvania as a threat .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB see VBZ',
      '2 obj PROPN',
      '6 case ADP as',
      '6 det DET',
      '2 obl NOUN threat',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Freedonia sees Sylvania as a threat.', { parse }), 'sees');
    assert.equal(q.speaker, 'Freedonia');
    assert.equal(q.content, 'Sylvania as a threat');
    // Freedonia saw Sylvania .
    const plain = ['2 nsubj PROPN', '0 root VERB see VBD', '2 obj PROPN', '2 punct PUNCT'];
    assert.ok(!quotes('Freedonia saw Sylvania.', { parse: plain }).some((x) => x.cue === 'saw'));
  });
  it('takes no report from "adding to" a thing', () => {
    // Freedonia won , adding to its gains .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB win VBD',
      '4 punct PUNCT',
      '2 advcl VERB add VBG',
      '7 case ADP',
      '7 nmod:poss PRON',
      '4 obl NOUN gain',
      '2 punct PUNCT',
    ];
    assert.ok(!quotes('Freedonia won, adding to its gains.', { parse }).some((x) => x.cue === 'adding'));
  });
});

describe('quotes: questions asked', () => {
  it('takes the if-clause after "asked (someone)" as what is asked, not the one asked', () => {
    // Freedonia asked Sylvania if the talks would resume .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB ask VBD',
      '2 obj PROPN',
      '8 mark SCONJ if',
      '6 det DET',
      '8 nsubj NOUN talk',
      '8 aux AUX',
      '2 advcl VERB resume',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Freedonia asked Sylvania if the talks would resume.', { parse }), 'asked');
    assert.equal(q.content, 'if the talks would resume');
  });
  it('takes a quotation opened right after "asked," as what is asked', () => {
    // Ivan Petrov asked , “ But why ? ”
    const parse = [
      '2 compound PROPN',
      '3 nsubj PROPN',
      '0 root VERB ask VBD',
      '3 punct PUNCT',
      '7 punct PUNCT',
      '7 cc CCONJ',
      '3 conj ADV why',
      '7 punct PUNCT',
      '7 punct PUNCT',
    ];
    const q = cued(quotes('Ivan Petrov asked, “But why?”', { parse }), 'asked');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'But why?');
  });
});

describe('quotes: a conjoined cue whose first verb lost its subject', () => {
  it('takes the name right before the first verb as the speaker of "… blasted X and said …"', () => {
    // In a statement , Senator Ann Lee ( R ) blasted Freedonia and said the talks would fail .
    const parse = [
      '3 case ADP',
      '3 det DET',
      '11 obl NOUN',
      '3 punct PUNCT',
      '3 appos PROPN',
      '5 flat PROPN',
      '5 flat PROPN',
      '9 punct PUNCT',
      '5 appos PROPN',
      '9 punct PUNCT',
      '0 root VERB blast',
      '11 obj PROPN',
      '14 cc CCONJ',
      '11 conj VERB say',
      '16 det DET',
      '18 nsubj NOUN talk',
      '18 aux AUX',
      '14 ccomp VERB fail',
      '11 punct PUNCT',
    ];
    const text = 'In a statement, Senator Ann Lee (R) blasted Freedonia and said the talks would fail.';
    const q = cued(quotes(text, { parse, mentions: [...M, ['Senator Ann Lee', 'FRE', 'LEG']] }), 'said');
    assert.equal(q.speaker, 'Senator Ann Lee');
    assert.equal(q.content, 'the talks would fail');
  });
});

describe('quotes: an opening participle phrase', () => {
  it('does not take "Courted by …," before the speaker as what is said, and skips "earlier on Friday during …" before "that"', () => {
    // Courted by both parties , Ivan Petrov said earlier on Friday during a visit that he may wait .
    const parse = [
      '8 advcl VERB court',
      '4 case ADP',
      '4 det DET',
      '1 obl:agent NOUN party',
      '1 punct PUNCT',
      '8 nsubj PROPN',
      '6 flat PROPN',
      '0 root VERB say',
      '8 advmod ADV early',
      '11 case ADP',
      '9 obl PROPN',
      '14 case ADP',
      '14 det DET',
      '9 obl NOUN',
      '18 mark SCONJ',
      '18 nsubj PRON',
      '18 aux AUX',
      '14 acl VERB wait',
      '8 punct PUNCT',
    ];
    const text = 'Courted by both parties, Ivan Petrov said earlier on Friday during a visit that he may wait.';
    const q = cued(quotes(text, { parse }), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'he may wait');
  });
});

describe('quotes: "states" the noun', () => {
  it('takes no speech from "are also states where …" even when the tagger calls "states" a verb', () => {
    // These are also states where Sylvania is strong .
    const parse = [
      '4 nsubj PRON this',
      '4 cop AUX be',
      '4 advmod ADV',
      '0 root VERB state',
      '8 advmod ADV',
      '8 nsubj PROPN',
      '8 cop AUX be',
      '4 advcl ADJ',
      '4 punct PUNCT',
    ];
    assert.deepEqual(quotes('These are also states where Sylvania is strong.', { parse }), []);
  });
});

describe('quotes: a day is no speaker', () => {
  it('takes the name after a day the parse makes the subject ("Monday Ivan Petrov said …")', () => {
    // Monday Ivan Petrov said the talks would fail .
    const parse = [
      '4 nsubj PROPN',
      '1 appos PROPN',
      '2 flat PROPN',
      '0 root VERB say',
      '6 det DET',
      '8 nsubj NOUN talk',
      '8 aux AUX',
      '4 ccomp VERB fail',
      '4 punct PUNCT',
    ];
    const q = cued(quotes('Monday Ivan Petrov said the talks would fail.', { parse }), 'said');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the talks would fail');
  });
  it('names no speaker rather than a day ("… and on Monday announced …")', () => {
    // Freedonia freed funds and on Monday announced more aid would come .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB free',
      '2 obj NOUN fund',
      '7 cc CCONJ',
      '6 case ADP',
      '7 nsubj PROPN',
      '2 conj VERB announce',
      '9 amod ADJ',
      '11 nsubj NOUN',
      '11 aux AUX',
      '7 ccomp VERB come',
      '2 punct PUNCT',
    ];
    const q = cued(
      quotes('Freedonia freed funds and on Monday announced more aid would come.', { parse }),
      'announced',
    );
    assert.equal(q.speaker, null);
    assert.equal(q.content, 'more aid would come');
  });
});

describe('quotes: the infinitive of a stance verb', () => {
  it('takes no stance from "plans to support X" at "support" (an aim, not a stance held)', () => {
    // Freedonia plans to support Sylvania .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB plan',
      '4 mark PART',
      '2 xcomp VERB support',
      '4 obj PROPN',
      '2 punct PUNCT',
    ];
    const qs = quotes('Freedonia plans to support Sylvania.', { parse });
    assert.ok(!qs.some((q) => q.cue === 'support'));
  });
});

describe('quotes: a stance inside what another verb reports', () => {
  it('takes "said they want lower taxes" as one report by the sayer, no stance of "they" of its own', () => {
    // Farmers said they want lower taxes .
    const parse = [
      '2 nsubj NOUN',
      '0 root VERB say',
      '4 nsubj PRON',
      '2 ccomp VERB want',
      '6 amod ADJ',
      '4 obj NOUN',
      '2 punct PUNCT',
    ];
    const qs = quotes('Farmers said they want lower taxes.', { parse });
    assert.equal(cued(qs, 'said').content, 'they want lower taxes');
    assert.ok(!qs.some((q) => q.cue === 'want'));
  });

  it('takes "said she thinks the dam is safe" as the sayer\'s report, no thought of "she" of its own', () => {
    // Engineers said she thinks the dam is safe .
    const parse = [
      '2 nsubj NOUN',
      '0 root VERB say',
      '4 nsubj PRON',
      '2 ccomp VERB think',
      '6 det DET',
      '8 nsubj NOUN',
      '8 cop AUX',
      '4 ccomp ADJ',
      '2 punct PUNCT',
    ];
    const qs = quotes('Engineers said she thinks the dam is safe.', { parse });
    assert.equal(cued(qs, 'said').content, 'she thinks the dam is safe');
    assert.ok(!qs.some((q) => q.cue === 'thinks'));
  });

  it('takes no stance from the base form "support" ("Freedonia will support Sylvania")', () => {
    // Freedonia will support Sylvania .
    const parse = ['3 nsubj PROPN', '3 aux AUX', '0 root VERB support VB', '3 obj PROPN', '3 punct'];
    const qs = quotes('Freedonia will support Sylvania.', { parse });
    assert.ok(!qs.some((q) => q.cue === 'support'));
  });

  it('keeps "support" said of a named side outright ("Farmers support Sylvania")', () => {
    // Farmers support Sylvania .
    const parse = ['2 nsubj NOUN', '0 root VERB support VBP', '2 obj PROPN', '2 punct'];
    const mentions: MentionSpec[] = [...M, ['Farmers', 'FRE', 'AGR']];
    assert.equal(cued(quotes('Farmers support Sylvania.', { parse, mentions }), 'support').content, 'Sylvania');
  });

  it('keeps "supported" and "who support" as stances', () => {
    // Freedonia supported Sylvania .
    const past = ['2 nsubj PROPN', '0 root VERB support VBD', '2 obj PROPN', '2 punct'];
    assert.equal(cued(quotes('Freedonia supported Sylvania.', { parse: past }), 'supported').content, 'Sylvania');
    // Voters who support Sylvania cheered .
    const rel = [
      '5 nsubj NOUN',
      '3 nsubj PRON',
      '1 acl:relcl VERB support VBP',
      '3 obj PROPN',
      '0 root VERB cheer',
      '5 punct',
    ];
    assert.equal(cued(quotes('Voters who support Sylvania cheered.', { parse: rel }), 'support').content, 'Sylvania');
  });

  it('takes no view from finding a thing ("Farmers find new markets")', () => {
    // Farmers find new markets .
    const parse = ['2 nsubj NOUN', '0 root VERB find VBP', '4 amod ADJ', '2 obj NOUN', '2 punct'];
    const mentions: MentionSpec[] = [...M, ['Farmers', 'FRE', 'AGR']];
    assert.ok(!quotes('Farmers find new markets.', { parse, mentions }).some((q) => q.cue === 'find'));
  });

  it('keeps a stance held outright: "Farmers want lower taxes"', () => {
    // Farmers want lower taxes .
    const parse = ['2 nsubj NOUN', '0 root VERB want', '4 amod ADJ', '2 obj NOUN', '2 punct PUNCT'];
    const qs = quotes('Farmers want lower taxes.', { parse });
    assert.equal(cued(qs, 'want').content, 'lower taxes');
  });
});

describe('quotes: a stance participle modifying a noun', () => {
  it('takes no stance from "the expected victory"', () => {
    // Freedonia celebrated the expected victory .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB celebrate',
      '5 det DET',
      '5 amod VERB expect',
      '2 obj NOUN',
      '2 punct PUNCT',
    ];
    assert.ok(!quotes('Freedonia celebrated the expected victory.', { parse }).some((q) => q.cue === 'expected'));
  });
  it('takes no stance from "speaking on condition of anonymity"', () => {
    // Ivan Petrov said the talks would fail , speaking on condition of anonymity .
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB say',
      '5 det DET',
      '7 nsubj NOUN talk',
      '7 aux AUX',
      '3 ccomp VERB fail',
      '9 punct PUNCT',
      '3 advcl VERB speak',
      '11 case ADP',
      '9 obl NOUN',
      '13 case ADP',
      '11 nmod NOUN',
      '3 punct PUNCT',
    ];
    const qs = quotes('Ivan Petrov said the talks would fail, speaking on condition of anonymity.', { parse });
    assert.ok(!qs.some((q) => q.cue === 'speaking'));
  });
});

describe('quotes: what a stance refers to', () => {
  it('takes the "to" phrase of "referring to" after a quotation as what the speaker refers to', () => {
    // “ We will win , ” Ivan Petrov said , referring to the elections in Sylvania .
    const parse = [
      '4 punct PUNCT',
      '4 nsubj PRON',
      '4 aux AUX',
      '9 ccomp VERB win',
      '4 punct PUNCT',
      '4 punct PUNCT',
      '9 nsubj PROPN',
      '7 flat PROPN',
      '0 root VERB say',
      '11 punct PUNCT',
      '9 advcl VERB refer',
      '14 case ADP',
      '14 det DET',
      '11 obl NOUN election',
      '16 case ADP',
      '14 nmod PROPN',
      '9 punct PUNCT',
    ];
    const q = cued(
      quotes('“We will win,” Ivan Petrov said, referring to the elections in Sylvania.', { parse }),
      'referring',
    );
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'the elections in Sylvania');
  });
  it('takes the quotation after "responded to X with," as what is said, not the one replied to', () => {
    // Ivan Petrov responded to the minister with , “ We will never sign . ”
    const parse = [
      '3 nsubj PROPN',
      '1 flat PROPN',
      '0 root VERB respond',
      '6 case ADP',
      '6 det DET',
      '3 obl NOUN',
      '13 mark ADP',
      '13 punct PUNCT',
      '13 punct PUNCT',
      '13 nsubj PRON',
      '13 aux AUX',
      '13 advmod ADV',
      '3 advcl VERB sign',
      '3 punct PUNCT',
      '3 punct PUNCT',
    ];
    const q = cued(quotes('Ivan Petrov responded to the minister with, “We will never sign.”', { parse }), 'responded');
    assert.equal(q.speaker, 'Ivan Petrov');
    assert.equal(q.content, 'We will never sign');
  });
});

describe('quotes: poll figures as speakers', () => {
  it('takes "About 4 in 10" parsed with no subject as who says', () => {
    // About 4 in 10 say they want reform .
    const parse = [
      '2 advmod ADV',
      '0 root NUM',
      '5 case ADP',
      '5 nummod NUM',
      '2 acl:relcl VERB say VBP',
      '7 nsubj PRON',
      '5 ccomp VERB want',
      '7 obj NOUN',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('About 4 in 10 say they want reform.', { parse }), 'say');
    assert.equal(q.speaker, 'About 4 in 10');
    assert.equal(q.content, 'they want reform');
  });
  it('takes "60 percent of voters" over a name earlier in the sentence', () => {
    // Petrova trails Ivan Petrov - 60 percent of voters said Petrov would win .
    const parse = [
      '2 nsubj PROPN',
      '10 ccomp VERB trail',
      '4 compound PROPN',
      '2 obj PROPN',
      '7 punct PUNCT',
      '7 nummod NUM',
      '4 flat NOUN percent',
      '9 case ADP',
      '7 nmod NOUN voter',
      '0 root VERB say VBD',
      '13 nsubj PROPN',
      '13 aux AUX',
      '10 ccomp VERB win',
      '10 punct PUNCT',
    ];
    const q = cued(
      quotes('Petrova trails Ivan Petrov - 60 percent of voters said Petrov would win.', { parse }),
      'said',
    );
    assert.equal(q.speaker, '60 percent of voters');
    assert.equal(q.content, 'Petrov would win');
  });
  it('does not take an age set off by commas as a figure ("Ivan Petrov, 69, said")', () => {
    const qs = quotes('Ivan Petrov, 69, said the talks would work.');
    assert.ok(!qs.some((q) => q.speaker === '69'));
  });
  it('does not take a year before a name as a figure ("In 2015 Petrova said")', () => {
    const qs = quotes('In 2015 Petrova said the talks would work.');
    assert.ok(!qs.some((q) => q.speaker === 'In 2015 Petrova' || q.speaker === '2015'));
  });
});

describe('quotes: relative pronouns as speakers', () => {
  it('lets "a study that found …" speak as the study through its pronoun', () => {
    // Petrova cited a study that found the tax would hurt growth .
    const parse = [
      '2 nsubj PROPN',
      '0 root VERB cite VBD',
      '4 det DET',
      '2 obj NOUN study',
      '6 nsubj PRON that',
      '4 acl:relcl VERB find VBD',
      '8 det DET',
      '10 nsubj NOUN tax',
      '10 aux AUX',
      '6 ccomp VERB hurt',
      '10 obj NOUN',
      '2 punct PUNCT',
    ];
    const q = cued(quotes('Petrova cited a study that found the tax would hurt growth.', { parse }), 'found');
    assert.equal(q.speaker, 'a study that');
    assert.equal(q.content, 'the tax would hurt growth');
  });
});

describe('quotes: a subject inside the quotation after the cue', () => {
  it('takes the name set off by commas before "said" when the parse takes a word of the quotation as subject', () => {
    // Ann Lee , head of research at Acme , said " That is the point . " (the quotation's noun taken as subject)
    const parse = [
      '2 compound PROPN',
      '10 dislocated PROPN',
      '4 punct PUNCT',
      '2 appos NOUN head',
      '6 case ADP',
      '4 nmod NOUN research',
      '8 case ADP',
      '4 nmod PROPN',
      '10 punct PUNCT',
      '0 root VERB say VBD',
      '15 punct PUNCT',
      '15 nsubj PRON that',
      '15 cop AUX',
      '15 det DET',
      '10 nsubj NOUN point',
      '10 punct PUNCT',
      '10 punct PUNCT',
    ];
    const text = 'Ann Lee, head of research at Acme, said "That is the point."';
    const q = cued(quotes(text, { parse }), 'said');
    assert.equal(q.speaker, 'Ann Lee');
  });
});

describe('quotes: questions put by someone named after "by"', () => {
  it('takes the one after "asked by" as who asks, the question clause as what is asked', () => {
    const qs = quotes('When asked by a reporter whether the talks would resume, Ivan Petrov walked away.');
    const q = cued(qs, 'asked');
    assert.equal(q.speaker, 'a reporter');
    assert.equal(q.content, 'whether the talks would resume');
  });
});

describe('quotes: a speaker sentence after a sentence that is all quotation', () => {
  it('attributes the quotation before to a longer "X said in an interview …" sentence', () => {
    const text = '“Who knows?” Ivan Petrov said in an interview with Sylvania state television on Monday evening.';
    const q = quotes(text).find((x) => x.content === 'Who knows?');
    assert.ok(q, 'no quote with the quotation as content');
    assert.equal(q.speaker, 'Ivan Petrov');
  });
});

describe('quotes: a name with a parenthesis before an appositive', () => {
  it('takes "Sen. Ann Lee (D-NY), a supporter of …, told" as Ann Lee speaking, not the appositive', () => {
    // the parse makes the indefinite appositive "a supporter" the subject
    const parse = [
      '3 compound PROPN',
      '3 compound PROPN',
      '14 dislocated PROPN',
      '5 punct PUNCT',
      '3 appos PROPN',
      '5 punct PUNCT',
      '9 punct PUNCT',
      '9 det DET',
      '14 nsubj NOUN supporter',
      '12 case ADP',
      '12 compound PROPN',
      '9 nmod PROPN',
      '14 punct PUNCT',
      '0 root VERB tell VBD',
      '14 obj PROPN',
      '17 nsubj PRON',
      '14 ccomp VERB believe',
      '19 det DET',
      '21 nsubj NOUN talk',
      '21 aux AUX',
      '17 ccomp VERB work',
      '14 punct PUNCT',
    ];
    const text = 'Sen. Ann Lee (D-NY), a supporter of Ivan Petrov, told CNN she believed the talks would work.';
    const q = cued(quotes(text, { parse }), 'told');
    assert.equal(q.speaker, 'Sen. Ann Lee');
  });
});

describe('quotes: relative pronoun speakers start at a word', () => {
  it('does not open the speaker with the comma the parse hangs on the noun', () => {
    // He is a liar , and a critic who pledged to fight Sylvania .
    const parse = [
      '4 nsubj PRON',
      '4 cop AUX',
      '4 det DET',
      '0 root NOUN liar',
      '8 punct PUNCT',
      '8 cc CCONJ',
      '8 det DET',
      '4 conj NOUN critic',
      '10 nsubj PRON who',
      '8 acl:relcl VERB pledge VBD',
      '12 mark PART',
      '10 xcomp VERB fight',
      '12 obj PROPN',
      '4 punct PUNCT',
    ];
    const qs = quotes('He is a liar, and a critic who pledged to fight Sylvania.', { parse });
    assert.ok(!qs.some((q) => /^([,;:]|and )/.test(q.speaker ?? '')), qs.map((q) => q.speaker).join(' | '));
  });
});
