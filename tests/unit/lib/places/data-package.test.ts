import { describe, expect, it } from 'vitest';
import { useTranslations } from '~/i18n/ui';
import { hubsCsvFields, hubsDataPackage } from '~/lib/places/data-package';
import { csvColumns, openPlaces, placesCsv } from '~/lib/places/open-data';
import { placeCaveat } from '~/lib/places/caveat';
import { siteSource } from '../hsds/support/site-source';
import { parseCsv } from './support/csv';
import { tableProblems } from './support/table-schema';

const site = 'https://portal.example.ge';
const now = new Date('2026-12-02T10:00:00Z');
const { places, bodies } = siteSource(site, now);
const csv = placesCsv(
  openPlaces(places, { siteUrl: site, bodies: new Map(bodies.map((b) => [b.id, b.data])), caveat: (p, l) => placeCaveat(p, l, now, useTranslations(l)) }),
);
const [header = [], ...rows] = parseCsv(csv);

describe('hubsDataPackage', () => {
  const descriptor = hubsDataPackage(`${site}/en/for-municipalities/#open-data`);
  const resource = descriptor.resources[0];

  it('describes every column of hubs.csv, in order, each with a type, a title and a description', () => {
    expect(resource?.schema.fields.map((f) => f.name)).toEqual([...csvColumns]);
    expect(header).toEqual([...csvColumns]);
    for (const field of hubsCsvFields) {
      expect(['string', 'number', 'integer', 'date']).toContain(field.type);
      expect(field.title.length * field.description.length, field.name).toBeGreaterThan(0);
    }
  });

  it('types and constraints that the site’s own hubs.csv meets, row by row', () => {
    expect(rows.length).toBeGreaterThan(5);
    expect(tableProblems(hubsCsvFields, header, rows)).toEqual([]);
  });

  it('would catch a value of the wrong type, a missing required one and an unknown status', () => {
    const broken = rows.map((row) => [...row]);
    const column = (name: string) => header.indexOf(name);
    const first = broken[0] ?? [];
    first[column('lat')] = '41,9';
    first[column('last_reviewed')] = '2026-11';
    first[column('status')] = 'Open';
    first[column('name_en')] = '';
    expect(tableProblems(hubsCsvFields, header, broken)).toEqual([
      expect.stringMatching(/name_en .*required/),
      expect.stringMatching(/status "Open": not one of/),
      expect.stringMatching(/lat "41,9": not a number/),
      expect.stringMatching(/last_reviewed "2026-11": not a date/),
    ]);
  });

  it('is a tabular data package whose resource points at hubs.csv beside it, keyed by id, with the CSV dialect the file uses', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(resource).toMatchObject({ path: 'hubs.csv', format: 'csv', encoding: 'utf-8', schema: { primaryKey: ['id'] } });
    expect(resource?.dialect.lineTerminator).toBe('\r\n');
    expect(csv.split('\n')[0]?.endsWith('\r')).toBe(true);
  });
});
