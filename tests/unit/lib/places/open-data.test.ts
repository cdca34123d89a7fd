import { describe, expect, it } from 'vitest';
import type { Body, Place } from '~/lib/content/schemas';
import { csvColumns, csvField, openPlaces, placesCsv, placesGeoJson, placesJson } from '~/lib/places/open-data';
import { parseCsv } from './support/csv';
import { telaviPlace } from './support/place';

const site = 'https://portal.example.ge';

const telavi: Place = {
  ...telaviPlace,
  name: { ka: 'თელავის მუნიციპალური სერვის ჰაბი', en: 'Telavi municipal service hub' },
  services: ['information', 'counselling'],
  confirmed: { year: 2024 },
  contactVia: ['telavi-municipality'],
};
const telaviMunicipality: Body = {
  name: { ka: 'თელავის მუნიციპალიტეტი', en: 'Telavi Municipality' },
  kind: 'municipality',
  phones: [{ number: '+995 574 17 96 23', label: { ka: 'ცხელი ხაზი', en: 'hotline' }, confirmed: { year: 2020, month: 4 } }],
  website: 'http://www.telavi.gov.ge',
  sources: ['http://www.telavi.gov.ge/ge/news/all/5'],
  lastReviewed: new Date('2026-12-02'),
};
const { contactVia: _telaviVia, ...telaviOwnContacts } = telavi;
const tbilisi: Place = {
  ...telaviOwnContacts,
  name: { ka: 'IOM, თბილისი', en: 'IOM "central" office, Tbilisi' },
  type: 'iom-office',
  region: 'tbilisi',
  town: { ka: 'თბილისი', en: 'Tbilisi' },
  location: { lat: 41.72251234567, lon: 44.7925, precision: 'building' },
  confirmed: { year: 2026, month: 11 },
  address: { ka: 'აბულაძის ქ. 12,\nთბილისი', en: '12 Abuladze St, Tbilisi', confirmed: { year: 2020, month: 4 } },
  phones: [{ number: '+995 32 2 25 22 16', confirmed: { year: 2022 } }, { number: '1505', confirmed: { year: 2026, month: 11 } }],
  website: 'https://georgia.iom.int',
  hours: [{ days: ['mon'], opens: '09:00', closes: '18:00' }],
  sources: ['https://a.example/1', 'https://b.example/2'],
};
const places = openPlaces(
  [
    { id: 'telavi-service-hub', data: telavi },
    { id: 'iom-tbilisi', data: tbilisi },
  ],
  {
    siteUrl: site,
    bodies: new Map([['telavi-municipality', telaviMunicipality]]),
    caveat: (place, locale) => `${locale}: ${place.status} ${JSON.stringify(place.confirmed)}`,
  },
);

describe('openPlaces', () => {
  it('sorts by id, adds both page addresses, rounds coordinates to 6 decimals and leaves out fields the content lacks', () => {
    expect(places.map((p) => p.id)).toEqual(['iom-tbilisi', 'telavi-service-hub']);
    expect(places[0]?.url).toEqual({ ka: `${site}/ka/places/iom-tbilisi/`, en: `${site}/en/places/iom-tbilisi/` });
    expect(places[0]?.location.lat).toBe(41.722512);
    expect(places[0]?.lastReviewed).toBe('2026-11-25');
    expect(places[1]).not.toHaveProperty('phones');
    expect(places[1]).not.toHaveProperty('hours');
    expect(places[1]).not.toHaveProperty('address');
  });

  it('carries each place’s confirmation date and caveat, dated contacts, and the bodies that can put a visitor in touch', () => {
    expect(places[0]).toMatchObject({
      confirmed: '2026-11',
      address: { en: '12 Abuladze St, Tbilisi', confirmed: '2020-04' },
      phones: [{ number: '+995 32 2 25 22 16', confirmed: '2022' }, { number: '1505', confirmed: '2026-11' }],
    });
    expect(places[1]).toMatchObject({ confirmed: '2024', caveat: { ka: 'ka: open {"year":2024}', en: 'en: open {"year":2024}' } });
    expect(places[1]?.contactVia).toEqual([
      {
        id: 'telavi-municipality',
        name: telaviMunicipality.name,
        phones: [{ number: '+995 574 17 96 23', label: { ka: 'ცხელი ხაზი', en: 'hotline' }, confirmed: '2020-04' }],
        website: 'http://www.telavi.gov.ge',
      },
    ]);
  });
});

