import { describe, expect, it } from 'vitest';
import { jsonLdText, placeJsonLd } from '~/lib/places/json-ld';
import { telaviHub } from './support/hub';

const base = telaviHub;
const url = 'https://portal.example.ge/ka/places/telavi-service-hub/';

describe('placeJsonLd', () => {
  it('gives type, name, url and geo, and no address, phone or hours the content lacks', () => {
    const data = placeJsonLd(base, 'ka', url);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'თელავის ჰაბი',
      url,
      geo: { '@type': 'GeoCoordinates', latitude: 41.9192, longitude: 45.4731 },
    });
    expect(data).not.toHaveProperty('address');
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('openingHoursSpecification');
  });

  it('adds address, telephone and opening hours when the content has them', () => {
    const data = placeJsonLd(
      {
        ...base,
        type: 'iom-office',
        address: { ka: 'აბულაძის ქ. 12', en: '12 Abuladze St' },
        phones: [{ number: '+995 32 2 25 22 16' }],
        hours: [{ days: ['mon'], opens: '09:00', closes: '18:00' }],
      },
      'en',
      url,
    );
    expect(data['@type']).toBe('LocalBusiness');
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
