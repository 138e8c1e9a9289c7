import { SPEECH_VERBS } from './lexicon.js';
import type { Cand } from './types.js';

/** How far back (in sentences) each kind of reference looks for its antecedent. */
const WINDOW = { pronoun: 3, definite: 6, country: 4, states: 4, surname: 1_000 } as const;

const copyFrom = (c: Cand, a: Cand): void => {
  const root = a.corefOf ?? a;
  c.corefOf = a;
  c.name = root.name ?? a.name;
  c.code = a.code ?? root.code;
  c.id = a.id ?? root.id;
  if (c.sector === null || c.kind === 'pronoun' || c.kind === 'name') c.sector = a.sector;
  if (c.kind !== 'title' && c.kind !== 'nominal') c.role = a.role ?? c.role;
};

const isStateLike = (c: Cand): boolean =>
  c.code !== null &&
  /^[A-Z]{3}$/.test(c.code) &&
  !['IGO', 'NGO', 'IMG'].includes(c.code) &&
  (c.actorKind === 'state' || c.actorKind === 'metonym' || c.kind === 'demonym');

/** Whether a candidate is a body (state, organisation, group) rather than a person. */
const isBody = (c: Cand): boolean =>
  !c.person &&
  c.kind !== 'pronoun' &&
  c.kind !== 'demonym' &&
  (c.actorKind !== 'unknown' || c.head !== undefined) &&
  // a company needs no country to be what "it" refers to ("Acme Inc. said its profit fell")
  (c.code !== null || c.sector === 'BUS');

export interface CorefContext {
  /** Token keys of the document, to find speech verbs next to a candidate. */
  readonly k: readonly string[];
  /** The canonical name of a state by its knowledge-base id ("kb:state/rus" → "Russia"). */
  readonly stateName: (id: string | null) => string | null;
  /** The first token of every sentence (a pronoun opening one continues the last sentence's subject). */
  readonly sentenceStarts?: ReadonlySet<number>;
}

/**
 * Settles references inside the document, in text order: surnames and titles to full names,
 * definite role nouns ("the general") to the last compatible person, pronouns by salience
 * (possessives to the sentence's first person, others to the nearest), "we"/"I" to the quoted
 * speaker, "the country"/"the two countries" to the last states named.
 */
export function corefer(cands: readonly Cand[], ctx: CorefContext): void {
  const seen: Cand[] = [];
  const later: { c: Cand; seen: Cand[] }[] = [];
  // first-person pronouns wait until every speaker is resolved (the speaker often comes after)
  const speaks = (c: Cand): boolean => c.pronoun?.speaker === true || c.possessor?.pronoun?.speaker === true;
  for (const c of cands) {
    if (c.place) {
      seen.push(c);
      continue;
    }
    if (speaks(c)) later.push({ c, seen: [...seen] });
    else settle(c, seen, cands, ctx);
    seen.push(c);
  }
  for (const { c, seen: before } of later) settle(c, before, cands, ctx);
}

/** "China, Pakistan's biggest ally," / "ETIM, a terrorist organization": a noun phrase set off after a name names it again. */
function appositive(c: Cand, seen: readonly Cand[], ctx: CorefContext): boolean {
  if ((c.kind !== 'nominal' && c.kind !== 'title') || c.members || c.t0 < 2 || ctx.k[c.t0 - 1] !== ',') return false;
  const prev = [...seen].reverse().find((a) => !a.place);
  if (!prev || prev.t1 !== c.t0 - 1 || (prev.kind !== 'name' && prev.kind !== 'metonym') || prev.person) return false;
  const after = ctx.k[c.t1] ?? '';
  const indefinite = ctx.k[c.t0] === 'a' || ctx.k[c.t0] === 'an';
  if (!(after === ',' || after === '' || after === ';' || indefinite)) return false;
  c.corefOf = prev;
  c.code = prev.code;
  c.name = prev.name;
  c.id = prev.id;
  c.sector = prev.sector ?? c.sector;
  return true;
}

