/**
 * Hand-made contract documents for the store, API and dashboard tests (invented text, not
 * from any corpus): an accusation with a rejection, a cooperation, and their spans.
 */
import type { ActorRef, Event, OutputDocument, Place } from '../schema/output.js';
import { OutputDocument as OutputDocumentSchema } from '../schema/output.js';

export const FIXTURE_TEXT = [
  'Freedonia accuses Sylvania of massing troops on the border.',
  'Sylvania rejects the charges as propaganda.',
  'Officials from Freedonia and Osterlich met in Vienna on Monday to sign a trade agreement.',
].join(' ');

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function ref(text: string, words: string, code: string, from = 0): ActorRef {
  const s = at(text, words, from);
  return { actorText: words, name: words, code, sector: 'GOV', role: null, id: null, ...s };
}

/** Builds a valid contract document from a text (three sentences as above, any wording). */
export function fixtureDocument(
  opts: { id?: string; text?: string; published?: string; outlet?: string; extra?: string } = {},
): OutputDocument {
  const text = (opts.text ?? FIXTURE_TEXT) + (opts.extra ? ` ${opts.extra}` : '');
  const id = opts.id ?? 'fixture-1';
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.]+\.\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    sentences.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  const sent = (i: number) => text.slice(sentences[i]!.start, sentences[i]!.end);
  const s2 = sentences[2]!.start;
  const vienna: Place = {
    ...at(text, 'Vienna'),
    text: 'Vienna',
    name: 'Vienna',
    country: 'AUT',
    admin1: 'Vienna',
    lat: 48.21,
    lon: 16.37,
    geonameid: 2761369,
    feature: 'city',
  };
  const ev = (e: Partial<Event> & Pick<Event, 'id' | 'event' | 'eventText' | 'trigger' | 'sentence'>): Event => ({
    mode: null,
    context: [],
    cameo: null,
    goldstein: null,
    quadClass: null,
    actor: [],
    recipient: [],
    status: 'asserted',
    attributedTo: null,
    text: sent(e.sentence),
    date: null,
    eventLoc: null,
    confidence: 0.9,
    explain: [`fixture rule for ${e.event}`],
    ...e,
  });
  const events: Event[] = [
    ev({
      id: `${id}:e1`,
      event: 'ACCUSE',
      cameo: '112',
      goldstein: -2,
      quadClass: 3,
      eventText: 'accuses',
      trigger: at(text, 'accuses'),
      sentence: 0,
      actor: [ref(text, 'Freedonia', 'FRD')],
      recipient: [ref(text, 'Sylvania', 'SYL')],
    }),
    ev({
      id: `${id}:e2`,
      event: 'MOBILIZE',
      cameo: '154',
      goldstein: -7.2,
      quadClass: 4,
      status: 'claimed',
      eventText: 'massing troops',
      trigger: at(text, 'massing troops'),
      sentence: 0,
      actor: [ref(text, 'Sylvania', 'SYL')],
      attributedTo: ref(text, 'Freedonia', 'FRD'),
    }),
    ev({
      id: `${id}:e3`,
      event: 'REJECT',
      cameo: '120',
      goldstein: -4,
      quadClass: 3,
      eventText: 'rejects',
      trigger: at(text, 'rejects'),
      sentence: 1,
      actor: [ref(text, 'Sylvania', 'SYL', sentences[1]!.start)],
      recipient: [ref(text, 'Freedonia', 'FRD')],
    }),
    ev({
      id: `${id}:e4`,
      event: 'AGREE',
      cameo: '057',
      goldstein: 8,
      quadClass: 1,
      eventText: 'sign',
      trigger: at(text, 'sign', s2),
      sentence: 2,
      actor: [ref(text, 'Freedonia', 'FRD', s2)],
      recipient: [ref(text, 'Osterlich', 'OST')],
      eventLoc: vienna,
      date: '2020-03-02',
    }),
  ];
  const doc: OutputDocument = {
    id,
    title: 'Freedonia and Sylvania trade charges',
    published: opts.published ?? '2020-03-04',
    outlet: opts.outlet ?? 'Fixture News',
    url: `https://example.org/${id}`,
    section: null,
    text,
    sentences,
    events,
    claims: [
      {
        id: `${id}:c1`,
        claimant: [ref(text, 'Freedonia', 'FRD')],
        accused: [ref(text, 'Sylvania', 'SYL')],
        proposition: 'Sylvania is massing troops on the border',
        events: [`${id}:e1`, `${id}:e2`],
        responses: [{ by: [ref(text, 'Sylvania', 'SYL', sentences[1]!.start)], stance: 'reject', event: `${id}:e3` }],
      },
    ],
    actors: [ref(text, 'Freedonia', 'FRD'), ref(text, 'Sylvania', 'SYL'), ref(text, 'Osterlich', 'OST')],
    places: [vienna],
    times: [{ ...at(text, 'Monday'), text: 'Monday', value: '2020-03-02', type: 'DATE' }],
    quotes: [],
    diagnostics: [],
  };
  return OutputDocumentSchema.parse(doc);
}
