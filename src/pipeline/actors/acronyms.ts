import { isCapitalised } from '../../knowledge/index.js';
import { ORG_HEADS } from './lexicon.js';
import type { Cand } from './types.js';

/** Small words an organisation's name may contain between its capitalised words. */
const INNER = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', '&']);

/** Whether the capital letters of an acronym appear in order in a name, the first at its start. */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const lower = name.toLowerCase();
  if (letters.length < 2 || lower[0] !== letters[0]?.toLowerCase()) return false;
  let at = 0;
  for (const ch of letters.toLowerCase()) {
    const k = lower.indexOf(ch, at);
    if (k < 0) return false;
    at = k + 1;
  }
  return true;
}

/**
 * Acronyms a document defines for organisations ("the World Monuments Fund (WMF)", "U.S. Naval
 * Forces Central Command's (NAVCENT)"), mapped to the sector of the name's head word (or null):
 * the stage then reads every use of the acronym as a mention of that body.
 */
export function definedAcronyms(w: readonly string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (let i = 2; i + 2 < w.length; i++) {
    const acr = w[i + 1] ?? '';
    if (w[i] !== '(' || w[i + 2] !== ')' || !/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(acr) || acr.length > 10) continue;
    // the name before the parenthesis, without a possessive 's
    let e = i;
    if (w[e - 1] === "'s" || w[e - 1] === '’s' || w[e - 1] === "'") e--;
    let s = e;
    let words = 0;
    while (s > 0 && e - s < 10) {
      const t = w[s - 1] ?? '';
      if (isCapitalised(t) && /\p{L}/u.test(t)) words++;
      else if (!INNER.has(t.toLowerCase())) break;
      s--;
    }
    while (s < e && INNER.has((w[s] ?? '').toLowerCase())) s++;
    if (words < 2) continue;
    // the shortest tail of the name the acronym abbreviates ("the U.S. Naval Forces …" → "Naval …")
    for (let from = s; from < e - 1; from++) {
      if (!isCapitalised(w[from] ?? '')) continue;
      const name = w.slice(from, e).join(' ');
      if (abbreviates(acr, name)) {
        out.set(acr, ORG_HEADS.get((w[e - 1] ?? '').toLowerCase()) ?? null);
        break;
      }
    }
  }
  return out;
}

/**
 * A defined acronym stands for the name it follows ("the Nigerian Union of Teachers (NUT)"): every
 * use of it without a code of its own takes that name's code (and sector when it has none).
 */
export function resolveAcronyms(cands: readonly Cand[], w: readonly string[]): void {
  const byEnd = new Map<number, Cand>();
  for (const c of cands) if (!byEnd.has(c.t1)) byEnd.set(c.t1, c);
  const defined = new Map<string, Cand>();
  for (const c of cands) {
    if (c.t1 - c.t0 !== 1 || c.actorKind !== 'institution' || w[c.t0 - 1] !== '(') continue;
    const acr = w[c.t0] ?? '';
    const named = byEnd.get(c.t0 - 1);
    if (!defined.has(acr) && named && named !== c && named.code !== null) defined.set(acr, named);
  }
  for (const c of cands) {
    if (c.t1 - c.t0 !== 1 || c.actorKind !== 'institution' || c.code !== null) continue;
    const named = defined.get(w[c.t0] ?? '');
    if (!named) continue;
    c.code = named.code;
    c.sector = c.sector ?? named.sector;
    if (named.id && c.id === null) c.id = named.id;
  }
}