function settle(c: Cand, seen: readonly Cand[], cands: readonly Cand[], ctx: CorefContext): void {
  if (appositive(c, seen, ctx)) return;
  if (c.datedSurname && c.needs === undefined && fullNameBefore(c, seen)) return;
  if (c.possessor) resolvePronoun(c.possessor, seen, cands, ctx);
  switch (c.needs) {
    case 'pronoun':
      resolvePronoun(c, seen, cands, ctx);
      break;
    case 'surname':
      resolveSurname(c, seen);
      break;
    case 'definite':
      resolveDefinite(c, seen);
      break;
    case 'country':
      resolveCountry(c, seen, ctx);
      break;
    case 'states':
      resolveStates(c, seen, ctx);
      break;
    case 'possessor': {
      const p = c.possessor?.corefOf;
      if (p && c.code === null) {
        c.code = p.code;
        if (p.actorKind === 'group' && p.sector) c.sector = p.sector;
      }
      break;
    }
    default:
      break;
  }
  roleNamed(c, seen);
}

/**
 * "A ministry spokesman said … , said spokesman Karl Brenner": a person named with a bare role and no code takes
 * the code of the role's nominal (same role, one person) in the same or the previous sentence.
 */
function roleNamed(c: Cand, seen: readonly Cand[]): void {
  if (c.kind !== 'name' || !c.person || c.code !== null || c.role === null || c.corefOf) return;
  for (let n = seen.length - 1; n >= 0; n--) {
    const a = seen[n];
    if (!a || !within(c, a, 1)) continue;
    if (a.kind !== 'nominal' || a.plural || a.role !== c.role || a.code === null) continue;
    c.code = a.code;
    if (c.sector === null) c.sector = a.sector;
    return;
  }
}

function within(c: Cand, a: Cand, n: number): boolean {
  return a.sentence <= c.sentence && c.sentence - a.sentence <= n && a.start < c.start;
}

/** Surnames match with or without an Arabic article ("Maliki" and "al-Maliki"). */
const sameSurname = (a: string, b: string): boolean => a.replace(/^(al|el)-/, '') === b.replace(/^(al|el)-/, '');

/** Titles a person is called by with a given name, not a surname ("King Hussein", "Prince Charles"). */
const GIVEN_NAME_TITLES = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'crown prince',
  'emir',
  'amir',
  'sheikh',
  'sultan',
  'shah',
  'pope',
]);

/** Whether a titled mention names another person than `a`: its own title says another state ("Jordan's King Hussein"). */
const otherState = (c: Cand, a: Cand): boolean => {
  const code = (a.corefOf ?? a).code ?? a.code;
  return c.role !== null && c.code !== null && code !== null && /^[A-Z]{3}$/.test(code) && code !== c.code;
};

/** "King Hussein": a royal title with one name, a given name. */
const isGivenNamed = (c: Cand): boolean =>
  c.role !== null &&
  GIVEN_NAME_TITLES.has(c.role) &&
  c.personName !== undefined &&
  c.personName.first === c.personName.last;

/**
 * "Saddam Hussein … President Hussein" in 1991: a lone surname the knowledge resolved by date (to the King of
 * Jordan) names the person the document gave in full with that surname before.
 */
function fullNameBefore(c: Cand, seen: readonly Cand[]): boolean {
  const pn = c.personName;
  if (!pn || isGivenNamed(c)) return false;
  for (let i = seen.length - 1; i >= 0; i--) {
    const a = seen[i];
    // "Saddam Hussein … King Hussein of Jordan … his meeting with Hussein": the person the knowledge resolved
    // the surname to, named since, is meant
    if (a?.person && a !== c && c.id !== null && a.id === c.id && !a.corefOf) return false;
    if (!a?.person || !a.personName || a === c || a.corefOf || a.id === c.id || a.t1 - a.t0 < 2) continue;
    if (a.personName.first === a.personName.last || !sameSurname(a.personName.last, pn.last)) continue;
    if (isGivenNamed(a)) continue;
    const role = c.role;
    copyFrom(c, a);
    c.role = a.role ?? role;
    return true;
  }
  return false;
}

