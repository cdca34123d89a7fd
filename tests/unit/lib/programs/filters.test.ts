import { describe, expect, it } from 'vitest';
import {
  countOptions,
  filterPrograms,
  noFilters,
  parseFilters,
  serialiseFilters,
  servesRegion,
  type FilterableProgram,
} from '../../../../src/lib/programs/filters';

const regionIds = ['guria', 'imereti', 'kakheti', 'tbilisi'];

const programs: FilterableProgram[] = [
  { id: 'state', categories: ['business', 'training', 'health'], regions: 'all' },
  { id: 'grants', categories: ['business'], regions: 'all' },
  { id: 'kakheti-farms', categories: ['business'], regions: ['kakheti'] },
  { id: 'west-clinics', categories: ['health'], regions: ['guria', 'imereti'] },
  { id: 'jobs', categories: ['employment', 'training'], regions: 'all' },
];

const ids = (list: FilterableProgram[]) => list.map((p) => p.id);

describe('servesRegion', () => {
  it('counts a nationwide program as serving every region, a regional one only its own', () => {
    expect(servesRegion(programs[0]!, 'guria')).toBe(true);
    expect(servesRegion(programs[2]!, 'kakheti')).toBe(true);
    expect(servesRegion(programs[2]!, 'guria')).toBe(false);
  });
});

describe('filterPrograms', () => {
  it.each([
    { filters: noFilters, expected: ['state', 'grants', 'kakheti-farms', 'west-clinics', 'jobs'] },
    { filters: { categories: ['business'], regions: [] }, expected: ['state', 'grants', 'kakheti-farms'] },
    { filters: { categories: ['health', 'employment'], regions: [] }, expected: ['state', 'west-clinics', 'jobs'] },
    { filters: { categories: [], regions: ['guria'] }, expected: ['state', 'grants', 'west-clinics', 'jobs'] },
    { filters: { categories: ['business'], regions: ['kakheti'] }, expected: ['state', 'grants', 'kakheti-farms'] },
    { filters: { categories: ['business'], regions: ['tbilisi'] }, expected: ['state', 'grants'] },
    { filters: { categories: ['health'], regions: ['guria', 'kakheti'] }, expected: ['state', 'west-clinics'] },
    { filters: { categories: ['housing'], regions: [] }, expected: [] },
  ] as const)('$filters → $expected', ({ filters, expected }) => {
    expect(ids(filterPrograms(programs, { categories: [...filters.categories], regions: [...filters.regions] }))).toEqual(
      expected,
    );
  });
});

describe('countOptions', () => {
  it('with no filters, counts every program under each of its categories and each region it serves', () => {
    const counts = countOptions(programs, noFilters, regionIds);
    expect(counts.total).toBe(5);
    expect(counts.categories).toMatchObject({ business: 3, training: 2, health: 2, employment: 1, housing: 0 });
    expect(counts.regions).toEqual({ guria: 4, imereti: 4, kakheti: 4, tbilisi: 3 });
  });

  it('counts each filter’s options within the other filter’s choice, so an option’s number is what ticking it would show', () => {
    const filters = { categories: ['business' as const], regions: ['tbilisi'] };
    const counts = countOptions(programs, filters, regionIds);
    expect(counts.total).toBe(2);
    // Categories within Tbilisi: the Kakheti and Guria/Imereti programs drop out.
    expect(counts.categories).toMatchObject({ business: 2, health: 1, employment: 1 });
    // Regions within business.
    expect(counts.regions).toEqual({ guria: 2, imereti: 2, kakheti: 3, tbilisi: 2 });
    // Ticking an option alone (plus the other filter) shows exactly its count.
    for (const region of regionIds) {
      expect(filterPrograms(programs, { categories: ['business'], regions: [region] }).length).toBe(counts.regions[region]);
    }
  });
});

describe('URL state', () => {
  it('reads repeated and comma-separated parameters, in vocabulary order, each once', () => {
    expect(parseFilters('?region=tbilisi&category=health&category=business,health&region=guria', regionIds)).toEqual({
      categories: ['business', 'health'],
      regions: ['guria', 'tbilisi'],
    });
  });

  it('ignores unknown categories and regions instead of emptying the list', () => {
    expect(parseFilters('?category=jobs&category=business&region=kaketi&utm_source=x', regionIds)).toEqual({
      categories: ['business'],
      regions: [],
    });
    expect(parseFilters('', regionIds)).toEqual(noFilters);
  });

  it('writes the same address for the same choice, and nothing when both filters are off', () => {
    expect(serialiseFilters({ categories: ['health', 'business'], regions: ['kakheti'] }, regionIds)).toBe(
      '?category=business&category=health&region=kakheti',
    );
    expect(serialiseFilters(noFilters, regionIds)).toBe('');
  });

  it('round-trips: parse(serialise(filters)) gives the filters back', () => {
    const filters = { categories: ['employment' as const, 'documents-legal' as const], regions: ['guria', 'tbilisi'] };
    expect(parseFilters(serialiseFilters(filters, regionIds), regionIds)).toEqual(filters);
    expect(parseFilters(new URLSearchParams(serialiseFilters(filters, regionIds)), regionIds)).toEqual(filters);
  });
});
