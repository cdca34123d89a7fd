import { regionIdPattern } from '../content/fields';
import { georgiaBounds, locationPrecisions, placeStatuses, placeTypes } from '../content/vocabulary';
import { csvColumns } from './open-data';

/**
 * `/data/datapackage.json`: a Frictionless Data Package (Table Schema) that
 * describes the columns of `/data/hubs.csv` and their types, so data portals
 * (CKAN and others), spreadsheets and `frictionless validate` read the file
 * without guessing. https://datapackage.org/standard/table-schema/
 */

/** One column as Table Schema describes it. */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  format?: 'email' | 'uri';
  title: string;
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    /** Matches the whole value (Table Schema patterns are anchored, XML Schema style: no ^ or $). */
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

const text = (title: string, description: string, required = false): Omit<TableField, 'name'> => ({
  type: 'string',
  title,
  description,
  ...(required && { constraints: { required: true } }),
});
const link = (title: string, description: string, required = false): Omit<TableField, 'name'> => ({
  ...text(title, description, required),
  format: 'uri',
});
const listNote = 'A list separated by "; ".';

/** Every column of hubs.csv, described; the type makes leaving one out a compile error. */
const fields: Record<(typeof csvColumns)[number], Omit<TableField, 'name'>> = {
  id: {
    type: 'string',
    title: 'Id',
    description: 'The place’s id, also its page address: /ka/places/<id>/ and /en/places/<id>/.',
    constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
  },
  name_ka: text('Name (Georgian)', 'The place’s name in Georgian.', true),
  name_en: text('Name (English)', 'The place’s name in English.', true),
  type: { type: 'string', title: 'Type', description: 'Kind of place.', constraints: { required: true, enum: placeTypes } },
  status: {
    type: 'string',
    title: 'Status',
    description: 'open: receives visitors; planned: announced, not open yet; closed: no longer receives visitors.',
    constraints: { required: true, enum: placeStatuses },
  },
  confirmed: {
    type: 'string',
    title: 'Status confirmed',
    description: 'The date of the source that states the status: YYYY-MM, YYYY when it gives only the year, or unknown.',
    constraints: { required: true, pattern: '[0-9]{4}(-(0[1-9]|1[0-2]))?|unknown' },
  },
  caveat_ka: text('Caveat (Georgian)', 'How far to trust the record: the status with its date, and whether the point is only the town centre.', true),
  caveat_en: text('Caveat (English)', 'How far to trust the record: the status with its date, and whether the point is only the town centre.', true),
  region: {
    type: 'string',
    title: 'Region',
    description: 'Region id (one of Georgia’s 12 first-level regions, e.g. kakheti).',
    constraints: { required: true, pattern: regionIdPattern.source.replace(/^\^|\$$/g, '') },
  },
  town_ka: text('Town (Georgian)', 'The town or municipality the place serves, in Georgian.', true),
  town_en: text('Town (English)', 'The town or municipality the place serves, in English.', true),
  lat: {
    type: 'number',
    title: 'Latitude',
    description: 'WGS84 latitude in decimal degrees, at most 6 decimals.',
    constraints: { required: true, minimum: georgiaBounds.minLat, maximum: georgiaBounds.maxLat },
  },
  lon: {
    type: 'number',
    title: 'Longitude',
    description: 'WGS84 longitude in decimal degrees, at most 6 decimals.',
    constraints: { required: true, minimum: georgiaBounds.minLon, maximum: georgiaBounds.maxLon },
  },
  precision: {
    type: 'string',
    title: 'Position precision',
    description: 'building: the point is the building; town-centre: only the town centre is known.',
    constraints: { required: true, enum: locationPrecisions },
  },
  services: text('Services', `Help available at the place. ${listNote}`, true),
  address_ka: text('Address (Georgian)', 'Street address in Georgian, only when a source gives it.'),
  address_en: text('Address (English)', 'Street address in English, only when a source gives it.'),
  phones: text('Phones', `The place’s own phone numbers as dialled in Georgia, only when a source gives them. ${listNote}`),
  email: { type: 'string', format: 'email', title: 'E-mail', description: 'The place’s e-mail address, only when a source gives it.' },
  website: link('Website', 'The place’s own website.'),
  url_ka: link('Page (Georgian)', 'The place’s page on the portal, in Georgian.', true),
  url_en: link('Page (English)', 'The place’s page on the portal, in English.', true),
  sources: text('Sources', `Public sources of the facts about the place. ${listNote}`, true),
  last_reviewed: {
    type: 'date',
    title: 'Last reviewed',
    description: 'The day an editor last checked the record against its sources (YYYY-MM-DD).',
    constraints: { required: true },
  },
};

/** The fields of hubs.csv in column order. */
export const hubsCsvFields: TableField[] = csvColumns.map((name) => ({ name, ...fields[name] }));

/**
 * The data package descriptor.
 *
 * @param homepage the page that explains the open data (for municipalities, English)
 */
export function hubsDataPackage(homepage: string) {
  return {
    profile: 'tabular-data-package',
    name: 'returnee-portal-places',
    title: 'Returnee Portal: places where returning migrants can get help in Georgia',
    description:
      'One row per place, in Georgian and English, with its status and the date of the source that states it. Every place lists the public sources of its facts; when you reuse the data, name the portal and those sources.',
    homepage,
    resources: [
      {
        name: 'hubs',
        path: 'hubs.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: hubsCsvFields, primaryKey: ['id'], missingValues: [''] },
      },
    ],
  };
}
