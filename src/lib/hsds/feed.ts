import type { Locale } from '../../i18n/locales';
import { localizedPath } from '../../i18n/routes';
import type { ConfirmedDate } from '../content/confirmed-date';
import type { Body, OpeningHoursLine, Place, Program, Region } from '../content/schemas';
import { isoDate } from '../format/date';
import { placeCaveat } from '../places/caveat';
import { type Translate, confirmationNote } from '../places/confirmation';
import { round6 } from '../places/open-data';
import { hsdsId } from './ids';

/**
 * The site's content in Open Referral's Human Services Data Specification
 * (HSDS 3.0), as static files that mirror HSDS's read-only API, one feed per
 * language (`/data/hsds/<lang>/…`) with the same ids in each:
 *
 * - content/bodies → `organization`; each programme's provider → an `organization` too;
 * - content/places → `location` (with `address`, `phone`, `schedule` only where the
 *   content gives them), and a `service` that carries the place's status (open →
 *   active, planned → inactive, closed → defunct), linked by a `service_at_location`;
 * - content/programs → `program` + `service` (eligibility, how to apply, documents,
 *   regions), linked to the places a source names as somewhere to ask about it.
 *
 * Only facts the content holds go in; a field it does not give is left out
 * (accessibility, languages, postal codes, fees unless stated).
 */

/** One record of content, as the collections give it. */
export interface Entry<T> {
  /** The file name, also the URL slug, e.g. `telavi-service-hub`. */
  id: string;
  data: T;
}

/** Everything the feed is built from. */
export interface HsdsSource {
  places: ReadonlyArray<Entry<Place>>;
  bodies: ReadonlyArray<Entry<Body>>;
  programs: ReadonlyArray<Entry<Program>>;
  regions: ReadonlyArray<Entry<Region>>;
  /** Public address of the site without trailing slash. */
  siteUrl: string;
  /** The build's moment: how old a confirmation is counts from it. */
  now: Date;
}

/** A JSON object as HSDS shapes it (the schemas in tests/fixtures/hsds-3.0.0 check the shapes). */
export type HsdsObject = { id: string } & Record<string, unknown>;

/** A page of a list, as HSDS's API returns it (`components.schemas.Page` of its OpenAPI). */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
}

/** The OpenAPI description of the HSDS 3.0 API these files mirror. */
export const hsdsOpenApiUrl = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** Georgia's offset from UTC in hours (no daylight saving time since 2005). */
const georgiaUtcOffset = 4;

const byId = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Drops undefined fields, so absent facts are absent keys rather than `null`s. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** The fields of an object that are not lists or nested objects: what HSDS list endpoints return. */
function oneToOne(record: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v !== 'object' || v === null)) as HsdsObject;
}

/**
 * The first instant of a confirmation date's month (or year), as HSDS's
 * `last_modified` wants a date-time; undefined when the source gives no date.
 *
 * @example sourceDateTime({ year: 2024, month: 11 }) // '2024-11-01T00:00:00.000Z'
 */
export function sourceDateTime(date: ConfirmedDate): string | undefined {
  if (date === 'unknown') return undefined;
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, 1)).toISOString();
}

/** HSDS service status for a place's status. */
export const serviceStatus = { open: 'active', planned: 'inactive', closed: 'defunct' } as const satisfies Record<Place['status'], string>;

