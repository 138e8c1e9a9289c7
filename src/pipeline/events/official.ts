import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Mention } from '../../schema/output.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * PLOVER PROTEST "presumes significant physical/material activity"; "diplomatic protests … are coded as ACCUSE
 * disapprove" (PLOVER manual, PROTEST ambiguities). A state, government or international body that "protests"
 * ("Japan protested the Chinese incursion", "Israel protested to the UN") complains officially (CAMEO 114);
 * people, groups and crowds who protest demonstrate.
 */

/** Sectors whose protest is an official complaint. */
const OFFICIAL = new Set(['GOV', 'ELI', 'LEG', 'JUD', 'IGO']);

/** The mention is a state or an official body: an official sector, or a country named by its name. */
function official(m: Mention): boolean {
  if (m.sector) return OFFICIAL.has(m.sector);
  return m.kind === 'name' && /^[A-Z]{3}$/.test(m.code ?? '');
}

/** The subject mention of the verb at i: the parse's nsubj, else the mention right before the verb. */
function subjectMention(v: SentenceView, i: number): Mention | undefined {
  if (v.parsed) {
    const s = (v.children[i] ?? []).find((c) => v.deprel[c] === 'nsubj');
    const mi = s === undefined ? -1 : (v.mentionAt[s] ?? -1);
    return mi >= 0 ? v.mentions[mi] : undefined;
  }
  const mi = v.mentionAt[i - 1] ?? -1;
  return mi >= 0 ? v.mentions[mi] : undefined;
}

/** "protest" verbs whose subject is a state or official body, recoded as ACCUSE disapprove (CAMEO 114). */
export function officialProtests(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  const complaint = lex.cameo.get('114');
  if (!complaint?.plover) return [...triggers];
  return triggers.map((t) => {
    if (t.pos !== 'verb' || t.info.plover !== 'PROTEST' || t.entry.lemma !== 'protest') return t;
    const subject = subjectMention(v, t.i);
    if (!subject || !official(subject)) return t;
    return {
      ...t,
      code: complaint.code,
      info: complaint,
      explain: [...t.explain, 'PLOVER: a protest by a state or official body is a diplomatic complaint (ACCUSE 114)'],
    };
  });
}
