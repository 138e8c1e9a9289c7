/** Regular English inflections, used to index the lexicon by surface form as well as lemma. */
const VOWEL = /[aeiou]/;

/** Irregular past forms of common event verbs (English grammar, a closed list). */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  beat: ['beaten'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  burn: ['burnt'],
  fight: ['fought'],
  flee: ['fled'],
  fly: ['flew', 'flown'],
  give: ['gave', 'given'],
  hold: ['held'],
  lead: ['led'],
  meet: ['met'],
  sell: ['sold'],
  send: ['sent'],
  shoot: ['shot'],
  sit: ['sat'],
  steal: ['stole', 'stolen'],
  strike: ['struck', 'stricken'],
  take: ['took', 'taken'],
  tear: ['tore', 'torn'],
  throw: ['threw', 'thrown'],
  withdraw: ['withdrew', 'withdrawn'],
};

export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const last = lemma.at(-1) ?? '';
  const prev = lemma.at(-2) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(prev)) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  if (last === 'e') {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !VOWEL.test(prev)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    // consonant doubling for short CVC verbs (ban → banned, stop → stopped)
    // … and for compounds of "gas" (teargas → teargassed, tear-gas → tear-gassed)
    // … and, both ways, for longer verbs ending in one vowel and a consonant, which double when the last
    // syllable is stressed (regret → regretted, patrol → patrolled, compel → compelled); a doubled form of
    // a verb that does not double ("visitted") never occurs in text, so indexing it is harmless
    if (
      /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ||
      /gas$/.test(lemma) ||
      /[^aeiou][aeiou][bdglmnprt]$/.test(lemma)
    ) {
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

export function nounForms(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  const last = lemma.at(-1) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (last === 'y' && !VOWEL.test(lemma.at(-2) ?? '')) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  return [...out];
}
