import { describe, expect, it } from 'vitest';
import { jsonLdText, placeJsonLd } from '~/lib/places/json-ld';
import { telaviPlace } from './support/place';

const base = telaviPlace;
const url = 'https://portal.example.ge/ka/places/telavi-service-hub/';

const caveat = 'Status “Open”, as of November 2026.';

describe('placeJsonLd', () => {
  it('gives a town-centre point as the town’s, never as the building’s, and no street, phone or hours the content lacks', () => {
    const data = placeJsonLd(base, 'ka', url, caveat);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'თელავის ჰაბი',
      url,
      address: { '@type': 'PostalAddress', addressLocality: 'თელავი', addressCountry: 'GE' },
      containedInPlace: { '@type': 'City', name: 'თელავი', geo: { '@type': 'GeoCoordinates', latitude: 41.9192, longitude: 45.4731 } },
    });
    expect(data).not.toHaveProperty('geo');
    expect(data['address']).not.toHaveProperty('streetAddress');
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('openingHoursSpecification');
  });

  it('carries the status, its confirmation date and the caveat', () => {
    expect(placeJsonLd({ ...base, confirmed: { year: 2024 } }, 'en', url, caveat)['additionalProperty']).toEqual([
      { '@type': 'PropertyValue', propertyID: 'status', value: 'open' },
      { '@type': 'PropertyValue', propertyID: 'confirmed', value: '2024' },
      { '@type': 'PropertyValue', propertyID: 'caveat', value: caveat },
    ]);
  });

  it('adds address, telephone, opening hours and the building’s point when the content has them; an IOM office is a Place, not a business', () => {
    const data = placeJsonLd(
      {
        ...base,
        type: 'iom-office',
        location: { ...base.location, precision: 'building' },
        address: { ka: 'აბულაძის ქ. 12', en: '12 Abuladze St', confirmed: { year: 2020, month: 4 } },
        phones: [{ number: '+995 32 2 25 22 16', confirmed: { year: 2022 } }],
        hours: [{ days: ['mon'], opens: '09:00', closes: '18:00' }],
      },
      'en',
      url,
      caveat,
    );
    expect(data['@type']).toBe('Place');
    expect(data['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: 41.9192, longitude: 45.4731 });
    expect(data).not.toHaveProperty('containedInPlace');
    expect(data['address']).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '12 Abuladze St',
      addressLocality: 'Telavi',
      addressCountry: 'GE',
    });
    expect(data['telephone']).toBe('+995322252216');
    expect(data['openingHoursSpecification']).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday'], opens: '09:00', closes: '18:00' },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
