/**
 * What a search is, as it travels in the search page's address
 * (`/ka/search/?q=ბათუმი&type=place&region=adjara`): the query and the two
 * filters. Reading and writing the same object keeps a search shareable.
 */

/** The kinds of page search tells apart (a Pagefind filter and metadata field). */
export const searchTypes = ['place', 'program', 'news', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** A search: the text typed and the optional filters. */
export interface SearchQuery {
  q: string;
  type?: SearchType;
  region?: string;
  /** Search the words exactly as typed, without correcting a word that matches nothing (`typed=1`: "search instead for …"). */
  typed?: true;
}

function isSearchType(value: string): value is SearchType {
  return (searchTypes as readonly string[]).includes(value);
}

/**
 * Read a search from an address's query string (or the search form's fields). Unknown types and regions
 * (not in `regionIds`) are dropped rather than giving an empty result; `typed=1` asks for the words as typed.
 *
 * @example parseSearchQuery('?q=batumi&type=place', ['adjara']) // { q: 'batumi', type: 'place' }
 */
export function parseSearchQuery(search: string | URLSearchParams, regionIds: readonly string[]): SearchQuery {
  const params = new URLSearchParams(search);
  const query: SearchQuery = { q: (params.get('q') ?? '').trim() };
  const type = params.get('type') ?? '';
  const region = params.get('region') ?? '';
  if (isSearchType(type)) query.type = type;
  if (regionIds.includes(region)) query.region = region;
  if (params.get('typed') === '1') query.typed = true;
  return query;
}

/**
 * The query string for a search, without empty parts.
 *
 * @example serialiseSearchQuery({ q: 'ბათუმი', region: 'adjara' }) // '?q=%E1%83%91...&region=adjara'
 */
export function serialiseSearchQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  if (query.type !== undefined) params.set('type', query.type);
  if (query.region !== undefined) params.set('region', query.region);
  if (query.typed === true) params.set('typed', '1');
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** The Pagefind `filters` option for a search's filters (empty object: no filter). */
export function pagefindFilters(query: SearchQuery): Record<string, string> {
  const filters: Record<string, string> = {};
  if (query.type !== undefined) filters['type'] = query.type;
  if (query.region !== undefined) filters['region'] = query.region;
  return filters;
}
