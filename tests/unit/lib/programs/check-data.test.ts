import { describe, expect, it } from 'vitest';
import towns from '../../../../src/data/gazetteer.json';
import { checkRegions } from '../../../../src/lib/programs/check-data';
import { readRegions } from './support/program-files';

describe('checkRegions', () => {
  it('gives every one of Georgia’s 12 regions a centre inside the region’s own towns’ extent', () => {
    const regions = checkRegions(
      readRegions().map((r) => ({ id: r.id, iso: r.iso, name: r.name.en })),
      towns,
    );
    expect(regions).toHaveLength(12);
    for (const region of regions) {
      const own = towns.filter((t) => t.region === region.iso);
      expect(region.centre, region.id).toBeDefined();
      expect(region.centre!.lat).toBeGreaterThanOrEqual(Math.min(...own.map((t) => t.lat)));
      expect(region.centre!.lat).toBeLessThanOrEqual(Math.max(...own.map((t) => t.lat)));
      expect(region.centre!.lon).toBeGreaterThanOrEqual(Math.min(...own.map((t) => t.lon)));
      expect(region.centre!.lon).toBeLessThanOrEqual(Math.max(...own.map((t) => t.lon)));
    }
  });
});
