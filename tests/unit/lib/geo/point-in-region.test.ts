import { describe, expect, it } from 'vitest';
import { regionOutlines } from '~/lib/geo/basemap-file';
import { type RegionOutline, REGION_TOLERANCE_KM, checkPointInRegion, containsPoint, distanceToOutlineKm } from '~/lib/geo/point-in-region';

/** A 1° square region, with a square hole, to test the geometry on numbers one can check by hand. */
const square: RegionOutline = {
  code: 'XX',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [[45, 41], [46, 41], [46, 42], [45, 42], [45, 41]],
      [[45.4, 41.4], [45.6, 41.4], [45.6, 41.6], [45.4, 41.6], [45.4, 41.4]],
    ],
  },
};

describe('containsPoint and distanceToOutlineKm', () => {
  it('counts the inside, not the hole, and measures the way out in km', () => {
    expect(containsPoint(square.geometry, { lat: 41.2, lon: 45.2 })).toBe(true);
    expect(containsPoint(square.geometry, { lat: 41.5, lon: 45.5 })).toBe(false);
    expect(distanceToOutlineKm(square.geometry, { lat: 41.2, lon: 45.2 })).toBe(0);
    // 0.01° of latitude north of the top edge is about 1.1 km.
    expect(distanceToOutlineKm(square.geometry, { lat: 42.01, lon: 45.5 })).toBeCloseTo(1.11, 1);
  });

  it('accepts a border point within the tolerance and refuses one beyond it', () => {
    expect(checkPointInRegion({ lat: 42.01, lon: 45.5 }, 'XX', [square])).toEqual({ ok: true });
    const far = checkPointInRegion({ lat: 42.1, lon: 45.5 }, 'XX', [square]);
    expect(far).toMatchObject({ ok: false, actual: undefined });
    expect(far.ok === false && far.distanceKm).toBeGreaterThan(REGION_TOLERANCE_KM);
  });
});

describe('checkPointInRegion on the shipped region outlines', () => {
  const outlines = regionOutlines();

  it('has the twelve regions', () => {
    expect(outlines.map((o) => o.code).sort()).toHaveLength(12);
  });

  it('finds Telavi in Kakheti and Batumi (on the simplified coast) in Adjara', () => {
    expect(checkPointInRegion({ lat: 41.9192, lon: 45.4731 }, 'GE-KA', outlines)).toEqual({ ok: true });
    expect(checkPointInRegion({ lat: 41.6458, lon: 41.6417 }, 'GE-AJ', outlines)).toEqual({ ok: true });
  });

  it('names the neighbouring region a copied point really lies in', () => {
    // Kutaisi's coordinates filed under Kakheti.
    expect(checkPointInRegion({ lat: 42.25, lon: 42.7 }, 'GE-KA', outlines)).toMatchObject({ ok: false, actual: 'GE-IM' });
  });

  it('says a point at sea lies in no region', () => {
    const atSea = checkPointInRegion({ lat: 42.0, lon: 40.9 }, 'GE-AJ', outlines);
    expect(atSea).toMatchObject({ ok: false, actual: undefined });
  });
});
