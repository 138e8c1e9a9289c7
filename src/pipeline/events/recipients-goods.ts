import type { ActorRef, Mention, Place } from '../../schema/output.js';
import { BOUNDARY, placeRef, rightGroup, toRef } from './args.js';
import type { SentenceView } from './view.js';

/** Economic measures whose target is the country the goods they fall "on" come from. */
export const ON_GOODS: ReadonlySet<string> = new Set(['SANCTION', 'THREATEN', 'COERCE', 'CONCEDE', 'RETREAT']);

/** Nouns of traded goods ("imports", "products", "steel"). */
const GOODS =
  /^(imports?|goods|products|exports?|produce|commodities|shipments|merchandise|wares|steel|aluminum|aluminium|cars|vehicles|autos|textiles|soybeans|oil|gas|grain|wheat|beef)$/;

const stop = (w: string): boolean => BOUNDARY.has(w) || /^[,.;:!?]$/.test(w);

/** The state named by the mention at token k, if it is one the actor is not. */
function stateAt(v: SentenceView, k: number, actor: readonly ActorRef[]): Mention | null {
  const m = v.mentions[v.mentionAt[k] ?? -1];
  if (!m?.code || actor.some((a) => a.code === m.code)) return null;
  return m;
}

/**
 * "impose duties on $50 billion of imports from China", "tariffs on Chinese goods": a measure on
 * goods is directed at the state they come from — the party named before the goods noun in the
 * "on" phrase, or after its "from". Looks from token `from` to the end of the clause; empty when
 * the phrase names no state other than the actor's.
 */
export function goodsOrigin(
  v: SentenceView,
  from: number,
  actor: readonly ActorRef[],
  places: readonly Place[],
): ActorRef[] {
  const n = v.lower.length;
  let on = -1;
  for (let k = from; k < Math.min(n, from + 8) && on < 0; k++) {
    const w = v.lower[k] ?? '';
    if (stop(w)) return [];
    if (w === 'on') on = k;
  }
  if (on < 0) return [];
  let named: Mention | null = null;
  for (let k = on + 1; k < Math.min(n, on + 12); k++) {
    const w = v.lower[k] ?? '';
    if (stop(w) || w === 'and') return [];
    if (!GOODS.test(w)) {
      // "Chinese goods", "U.S. steel imports": the modifier names the goods' state
      const m = stateAt(v, k, actor);
      if (m) named = m;
      else if ((v.mentionAt[k] ?? -1) >= 0) named = null;
      continue;
    }
    if (named) return [toRef(named)];
    // "imports from China": the party the goods come from
    if (v.lower[k + 1] === 'from') {
      const group = rightGroup(v, k + 2, 1, true)
        .map((mi) => v.mentions[mi])
        .filter((m): m is Mention => Boolean(m?.code) && !actor.some((a) => a.code === m?.code));
      if (group.length) return group.map(toRef);
      // (a state named only as a place: "imports from China")
      const at = v.lower[k + 2] === 'the' ? k + 3 : k + 2;
      const tok = v.tokens[at];
      const place = tok ? places.find((p) => p.start === tok.start && p.country) : undefined;
      return place?.country && !actor.some((a) => a.code === place.country) ? [placeRef(place)] : [];
    }
    // "imports of Chinese steel": the goods named next
    if (v.lower[k + 1] !== 'of') return [];
  }
  return [];
}
