import { describe, expect, it } from 'vitest';
import { distanceKm } from '~/lib/geo/distance';
import { nearestOpen } from '~/lib/places/nearest-open';

const places = [
  { id: 'batumi', lat: 41.6458, lon: 41.6417, status: 'open' as const },
  { id: 'kutaisi', lat: 42.25, lon: 42.7, status: 'open' as const },
  { id: 'ozurgeti-planned', lat: 41.9244, lon: 42.0069, status: 'planned' as const },
  { id: 'poti', lat: 42.1462, lon: 41.672, status: 'open' as const },
  { id: 'tbilisi', lat: 41.7225, lon: 44.7925, status: 'open' as const },
];
const ozurgeti = { lat: 41.9244, lon: 42.0069 };

describe('nearestOpen', () => {
  it('ranks open places by straight-line distance and skips planned ones, even in the same town', () => {
    const result = nearestOpen(ozurgeti, places);
    expect(result.map((r) => r.item.id)).toEqual(['poti', 'batumi', 'kutaisi']);
    expect(result[0]?.km).toBeCloseTo(distanceKm(ozurgeti, places[3]!), 6);
  });

  it('returns at most the count asked for, and fewer when fewer places are open', () => {
    expect(nearestOpen(ozurgeti, places, 1)).toHaveLength(1);
    expect(nearestOpen(ozurgeti, places, 10)).toHaveLength(4);
    expect(nearestOpen(ozurgeti, places.filter((p) => p.status === 'planned'))).toEqual([]);
  });
});
