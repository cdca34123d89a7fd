import { calendarDateProblem, fieldAsWritten } from './dates-as-written';
import type { LatLon } from '../geo/distance';
import { type RegionOutline, checkPointInRegion } from '../geo/point-in-region';
import { localeCodes } from '../../i18n/locales';

/** One thing wrong with the content, said so an editor can fix it. */
export interface ContentProblem {
  /** The file to open, relative to the project, e.g. `content/places/telavi.yaml`. */
  file: string;
  /** The field at fault, e.g. `region`. */
  field: string;
  /** What is wrong and how to fix it. */
  reason: string;
}

/** Thrown when content breaks a rule that spans files; the build stops with every problem listed. */
export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: field "${p.field}": ${p.reason}`).join('\n'),
    );
  }
}

/** The minimum the checks need to know about an entry. */
export interface EntryFacts {
  id: string;
  filePath?: string | undefined;
}

const fileOf = (e: EntryFacts, collection: string) => e.filePath ?? `content/${collection}/${e.id}`;

/**
 * Per-language collections (pages, news) must have every slug in every language.
 * Ids look like `ka/about`.
 *
 * @example missingTranslations([{ id: 'ka/about' }], 'pages') // problem: content/pages/en/about.mdx is missing
 */
export function missingTranslations(entries: EntryFacts[], collection: string): ContentProblem[] {
  const languagesBySlug = new Map<string, { langs: Set<string>; example: EntryFacts }>();
  for (const entry of entries) {
    const [lang, slug] = entry.id.split('/');
    if (lang === undefined || slug === undefined) continue;
    const known = languagesBySlug.get(slug) ?? { langs: new Set<string>(), example: entry };
    known.langs.add(lang);
    languagesBySlug.set(slug, known);
  }
  const problems: ContentProblem[] = [];
  for (const [slug, { langs, example }] of languagesBySlug) {
    for (const lang of localeCodes) {
      if (!langs.has(lang)) {
        problems.push({
          file: fileOf(example, collection),
          field: '(translation)',
          reason: `has no ${lang} translation: add content/${collection}/${lang}/${slug}.mdx (every page must exist in every language)`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every region id used by a place or program must exist in content/regions.yaml.
 */
export function unknownRegions(
  entries: Array<EntryFacts & { regions: string[] | 'all' }>,
  collection: string,
  field: string,
  regionIds: ReadonlySet<string>,
): ContentProblem[] {
  return entries.flatMap((entry) =>
    entry.regions === 'all'
      ? []
      : entry.regions
          .filter((r) => !regionIds.has(r))
          .map((r) => ({
            file: fileOf(entry, collection),
            field,
            reason: `unknown region "${r}". Use one of the ids in content/regions.yaml: ${[...regionIds].join(', ')}`,
          })),
  );
}

/**
 * Links between entries of one collection (e.g. related programs) must point to existing entries.
 */
export function unknownReferences(
  entries: Array<EntryFacts & { refs: string[] }>,
  collection: string,
  field: string,
): ContentProblem[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((entry) =>
    entry.refs
      .filter((ref) => !ids.has(ref))
      .map((ref) => ({
        file: fileOf(entry, collection),
        field,
        reason: `refers to "${ref}", but there is no content/${collection}/${ref}.yaml`,
      })),
  );
}

/**
 * Every place must offer a way to make contact: a phone number of its own, or
 * bodies in `contactVia` (content/bodies/) that can put a visitor in touch.
 *
 * @example unreachablePlaces([{ id: 'akhmeta-hub', hasPhone: false, via: [] }], new Set()) // one problem: no contact path
 */
export function unreachablePlaces(
  places: Array<EntryFacts & { hasPhone: boolean; via: string[]; officeOf?: string | undefined }>,
  bodyIds: ReadonlySet<string>,
): ContentProblem[] {
  return places.flatMap((place) => {
    const file = fileOf(place, 'places');
    const references = [...place.via.map((id) => ({ id, field: 'contactVia' })), ...(place.officeOf ? [{ id: place.officeOf, field: 'officeOf' }] : [])];
    const unknown = references
      .filter(({ id }) => !bodyIds.has(id))
      .map(({ id, field }) => ({
        file,
        field,
        reason: `refers to "${id}", but there is no content/bodies/${id}.yaml. Use one of: ${[...bodyIds].join(', ')}`,
      }));
    const missing =
      !place.hasPhone && place.via.length === 0
        ? [
            {
              file,
              field: 'contactVia',
              reason:
                'the place has no phone number, so list the bodies that can put a visitor in touch (e.g. contactVia: [iom-georgia]); a returnee must never reach a page with no way to make contact',
            },
          ]
        : [];
    return [...unknown, ...missing];
  });
}

/**
 * A place's point must lie in the region its file declares (within a few km of
 * the outline, for border towns and the simplified coast): coordinates copied
 * from another town are the usual cause. The reason names the region the point
 * is actually in.
 *
 * @example placesOutsideRegion([{ id: 'x', regionId: 'kakheti', point: kutaisi }], regions, outlines) // one problem: lies in Imereti
 */
export function placesOutsideRegion(
  places: Array<EntryFacts & { regionId: string; point: LatLon }>,
  regions: ReadonlyArray<{ id: string; iso: string; name: string }>,
  outlines: readonly RegionOutline[],
): ContentProblem[] {
  return places.flatMap((place) => {
    const declared = regions.find((r) => r.id === place.regionId);
    if (!declared) return []; // unknownRegions reports it
    const check = checkPointInRegion(place.point, declared.iso, outlines);
    if (check.ok) return [];
    const actual = regions.find((r) => r.iso === check.actual);
    const where = actual ? `in ${actual.name} (region: ${actual.id})` : 'outside every region of Georgia (at sea or abroad)';
    return [
      {
        file: fileOf(place, 'places'),
        field: 'location',
        reason: `the point (${place.point.lat}, ${place.point.lon}) lies ${where}, ${Math.round(check.distanceKm)} km from ${declared.name}, the file's region: check the coordinates (copied from another town?) or the region`,
      },
    ];
  });
}

