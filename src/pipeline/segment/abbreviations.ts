/**
 * Abbreviations that news text writes with a final period. `TITLES` never end a sentence
 * (they precede a name); `NEVER_FINAL` are country/organisation abbreviations that dyad does
 * not let end a sentence inside a paragraph ("the U.S. military"); the rest end a sentence only
 * when the next word could start one.
 */
export const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
    'cmdr', 'cdr', 'brig', 'gov', 'sen', 'sens', 'rep', 'reps', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'st',
    'mt', 'ft', 'fr', 'sr', 'jr', 'sra', 'sta', 'no', 'nos', 'vs', 'v', 'art', 'fig', 'pp', 'ref', 'gov', 'atty',
    'amb', 'sec', 'secy', 'rt', 'fmr', 'lieut', 'comdr', 'ald', 'mme', 'mlle', 'messrs', 'approx', 'est', 'ca',
    'cf', 'e.g', 'i.e', 'viz', 'al', 'etc.', 'ste',
  ].map((s) => s.toLowerCase()),
);

export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const NEVER_FINAL = new Set(['u.s', 'u.n', 'u.k', 'u.a.e', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c']);

/** Abbreviations that may end a sentence (company suffixes, etc.). */
export const MAY_END = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'etc', 'a.m', 'p.m', 'jr', 'sr']);
