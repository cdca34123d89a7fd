import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, distanceKm, nearest } from '../../../../src/lib/geo/distance';

// Town centres from the project's verified list (shared/content/towns.csv).
const tbilisi = { lat: 41.7225, lon: 44.7925 };
const batumi = { lat: 41.6458, lon: 41.6417 };
const kutaisi = { lat: 42.25, lon: 42.7 };
const telavi = { lat: 41.9192, lon: 45.4731 };
const zugdidi = { lat: 42.5084, lon: 41.868 };

/**
 * Reference distances on the WGS84 ellipsoid (GeographicLib `Inverse`, km). A sphere of mean
 * radius is 0.1–0.3 % off these in Georgia, so 0.5 % is an honest tolerance.
 */
const geodesic: Array<[string, { lat: number; lon: number }, { lat: number; lon: number }, number]> = [
  ['Tbilisi–Batumi', tbilisi, batumi, 262.46],
  ['Tbilisi–Kutaisi', tbilisi, kutaisi, 183.03],
  ['Kutaisi–Batumi', kutaisi, batumi, 110.47],
  ['Tbilisi–Telavi', tbilisi, telavi, 60.62],
  ['Batumi–Zugdidi', batumi, zugdidi, 97.63],
];

describe('distanceKm', () => {
  it.each(geodesic)('%s is within 0.5 %% of the ellipsoidal distance', (_name, a, b, reference) => {
    const km = distanceKm(a, b);
    expect(Math.abs(km / reference - 1)).toBeLessThan(0.005);
  });

  it('gives Tbilisi–Batumi as about 262 km in a straight line', () => {
    expect(distanceKm(tbilisi, batumi)).toBeCloseTo(261.78, 1);
  });

  it('is zero for the same point', () => {
    expect(distanceKm(tbilisi, { ...tbilisi })).toBe(0);
  });

  it('is symmetric', () => {
    expect(distanceKm(batumi, kutaisi)).toBeCloseTo(distanceKm(kutaisi, batumi), 10);
  });

  it('gives a quarter meridian and half the circumference on the sphere', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});

describe('nearest', () => {
  const towns = [
    { name: 'Batumi', ...batumi },
    { name: 'Telavi', ...telavi },
    { name: 'Kutaisi', ...kutaisi },
    { name: 'Zugdidi', ...zugdidi },
  ];

  it('sorts by distance, nearest first, with the distance attached', () => {
    const result = nearest(tbilisi, towns, 4);
    expect(result.map((r) => r.item.name)).toEqual(['Telavi', 'Kutaisi', 'Zugdidi', 'Batumi']);
    for (let i = 1; i < result.length; i++) {
      expect(result[i]!.km).toBeGreaterThanOrEqual(result[i - 1]!.km);
    }
    expect(result[0]!.km).toBeCloseTo(distanceKm(tbilisi, telavi), 10);
  });

  it('returns only `count` items', () => {
    expect(nearest(batumi, towns, 2).map((r) => r.item.name)).toEqual(['Batumi', 'Zugdidi']);
  });

  it('returns every item when count is larger than the list', () => {
    expect(nearest(tbilisi, towns, 10)).toHaveLength(towns.length);
  });

  it('returns nothing for count 0, a negative count or an empty list', () => {
    expect(nearest(tbilisi, towns, 0)).toEqual([]);
    expect(nearest(tbilisi, towns, -3)).toEqual([]);
    expect(nearest(tbilisi, [], 5)).toEqual([]);
  });

  it('keeps input order for equal distances and does not reorder the input', () => {
    const twins = [
      { name: 'first', ...kutaisi },
      { name: 'second', ...kutaisi },
    ];
    expect(nearest(tbilisi, twins, 2).map((r) => r.item.name)).toEqual(['first', 'second']);
    nearest(tbilisi, towns, 4);
    expect(towns.map((t) => t.name)).toEqual(['Batumi', 'Telavi', 'Kutaisi', 'Zugdidi']);
  });

  it('returns the item objects themselves', () => {
    expect(nearest(batumi, towns, 1)[0]!.item).toBe(towns[0]);
  });
});
