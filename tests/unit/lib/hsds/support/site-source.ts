import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { type Body, type Place, type Program, type Region, bodySchema, placeSchema, programSchema, regionSchema } from '~/lib/content/schemas';
import type { Entry, HsdsSource } from '~/lib/hsds/feed';

/** The repository's content folder. */
const contentDir = new URL('../../../../../content/', import.meta.url);

/** Every file of a content folder, parsed with its schema as the build does, by file name. */
function collection<T>(folder: string, schema: { parse: (data: unknown) => T }): Array<Entry<T>> {
  const dir = new URL(`${folder}/`, contentDir);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ id: name.replace(/\.[a-z]+$/, ''), data: schema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))) }));
}

/** The site's real content, read without Astro, as the HSDS feed takes it. */
export function siteSource(siteUrl: string, now: Date): HsdsSource {
  const regions = (parse(readFileSync(new URL('regions.yaml', contentDir), 'utf8')) as unknown[]).map((r) => {
    const data: Region = regionSchema.parse(r);
    return { id: data.id, data };
  });
  return {
    places: collection<Place>('places', placeSchema),
    bodies: collection<Body>('bodies', bodySchema),
    programs: collection<Program>('programs', programSchema),
    regions,
    siteUrl,
    now,
  };
}

/** Slugs (file names) of a content folder, sorted. */
export function contentSlugs(folder: 'places' | 'bodies' | 'programs'): string[] {
  return readdirSync(new URL(`${folder}/`, contentDir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.[a-z]+$/, ''))
    .sort();
}