describe('placesJson', () => {
  it('is parseable JSON with the count, a documentation link and every place in both languages', () => {
    const parsed = JSON.parse(placesJson(places, `${site}/en/for-municipalities/`));
    expect(Object.keys(parsed)).toEqual(['documentation', 'count', 'places']);
    expect(parsed.count).toBe(2);
    expect(parsed.places[1].name).toEqual(telavi.name);
    expect(parsed.places[0].hours).toEqual(tbilisi.hours);
  });
});

describe('placesGeoJson (RFC 7946)', () => {
  const collection = placesGeoJson(places);

  it('is a FeatureCollection with only members RFC 7946 defines at the top (no crs)', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(Object.keys(collection).sort()).toEqual(['features', 'type']);
    expect(JSON.stringify(collection)).not.toContain('"crs"');
  });

  it('has one Point feature per place with [longitude, latitude] in range and at most 6 decimals', () => {
    expect(collection.features).toHaveLength(2);
    for (const [i, feature] of collection.features.entries()) {
      expect(Object.keys(feature).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat, ...rest] = feature.geometry.coordinates;
      expect(rest).toEqual([]);
      expect(lon).toBe(places[i]?.location.lon);
      expect(lat).toBe(places[i]?.location.lat);
      expect(Math.abs(lon ?? NaN)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat ?? NaN)).toBeLessThanOrEqual(90);
      for (const c of [lon, lat]) expect(String(c)).toMatch(/^-?\d+(\.\d{1,6})?$/);
    }
    expect(collection.features[0]?.geometry.coordinates).toEqual([44.7925, 41.722512]);
  });

  it('carries names, type, status, precision, page addresses and services as properties', () => {
    expect(collection.features[1]?.properties).toMatchObject({
      name_ka: telavi.name.ka,
      name_en: telavi.name.en,
      type: 'service-hub',
      status: 'open',
      precision: 'town-centre',
      url_ka: `${site}/ka/places/telavi-service-hub/`,
      url_en: `${site}/en/places/telavi-service-hub/`,
      services: ['information', 'counselling'],
      confirmed: '2024',
      caveat_en: 'en: open {"year":2024}',
      caveat_ka: 'ka: open {"year":2024}',
    });
  });
});

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Telavi')).toBe('Telavi');
    expect(csvField('თელავი')).toBe('თელავი');
    expect(csvField('12 Abuladze St, Tbilisi')).toBe('"12 Abuladze St, Tbilisi"');
    expect(csvField('IOM "central" office')).toBe('"IOM ""central"" office"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(41.9192)).toBe('41.9192');
  });
});

describe('placesCsv', () => {
  const csv = placesCsv(places);

  it('starts with the header row and ends every record with CRLF', () => {
    expect(csv.startsWith(`${csvColumns.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through an RFC 4180 reader, commas, quotes and line breaks included', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...csvColumns]);
    expect(rows).toHaveLength(2);
    const tbilisiRow = Object.fromEntries(csvColumns.map((c, i) => [c, rows[0]?.[i]]));
    expect(tbilisiRow).toMatchObject({
      id: 'iom-tbilisi',
      name_en: 'IOM "central" office, Tbilisi',
      address_ka: 'აბულაძის ქ. 12,\nთბილისი',
      lat: '41.722512',
      lon: '44.7925',
      phones: '+995 32 2 25 22 16; 1505',
      sources: 'https://a.example/1; https://b.example/2',
      url_en: `${site}/en/places/iom-tbilisi/`,
      confirmed: '2026-11',
      caveat_en: 'en: open {"year":2026,"month":11}',
    });
    expect(rows[1]?.[csvColumns.indexOf('phones')]).toBe('');
  });
});
