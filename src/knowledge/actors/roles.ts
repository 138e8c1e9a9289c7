import type { KbActor, KbRole } from './types.js';

/**
 * The role an actor held on a date (ISO yyyy-mm-dd…). Without a date, or when no dated role
 * covers it, an undated role wins, then the latest role begun before the date, then the
 * actor's own code and sector.
 */
export function roleAt(actor: KbActor, date: string | null): KbRole {
  const own: KbRole = { code: actor.code ?? '', sector: actor.sector };
  const roles = actor.roles ?? [];
  if (roles.length === 0) return own;
  const d = date ? date.slice(0, 10) : null;
  if (d) {
    const inside = roles.filter((r) => (r.from === undefined || r.from <= d) && (r.to === undefined || d < r.to));
    // prefer the most specific (bounded, latest-begun) covering role
    inside.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    const covering = inside.find((r) => r.from !== undefined || r.to !== undefined) ?? inside[0];
    if (covering) return covering;
  }
  const undated = roles.find((r) => r.from === undefined && r.to === undefined);
  if (undated) return undated;
  if (d) {
    const before = roles
      .filter((r) => r.from !== undefined && r.from <= d)
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    if (before[0]) return before[0];
  }
  return roles[roles.length - 1] ?? own;
}

/** Whether a dated role covers the date (used to accept surname-only mentions). */
export function activeAt(actor: KbActor, date: string | null): boolean {
  if (!date || !actor.roles?.length) return false;
  const d = date.slice(0, 10);
  return actor.roles.some(
    (r) => (r.from !== undefined || r.to !== undefined) && (r.from ?? '') <= d && (r.to === undefined || d < r.to),
  );
}
