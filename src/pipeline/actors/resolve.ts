import type { NameHit } from '../../knowledge/index.js';
import { activeAt, roleAt } from '../../knowledge/index.js';
import type { Cand } from './types.js';

/**
 * Resolves a candidate named by knowledge-base aliases: the most trusted actor wins, a
 * person's code and sector come from the role they held on the document's date. A surname
 * alone ("weak" alias) resolves only when the person held a dated role on that date, or,
 * undated, from curated knowledge; otherwise it waits for a full mention in the document.
 */
export function resolveHits(c: Cand, hits: readonly NameHit[], date: string | null): void {
  const strong = hits.filter((h) => !h.weak);
  let hit = strong[0];
  if (!hit) {
    const weak = hits.filter((h) => h.weak);
    // of several people bearing the surname on the date, the one in office ("Clinton" in 2010: the Secretary of
    // State, not the former president); two in office ("Hussein" in 1991: Saddam and the King of Jordan) wait
    let active = weak.filter((h) => activeAt(h.actor, date));
    if (active.length > 1) active = active.filter((h) => roleAt(h.actor, date).sector !== 'ELI');
    hit = active.length > 1 ? undefined : (active[0] ?? (date ? undefined : weak.find((h) => h.actor.priority >= 3)));
    if (!hit) {
      c.weakHits = weak;
      c.actorKind = 'person';
      c.person = true;
      return;
    }
    c.datedSurname = true;
  }
  // a person active on the date beats others sharing the alias
  if (date) {
    const active = hits.find((h) => h.actor.kind === 'person' && activeAt(h.actor, date) && !h.weak);
    if (active && active.actor.priority >= hit.actor.priority) hit = active;
  }
  fillFrom(c, hit, date);
}

export function fillFrom(c: Cand, hit: NameHit, date: string | null): void {
  const a = hit.actor;
  c.actorKind = a.kind;
  c.id = a.id;
  c.name = a.name;
  if (a.kind === 'person') {
    const r = roleAt(a, date);
    c.code = r.code || a.code;
    c.sector = r.sector;
    c.role = r.role ?? null;
    c.person = true;
  } else if (a.roles?.length) {
    // a state (or its seat) that did not exist yet on the date: the state it was part of
    const r = roleAt(a, date);
    c.code = r.code || a.code;
    c.sector = r.sector;
  } else {
    c.code = a.code;
    c.sector = a.sector;
  }
  if (a.kind === 'metonym') {
    // a seat of power stands for its state's government: name the state
    c.id = a.id.replace(/#.*$/, '');
  }
}
