import { describe, expect, it } from 'vitest';
import { toMapPlaces } from '~/lib/places/map-places';
import type { Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/ui';
import type { Body } from '~/lib/content/schemas';
import { telaviPlace } from './support/place';

const iomGeorgia: Body = {
  name: { ka: 'IOM საქართველოში', en: 'IOM Georgia' },
  kind: 'iom',
  phones: [{ number: '+995 32 2 25 22 16', confirmed: { year: 2022 } }],
  website: 'https://georgia.iom.int',
  sources: ['https://georgia.iom.int/iom-georgia'],
  lastReviewed: new Date('2026-12-02'),
};
const { phones: _phones, ...websiteOnly } = iomGeorgia;
const now = new Date('2026-12-02T12:00:00Z');
const context = (locale: Locale) => ({ bodies: new Map([['iom-georgia', iomGeorgia]]), now, t: useTranslations(locale) });

const poti = {
  ...telaviPlace,
  name: { ka: 'IOM-ის ფოთის საველე ოფისი', en: 'IOM Poti field office' },
  type: 'iom-office' as const,
  town: { ka: 'ფოთი', en: 'Poti' },
  location: { lat: 42.1462, lon: 41.672, precision: 'town-centre' as const },
  contactVia: ['iom-georgia'],
};

describe('toMapPlaces', () => {
  it('keeps what the map and finder show, in one language, with the place page link, its date and the first number to call', () => {
    expect(toMapPlaces([{ id: 'iom-poti', data: poti }], 'ka', context('ka'))).toEqual([
      {
        id: 'iom-poti',
        name: 'IOM-ის ფოთის საველე ოფისი',
        type: 'iom-office',
        status: 'open',
        note: '2026 წლის ნოემბრის მდგომარეობით',
        stale: false,
        contact: {
          href: 'tel:+995322252216',
          text: '+995\u00a032\u00a02\u00a025\u00a022\u00a016',
          note: 'ბოლოს დადასტურდა 2022 წელს: ნომერი შეიძლება შეცვლილი იყოს',
          whose: 'IOM საქართველოში',
        },
        town: 'ფოთი',
        lat: 42.1462,
        lon: 41.672,
        precision: 'town-centre',
        href: '/ka/places/iom-poti/',
      },
    ]);
    expect(toMapPlaces([{ id: 'iom-poti', data: poti }], 'en', context('en'))[0]).toMatchObject({ name: 'IOM Poti field office', town: 'Poti', href: '/en/places/iom-poti/' });
  });

  it('marks a stale status and falls back to a body’s website when no number exists', () => {
    const [place] = toMapPlaces(
      [{ id: 'iom-poti', data: { ...poti, confirmed: { year: 2024 } } }],
      'en',
      { ...context('en'), bodies: new Map([['iom-georgia', websiteOnly]]) },
    );
    expect(place).toMatchObject({ note: 'last confirmed 2024: call before you go', stale: true });
    expect(place?.contact).toEqual({ href: 'https://georgia.iom.int', text: 'georgia.iom.int', whose: 'IOM Georgia' });
  });
});