function resolveSurname(c: Cand, seen: readonly Cand[]): void {
  const pn = c.personName;
  // "King Hussein": a royal's one name is a given name, never another person's surname (Saddam Hussein)
  const given = isGivenNamed(c);
  for (let i = seen.length - 1; i >= 0; i--) {
    const a = seen[i];
    if (!a?.person || !a.personName || a === c) continue;
    if (
      a.needs === 'surname' &&
      !a.corefOf &&
      a.personName.last === pn?.last &&
      a.t1 - a.t0 <= c.t1 - c.t0 &&
      // ("King Hussein of Jordan … King Hussein": a royal the text gave a state is an antecedent)
      !(given && a.code !== null)
    )
      continue;
    if (otherState(c, a)) continue;
    // "King Hussein" is no antecedent of "President Hussein": a royal's given name names no one else by title
    if (isGivenNamed(a) && c.role !== null && !GIVEN_NAME_TITLES.has(c.role)) continue;
    const surname = !given && pn !== undefined && sameSurname(a.personName.last, pn.last);
    if (pn && (surname || (pn.first === pn.last && a.personName.first === pn.first))) {
      // a title of its own ("Ambassador Dedov") keeps its role; the person's identity comes from the full mention
      const role = c.role;
      const sector = c.sector;
      copyFrom(c, a.corefOf ?? a);
      c.corefOf = a;
      c.sector = a.sector ?? sector;
      c.role = a.role ?? role;
      return;
    }
    if (!given && c.weakHits?.some((h) => h.actor.id === a.id)) {
      copyFrom(c, a);
      return;
    }
  }
  // a known person's surname that the document never gave in full
  const h = c.weakHits?.[0];
  if (
    h &&
    c.weakHits?.length === 1 &&
    h.actor.priority >= 3 &&
    !given &&
    !(c.role !== null && c.code !== null && h.actor.code !== c.code)
  ) {
    c.name = h.actor.name;
    c.id = h.actor.id;
    c.code = h.actor.code;
    c.sector = h.actor.sector;
  }
}

function resolveDefinite(c: Cand, seen: readonly Cand[]): void {
  const head = c.head;
  // "Crown Prince Mohammed Bin Salman … Trump … the crown prince": the person last named in full with that
  // very role, before the last person named at all
  if (c.person && head) {
    for (let i = seen.length - 1; i >= 0; i--) {
      const a = seen[i];
      if (!a || a.place || !within(c, a, WINDOW.definite)) continue;
      if (!a.person || a.kind !== 'name' || a.code === null || a.role !== head.term) continue;
      if (c.code && a.code !== c.code) break;
      copyFrom(c, a);
      return;
    }
  }
  for (let i = seen.length - 1; i >= 0; i--) {
    const a = seen[i];
    if (!a || a.place || !within(c, a, WINDOW.definite)) continue;
    if (a.code === null) continue;
    if (c.person) {
      if (!a.person || a.kind === 'pronoun') continue;
      if (c.code && a.code !== c.code) continue;
      if (head?.sector === 'MIL' && a.sector !== 'MIL') continue;
      // "the boy", "the mother", "the woman": a private person, never the official named before
      if (head?.sector === 'CVL' && a.sector !== null && a.sector !== 'CVL') continue;
      if (head && head.sector !== 'MIL' && a.sector === 'MIL' && head.term !== 'official' && head.term !== 'leader')
        continue;
      copyFrom(c, a);
      return;
    }
    if (a.person || a.kind === 'pronoun' || a.kind === 'demonym') continue;
    // "Hamas fighters … the militant group": a body may be named by its plural members of a group
    const members =
      !c.plural &&
      a.plural &&
      !isStateLike(a) &&
      (a.sector === 'INS' || a.sector === 'REB') &&
      a.sector === head?.sector;
    if (c.plural !== a.plural && a.head && !members) continue;
    const sameHead = a.head && head && a.head.term === head.term;
    const sameSector = head && a.sector === head.sector;
    if (sameHead || (sameSector && (a.actorKind !== 'state' || !c.plural))) {
      if (c.code && a.code !== c.code) continue;
      copyFrom(c, a);
      c.sector = head?.sector ?? c.sector;
      return;
    }
  }
}

