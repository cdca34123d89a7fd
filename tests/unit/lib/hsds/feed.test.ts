import { describe, expect, it } from 'vitest';
import { localeCodes } from '~/i18n/locales';
import { useTranslations } from '~/i18n/ui';
import type { Body, Place, Program } from '~/lib/content/schemas';
import { type HsdsObject, type HsdsPage, type HsdsSource, hsdsFeed, sourceDateTime } from '~/lib/hsds/feed';
import { hsdsId } from '~/lib/hsds/ids';
import { telaviPlace } from '../places/support/place';
import { hsdsFileProblems } from './support/hsds-schemas';
import { contentSlugs, siteSource } from './support/site-source';

const site = 'https://portal.example.ge';
const now = new Date('2026-12-02T10:00:00Z');
const feed = (source: HsdsSource, locale: (typeof localeCodes)[number] = 'en') => hsdsFeed(source, locale, useTranslations(locale));
const json = (files: Map<string, unknown>, path: string) => files.get(path) as HsdsObject;
const page = (files: Map<string, unknown>, path: string) => files.get(path) as HsdsPage;

describe('hsdsFeed over the site’s content', () => {
  const source = siteSource(site, now);
  const feeds = localeCodes.map((locale) => ({ locale, files: feed(source, locale) }));

  it.each(feeds.map((f) => [f.locale, f.files] as const))('every %s file meets the HSDS 3.0.0 schemas', (_locale, files) => {
    expect(files.size).toBeGreaterThan(40);
    expect([...files].flatMap(([path, data]) => hsdsFileProblems(path, data))).toEqual([]);
  });

  it('gives each place, body and programme the UUIDv5 of its slug, the same in every language and at any build time', () => {
    const [first, ...others] = feeds.map((f) => f.files);
    const paths = [...(first?.keys() ?? [])].sort();
    for (const files of others) expect([...files.keys()].sort()).toEqual(paths);
    expect([...feed({ ...source, now: new Date('2027-06-30T00:00:00Z') }).keys()].sort()).toEqual(paths);
    const ids = (path: string) => page(first ?? new Map(), path).contents.map((c) => c.id).sort();
    expect(ids('locations.json')).toEqual(contentSlugs('places').map(hsdsId.location).sort());
    expect(ids('organizations.json')).toEqual([...contentSlugs('bodies').map(hsdsId.organization), ...contentSlugs('programs').map(hsdsId.provider)].sort());
    expect(ids('services.json')).toEqual([...contentSlugs('places').map(hsdsId.placeService), ...contentSlugs('programs').map(hsdsId.programService)].sort());
    // Pinned (Python's uuid.uuid5 gives the same): a new namespace or naming scheme would change every id consumers keep.
    expect(hsdsId.location('telavi-service-hub')).toBe('9fcc255f-3c2c-5e5c-b499-4829fc8403f2');
  });

  it('writes Georgian texts in the Georgian feed and English in the English one', () => {
    const id = hsdsId.location('telavi-service-hub');
    const [ka, en] = localeCodes.map((l) => json(feeds.find((f) => f.locale === l)?.files ?? new Map(), `locations/${id}.json`));
    expect(ka?.['name']).toBe('თელავის მუნიციპალური სერვის ჰაბი');
    expect(en?.['name']).toBe('Telavi municipal service hub');
  });

  it('lists one-to-one fields only, with the service’s organization and program, as HSDS list endpoints do', () => {
    const en = feeds.find((f) => f.locale === 'en')?.files ?? new Map();
    const services = page(en, 'services.json');
    expect(services).toMatchObject({ total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    expect(services.total_items).toBe(services.contents.length);
    for (const s of services.contents) {
      expect(Object.entries(s).filter(([, v]) => Array.isArray(v))).toEqual([]);
      expect(en.has(`services/${s.id}.json`)).toBe(true);
    }
  });
});

describe('hsdsFeed mapping', () => {
  const hub: Place = {
    ...telaviPlace,
    confirmed: { year: 2024, month: 3 },
    contactVia: ['telavi-municipality'],
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '18:00' }],
    address: { ka: 'ერეკლე II-ის ქ. 1, თელავი', en: '1 Erekle II St, Telavi', confirmed: { year: 2024 } },
  };
  const municipality: Body = {
    name: { ka: 'თელავის მუნიციპალიტეტი', en: 'Telavi Municipality' },
    kind: 'municipality',
    phones: [{ number: '+995 574 17 96 23', confirmed: { year: 2020, month: 4 } }],
    sources: ['https://example.org'],
    lastReviewed: new Date('2026-12-01'),
  };
  const programme: Program = {
    title: { ka: 'პროგრამა', en: 'A programme' },
    provider: { ka: 'სააგენტო', en: 'The Agency' },
    categories: ['business'],
    regions: ['kakheti'],
    tagline: { ka: 'მოკლედ.', en: 'In short.' },
    summary: { ka: 'შეჯამება.', en: 'Summary.' },
    eligibility: { ka: ['პირობა.'], en: ['You came back.'] },
    benefits: { ka: ['გრანტი.'], en: ['A grant.'] },
    howToApply: { ka: ['ერთი.', 'ორი.'], en: ['Call.', 'Apply.'] },
    ask: { text: { ka: 'ჰკითხეთ.', en: 'Ask at the hub.' }, places: ['telavi-hub'] },
    rules: { needs: { anyOf: ['business'], explain: { ka: 'ბიზნესი.', en: 'Business.' } } },
    sources: ['https://example.org'],
    lastReviewed: new Date('2026-11-25'),
  };
  const source: HsdsSource = {
    places: [
      { id: 'telavi-hub', data: hub },
      { id: 'closed-office', data: { ...telaviPlace, status: 'closed', confirmed: 'unknown', officeOf: 'telavi-municipality' } },
      { id: 'planned-hub', data: { ...telaviPlace, status: 'planned', contactVia: ['telavi-municipality'] } },
    ],
    bodies: [{ id: 'telavi-municipality', data: municipality }],
    programs: [{ id: 'grant', data: programme }],
    regions: [{ id: 'kakheti', data: { id: 'kakheti', iso: 'GE-KA', name: { ka: 'კახეთი', en: 'Kakheti' } } }],
    siteUrl: site,
    now,
  };
  const files = feed(source);
  const location = json(files, `locations/${hsdsId.location('telavi-hub')}.json`);
  const placeService = (id: string) => json(files, `services/${hsdsId.placeService(id)}.json`);
  const programService = json(files, `services/${hsdsId.programService('grant')}.json`);

  it('meets the schemas', () => {
    expect([...files].flatMap(([path, data]) => hsdsFileProblems(path, data))).toEqual([]);
  });

  it('maps a place to a location with its address, hours as weekly schedules and the bodies that reach it as contacts', () => {
    expect(location).toMatchObject({ location_type: 'physical', latitude: 41.9192, longitude: 45.4731 });
    expect(location['addresses']).toEqual([
      expect.objectContaining({ address_1: '1 Erekle II St, Telavi', city: 'Telavi', state_province: 'Kakheti', country: 'GE', postal_code: '' }),
    ]);
    expect(location['schedules']).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '18:00:00', timezone: 4 })]);
    expect(location['contacts']).toEqual([
      expect.objectContaining({ name: 'Telavi Municipality', organization_id: hsdsId.organization('telavi-municipality'), phones: [expect.objectContaining({ number: '+995 574 17 96 23' })] }),
    ]);
    expect(String(location['description'])).toContain('the town centre, not the building');
  });

  it('leaves out what the content does not give: no accessibility, no phones, no owner unless the place is a body’s office', () => {
    expect(location).not.toHaveProperty('accessibility');
    expect(location).not.toHaveProperty('phones');
    expect(location).not.toHaveProperty('organization_id');
    const office = json(files, `locations/${hsdsId.location('closed-office')}.json`);
    expect(office['organization_id']).toBe(hsdsId.organization('telavi-municipality'));
    expect(office).not.toHaveProperty('addresses');
    expect(office).not.toHaveProperty('schedules');
  });

  it('gives each place a service whose status follows the place’s and whose dates are its review and source dates', () => {
    expect(placeService('telavi-hub')).toMatchObject({ status: 'active', assured_date: '2026-11-25', last_modified: '2024-03-01T00:00:00.000Z' });
    expect(placeService('planned-hub')['status']).toBe('inactive');
    expect(placeService('closed-office')['status']).toBe('defunct');
    expect(placeService('closed-office')).not.toHaveProperty('last_modified');
    expect(placeService('closed-office')['organization']).toMatchObject({ name: 'Telavi Municipality' });
  });

  it('maps a programme to a program and a service with eligibility, how to apply, its provider and the places to ask', () => {
    expect(programService).toMatchObject({
      name: 'A programme',
      status: 'active',
      eligibility_description: '- You came back.',
      application_process: '1. Call.\n2. Apply.',
      assured_date: '2026-11-25',
      program: { id: hsdsId.program('grant'), name: 'A programme', organization_id: hsdsId.provider('grant') },
      organization: { id: hsdsId.provider('grant'), name: 'The Agency' },
      service_areas: [expect.objectContaining({ name: 'Kakheti' })],
    });
    expect(programService['description']).toBe('Summary.\n\nWhat you get:\n- A grant.');
    expect(programService).not.toHaveProperty('fees_description');
    expect(programService['service_at_locations']).toEqual([
      expect.objectContaining({ location_id: hsdsId.location('telavi-hub'), description: 'Ask at the hub.', location: expect.objectContaining({ name: 'Telavi hub' }) }),
    ]);
    const withFees = feed({ ...source, programs: [{ id: 'grant', data: { ...programme, fees: { ka: 'უფასოა.', en: 'Free.' } } }] });
    expect(json(withFees, `services/${hsdsId.programService('grant')}.json`)['fees_description']).toBe('Free.');
  });

  it('publishes every service at a location under service_at_locations, and each organization with its services', () => {
    const links = page(files, 'service_at_locations.json').contents;
    expect(links.map((l) => l['location_id']).sort()).toEqual(
      [hsdsId.location('telavi-hub'), hsdsId.location('telavi-hub'), hsdsId.location('closed-office'), hsdsId.location('planned-hub')].sort(),
    );
    const org = json(files, `organizations/${hsdsId.organization('telavi-municipality')}.json`);
    expect(org['services']).toEqual([expect.objectContaining({ id: hsdsId.placeService('closed-office') })]);
    expect(org['locations']).toEqual([expect.objectContaining({ id: hsdsId.location('closed-office') })]);
  });
});

