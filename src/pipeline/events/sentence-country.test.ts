import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, Place } from '../../schema/output.js';
import { fixturePlace } from './fixtures.js';
import { counterpartPlace, rankedOfficer, sentenceCountryFits } from './sentence-country.js';

function mention(
  text: string,
  phrase: string,
  code: string | null,
  sector: string | null,
  kind: Mention['kind'],
): Mention {
  const start = text.indexOf(phrase);
  return { actorText: phrase, start, end: start + phrase.length, code, sector, kind } as Mention;
}

function place(text: string, phrase: string, country: string): Place {
  return fixturePlace(phrase, text.indexOf(phrase), country);
}

test("a state acted against ('sanctions against Freedonia') is a counterpart, not the sentence's place", () => {
  const text = 'A bishop urged sanctions against Freedonia, and marchers gathered in Freedonia.';
  assert.equal(counterpartPlace(text, place(text, 'Freedonia', 'FRD')), true);
  const later = text.lastIndexOf('Freedonia');
  assert.equal(counterpartPlace(text, { ...place(text, 'Freedonia', 'FRD'), start: later, end: later + 9 }), false);
});

test('a place of its own lets an uncoded party take the country', () => {
  const text = 'Police dispersed marchers in Zubrowka on Monday.';
  const police = mention(text, 'Police', null, 'COP', 'nominal');
  assert.equal(sentenceCountryFits(police, 'ZUB', [place(text, 'Zubrowka', 'ZUB')], [police]), true);
});

test("a demonym of another party places a domestic counterpart ('Zubrowkan police dispersed marchers')", () => {
  const text = 'Zubrowkan police dispersed marchers on Monday.';
  const police = mention(text, 'Zubrowkan police', 'ZUB', 'COP', 'nominal');
  const marchers = mention(text, 'marchers', null, 'CVL', 'nominal');
  const places = [place(text, 'Zubrowkan', 'ZUB')];
  assert.equal(sentenceCountryFits(marchers, 'ZUB', places, [police, marchers]), true);
});

test("a named leader does not take the state of the leader he welcomes ('President Ann Roe welcomed Zubrowkan leader Bo Li')", () => {
  const text = 'President Ann Roe welcomed Zubrowkan leader Bo Li on Friday.';
  const host = mention(text, 'President Ann Roe', null, 'GOV', 'name');
  const guest = mention(text, 'Zubrowkan leader Bo Li', 'ZUB', 'GOV', 'name');
  const places = [place(text, 'Zubrowkan', 'ZUB')];
  assert.equal(sentenceCountryFits(host, 'ZUB', places, [host, guest]), false);
});

test("a rights group does not take the state it reports on ('Zubrowkan authorities fail …, a rights group said')", () => {
  const text = 'Zubrowkan authorities fail refugees, a human rights group said.';
  const state = mention(text, 'Zubrowkan authorities', 'ZUB', 'GOV', 'nominal');
  const group = mention(text, 'a human rights group', null, 'HRI', 'nominal');
  const places = [place(text, 'Zubrowkan', 'ZUB')];
  assert.equal(sentenceCountryFits(group, 'ZUB', places, [state, group]), false);
});

test('a named officer ("General Ada Vance") does not take the country of the place where he acts', () => {
  const text = 'General Ada Vance met Zubrowkan officers in Lutz on Friday.';
  const general = mention(text, 'General Ada Vance', null, 'MIL', 'name');
  const lutz = place(text, 'Lutz', 'ZUB');
  assert.equal(sentenceCountryFits(general, 'ZUB', [lutz], [general]), false);
  for (const title of ['Lt. Gen. Ada Vance', 'Admiral Ada Vance', 'Rear Admiral Ada Vance', 'Colonel Ada Vance'])
    assert.equal(rankedOfficer({ actorText: title, sector: 'MIL' }), true, title);
  // (a command or a staff is no person; a title of another sector is no rank)
  assert.equal(rankedOfficer({ actorText: 'General Staff', sector: 'MIL' }), false);
  assert.equal(rankedOfficer({ actorText: 'General Ada Vance', sector: 'GOV' }), false);
  // the unranked soldiers in the same sentence still take it
  const soldiers = mention(text, 'Zubrowkan officers', null, 'MIL', 'nominal');
  assert.equal(sentenceCountryFits(soldiers, 'ZUB', [lutz], [soldiers]), true);
});

test("a party of several states takes no one country of its sentence ('a regional peacekeeping force', 'foreign troops')", () => {
  const text = 'Rebels in Zubrowka opposed a regional peacekeeping force and foreign troops.';
  const places = [place(text, 'Zubrowka', 'ZUB')];
  const force = mention(text, 'a regional peacekeeping force', null, 'MIL', 'nominal');
  const troops = mention(text, 'foreign troops', null, 'MIL', 'nominal');
  assert.equal(sentenceCountryFits(force, 'ZUB', places, [force, troops]), false);
  assert.equal(sentenceCountryFits(troops, 'ZUB', places, [force, troops]), false);
});

test("a foreign minister still takes the country of the sentence ('foreign ministers meeting in Zubrowka')", () => {
  const text = 'Foreign ministers meeting in Zubrowka agreed to set up a panel.';
  const ministers = mention(text, 'Foreign ministers', null, 'GOV', 'nominal');
  assert.equal(sentenceCountryFits(ministers, 'ZUB', [place(text, 'Zubrowka', 'ZUB')], [ministers]), true);
});
