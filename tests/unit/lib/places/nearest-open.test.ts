import { describe, expect, it } from 'vitest';
import { distanceKm } from '~/lib/geo/distance';
import { STALE_RANK_PENALTY_KM, nearestOpen, nearestOpenTo } from '~/lib/places/nearest-open';

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

describe('stale places rank after fresher ones at a similar distance', () => {
  const telavi = { lat: 41.9192, lon: 45.4731 };
  const hubStale = { id: 'telavi-hub', lat: 41.9192, lon: 45.4731, status: 'open' as const, stale: true };
  const officeFresh = { id: 'iom-telavi', lat: 41.93, lon: 45.48, status: 'open' as const, stale: false };
  const farFresh = { id: 'tbilisi', lat: 41.7225, lon: 44.7925, status: 'open' as const, stale: false };

  it('puts a freshly confirmed place a little further away first, and keeps the true distance', () => {
    const result = nearestOpen(telavi, [hubStale, officeFresh, farFresh]);
    expect(result.map((r) => r.item.id)).toEqual(['iom-telavi', 'telavi-hub', 'tbilisi']);
    expect(result[1]?.km).toBe(0);
  });

  it('still puts a stale place next door before a fresh one far away', () => {
    expect(distanceKm(telavi, farFresh)).toBeGreaterThan(STALE_RANK_PENALTY_KM);
    expect(nearestOpen(telavi, [farFresh, hubStale]).map((r) => r.item.id)).toEqual(['telavi-hub', 'tbilisi']);
  });
});

describe('nearestOpenTo', () => {
  const entry = (id: string, lat: number, lon: number, status: 'open' | 'planned', year: number) => ({
    id,
    data: { location: { lat, lon, precision: 'town-centre' as const }, status, confirmed: { year, month: 11 } },
  });
  it('sends a visitor from a planned place to the nearest open one, never to itself', () => {
    const batumiPlanned = entry('batumi-hub', 41.6458, 41.6417, 'planned', 2022);
    const all = [batumiPlanned, entry('iom-batumi', 41.6458, 41.6417, 'open', 2026), entry('iom-tbilisi', 41.7225, 44.7925, 'open', 2026)];
    expect(nearestOpenTo(batumiPlanned, all, new Date('2026-12-02'))?.id).toBe('iom-batumi');
  });
});
