import type { Cand } from './types.js';

/**
 * Nouns of a post that, set off after a person's name, place the person in the body named after
 * them ("X, chairman of the foreign relations committee in Ruritania's parliament,").
 */
const OFFICES = new Set([
  'chairman',
  'chairwoman',
  'chair',
  'head',
  'member',
  'leader',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'secretary',
  'speaker',
  'deputy',
  'representative',
  'envoy',
  'official',
  'commander',
  'editor',
  'correspondent',
]);

/** Words that may stand between the comma and the post ("a senior member of", "the deputy head of"). */
const BEFORE_OFFICE = new Set([
  'a',
  'an',
  'the',
  'former',
  'senior',
  'deputy',
  'vice',
  'acting',
  'longtime',
  'current',
  'top',
  'veteran',
  'leading',
  'prominent',
]);

/** Prepositions that open the body a post is held in ("of", "for", "at", "in"); never "to" (an envoy's host). */
const IN_BODY = new Set(['of', 'for', 'at', 'in']);

/** The party and state set off after an American legislator's name ("R-Neb.", "D-Calif.", "I-Vt.", "R-S.C."). */
const US_PARTY_STATE = /^\s*[,(]\s*[RDI]-(?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.\p{Lu}\.|\p{Lu}{2})\s*[,);]/u;

/** Tokens that close an aside set off after a name. */
const ASIDE_ENDS = /^(?:[,;:()"“”.!?‘’—–]|``|''|--)$/;

/** Sectors of a body a person's post in it makes theirs (not a place, people or private persons). */
const BODY_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'PTY', 'MED', 'BUS', 'EDU', 'NGO', 'LAB']);

/** A role written as a person set off after the name ("X, the UK special envoy,", "X, a Ruritanian legislator,"). */
function roleCand(d: Cand | undefined): d is Cand {
  return (
    d !== undefined &&
    (d.kind === 'nominal' || d.kind === 'title') &&
    d.person &&
    !d.plural &&
    !d.owner &&
    d.code !== null &&
    d.sector !== null
  );
}

/**
 * Gives a person named without a known post the code, sector and role of the post set off right after
 * the name: a role phrase ("Gareth Bayley, the UK Special Representative" → GBR GOV) or a post held in a
 * body named there ("Leonid Slutsky, chairman of the foreign relations committee in Russia's lower house
 * of parliament" → RUS LEG, the body's). Runs before coreference, so the lone surname later takes it too.
 * `k` are the document's normalised tokens, `w` its tokens as written, `stop` the token after each candidate's
 * sentence.
 */
export function postsSetOff(
  cands: readonly Cand[],
  x: { readonly k: readonly string[]; readonly w: readonly string[]; readonly text: string },
  stop: (c: Cand) => number,
): void {
  const { k, w } = x;
  const sorted = [...cands].sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  sorted.forEach((c, i) => {
    if (c.kind !== 'name' || !c.person || c.code !== null || c.id !== null || c.owner || c.possessive) return;
    if (c.sector !== null && c.sector !== 'MIL' && c.sector !== 'LEG') return;
    // "Sen. Jane Roe, R-Neb.," / "Rep. John Doe (D-Calif.)": an American legislator's party and state
    if (US_PARTY_STATE.test(x.text.slice(c.end, c.end + 16))) {
      take(c, 'USA', 'LEG', c.role);
      return;
    }
    if (c.sector !== null) return;
    if (k[c.t1] !== ',') return;
    const next = sorted.slice(i + 1).find((d) => d.t0 > c.t0 && !d.place);
    if (roleCand(next) && next.t0 === c.t1 + 1) {
      take(c, next.code, next.sector, next.role);
      return;
    }
    let p = c.t1 + 1;
    while (BEFORE_OFFICE.has(k[p] ?? '')) p++;
    const office = k[p] ?? '';
    if (!OFFICES.has(office) || !IN_BODY.has(k[p + 1] ?? '')) return;
    // the aside ends at the next comma, semicolon, full stop, quotation mark or the sentence's end
    let end = p + 2;
    const last = Math.min(stop(c), p + 14);
    while (end < last && !ASIDE_ENDS.test(w[end] ?? '')) end++;
    const body = sorted.find(
      (d) =>
        d.t0 >= p + 2 &&
        d.t1 <= end &&
        !d.place &&
        !d.person &&
        d.kind !== 'pronoun' &&
        d.kind !== 'demonym' &&
        d.code !== null &&
        d.sector !== null &&
        BODY_SECTORS.has(d.sector),
    );
    if (body) take(c, body.code, body.sector, office);
  });
}

function take(c: Cand, code: string | null, sector: string | null, role: string | null): void {
  c.code = code;
  if (c.sector === null || sector === 'LEG') c.sector = sector;
  c.role = role;
}
