import type { PlaceStatus, PlaceType } from '../content/vocabulary';

/** What the type/status filters let through: a place shows when both its type and status are chosen. */
export interface PlaceFilter {
  types: ReadonlySet<PlaceType>;
  statuses: ReadonlySet<PlaceStatus>;
}

/**
 * True when a place passes the filter.
 *
 * @example matchesFilter({ type: 'iom-office', status: 'open' }, { types: new Set(['iom-office']), statuses: new Set(['open']) }) // true
 */
export function matchesFilter(place: { type: PlaceType; status: PlaceStatus }, filter: PlaceFilter): boolean {
  return filter.types.has(place.type) && filter.statuses.has(place.status);
}

/**
 * The values of one field that occur in the places, in vocabulary order: the
 * filter offers only choices that would show something.
 *
 * @example valuesInUse(['open', 'planned'], [{ status: 'open' }], (p) => p.status) // ['open']
 */
export function valuesInUse<V extends string, P>(vocabulary: readonly V[], places: readonly P[], field: (place: P) => V): V[] {
  const used = new Set(places.map(field));
  return vocabulary.filter((v) => used.has(v));
}