describe('hsdsFileProblems (the check itself)', () => {
  const service = { id: hsdsId.programService('grant'), name: 'A programme', status: 'active' };

  it('passes a minimal service and names what is wrong with a broken one', () => {
    expect(hsdsFileProblems(`services/${service.id}.json`, service)).toEqual([]);
    const problems = hsdsFileProblems(`services/${service.id}.json`, { ...service, id: 'telavi', status: 'open', last_modified: '2024-11' });
    expect(problems.join('\n')).toMatch(/\/id .*format/);
    expect(problems.join('\n')).toMatch(/\/status .*allowed values/);
    expect(problems.join('\n')).toMatch(/\/last_modified .*date-time/);
  });

  it('checks list items, their nested objects and every kind of file', () => {
    const list = { empty: false, contents: [{ ...service, organization: { id: hsdsId.provider('grant'), name: 'The Agency' } }] };
    expect(hsdsFileProblems('services.json', list).join('\n')).toMatch(/contents\/0\/organization .*description/);
    expect(hsdsFileProblems('organizations.json', { contents: [] }).join('\n')).toMatch(/empty/);
    expect(hsdsFileProblems('taxonomies.json', { empty: true })).toEqual(['taxonomies.json: no HSDS schema is assigned to this file']);
  });
});

describe('sourceDateTime', () => {
  it('is the first instant of the month or year the source gives, and nothing for an undated source', () => {
    expect(sourceDateTime({ year: 2024, month: 11 })).toBe('2024-11-01T00:00:00.000Z');
    expect(sourceDateTime({ year: 2023 })).toBe('2023-01-01T00:00:00.000Z');
    expect(sourceDateTime('unknown')).toBeUndefined();
  });
});