/** A list as one page: the files are static, so every item is on page 1. */
export function hsdsPage(contents: HsdsObject[]): HsdsPage {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** RFC 5545 day codes of the content's weekdays. */
const dayCodes = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

/** One line of opening hours as a weekly HSDS schedule (RFC 5545 recurrence fields). */
function schedule(line: OpeningHoursLine, index: number, placeId: string, locationId: string): HsdsObject {
  return {
    id: hsdsId.schedule(placeId, index),
    location_id: locationId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: line.days.map((d) => dayCodes[d]).join(','),
    opens_at: `${line.opens}:00`,
    closes_at: `${line.closes}:00`,
    timezone: georgiaUtcOffset,
  };
}

/**
 * The feed of one language: every file of `/data/hsds/<lang>/`, by its path
 * below that folder (`services.json`, `services/<id>.json`, …).
 */
export function hsdsFeed(source: HsdsSource, locale: Locale, t: Translate): Map<string, unknown> {
  const { siteUrl, now } = source;
  const places = byId(source.places);
  const bodies = byId(source.bodies);
  const programs = byId(source.programs);
  const bodyById = new Map(bodies.map((b) => [b.id, b.data]));
  const regionName = new Map(source.regions.map((r) => [r.id, r.data.name[locale]]));

  const phone = (owner: { key: string; field: 'location_id' | 'organization_id' | 'service_id' | 'contact_id' }, ownerId: string) =>
    (p: { number: string; label?: { ka: string; en: string } | undefined; confirmed?: ConfirmedDate }): HsdsObject => {
      const note = p.confirmed === undefined ? undefined : confirmationNote(p.confirmed, locale, now, t, 'phone').text;
      const description = [p.label?.[locale], note].filter(Boolean).join('; ');
      return defined({
        id: hsdsId.phone(owner.key, p.number),
        [owner.field]: ownerId,
        number: p.number,
        type: 'voice',
        description: description || undefined,
      }) as HsdsObject;
    };

  // Organizations: the bodies, then each programme's provider.
  const bodyOrganization = ({ id, data }: Entry<Body>): HsdsObject => {
    const orgId = hsdsId.organization(id);
    return defined({
      id: orgId,
      name: data.name[locale],
      description: t(`hsds.organization.${data.kind}`),
      website: data.website,
      phones: data.phones?.map(phone({ key: `organization/${id}`, field: 'organization_id' }, orgId)),
    }) as HsdsObject;
  };
  const providerOrganization = ({ id, data }: Entry<Program>): HsdsObject => ({
    id: hsdsId.provider(id),
    name: data.provider[locale],
    description: t('hsds.organization.provider', { program: data.title[locale] }),
  });

  // Locations: the places.
  const location = ({ id, data }: Entry<Place>): HsdsObject => {
    const locationId = hsdsId.location(id);
    const contacts = (data.contactVia ?? []).flatMap((bodyId) => {
      const body = bodyById.get(bodyId);
      if (!body) return [];
      const contactId = hsdsId.contact(id, bodyId);
      return [
        defined({
          id: contactId,
          location_id: locationId,
          organization_id: hsdsId.organization(bodyId),
          name: body.name[locale],
          phones: body.phones?.map(phone({ key: `contact/${id}/${bodyId}`, field: 'contact_id' }, contactId)),
        }) as HsdsObject,
      ];
    });
    return defined({
      id: locationId,
      location_type: 'physical',
      organization_id: data.officeOf ? hsdsId.organization(data.officeOf) : undefined,
      name: data.name[locale],
      description: [data.summary[locale], placeCaveat(data, locale, now, t), data.contactCaveat?.[locale]].filter(Boolean).join(' '),
      latitude: round6(data.location.lat),
      longitude: round6(data.location.lon),
      addresses: data.address && [
        {
          id: hsdsId.address(id),
          location_id: locationId,
          address_1: data.address[locale],
          city: data.town[locale],
          state_province: regionName.get(data.region) ?? data.region,
          // Required by HSDS; no source gives the postal code, so it stays empty rather than guessed.
          postal_code: '',
          country: 'GE',
          address_type: 'physical',
        },
      ],
      phones: data.phones?.map(phone({ key: `location/${id}`, field: 'location_id' }, locationId)),
      schedules: data.hours?.map((line, i) => schedule(line, i, id, locationId)),
      contacts: contacts.length ? contacts : undefined,
    }) as HsdsObject;
  };
  const locations = places.map(location);
  const locationById = new Map(places.map((p, i) => [p.id, locations[i] as HsdsObject]));

  /** A service at one of the places, with the place's location inside. */
  const serviceAtLocation = (salId: string, serviceId: string, placeId: string, description?: string): HsdsObject | undefined => {
    const loc = locationById.get(placeId);
    if (!loc) return undefined;
    return defined({ id: salId, service_id: serviceId, location_id: loc.id, description, location: loc }) as HsdsObject;
  };

  // Services: one per place (its status and contacts), one per programme.
  const placeService = ({ id, data }: Entry<Place>): HsdsObject => {
    const serviceId = hsdsId.placeService(id);
    const office = data.officeOf ? bodies.find((b) => b.id === data.officeOf) : undefined;
    const help = t('hsds.placeServices', { services: data.services.map((s) => t(`service.${s}`)).join(', ') });
    return defined({
      id: serviceId,
      organization_id: office && hsdsId.organization(office.id),
      name: data.name[locale],
      description: `${data.summary[locale]} ${help}`,
      url: data.website,
      email: data.email,
      status: serviceStatus[data.status],
      assured_date: isoDate(data.lastReviewed),
      last_modified: sourceDateTime(data.confirmed),
      phones: data.phones?.map(phone({ key: `service/place/${id}`, field: 'service_id' }, serviceId)),
      service_at_locations: [serviceAtLocation(hsdsId.placeServiceAtLocation(id), serviceId, id)],
      organization: office && oneToOne(bodyOrganization(office)),
    }) as HsdsObject;
  };

  const programme = ({ id, data }: Entry<Program>): { program: HsdsObject; service: HsdsObject } => {
    const serviceId = hsdsId.programService(id);
    const program: HsdsObject = {
      id: hsdsId.program(id),
      organization_id: hsdsId.provider(id),
      name: data.title[locale],
      description: data.summary[locale],
    };
    const benefits = `${t('program.benefits')}:\n${data.benefits[locale].map((b) => `- ${b}`).join('\n')}`;
    const regions =
      data.regions === 'all'
        ? [{ id: hsdsId.serviceArea(id, 'all'), service_id: serviceId, name: t('program.allRegions'), extent_type: 'country', extent: 'GE' }]
        : data.regions.map((r) => ({ id: hsdsId.serviceArea(id, r), service_id: serviceId, name: regionName.get(r) ?? r }));
    const askPlaces = (data.ask?.places ?? []).flatMap((placeId) => {
      const sal = serviceAtLocation(hsdsId.programServiceAtLocation(id, placeId), serviceId, placeId, data.ask?.text[locale]);
      return sal ? [sal] : [];
    });
    const service = defined({
      id: serviceId,
      organization_id: hsdsId.provider(id),
      program_id: program.id,
      name: data.title[locale],
      description: [data.summary[locale], benefits, data.termsNote?.[locale]].filter(Boolean).join('\n\n'),
      url: data.officialUrl,
      email: data.email,
      status: 'active',
      eligibility_description: data.eligibility[locale].map((e) => `- ${e}`).join('\n'),
      application_process: data.howToApply[locale].map((step, i) => `${i + 1}. ${step}`).join('\n'),
      fees_description: data.fees?.[locale],
      assured_date: isoDate(data.lastReviewed),
      phones: data.phones?.map(phone({ key: `service/program/${id}`, field: 'service_id' }, serviceId)),
      service_areas: regions,
      service_at_locations: askPlaces.length ? askPlaces : undefined,
      required_documents: data.documents?.[locale].map((document, i) => ({ id: hsdsId.requiredDocument(id, i), service_id: serviceId, document })),
      organization: providerOrganization({ id, data }),
      program,
    }) as HsdsObject;
    return { program, service };
  };

  const placeServices = places.map(placeService);
  const programmes = programs.map(programme);
  const services = [...placeServices, ...programmes.map((p) => p.service)];

  const bodyOrganizations = bodies.map((b) => {
    const org = bodyOrganization(b);
    const own = locations.filter((l) => l['organization_id'] === org.id);
    return { ...org, ...(own.length && { locations: own }) };
  });
  const providerOrganizations = programs.map((p, i) => ({ ...providerOrganization(p), programs: [programmes[i]?.program] }));
  const organizations: HsdsObject[] = [...bodyOrganizations, ...providerOrganizations];

  const serviceAtLocations = services.flatMap((s) => ((s['service_at_locations'] as HsdsObject[] | undefined) ?? []).map((sal) => ({ sal, service: s })));

  /** A service in a list: its own fields with its organization and program (one-to-one), as HSDS's `/services` returns. */
  const serviceListItem = (s: HsdsObject): HsdsObject => {
    const org = s['organization'] as HsdsObject | undefined;
    const program = s['program'] as HsdsObject | undefined;
    return { ...oneToOne(s), ...(org && { organization: oneToOne(org) }), ...(program && { program: oneToOne(program) }) };
  };

  const files = new Map<string, unknown>();
  files.set('index.json', {
    version: '3.0.0',
    openapi_url: hsdsOpenApiUrl,
    description: t('hsds.feedDescription'),
    publisher: { name: t('site.name'), website: `${siteUrl}${localizedPath(locale, 'forMunicipalities')}` },
  });
  files.set('services.json', hsdsPage(services.map(serviceListItem)));
  for (const s of services) files.set(`services/${s.id}.json`, s);
  files.set('organizations.json', hsdsPage(organizations.map(oneToOne)));
  for (const o of organizations) {
    const own = services.filter((s) => s['organization_id'] === o.id).map(oneToOne);
    files.set(`organizations/${o.id}.json`, { ...o, ...(own.length && { services: own }) });
  }
  files.set('locations.json', hsdsPage(locations.map(oneToOne)));
  for (const l of locations) files.set(`locations/${l.id}.json`, l);
  files.set(
    'service_at_locations.json',
    hsdsPage(serviceAtLocations.map(({ sal, service }) => ({ ...oneToOne(sal), location: oneToOne(sal['location'] as HsdsObject), service: oneToOne(service) }))),
  );
  for (const { sal, service } of serviceAtLocations) files.set(`service_at_locations/${sal.id}.json`, { ...sal, service: oneToOne(service) });
  return files;
}
