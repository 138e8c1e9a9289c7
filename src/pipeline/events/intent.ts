import type { CameoInfo, EventLexicon } from '../../knowledge/events/index.js';
import type { SentenceView } from './view.js';

/**
 * PLOVER codes an intended cooperative act as AGREE and an intended conflictual act as THREATEN
 * ("the coder should always return the single event category"); verbal conflict stays itself.
 * Returns the CAMEO code of the intent category, or null to keep the event's own.
 */
export function intentCode(info: CameoInfo): string | null {
  if (info.plover === 'AGREE' || info.plover === 'THREATEN') return null;
  const root = info.code.slice(0, 2);
  if (info.quadClass === 1 || info.quadClass === 2) {
    const m: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };
    if (root === '02' || root === '10') return null;
    return m[root] ?? '030';
  }
  if (info.quadClass === 4) {
    const m: Record<string, string> = {
      '14': '133',
      '15': '138',
      '16': '131',
      '17': '132',
      '18': '138',
      '19': '138',
      '20': '138',
    };
    return m[root] ?? '130';
  }
  return null;
}

/** CAMEO 08x yield → 035x express intent to yield, by the subcode's third digit. */
const YIELD_INTENT: Record<string, string> = {
  '1': '0351',
  '2': '0352',
  '4': '0353',
  '5': '0354',
  '6': '0355',
  '7': '0356',
};

/**
 * The category an intended act is coded as. By default the CAMEO-to-PLOVER table, which the PLOVER
 * gold standard follows: "express intent to yield" (035x, "will withdraw", "agreed to lift sanctions")
 * is AGREE. With `futureConcede` the PLOVER manual's own reading (AGREE, CONCEDE and RETREAT,
 * "Potential ambiguities"): an intended CONCEDE stays CONCEDE, and an intended or announced RETREAT
 * ("announced … would withdraw troops") is CONCEDE; the CAMEO code stays 035x.
 */
export function intentInfo(info: CameoInfo, lex: EventLexicon, futureConcede = false): CameoInfo | null {
  if (futureConcede && info.plover === 'CONCEDE') return null;
  const c = info.code.startsWith('08') ? (YIELD_INTENT[info.code.charAt(2)] ?? intentCode(info)) : intentCode(info);
  const ii = c ? (lex.cameo.get(c) ?? lex.cameo.get(c.slice(0, 3)) ?? null) : null;
  if (futureConcede && ii && info.plover === 'RETREAT') return { ...ii, plover: 'CONCEDE', mode: null };
  return ii;
}

/**
 * Verbs of commitment: what they announce is promised to someone (a partner, the other side of an
 * agreement), not a warning to the party it will be done to.
 */
const COMMISSIVE = new Set(['pledge', 'promise', 'agree', 'offer', 'commit', 'undertake', 'guarantee']);

/**
 * "Qatar has pledged to expel the group's leaders", "the ministers agreed to impose sanctions on X": an
 * act of conflict promised to a third party is no threat (PLOVER THREATEN: "coercive or forceful
 * warnings" to the one threatened); it is coded as itself, intended. `cue` is the intent word.
 */
export function promisedAct(v: SentenceView, cue: number | undefined, info: CameoInfo): boolean {
  if (cue === undefined || info.quadClass !== 4 || info.plover === 'THREATEN') return false;
  return COMMISSIVE.has(v.lemma[cue] ?? '') && (!v.parsed || v.upos[cue] === 'VERB');
}

const CLAUSE_END = new Set([';', '.', ':', 'but', 'while', 'although', 'whereas']);

/**
 * "will withdraw its force unless the president resigns": an intended act made conditional on what the
 * other side does ("unless", "if … not") is a threat, whatever the act (PLOVER THREATEN).
 */
export function conditionalThreat(v: SentenceView, from: number): boolean {
  for (let k = from; k < Math.min(v.lower.length, from + 25); k++) {
    const w = v.lower[k] ?? '';
    if (CLAUSE_END.has(w)) return false;
    if (w === 'unless') return true;
  }
  return false;
}

/** The THREATEN category for an intended act made conditional: the act's own threat code, else 130. */
export function threatInfo(info: CameoInfo, lex: EventLexicon): CameoInfo | null {
  if (info.plover === 'THREATEN') return null;
  const own = info.quadClass === 4 ? intentInfo(info, lex) : null;
  return own?.plover === 'THREATEN' ? own : (lex.cameo.get('130') ?? null);
}

/**
 * "The army prepared to resume shelling", "troops are preparing to storm the town": preparing an
 * act of force is a military move short of force, PLOVER MOBILIZE (CAMEO 150), not a verbal threat.
 * Only the verb "prepare" (not the adjective of "is prepared to", a stated willingness).
 */
export function preparedForce(v: SentenceView, cue: number | undefined, info: CameoInfo, lex: EventLexicon) {
  if (cue === undefined || info.plover !== 'ASSAULT' || v.lemma[cue] !== 'prepare') return null;
  // a verb ("prepared", "preparing"); "is prepared to" (a copula or passive, or an adjective) states a willingness
  if (!/^VB[DGPZN]$/.test(v.xpos[cue] ?? '') || v.upos[cue] !== 'VERB') return null;
  if ((v.children[cue] ?? []).some((c) => /^(cop|aux:pass|nsubj:pass)$/.test(v.deprel[c] ?? ''))) return null;
  const be = /^(is|are|was|were|be|been|being|am|'s|'re|seems?|seemed|appears?|appeared)$/;
  if (v.xpos[cue] === 'VBN' && be.test(v.lower[cue - 1] ?? '')) return null;
  return lex.cameo.get('150') ?? null;
}
