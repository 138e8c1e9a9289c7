import type { EventLexicon } from '../../knowledge/events/index.js';
import type { Trigger } from './triggers.js';
import type { SentenceView } from './view.js';

/**
 * PLOVER PROTEST mode riot: "distinct, continuous and violent action … The participants intend to cause
 * physical injury and/or property damage". Stone-throwing, beating, smashing and burning done as part of
 * a protest are the riot, not an ASSAULT or COERCE of their own: the act is framed by a protest ("threw
 * stones during demonstrations"), is the manner of a protest verb ("rioted, setting fire to …"), or is
 * done by protesters ("the building was demolished by protestors"). Killings and bombings stay ASSAULT.
 */

/** CAMEO codes of non-lethal violence and property damage a riot is made of. */
const RIOT_ACTS = new Set(['18', '180', '182', '171', '1712']);
/** People whose violence is a riot. */
const PROTESTERS = new Set(['protester', 'protestor', 'demonstrator', 'rioter', 'mob']);
const FRAME = new Set(['during', 'in', 'at', 'amid', 'amidst']);

function protestFrame(v: SentenceView, t: Trigger, protests: readonly Trigger[]): boolean {
  return protests.some(
    (p) =>
      p.pos === 'noun' &&
      v.head[p.i] === t.i &&
      (v.children[p.i] ?? []).some((c) => v.deprel[c] === 'case' && FRAME.has(v.lower[c] ?? '')),
  );
}

/** "rioted …, setting fire to …": an -ing verb after a comma, in the clause of a protest verb before it. */
function protestManner(v: SentenceView, t: Trigger, protests: readonly Trigger[]): boolean {
  let i = t.i;
  // "…, setting fire to … and smashing furniture": a conjunct stands where its head stands
  while (v.deprel[i] === 'conj' && (v.head[i] ?? -1) >= 0 && (v.head[i] ?? -1) < i) i = v.head[i] ?? i;
  if (!/ing$/.test(v.lower[i] ?? '') || v.lower[i - 1] !== ',') return false;
  if ((v.children[i] ?? []).some((c) => /^nsubj/.test(v.deprel[c] ?? ''))) return false;
  const p = protests.filter((x) => x.pos === 'verb' && x.last < i).at(-1);
  if (!p) return false;
  for (let k = p.last + 1; k < i - 1; k++)
    if (/^(VERB|AUX)$/.test(v.upos[k] ?? '') || /^(;|but|while|and)$/.test(v.lower[k] ?? '')) return false;
  return true;
}

function byProtesters(v: SentenceView, t: Trigger): boolean {
  return (v.children[t.i] ?? []).some(
    (c) => /^(nsubj|obl:agent)$/.test(v.deprel[c] ?? '') && PROTESTERS.has(v.lemma[c] ?? ''),
  );
}

/** The triggers with acts of violence that are part of a protest recoded as PROTEST riot (CAMEO 145). */
export function riotTriggers(v: SentenceView, triggers: readonly Trigger[], lex: EventLexicon): Trigger[] {
  if (!v.parsed) return [...triggers];
  const riot = lex.cameo.get('145');
  if (!riot?.plover) return [...triggers];
  const protests = triggers.filter((t) => t.info.plover === 'PROTEST');
  return triggers.map((t) => {
    if (!RIOT_ACTS.has(t.code) || (t.info.plover !== 'ASSAULT' && t.info.plover !== 'COERCE')) return t;
    const why = protestFrame(v, t, protests)
      ? 'done during a protest'
      : protestManner(v, t, protests)
        ? 'the manner of a protest'
        : byProtesters(v, t)
          ? 'done by protesters'
          : null;
    if (!why) return t;
    return {
      ...t,
      code: riot.code,
      info: riot,
      explain: [...t.explain, `PLOVER PROTEST riot: violence ${why} (CAMEO 145)`],
    };
  });
}
