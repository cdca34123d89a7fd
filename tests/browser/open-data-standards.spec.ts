import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { hsdsId } from '../../src/lib/hsds/ids';
import { hubsCsvFields } from '../../src/lib/places/data-package';
import { hsdsFileProblems } from '../unit/lib/hsds/support/hsds-schemas';
import { contentSlugs } from '../unit/lib/hsds/support/site-source';
import { parseCsv } from '../unit/lib/places/support/csv';
import { tableProblems } from '../unit/lib/places/support/table-schema';
import { distDir } from './support/site';

/**
 * The built site's open data in the sector's standards: the HSDS 3.0 feeds
 * under /data/hsds/<lang>/ and the data package that describes hubs.csv, as a
 * consumer fetches them.
 */

const baseUrl = inject('baseUrl');

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(baseUrl + path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
  return response.json();
}

/** Paths of every file of one language's feed in the build, below /data/hsds/<lang>/. */
const feedFiles = (locale: string) =>
  (readdirSync(`${distDir}/data/hsds/${locale}`, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(`${distDir}/data/hsds/${locale}/`.length))
    .sort();

type Page = { total_items: number; contents: Array<{ id: string }> };

describe('HSDS 3.0 feeds', () => {
  it.each(localeCodes)('every file of /data/hsds/%s/ is served as JSON and meets the HSDS 3.0.0 schemas', async (locale) => {
    const files = feedFiles(locale);
    expect(files).toEqual(expect.arrayContaining(['index.json', 'services.json', 'organizations.json', 'locations.json', 'service_at_locations.json']));
    const problems: string[] = [];
    for (const file of files) problems.push(...hsdsFileProblems(file, await getJson(`/data/hsds/${locale}/${file}`)));
    expect(problems).toEqual([]);
  });

  it('has the same files, so the same ids, in every language, each the UUIDv5 of a content slug', async () => {
    const [first, ...others] = localeCodes.map(feedFiles);
    for (const files of others) expect(files).toEqual(first);
    for (const locale of localeCodes) {
      const ids = async (list: string) => ((await getJson(`/data/hsds/${locale}/${list}`)) as Page).contents.map((c) => c.id).sort();
      expect(await ids('locations.json')).toEqual(contentSlugs('places').map(hsdsId.location).sort());
      expect(await ids('services.json')).toEqual([...contentSlugs('places').map(hsdsId.placeService), ...contentSlugs('programs').map(hsdsId.programService)].sort());
      expect(await ids('organizations.json')).toEqual([...contentSlugs('bodies').map(hsdsId.organization), ...contentSlugs('programs').map(hsdsId.provider)].sort());
    }
  });

  it('lists each service with a file of its own that holds its locations', async () => {
    const services = (await getJson('/data/hsds/en/services.json')) as Page;
    expect(services.total_items).toBe(services.contents.length);
    const telavi = (await getJson(`/data/hsds/en/services/${hsdsId.placeService('telavi-service-hub')}.json`)) as {
      status: string;
      service_at_locations: Array<{ location: { id: string; latitude: number } }>;
    };
    expect(telavi.status).toBe('active');
    expect(telavi.service_at_locations[0]?.location.id).toBe(hsdsId.location('telavi-service-hub'));
  });
});

describe('the for-municipalities page', () => {
  it.each(localeCodes)('in %s links to the feed of its language, every language’s feed and the data package, all served', async (locale) => {
    const html = await (await fetch(`${baseUrl}/${locale}/for-municipalities/`)).text();
    const list = /<ul[^>]*data-hsds-files[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const files = [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(files).toEqual(['index.json', 'services.json', 'organizations.json', 'locations.json', 'service_at_locations.json'].map((f) => `/data/hsds/${locale}/${f}`));
    for (const code of localeCodes) expect(html).toContain(`href="/data/hsds/${code}/index.json"`);
    expect(html).toContain('href="/data/datapackage.json"');
    for (const href of [...files, '/data/datapackage.json']) expect((await fetch(baseUrl + href)).status, href).toBe(200);
  });
});

describe('/data/datapackage.json', () => {
  it('describes every column of /data/hubs.csv with a type its values meet', async () => {
    const descriptor = (await getJson('/data/datapackage.json')) as { resources: Array<{ path: string; schema: { fields: typeof hubsCsvFields } }> };
    const [resource] = descriptor.resources;
    expect(resource?.path).toBe('hubs.csv');
    const response = await fetch(new URL(resource?.path ?? '', `${baseUrl}/data/datapackage.json`));
    const [header = [], ...rows] = parseCsv(await response.text());
    expect(rows.length).toBeGreaterThan(0);
    expect(tableProblems(resource?.schema.fields ?? [], header, rows)).toEqual([]);
  });
});
