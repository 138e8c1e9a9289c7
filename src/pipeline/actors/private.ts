import { ORG_HEADS, TRADE_HEADS } from './lexicon.js';
import type { Cand } from './types.js';

/** Honorifics a private person may carry ("Mr. Clarke", "Dr. Olaopa"); other abbreviations are titles of office. */
const HONORIFIC = /^(mr|mrs|ms|miss|dr)\.?$/i;

/** A role set off right after or right before a name ("Ramiz Melikov, the chief of …", "an advisor, Ernest Petrič"). */
const APPOSED = /^\s*,(?:\s+\p{Ll}[\p{L}-]*){0,3}\s*$/u;

/**
 * A name right before its verb of saying ("…, Mr. Clarke said, …"): the speech rules read the speaker
 * from the words as they are, and a sentence around a parenthetical speaker is what is said, not an act.
 */
const SPEAKS =
  /^\s*(?:said|says|told|tells|added|adds|noted|notes|observed|explained|wrote|writes|recalled|argued|argues)\b/;

/** A reporter credited at the foot of a story ("Jane Roe in London contributed to this article"). */
const CREDIT = /^(?:\s+in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,?\s+contributed\b/u;

/** A name after an article modifies a noun ("the Ben Guerdane attack"); a person's name takes none. */
const ARTICLE = /\b(?:the|a|an)\s+$/i;

/** The mention a name refers back to, through a chain of surname references. */
const rootOf = (c: Cand): Cand => {
  let r = c;
  for (let k = 0; k < 8 && r.corefOf; k++) r = r.corefOf;
  return r;
};

/** What the stage knows of the document's words: as written, normalised, and the known given names. */
export interface Words {
  readonly w: readonly string[];
  readonly k: readonly string[];
  readonly givenNames: ReadonlySet<string>;
  readonly text: string;
}

/** A person's full name: two or more words, not a run of capitals ("SEC"), not opened by a title of office. */
function fullName(c: Cand, x: Words): boolean {
  if (!c.person || !c.personName || c.t1 - c.t0 < 2) return false;
  const first = x.w[c.t0] ?? '';
  if (first.endsWith('.') && !HONORIFIC.test(first)) return false;
  return !/^\p{Lu}+$/u.test(first);
}

/**
 * What shows a name is a person's and not a firm's ("Apple Computer said"): a known given name, an
 * honorific ("Mr. Price"), a middle initial ("Gino D. Bassett") or an age set off after it ("Nuiry, 53,").
 */
function personEvidence(c: Cand, x: Words): boolean {
  const first = x.w[c.t0] ?? '';
  // ("Lawrence Insurance", "Harold Electric": a given name opening a firm's name)
  const last = x.k[c.t1 - 1] ?? '';
  if (TRADE_HEADS.has(last) || ORG_HEADS.has(last)) return false;
  if (HONORIFIC.test(first) || HONORIFIC.test(x.w[c.t0 - 1] ?? '')) return true;
  if (x.givenNames.has(x.k[c.t0] ?? '')) return true;
  for (let t = c.t0 + 1; t < c.t1 - 1; t++) if (/^\p{Lu}\.$/u.test(x.w[t] ?? '')) return true;
  return /^\s*,\s*\d{1,3}\s*,/.test(x.text.slice(c.end, c.end + 8));
}

/**
 * The candidates that name a private person: a person named in full ("Gino D. Bassett") or by the surname
 * of one named in full before ("Bassett"), whom no knowledge, role, title or set-off role places in any
 * body. They get PLOVER's sector CVL with no code, so the events stage can take them as a party (what
 * private parties do among themselves or with companies stays out through its commerce rules).
 */
export function privatePersons(cands: readonly Cand[], x: Words): Set<Cand> {
  const { text } = x;
  const out = new Set<Cand>();
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  sorted.forEach((c, i) => {
    if (c.kind !== 'name' || !c.person || c.code !== null || c.sector !== null || c.id !== null || c.owner) return;
    const root = rootOf(c);
    if (root.code !== null || root.id !== null || (root.sector !== null && root.sector !== 'CVL')) return;
    if (!fullName(c, x) && !(root !== c && fullName(root, x))) return;
    if (!personEvidence(c, x) && !(root !== c && personEvidence(root, x))) return;
    if (SPEAKS.test(text.slice(c.end, c.end + 12)) || CREDIT.test(text.slice(c.end, c.end + 40))) return;
    if (ARTICLE.test(text.slice(Math.max(0, c.start - 5), c.start))) return;
    // (a role set off beside the name says what the person is: the role's mention speaks for it)
    const next = sorted[i + 1];
    const prev = sorted[i - 1];
    const role = (m: Cand | undefined): boolean =>
      m !== undefined && (m.kind === 'nominal' || m.kind === 'title' || (m.kind !== 'pronoun' && m.sector !== null));
    if (role(next) && next && APPOSED.test(text.slice(c.end, next.start))) return;
    // (or written right before it: "District Attorney Frank C. Clark")
    if (role(prev) && prev && prev.end <= c.start && /^\s*,?\s*$/.test(text.slice(prev.end, c.start))) return;
    out.add(c);
  });
  return out;
}
