import { describe, expect, it } from 'vitest';
import { groupByRegion } from '../../../../src/lib/content/grouping';

describe('groupByRegion', () => {
  const regions = [{ id: 'adjara' }, { id: 'guria' }, { id: 'kakheti' }];
  it('keeps the regions order and leaves out empty regions', () => {
    const items = [
      { id: 'telavi', region: 'kakheti' },
      { id: 'ozurgeti', region: 'guria' },
      { id: 'akhmeta', region: 'kakheti' },
    ];
    expect(groupByRegion(items, regions, (i) => i.region)).toEqual([
      { region: { id: 'guria' }, items: [{ id: 'ozurgeti', region: 'guria' }] },
      {
        region: { id: 'kakheti' },
        items: [
          { id: 'telavi', region: 'kakheti' },
          { id: 'akhmeta', region: 'kakheti' },
        ],
      },
    ]);
  });
  it('returns nothing for no items', () => {
    expect(groupByRegion([], regions, () => 'guria')).toEqual([]);
  });
});
