/**
 * Country centroids that lie inside their country. world-countries gives each country one
 * point (`latlng`), a few of which fall outside the country's own land (Kuwait's lies in Iraq,
 * ~180 km west of it). For such a country, the build takes the centroid of the largest part of
 * its Natural Earth 1:50m outline (world-atlas, public domain) when that centroid lies inside the
 * outline; otherwise (small islands the 1:50m outlines miss, atolls) it keeps the given point.
 */
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Outline = Feature<Polygon | MultiPolygon>;

/** The largest polygon of an outline (the mainland of a country with islands). */
function largestPart(f: Outline): Feature<Polygon> {
  const parts: Polygon[] =
    f.geometry.type === 'Polygon'
      ? [f.geometry]
      : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const p of parts) {
    const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: p };
    const a = geoArea(part);
    if (a > bestArea) {
      bestArea = a;
      best = part;
    }
  }
  return best ?? { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } };
}

/** Outlines by ISO 3166-1 numeric code, from world-atlas's 1:50m countries. */
export function countryOutlines(): Map<string, Outline> {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  const out = new Map<string, Outline>();
  for (const f of fc.features)
    if (f.id !== undefined && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'))
      out.set(String(f.id).padStart(3, '0'), f as Outline);
  return out;
}

/** A point [lat, lon] for a country: the given one if inside its outline, else its mainland's centroid if that is inside. */
export function insideCentroid(latlng: readonly [number, number], outline: Outline | undefined): [number, number] {
  const [lat, lon] = latlng;
  if (!outline || geoContains(outline, [lon, lat])) return [lat, lon];
  const [clon, clat] = geoCentroid(largestPart(outline));
  return geoContains(outline, [clon, clat]) ? [clat, clon] : [lat, lon];
}
