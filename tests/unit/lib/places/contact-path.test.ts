import { describe, expect, it } from 'vitest';
import type { Body, Place } from '~/lib/content/schemas';
import { contactPath, contactReason, firstContact } from '~/lib/places/contact-path';
import { telaviPlace } from './support/place';

const body = (kind: Body['kind'], extra: Partial<Body> = {}): Body => ({
  name: { ka: 'ორგანო', en: 'Body' },
  kind,
  sources: ['https://example.org'],
  lastReviewed: new Date('2026-12-02'),
  ...extra,
});
const municipality = body('municipality', { phones: [{ number: '+995 574 17 96 23', confirmed: { year: 2020, month: 4 } }] });
const iom = body('iom', { phones: [{ number: '+995 32 2 25 22 16', confirmed: { year: 2022 } }], website: 'https://georgia.iom.int' });
const cityHallSiteOnly = body('municipality', { website: 'https://batumi.gov.ge' });
const bodies = new Map<string, Body>([
  ['telavi-municipality', municipality],
  ['iom-georgia', iom],
  ['batumi-city-hall', cityHallSiteOnly],
]);
const place: Place = { ...telaviPlace, contactVia: ['telavi-municipality', 'iom-georgia'] };

describe('contactReason', () => {
  it('says why each body can help, from what the place and the body are', () => {
    expect(contactReason({ type: 'iom-office', status: 'open' }, 'iom')).toBe('iomOffice');
    expect(contactReason({ type: 'service-hub', status: 'open' }, 'iom')).toBe('viaIom');
    expect(contactReason({ type: 'service-hub', status: 'open' }, 'municipality')).toBe('viaMunicipality');
    expect(contactReason({ type: 'service-hub', status: 'planned' }, 'municipality')).toBe('plannedViaMunicipality');
    expect(contactReason({ type: 'state-agency', status: 'open' }, 'state-agency')).toBe('viaAgency');
    expect(contactReason({ type: 'service-hub', status: 'planned' }, 'iom')).toBe('plannedViaIom');
    expect(contactReason({ type: 'service-hub', status: 'closed' }, 'municipality')).toBe('closedVia');
    expect(contactReason({ type: 'iom-office', status: 'closed' }, 'iom')).toBe('closedVia');
  });
});

describe('contactPath', () => {
  it('lists the bodies in the order the content gives, each with its reason', () => {
    const path = contactPath(place, bodies);
    expect(path.own).toBe(false);
    expect(path.via.map((v) => [v.id, v.reason])).toEqual([
      ['telavi-municipality', 'viaMunicipality'],
      ['iom-georgia', 'viaIom'],
    ]);
  });

  it('knows when the place has contacts of its own', () => {
    expect(contactPath({ ...telaviPlace, website: 'https://idp.gov.ge' }, bodies)).toEqual({ own: true, via: [] });
  });
});

describe('firstContact', () => {
  it('offers the place’s own number first', () => {
    const own: Place = { ...place, phones: [{ number: '1505', confirmed: { year: 2026, month: 11 } }] };
    expect(firstContact(own, contactPath(own, bodies))).toEqual({ kind: 'phone', number: '1505', confirmed: { year: 2026, month: 11 } });
  });

  it('else the first body with a number, skipping one that has only a website', () => {
    const batumi: Place = { ...place, status: 'planned', contactVia: ['batumi-city-hall', 'iom-georgia'] };
    expect(firstContact(batumi, contactPath(batumi, bodies))).toEqual({
      kind: 'phone',
      number: '+995 32 2 25 22 16',
      confirmed: { year: 2022 },
      bodyId: 'iom-georgia',
    });
  });

  it('else a website, the place’s own before a body’s', () => {
    const siteOnly: Place = { ...place, contactVia: ['batumi-city-hall'] };
    expect(firstContact(siteOnly, contactPath(siteOnly, bodies))).toEqual({ kind: 'website', url: 'https://batumi.gov.ge', bodyId: 'batumi-city-hall' });
    const ownSite: Place = { ...siteOnly, website: 'https://telavi.gov.ge' };
    expect(firstContact(ownSite, contactPath(ownSite, bodies))).toEqual({ kind: 'website', url: 'https://telavi.gov.ge' });
  });
});
