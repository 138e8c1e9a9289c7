import type { Span } from '../../core/span.js';
import type { PlacesLexicon } from '../../knowledge/places/index.js';
import type { Event } from '../../schema/output.js';
import type { SyntaxLayer } from '../syntax/types.js';
import { tokenAt } from './clause.js';
import type { Toponym } from './types.js';

/** Acts done where their target is: an attack, an invasion, a seizure; protecting a state by arms (CAMEO 074). */
export function targetsPlace(e: Event): boolean {
  return e.event === 'ASSAULT' || e.cameo === '074';
}

/**
 * The state or place an attack is aimed at, when its target is named by a toponym ("the Soviets invaded
 * Czechoslovakia", "troops massed to defend Saudi Arabia", "shelled the embassy in Velgrad"): the act
 * happened there, wherever else its sentence names. A people ("killed two Kestrians") or a modifier ("attacked
 * Norland's troops", "US troops") is no target place: people and troops may be anywhere.
 */
export function targetToponym(e: Event, toponyms: readonly Toponym[]): Toponym | undefined {
  if (!targetsPlace(e)) return undefined;
  const r = e.recipient[0];
  if (!r) return undefined;
  return toponyms.find(
    (t) =>
      t.sentence === e.sentence &&
      (t.use === 'actor' || t.use === 'literal') &&
      t.place.start >= r.start &&
      t.place.end <= r.end,
  );
}

/** Sectors of a state that stand for it where it is: its government and legislature. */
const STATE_SECTORS = new Set(['GOV', 'LEG']);

/**
 * The country of an attack's target when that target is a state's government ("air strikes against Milosevic"),
 * not its envoy, who serves abroad ("the American ambassador to Kenya was among those injured").
 */
export function targetState(e: Event, lx?: PlacesLexicon): string | null {
  if (!targetsPlace(e)) return null;
  const r = e.recipient[0];
  if (!r?.code || r.sector === null || !STATE_SECTORS.has(r.sector)) return null;
  const envoy = r.actorText.split(/\s+/).some((w) => lx?.envoyNouns.has(w.toLowerCase()));
  return envoy ? null : r.code;
}

// physical acts whose noun a place name may modify ("the Nairobi bombing", "the Kestria protests")
const MODIFIED_ACTS = new Set(['ASSAULT', 'PROTEST', 'MOBILIZE', 'RETREAT', 'AID']);
// at most one common noun between the place and the act's noun ("the Nairobi embassy bombing")
const BETWEEN = /^\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * A place that names where a physical act's noun happened by modifying it ("since the Africa bombings",
 * "the Nairobi embassy bombing", "the Kestria protests"): by the parse, the place is a compound of the act's
 * noun (or of a noun compounded to it); with no parse, none. Not for
 * verbal acts, whose modifier names a subject ("the Russia investigation", "the Iran deal").
 */
export function nounModifier(
  e: Event,
  toponyms: readonly Toponym[],
  text: string,
  syntax?: SyntaxLayer,
  tokens: readonly Span[] = [],
): Toponym | undefined {
  if (!MODIFIED_ACTS.has(e.event)) return undefined;
  return toponyms.find((t) => {
    if (t.sentence !== e.sentence || t.place.end > e.trigger.start) return false;
    if (t.use !== 'modifier' && t.use !== 'literal') return false;
    if (!BETWEEN.test(text.slice(t.place.end, e.trigger.start))) return false;
    if (!syntax) return false;
    const te = tokenAt(tokens, e.trigger.start);
    const tt = tokenAt(tokens, t.place.end - 1);
    if (te < 0 || tt < 0 || syntax.upos[te] !== 'NOUN') return false;
    for (let k = tt, guard = 0; guard < 4; guard++) {
      const h = syntax.head[k] ?? -1;
      const rel = syntax.deprel[k] ?? '';
      if (h === te) return rel === 'compound' || rel === 'flat';
      if (h < 0 || h > te || !(rel === 'compound' || rel === 'flat')) return false;
      k = h;
    }
    return false;
  });
}

const stem = (w: string): string => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
// "<noun> in|at|near|outside (the) " right before a toponym: the noun's place ("the embassy in Velgrad")
const NOUN_AT = /(\p{L}+)\s+(?:in|at|near|outside)\s+(?:the\s+)?$/u;

/**
 * A physical act with no place in its sentence, on or at a thing an earlier sentence placed ("the U.S.
 * embassy in Velgrad … the embassy bombing", "a clinic in Oskar … attacked the clinic"): the place where that
 * thing was said to be. The thing is a noun the parse hangs on the act's word (a compound, object or oblique).
 */
export function antecedentPlace(
  e: Event,
  toponyms: readonly Toponym[],
  text: string,
  syntax?: SyntaxLayer,
  tokens: readonly Span[] = [],
): Toponym | undefined {
  if (!MODIFIED_ACTS.has(e.event) || !syntax) return undefined;
  const te = tokenAt(tokens, e.trigger.start);
  if (te < 0) return undefined;
  const things = new Set<string>();
  for (let k = Math.max(0, te - 8); k < Math.min(tokens.length, te + 10); k++) {
    const rel = syntax.deprel[k] ?? '';
    if (syntax.head[k] !== te || syntax.upos[k] !== 'NOUN') continue;
    if (rel === 'compound' || rel === 'obj' || rel.startsWith('obl') || rel.startsWith('nmod')) {
      const t = tokens[k] as Span;
      things.add(stem(text.slice(t.start, t.end)));
    }
  }
  if (things.size === 0) return undefined;
  for (let i = toponyms.length - 1; i >= 0; i--) {
    const t = toponyms[i] as Toponym;
    if (t.sentence >= e.sentence || t.use !== 'literal') continue;
    const m = NOUN_AT.exec(text.slice(Math.max(0, t.place.start - 40), t.place.start));
    if (m && things.has(stem(m[1] as string))) return t;
  }
  return undefined;
}
