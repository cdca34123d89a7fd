import type { PlaceFilter } from '../lib/places/place-filter';

/**
 * The current type/status filter, shared by the filter controls, the list and
 * the map (which loads later and asks for the filter then).
 */
let current: PlaceFilter | undefined;
const listeners = new Set<(filter: PlaceFilter) => void>();

/** Sets the filter and tells every listener. */
export function setFilter(filter: PlaceFilter): void {
  current = filter;
  for (const listener of listeners) listener(filter);
}

/** Calls `listener` now (when a filter is set) and on every change. */
export function onFilter(listener: (filter: PlaceFilter) => void): void {
  listeners.add(listener);
  if (current) listener(current);
}