/**
 * Every day written in a content file (`lastReviewed`, `published`) must be a
 * real date, as written, and not after today in Georgia.
 *
 * @param files each entry with its file's text
 */
export function datesAsWritten(files: Array<EntryFacts & { text: string }>, collection: string, fields: readonly string[], now: Date): ContentProblem[] {
  return files.flatMap((file) =>
    fields.flatMap((field) => {
      const value = fieldAsWritten(file.text, field);
      const reason = value === undefined ? undefined : calendarDateProblem(value, now);
      return reason ? [{ file: fileOf(file, collection), field, reason }] : [];
    }),
  );
}

/**
 * One phone number given for two different bodies or places is almost always a
 * copy-paste: a visitor would call the wrong office. A place may share numbers
 * with the body whose office it is (`officeOf`) or that it lists in `contactVia`.
 *
 * @param owners each file with its numbers and the body ids it may share them with
 */
export function sharedPhoneNumbers(
  owners: Array<EntryFacts & { collection: string; numbers: readonly string[]; sharesWith: readonly string[] }>,
): ContentProblem[] {
  const digits = (n: string) => n.replace(/\D/g, '').replace(/^995/, '');
  const seen = new Map<string, (typeof owners)[number]>();
  const problems: ContentProblem[] = [];
  for (const owner of owners) {
    for (const number of owner.numbers) {
      const key = digits(number);
      const first = seen.get(key);
      const allowed = first && (owner.sharesWith.includes(first.id) || first.sharesWith.includes(owner.id));
      if (first && first !== owner && !allowed) {
        problems.push({
          file: fileOf(owner, owner.collection),
          field: 'phones',
          reason: `${number} is also the number of ${fileOf(first, first.collection)}: check which of the two it belongs to (a place that is that body's own office says so with officeOf)`,
        });
      }
      if (!first) seen.set(key, owner);
    }
  }
  return problems;
}

/**
 * A program must not send visitors to ask at a place that is closed.
 */
export function askAtClosedPlaces(
  programs: Array<EntryFacts & { askPlaces: readonly string[] }>,
  closedPlaceIds: ReadonlySet<string>,
): ContentProblem[] {
  return programs.flatMap((program) =>
    program.askPlaces
      .filter((id) => closedPlaceIds.has(id))
      .map((id) => ({
        file: fileOf(program, 'programs'),
        field: 'ask.places',
        reason: `"${id}" is closed: remove it, or name an open place where a source says to ask`,
      })),
  );
}

/** Stops the build when there is any problem. */
export function assertNoProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