function resolveCountry(c: Cand, seen: readonly Cand[], ctx: CorefContext): void {
  if (c.possessor) {
    const p = c.possessor.corefOf;
    if (p?.code) {
      const state = [...seen].reverse().find((a) => isStateLike(a) && a.code === p.code && a.kind !== 'demonym');
      c.code = p.code;
      c.id = state?.id ?? `kb:state/${p.code.toLowerCase()}`;
      c.name = ctx.stateName(c.id);
      c.corefOf = state ?? p;
    }
    return;
  }
  for (let i = seen.length - 1; i >= 0; i--) {
    const a = seen[i];
    if (!a || !within(c, a, WINDOW.country)) continue;
    const stateCoded = a.code !== null && ctx.stateName(`kb:state/${a.code.toLowerCase()}`) !== null;
    if ((isStateLike(a) && a.kind !== 'demonym') || (a.head && stateCoded && a.kind !== 'pronoun')) {
      c.code = a.code;
      c.id = a.id ?? `kb:state/${(a.code ?? '').toLowerCase()}`;
      c.name = ctx.stateName(c.id) ?? a.name;
      c.corefOf = a;
      return;
    }
  }
}

function resolveStates(c: Cand, seen: readonly Cand[], ctx: CorefContext): void {
  const picked: Cand[] = [];
  for (let i = seen.length - 1; i >= 0 && picked.length < 2; i--) {
    const a = seen[i];
    if (!a || !within(c, a, WINDOW.states)) continue;
    // "the two sides" may be any two parties with a code ("the army and the rebels"); "the two countries" states
    const party = c.actorKind === 'state' ? a.actorKind === 'state' || a.actorKind === 'metonym' : !a.place;
    if (party && a.kind !== 'demonym' && a.kind !== 'pronoun' && a.code && !picked.some((p) => p.code === a.code))
      picked.push(a);
  }
  if (picked.length === 2) {
    picked.reverse();
    c.members = picked;
    // the first party gives the mention its code (the list is in memberCodes)
    c.code = picked[0]?.code ?? null;
    c.name = picked.map((p) => ctx.stateName(p.id) ?? p.name).join(' and ');
    const last = picked[picked.length - 1];
    if (last) c.corefOf = last;
  }
}

/** The speaker of a sentence: a candidate next to a verb of saying. */
function speakerOf(sentence: number, all: readonly Cand[], ctx: CorefContext): Cand | undefined {
  const inS = all.filter((a) => a.sentence === sentence && !a.place && a.kind !== 'pronoun' && (a.person || isBody(a)));
  return (
    inS.find((a) => SPEECH_VERBS.has(ctx.k[a.t1] ?? '') || SPEECH_VERBS.has(ctx.k[a.t0 - 1] ?? '')) ??
    inS.find((a) => a.t0 > 0 && SPEECH_VERBS.has(ctx.k[a.t0 - 2] ?? ''))
  );
}

/** Words before a name that put it in a phrase of its own, not a clause's subject ("with Iraq", "in the U.S."). */
const NOT_SUBJECT_BEFORE =
  /^(in|on|at|to|from|with|by|for|of|against|into|over|after|before|since|than|and|or|about|between|toward|towards)$/;

