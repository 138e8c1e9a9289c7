import type { EventLexicon, LexEntry } from '../../knowledge/events/index.js';
import { ruleEntry } from './rule-entry.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * Ending a cooperation is no cooperation: "will end cooperation with X", "scrapped the deal",
 * "suspended talks", "withdrew from the negotiations" reduce existing relations — PLOVER SANCTION
 * ("all reductions in existing, routine, or cooperative relations"; CAMEO 16: 164 halt negotiations,
 * 162 stop aid, 161 reduce diplomatic relations, 160 otherwise). The cooperative event noun names what is
 * ended; the verb of ending is the act. Ending a blockade or a siege (a RETREAT) is not this.
 */

/** Verbs of ending, suspending or leaving. */
const ENDING = new Set([
  'end',
  'halt',
  'stop',
  'suspend',
  'cease',
  'scrap',
  'cancel',
  'terminate',
  'abandon',
  'sever',
  'freeze',
  'abrogate',
  'annul',
  'renounce',
  'quit',
  'break',
  'cut',
  'discontinue',
]);
/** Verbs of leaving whose "from"/"out of" object is what is left ("withdrew from the talks"). */
const LEAVING = new Set(['withdraw', 'pull', 'walk']);

/** CAMEO 16 code for ending a cooperation of this PLOVER type. */
function haltCode(noun: Trigger): string | null {
  switch (noun.info.plover) {
    case 'CONSULT':
      return '164';
    case 'AID':
      return '162';
    case 'SUPPORT':
      return '161';
    case 'AGREE':
    case 'COOPERATE':
      return '160';
    default:
      return null;
  }
}

function haltEntry(v: SentenceView, verb: number, noun: Trigger, code: string): LexEntry {
  return ruleEntry({
    id: 'rule:end-cooperation',
    lemma: v.lemma[verb] ?? v.lower[verb] ?? '',
    pos: 'verb',
    cameo: code,
    plover: 'SANCTION',
    recipient: noun.entry.recipient === 'none' ? ['with'] : noun.entry.recipient,
    provenance: 'PLOVER SANCTION: ending, suspending or leaving a cooperation reduces relations (CAMEO 16)',
  });
}

/** Consultations that can be broken off: negotiations, not visits or meetings. */
const NEGOTIATION =
  /^(talk|talks|negotiation|negotiations|dialogue|mediation|contact|contacts|consultation|consultations)$/;

/** Nouns for an effort a cooperation noun can name ("mediation efforts", "its mediation role"). */
const EFFORT = /^(effort|efforts|role|mission|bid|attempt|initiative)$/;

/** The verb that ends the cooperation named by noun trigger n, or -1. */
function endingVerb(v: SentenceView, noun: Trigger): number {
  // "ended mediation efforts": the effort is what is ended, and ending one's own effort gives it up
  const on = v.head[noun.i] ?? -1;
  const effort = v.deprel[noun.i] === 'compound' && on >= 0 && EFFORT.test(v.lemma[on] ?? v.lower[on] ?? '');
  const at = effort ? on : noun.i;
  const h = v.head[at] ?? -1;
  // (a verb the tagger took for a noun after "will"/"to": "will scrap the deal")
  const verbal = v.upos[h] === 'VERB' || /^(will|would|to|'ll|must|should|could|may|might)$/.test(v.lower[h - 1] ?? '');
  if (h < 0 || !verbal) return -1;
  const rel = v.deprel[at] ?? '';
  const lemma = v.lemma[h] ?? '';
  // a visit or a meeting ends as planned ("ending a two-day visit"); talks that merely "end" may have
  // concluded — only halting, suspending or leaving negotiations reduces relations
  if (noun.info.plover === 'CONSULT' && (noun.info.mode === 'visit' || !NEGOTIATION.test(v.lemma[noun.i] ?? '')))
    return -1;
  if (noun.info.plover === 'CONSULT' && /^(end|cease|terminate)$/.test(lemma) && !effort) return -1;
  if (ENDING.has(lemma) && /^obj/.test(rel)) return h;
  if (LEAVING.has(lemma) && /^obl/.test(rel)) {
    const cases = (v.children[at] ?? []).filter((c) => v.deprel[c] === 'case').map((c) => v.lower[c]);
    if (cases.includes('from') || cases.includes('of')) return h;
  }
  return -1;
}

/**
 * A cooperative act in the -ing form under a verb of ending ("stopped providing X with escorts", "ceased
 * cooperating with X") is ended, not done: the same SANCTION, kept on the act's own word so that its
 * parties stay where its verb finds them. "stopped to talk" (an infinitive of purpose) is no such end.
 */
function endedGerund(v: SentenceView, t: Trigger): boolean {
  if (t.pos !== 'verb' || v.deprel[t.i] !== 'xcomp' || !/ing$/.test(v.lower[t.i] ?? '')) return false;
  const h = v.head[t.i] ?? -1;
  if (h < 0 || !ENDING.has(v.lemma[h] ?? '')) return false;
  return !(v.children[t.i] ?? []).some((c) => v.deprel[c] === 'mark' && v.lower[c] === 'to');
}

function endedAct(v: SentenceView, t: Trigger, lex: EventLexicon): Trigger | null {
  const code = haltCode(t);
  const info = code ? lex.cameo.get(code) : undefined;
  if (!code || !info?.plover || !endedGerund(v, t)) return null;
  const h = v.head[t.i] ?? t.i;
  return {
    ...t,
    i: h,
    last: t.i,
    entry: { ...t.entry, id: 'rule:end-cooperation', cameo: code, plover: 'SANCTION', mode: null },
    code,
    info,
    explain: [
      ...t.explain,
      `rule rule:end-cooperation: "${v.lower[h]}" ends the ${t.info.plover} "${v.lower[t.i]}" (CAMEO ${code})`,
    ],
  };
}

/** Replaces each cooperative event noun that a verb of ending governs by a SANCTION on that verb. */
export function haltTriggers(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  if (!v.parsed) return [...triggers];
  let out = triggers.map((t) => endedAct(v, t, lex) ?? t);
  for (const n of triggers) {
    if (n.pos !== 'noun') continue;
    const code = haltCode(n);
    if (!code) continue;
    const verb = endingVerb(v, n);
    if (verb < 0) continue;
    const info = lex.cameo.get(code);
    if (!info?.plover) continue;
    const own = out.find((t) => t.i === verb);
    // a verb already coded as a conflictual act of its own ("suspended aid" by its own lexicon sense) stays
    if (own && own.info.quadClass >= 3 && own.info.plover !== 'RETREAT') {
      out = out.filter((t) => t !== n);
      continue;
    }
    const trigger: Trigger = {
      i: verb,
      last: own?.last ?? verb,
      pos: 'verb',
      entry: haltEntry(v, verb, n, code),
      code,
      info,
      explain: [
        `rule rule:end-cooperation: "${v.lower[verb]}" ends the ${n.info.plover} "${v.lower[n.i]}" (CAMEO ${code})`,
      ],
    };
    out = out.filter((t) => t !== n && t !== own);
    out.push(trigger);
  }
  return out.sort((a, b) => a.i - b.i);
}
