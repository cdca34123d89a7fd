/**
 * Groups items under the regions they belong to, in the order of the regions
 * list, leaving out regions with no items.
 *
 * @example groupByRegion([{ region: 'guria' }], [{ id: 'adjara' }, { id: 'guria' }], (i) => i.region)
 * // [{ region: { id: 'guria' }, items: [{ region: 'guria' }] }]
 */
export function groupByRegion<T, R extends { id: string }>(
  items: T[],
  regions: R[],
  regionOf: (item: T) => string,
): Array<{ region: R; items: T[] }> {
  return regions
    .map((region) => ({ region, items: items.filter((item) => regionOf(item) === region.id) }))
    .filter((group) => group.items.length > 0);
}
