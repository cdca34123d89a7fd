import { type ProgramCategory, programCategories } from '../content/vocabulary';

/**
 * Filters of the programs page: by category and by region, with a count for
 * every option, kept in the address (`?category=business&region=kakheti`) so a
 * filtered list can be shared. Pure: the page's custom element calls these
 * with the data rendered at build time.
 */

/** What the filters need to know about a program. */
export interface FilterableProgram {
  id: string;
  categories: readonly ProgramCategory[];
  /** Region ids the program serves, or `all` for the whole country. */
  regions: 'all' | readonly string[];
}

/** The chosen options. An empty list means "any": that filter is off. */
export interface ProgramFilters {
  categories: ProgramCategory[];
  regions: string[];
}

/** Both filters off: every program is shown. */
export const noFilters: ProgramFilters = { categories: [], regions: [] };

/** Query parameter names; the same as the names of the filter checkboxes. */
export const filterParams = { category: 'category', region: 'region' } as const;

/** Whether a program serves a region (nationwide programs serve every region). */
export function servesRegion(program: FilterableProgram, regionId: string): boolean {
  return program.regions === 'all' || program.regions.includes(regionId);
}

/** Whether a program passes the category filter: it has one of the chosen categories, or none is chosen. */
function inCategories(program: FilterableProgram, categories: readonly ProgramCategory[]): boolean {
  return categories.length === 0 || categories.some((c) => program.categories.includes(c));
}

/** Whether a program passes the region filter: it serves one of the chosen regions, or none is chosen. */
function inRegions(program: FilterableProgram, regions: readonly string[]): boolean {
  return regions.length === 0 || regions.some((r) => servesRegion(program, r));
}

/**
 * The programs that pass both filters, in input order. Within a filter the
 * options are alternatives (business OR training); the two filters combine
 * (business AND serves Kakheti).
 *
 * @example filterPrograms(programs, { categories: ['business'], regions: ['kakheti'] })
 */
export function filterPrograms<T extends FilterableProgram>(programs: readonly T[], filters: ProgramFilters): T[] {
  return programs.filter((p) => inCategories(p, filters.categories) && inRegions(p, filters.regions));
}

/** How many programs each option would show, and how many the current filters show. */
export interface FilterCounts {
  /** Programs with this category that pass the region filter. */
  categories: Record<ProgramCategory, number>;
  /** Programs serving this region that pass the category filter. */
  regions: Record<string, number>;
  /** Programs passing both filters. */
  total: number;
}

/**
 * A count for every option, the way faceted filters count: an option's number
 * is how many programs that option alone would show together with the *other*
 * filter's current choice. So ticking "Business (4)" while no region is chosen
 * shows 4 programs.
 *
 * @example countOptions(programs, noFilters, ['kakheti']).categories.business // 4
 */
export function countOptions(
  programs: readonly FilterableProgram[],
  filters: ProgramFilters,
  regionIds: readonly string[],
): FilterCounts {
  const byRegion = programs.filter((p) => inRegions(p, filters.regions));
  const byCategory = programs.filter((p) => inCategories(p, filters.categories));
  const categories = Object.fromEntries(
    programCategories.map((c) => [c, byRegion.filter((p) => p.categories.includes(c)).length]),
  ) as Record<ProgramCategory, number>;
  const regions = Object.fromEntries(regionIds.map((r) => [r, byCategory.filter((p) => servesRegion(p, r)).length]));
  return { categories, regions, total: filterPrograms(programs, filters).length };
}

/** Values of one repeated parameter, also accepting comma-separated lists (`?category=business,health`). */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** `values` that are in `known`, each once, in the order of `known`. */
function knownValues<T extends string>(values: readonly string[], known: readonly T[]): T[] {
  return known.filter((k) => values.includes(k));
}

/**
 * Reads the filters from a query string. Unknown categories or regions (an old
 * or mistyped link) are ignored rather than emptying the list.
 *
 * @example parseFilters('?category=business&region=kakheti', regionIds) // { categories: ['business'], regions: ['kakheti'] }
 */
export function parseFilters(search: string | URLSearchParams, regionIds: readonly string[]): ProgramFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    categories: knownValues(listParam(params, filterParams.category), programCategories),
    regions: knownValues(listParam(params, filterParams.region), regionIds),
  };
}

/**
 * The query string for the filters, `?…` or `''` when both are off. Repeated
 * parameters, in vocabulary order, so the same choice always gives the same address.
 *
 * @example serialiseFilters({ categories: ['business'], regions: ['kakheti'] }) // '?category=business&region=kakheti'
 */
export function serialiseFilters(filters: ProgramFilters, regionIds?: readonly string[]): string {
  const params = new URLSearchParams();
  for (const c of knownValues(filters.categories, programCategories)) params.append(filterParams.category, c);
  const regions = regionIds ? knownValues(filters.regions, regionIds) : [...new Set(filters.regions)];
  for (const r of regions) params.append(filterParams.region, r);
  const query = params.toString();
  return query ? `?${query}` : '';
}
