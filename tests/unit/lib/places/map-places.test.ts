import { describe, expect, it } from 'vitest';
import { toMapPlaces } from '~/lib/places/map-places';
import { telaviHub } from './support/hub';

const poti = {
  ...telaviHub,
  name: { ka: 'IOM-ის ფოთის საველე ოფისი', en: 'IOM Poti field office' },
  type: 'iom-office' as const,
  town: { ka: 'ფოთი', en: 'Poti' },
  location: { lat: 42.1462, lon: 41.672, precision: 'town-centre' as const },
};

describe('toMapPlaces', () => {
  it('keeps what the map and finder show, in one language, with the place page link', () => {
    expect(toMapPlaces([{ id: 'iom-poti', data: poti }], 'ka')).toEqual([
      {
        id: 'iom-poti',
        name: 'IOM-ის ფოთის საველე ოფისი',
        type: 'iom-office',
        status: 'open',
        town: 'ფოთი',
        lat: 42.1462,
        lon: 41.672,
        precision: 'town-centre',
        href: '/ka/places/iom-poti/',
      },
    ]);
    expect(toMapPlaces([{ id: 'iom-poti', data: poti }], 'en')[0]).toMatchObject({ name: 'IOM Poti field office', town: 'Poti', href: '/en/places/iom-poti/' });
  });
});
