import { type CollectionEntry, getCollection } from 'astro:content';
import { regionOutlines } from '../geo/basemap-file';
import type { Locale } from '../../i18n/locales';
import { assertNoProblems, missingTranslations, unknownReferences, unknownRegions, unreachablePlaces, placesOutsideRegion, datesAsWritten, sharedPhoneNumbers, askAtClosedPlaces } from './integrity';
import { buildTime } from './build-time';
import { readFileSync } from 'node:fs';

export type PageEntry = CollectionEntry<'pages'>;
export type NewsEntry = CollectionEntry<'news'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type BodyEntry = CollectionEntry<'bodies'>;
export type ProgramEntry = CollectionEntry<'programs'>;
export type RegionEntry = CollectionEntry<'regions'>;

/** All content, checked across files once per build. */
export interface SiteContent {
  pages: PageEntry[];
  news: NewsEntry[];
  places: PlaceEntry[];
  bodies: BodyEntry[];
  /** Each body's data by id, for the contact paths of places. */
  bodiesById: ReadonlyMap<string, BodyEntry['data']>;
  programs: ProgramEntry[];
  regions: RegionEntry[];
}

let loaded: Promise<SiteContent> | undefined;

/**
 * Loads every collection and runs the cross-file checks (translations, region,
 * program and body references, a contact path for every place). Any problem stops the build with file, field and reason.
 */
export function loadSiteContent(): Promise<SiteContent> {
  loaded ??= (async () => {
    const [pages, news, places, bodies, programs, regions] = await Promise.all([
      getCollection('pages'),
      getCollection('news'),
      getCollection('places'),
      getCollection('bodies'),
      getCollection('programs'),
      getCollection('regions'),
    ]);
    const regionIds = new Set(regions.map((r) => r.id));
    assertNoProblems([
      ...missingTranslations(pages, 'pages'),
      ...missingTranslations(news, 'news'),
      ...unknownRegions(
        places.map((p) => ({ id: p.id, filePath: p.filePath, regions: [p.data.region] })),
        'places',
        'region',
        regionIds,
      ),
      ...unknownRegions(
        programs.map((p) => ({ id: p.id, filePath: p.filePath, regions: p.data.regions })),
        'programs',
        'regions',
        regionIds,
      ),
      ...unknownReferences(
        programs.map((p) => ({ id: p.id, filePath: p.filePath, refs: p.data.related ?? [] })),
        'programs',
        'related',
      ),
      ...unreachablePlaces(
        places.map((p) => ({ id: p.id, filePath: p.filePath, hasPhone: Boolean(p.data.phones?.length), via: p.data.contactVia ?? [], officeOf: p.data.officeOf })),
        new Set(bodies.map((b) => b.id)),
      ),
      ...[places, bodies, programs].flatMap((entries, i) =>
        datesAsWritten(withText(entries), ['places', 'bodies', 'programs'][i] ?? '', ['lastReviewed'], buildTime),
      ),
      ...datesAsWritten(withText(news), 'news', ['published'], buildTime),
      ...sharedPhoneNumbers([
        ...places.map((p) => ({
          id: p.id,
          filePath: p.filePath,
          collection: 'places',
          numbers: p.data.phones?.map((ph) => ph.number) ?? [],
          sharesWith: [...(p.data.contactVia ?? []), ...(p.data.officeOf ? [p.data.officeOf] : [])],
        })),
        ...bodies.map((b) => ({ id: b.id, filePath: b.filePath, collection: 'bodies', numbers: b.data.phones?.map((ph) => ph.number) ?? [], sharesWith: [] })),
      ]),
      ...askAtClosedPlaces(
        programs.map((p) => ({ id: p.id, filePath: p.filePath, askPlaces: p.data.ask?.places ?? [] })),
        new Set(places.filter((p) => p.data.status === 'closed').map((p) => p.id)),
      ),
      ...placesOutsideRegion(
        places.map((p) => ({ id: p.id, filePath: p.filePath, regionId: p.data.region, point: p.data.location })),
        regions.map((r) => ({ id: r.id, iso: r.data.iso, name: r.data.name.en })),
        regionOutlines(),
      ),
    ]);
    const bodiesById = new Map(bodies.map((b) => [b.id, b.data]));
    return { pages, news, places, bodies, bodiesById, programs, regions };
  })();
  return loaded;
}

/** Entries with the text of their file, for checks that read what the editor wrote. */
const withText = (entries: ReadonlyArray<{ id: string; filePath?: string | undefined }>) =>
  entries.flatMap((e) => (e.filePath ? [{ id: e.id, filePath: e.filePath, text: readFileSync(e.filePath, 'utf8') }] : []));

/** The slug of a per-language entry: `ka/about` → `about`. */
export const slugOf = (entry: { id: string }) => entry.id.split('/')[1] ?? entry.id;

/** Pages and news of one language. */
export const inLanguage = <T extends { id: string }>(entries: T[], locale: Locale) =>
  entries.filter((e) => e.id.startsWith(`${locale}/`));

/**
 * News of one language, newest first; articles without a known date come last.
 */
export function newsNewestFirst(news: NewsEntry[], locale: Locale): NewsEntry[] {
  const time = (n: NewsEntry) => n.data.published?.getTime() ?? Number.MIN_SAFE_INTEGER;
  return inLanguage(news, locale).sort((a, b) => time(b) - time(a));
}
