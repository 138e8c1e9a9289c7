import { dependents, type SentenceView } from './view.js';

/**
 * "will write to the minister asking for …", "a letter from X to the minister demanding …": a
 * participle (VBG) the parse hangs on a party addressed ("to" it) is said by whoever addresses it,
 * not by the addressee. Returns the verb that addresses it (its subject does the act), -1 when a
 * noun does ("a letter … to X asking"), or null when the verb at i is no such participle.
 */
export function addresseeParticiple(v: SentenceView, i: number): number | null {
  if (!v.parsed || !/^acl/.test(v.deprel[i] ?? '') || v.xpos[i] !== 'VBG') return null;
  const h = v.head[i] ?? -1;
  if (h < 0 || h > i || !dependents(v, h, 'case').some((c) => v.lower[c] === 'to')) return null;
  const g = v.head[h] ?? -1;
  return g >= 0 && v.upos[g] === 'VERB' ? g : -1;
}

/** Verbs of telling, whose first bare object is the one told. */
const TELLING: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'notify', 'advise']);

/**
 * "told police Harlan threatened to stab them": with no object of its own, a verb of telling the
 * parse gives a clause whose subject, a name no party is known by, takes the word right after the
 * verb as its compound has that word's party as the one told, not as the doer of the clause's act.
 * Returns that party's mention index, or -1.
 */
export function toldAddressee(v: SentenceView, i: number): number {
  if (!v.parsed || v.deprel[i] !== 'ccomp') return -1;
  const h = v.head[i] ?? -1;
  if (h < 0 || h > i || !TELLING.has(v.lemma[h] ?? '') || dependents(v, h, 'obj', 'iobj').length) return -1;
  const s = dependents(v, i, 'nsubj', 'nsubj:pass')[0];
  if (s === undefined || v.upos[s] !== 'PROPN' || (v.mentionAt[s] ?? -1) >= 0) return -1;
  for (const c of dependents(v, s, 'compound')) {
    const mi = v.mentionAt[c] ?? -1;
    const span = v.mentionTokens[mi];
    if (mi >= 0 && span && span.first === h + 1 && span.last < s && v.upos[c] === 'NOUN') return mi;
  }
  return -1;
}

/** The party told of toldAddressee for the verb at i or a verb it is the infinitive or conjunct of. */
export function toldAbove(v: SentenceView, i: number): number {
  let k = i;
  for (let depth = 0; depth < 4 && k >= 0; depth++) {
    const mi = toldAddressee(v, k);
    if (mi >= 0) return mi;
    if (!/^(xcomp|conj)$/.test(v.deprel[k] ?? '')) return -1;
    k = v.head[k] ?? -1;
  }
  return -1;
}

/** Verbs of asking whose bare object is the one asked ("urged all parties to …"). */
const ASKING: ReadonlySet<string> = new Set([
  'urge',
  'ask',
  'press',
  'encourage',
  'exhort',
  'implore',
  'order',
  'invite',
  'request',
  'beg',
  'pressure',
]);
/** Verbs of asking whose "on/upon" object is the one asked ("called on all states to …"). */
const ASKING_ON: ReadonlySet<string> = new Set(['call', 'prevail']);

/**
 * "called on all states to cooperate with the authorities", "urged the neighbours to talk to X": a
 * request whose addressee (the words between the verb, past "on/upon", and the infinitive "to") names
 * no party has an addressee no one codes; a party the requested act is done to or with is not it.
 * True when the request at verb token `last` is followed by such an addressee.
 */
export function unnamedAsked(v: SentenceView, last: number): boolean {
  const lemma = v.lemma[last] || (v.lower[last] ?? '');
  let k = last + 1;
  if (v.lower[k] === 'on' || v.lower[k] === 'upon') k++;
  // (only verbs whose object is the one asked: "seeking an end to X rule" asks no one)
  else if (!ASKING.has(lemma)) return false;
  if (k === last + 2 && !ASKING_ON.has(lemma)) return false;
  const from = k;
  for (; k < Math.min(v.lower.length, from + 6); k++) {
    if (v.lower[k] === 'to') break;
    if ((v.mentionAt[k] ?? -1) >= 0 || (v.possessorAt[k] ?? -1) >= 0) return false;
    if (!/^(DET|ADJ|NUM|NOUN)$/.test(v.upos[k] ?? '')) return false;
  }
  const verb = v.parsed ? v.upos[k + 1] === 'VERB' : /^[a-z]+$/.test(v.lower[k + 1] ?? '');
  return v.lower[k] === 'to' && k > from && verb && v.upos.slice(from, k).includes('NOUN');
}
