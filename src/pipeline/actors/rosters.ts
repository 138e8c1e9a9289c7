import type { Cand } from './types.js';

/** Words that open the enumeration of a collective's members ("… include A, B and C"). */
const ENUM_CUES = new Set(['include', 'includes', 'included', 'including', 'comprise', 'comprises', 'namely']);

/** Plural nouns for a collective of states whose members a text may go on to list. */
const COLLECTIVES =
  /^(nations|countries|states|members|partners|allies|participants|contributors|signatories|donors|governments)$/;

/** Tokens allowed between two members of an enumeration. */
const JOINERS = /^(,|and|&)$/;

/**
 * Members enumerated after the collective they belong to ("Coalition nations which have conducted
 * strikes in Iraq include Australia, Belgium, Canada …", "partners including France, Italy and
 * Spain"): the collective is the actor the sentence is about and the states listed are its
 * membership, read as references to each state rather than as actor mentions of their own.
 * Needs three or more states, a cue word ("include", "including", "such as", "namely") right before
 * the list and a plural collective noun earlier in the sentence. Returns the listed candidates.
 */
export function enumeratedMembers(
  cands: readonly Cand[],
  k: readonly string[],
  sentences: readonly { readonly firstToken: number }[],
): Set<Cand> {
  const out = new Set<Cand>();
  const states = cands
    .filter((c) => c.kind === 'name' && c.actorKind === 'state' && !c.owner)
    .sort((a, b) => a.t0 - b.t0);
  let n = 0;
  while (n < states.length) {
    const run = [states[n] as Cand];
    let m = n + 1;
    for (; m < states.length; m++) {
      const prev = run[run.length - 1] as Cand;
      const next = states[m] as Cand;
      if (next.sentence !== prev.sentence || next.t0 - prev.t1 > 2 || next.t0 <= prev.t1) break;
      let joined = true;
      for (let t = prev.t1; t < next.t0; t++) if (!JOINERS.test(k[t] ?? '')) joined = false;
      if (!joined) break;
      run.push(next);
    }
    n = m;
    const first = run[0] as Cand;
    if (run.length < 3 || !cueBefore(k, first.t0)) continue;
    const from = sentences[first.sentence]?.firstToken ?? 0;
    let collective = false;
    for (let t = from; t < first.t0; t++) if (COLLECTIVES.test(k[t] ?? '')) collective = true;
    if (collective) for (const c of run) out.add(c);
  }
  return out;
}

function cueBefore(k: readonly string[], t0: number): boolean {
  const w = k[t0 - 1] ?? '';
  if (ENUM_CUES.has(w)) return true;
  return w === 'as' && k[t0 - 2] === 'such';
}
