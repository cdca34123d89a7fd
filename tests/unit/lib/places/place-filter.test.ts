import { describe, expect, it } from 'vitest';
import { placeStatuses, placeTypes } from '~/lib/content/vocabulary';
import { matchesFilter, valuesInUse } from '~/lib/places/place-filter';

describe('matchesFilter', () => {
  const all = { types: new Set(placeTypes), statuses: new Set(placeStatuses) };
  it('lets a place through only when both its type and its status are chosen', () => {
    expect(matchesFilter({ type: 'iom-office', status: 'open' }, all)).toBe(true);
    expect(matchesFilter({ type: 'iom-office', status: 'open' }, { ...all, types: new Set(['service-hub']) })).toBe(false);
    expect(matchesFilter({ type: 'service-hub', status: 'planned' }, { ...all, statuses: new Set(['open']) })).toBe(false);
    expect(matchesFilter({ type: 'service-hub', status: 'open' }, { types: new Set(), statuses: new Set() })).toBe(false);
  });
});

describe('valuesInUse', () => {
  it('offers only values that occur, in vocabulary order', () => {
    const places = [{ type: 'state-agency' }, { type: 'service-hub' }, { type: 'service-hub' }] as const;
    expect(valuesInUse(placeTypes, places, (p) => p.type)).toEqual(['service-hub', 'state-agency']);
    expect(valuesInUse(placeStatuses, [], (p: { status: 'open' }) => p.status)).toEqual([]);
  });
});
