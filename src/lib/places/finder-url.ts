import { withParam } from '../url-state/query';

/**
 * The nearest-place finder keeps the chosen town in the address (`?from=ozurgeti`,
 * a gazetteer id) so a result can be shared and bookmarked. A position from the
 * device's location is never written to the address.
 */

/** The query parameter that holds the chosen town's gazetteer id. */
export const FROM_PARAM = 'from';

/** Gazetteer ids are lower-case ASCII words joined by hyphens. */
const townId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The town id in a query string, or undefined when there is none or it is not
 * a well-formed id (whether the town exists is the gazetteer's question).
 *
 * @example readFrom('?from=Ozurgeti') // 'ozurgeti'
 */
export function readFrom(search: string): string | undefined {
  const value = new URLSearchParams(search).get(FROM_PARAM)?.trim().toLowerCase();
  return value && townId.test(value) ? value : undefined;
}

/**
 * The same address with `from` set to a town id, or removed when `id` is
 * undefined. Other parameters, the path and the fragment are kept.
 *
 * @example withFrom('/ka/places/#finder', 'ozurgeti') // '/ka/places/?from=ozurgeti#finder'
 */
export function withFrom(href: string, id: string | undefined): string {
  return withParam(href, FROM_PARAM, id);
}
