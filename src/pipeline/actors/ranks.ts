import { MILITARY_TITLES } from './lexicon.js';
import type { Cand } from './types.js';

/**
 * "… Operation Inherent Resolve. Spc. Isiah L. Booker, of Cibolo, died": a rank's abbreviation the sentence
 * splitter took for the end of a sentence belongs to the name opening the next one. The rank is no mention
 * of its own; the name takes its role and, for a military rank, the sector MIL. Returns the ranks to drop.
 */
export function ranksSplitFromNames(
  cands: readonly Cand[],
  w: readonly string[],
  k: readonly string[],
  sentences: readonly { readonly firstToken: number; readonly lastToken: number }[], // (lastToken: exclusive)
): Set<Cand> {
  const out = new Set<Cand>();
  for (const c of cands) {
    if (c.kind !== 'nominal' || !c.person || c.t1 - c.t0 !== 1 || !MILITARY_TITLES.has(k[c.t0] ?? '')) continue;
    // an abbreviation ("Spc", "Capt", "Gen"), its stop the last token of its sentence
    if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(w[c.t0] ?? '') || w[c.t1] !== '.' || sentences[c.sentence]?.lastToken !== c.t1 + 1)
      continue;
    const next = sentences[c.sentence + 1];
    const name = cands.find((n) => n.sentence === c.sentence + 1 && n.t0 === next?.firstToken);
    if (name?.kind !== 'name' || !name.person || (name.code !== null && name.sector !== null)) continue;
    name.sector = name.sector ?? 'MIL';
    name.role = name.role ?? c.role;
    out.add(c);
  }
  return out;
}
