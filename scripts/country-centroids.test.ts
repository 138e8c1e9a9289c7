import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Feature, MultiPolygon } from 'geojson';
import { countryOutlines, insideCentroid } from './country-centroids.js';

// Two square "islands": a large one around (lon 10..12, lat 0..2) and a small one far east.
const twoIslands: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [10, 0],
          [10, 2],
          [12, 2],
          [12, 0],
          [10, 0],
        ],
      ],
      [
        [
          [30, 0],
          [30, 0.2],
          [30.2, 0.2],
          [30.2, 0],
          [30, 0],
        ],
      ],
    ],
  },
};

describe('country centroids inside their country', () => {
  it('keeps a given point that lies inside the outline', () => {
    assert.deepEqual(insideCentroid([1, 11], twoIslands), [1, 11]);
  });

  it("moves a point that lies outside to the centroid of the outline's largest part", () => {
    const [lat, lon] = insideCentroid([1, 20], twoIslands);
    assert.ok(Math.abs(lat - 1) < 0.01 && Math.abs(lon - 11) < 0.01, `${lat},${lon}`);
  });

  it('keeps the given point when there is no outline', () => {
    assert.deepEqual(insideCentroid([5, 5], undefined), [5, 5]);
  });

  it("puts Kuwait's centre in Kuwait, not in Iraq where world-countries puts it", () => {
    const [lat, lon] = insideCentroid([29.5, 45.75], countryOutlines().get('414'));
    assert.ok(lon > 46.5 && lon < 48.5 && lat > 28.5 && lat < 30.1, `${lat},${lon}`);
  });
});