/** Whether token t opens its sentence (a quotation mark before it allowed). */
function opensSentence(t: number, ctx: CorefContext): boolean {
  const starts = ctx.sentenceStarts;
  if (!starts) return false;
  return starts.has(t) || (starts.has(t - 1) && /^(``|"|“|')$/.test(ctx.k[t - 1] ?? ''));
}

/**
 * "Iraq said it invaded Kuwait. It accused Kuwait of …": "it" opening a sentence with no body before it there
 * continues the subject of the previous sentence that names bodies (its first body not inside a prepositional
 * phrase, an owner or a list), not the nearest name, which is often that sentence's object.
 */
function openingSubject(c: Cand, bodies: readonly Cand[], ctx: CorefContext): Cand | undefined {
  if (c.pronoun?.possessive || !opensSentence(c.t0, ctx)) return undefined;
  if (bodies.some((a) => a.sentence === c.sentence)) return undefined;
  const lastS = bodies[bodies.length - 1]?.sentence;
  const prev = bodies.filter((a) => a.sentence === lastS);
  const first = prev[0];
  if (!first || first.possessive) return undefined;
  const before = ctx.k[first.t0 - 1] ?? '';
  if (NOT_SUBJECT_BEFORE.test(before) || before === ',') return undefined;
  return first;
}

function resolvePronoun(c: Cand, seen: readonly Cand[], all: readonly Cand[], ctx: CorefContext): void {
  const p = c.pronoun;
  if (!p) return;
  if (p.speaker) {
    const sp =
      speakerOf(c.sentence, all, ctx) ?? speakerOf(c.sentence + 1, all, ctx) ?? speakerOf(c.sentence - 1, all, ctx);
    if (sp && sp !== c) {
      const root = sp.corefOf ?? sp;
      copyFrom(c, sp);
      if (p.plural) {
        // "we" said by a person stands for the body they speak for
        c.name = null;
        c.id = null;
        c.role = null;
        if (root.person && root.code && /^[A-Z]{3}$/.test(root.code)) c.sector = root.sector;
      }
    }
    return;
  }
  const people = (a: Cand): boolean => a.kind === 'demonym' && /\p{L}s$/u.test(ctx.k[a.t1 - 1] ?? '');
  // "surrender to the U.S. and its allies": a possessive right after "X and" is X's, a place's name too
  if (p.possessive && !p.person && (ctx.k[c.t0 - 1] === 'and' || ctx.k[c.t0 - 1] === 'or')) {
    const x = seen.find((a) => a.t1 === c.t0 - 1 && a.code !== null && a.kind !== 'pronoun' && !a.person);
    if (x && (x.plural || people(x)) === p.plural) {
      copyFrom(c, x);
      return;
    }
  }
  // ("the Saudis … their military": a state's people named by a plural demonym may be "they"; "Saudi" may not)
  const pool = seen.filter(
    (a) =>
      !a.place &&
      a !== c &&
      within(c, a, WINDOW.pronoun) &&
      (a.kind !== 'demonym' || (p.plural && p.possessive && !p.person && people(a))) &&
      !a.needs?.startsWith('states'),
  );
  let pick: Cand | undefined;
  if (p.person) {
    const persons = pool.filter((a) => a.person && a.kind !== 'pronoun');
    const persons2 = persons.length ? persons : pool.filter((a) => a.person);
    const same = persons2.filter((a) => a.sentence === c.sentence);
    if (same.length) pick = p.possessive ? (same.find((a) => !a.possessive) ?? same[0]) : same[same.length - 1];
    else {
      const lastS = persons2[persons2.length - 1]?.sentence;
      const prev = persons2.filter((a) => a.sentence === lastS);
      pick = prev.find((a) => !a.possessive) ?? prev[0];
    }
  } else if (p.plural) {
    const plurals = pool.filter((a) => (a.plural || people(a)) && a.kind !== 'pronoun' && !a.person);
    // "Serbian police say they are trying …": the body saying it, right before the verb of saying
    const sayer = pool.find(
      (a) => a.t1 === c.t0 - 1 && SPEECH_VERBS.has(ctx.k[c.t0 - 1] ?? '') && !a.person && a.kind !== 'pronoun',
    );
    pick =
      sayer ??
      plurals[plurals.length - 1] ??
      [...pool].reverse().find((a) => a.actorKind === 'group' && a.kind !== 'pronoun');
  } else {
    const bodies = pool.filter((a) => isBody(a) && !a.plural && a.kind !== 'pronoun');
    pick = openingSubject(c, bodies, ctx) ?? bodies[bodies.length - 1];
  }
  if (pick) {
    const src = pick.kind === 'pronoun' && pick.corefOf ? pick.corefOf : pick;
    copyFrom(c, src);
  }
}
