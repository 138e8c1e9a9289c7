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

export function intentInfo(info: CameoInfo, lex: EventLexicon): CameoInfo | null {
  const c = intentCode(info);
  return c ? (lex.cameo.get(c) ?? null) : null;
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
