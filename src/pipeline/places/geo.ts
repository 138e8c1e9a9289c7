import type { GazetteerEntry } from '../../knowledge/places/index.js';

const KM_PER_DEG = 111.2;

/** Great-circle distance in km. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Nearby toponyms: a town close to the document's other clear towns and divisions is likelier. */
export function nearBonus(e: GazetteerEntry, anchors: readonly GazetteerEntry[]): number {
  if (e.feature !== 'city' && e.feature !== 'admin1') return 0;
  let best = Infinity;
  for (const a of anchors) if (a.id !== e.id) best = Math.min(best, km(a, e));
  return best <= 150 ? 7 : best <= 400 ? 4 : 0;
}

/** "northern Afghanistan": the part of the country in that direction, about a seventh of its size away. */
export function directional(e: GazetteerEntry, dir: readonly [number, number]): { lat: number; lon: number } {
  const [dy, dx] = dir;
  const km = e.size * 0.15;
  const lat = e.lat + (dy * km) / KM_PER_DEG;
  const lon = e.lon + (dx * km) / (KM_PER_DEG * Math.max(0.2, Math.cos((e.lat * Math.PI) / 180)));
  return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
}
