import type { Place } from '~/lib/content/schemas';

/**
 * A minimal valid place for unit tests: a town-centre service hub in Telavi
 * with no contacts, hours or address. Spread it and override what a test needs.
 */
export const telaviPlace: Place = {
  name: { ka: 'თელავის ჰაბი', en: 'Telavi hub' },
  type: 'service-hub',
  status: 'open',
  confirmed: { year: 2026, month: 11 },
  region: 'kakheti',
  town: { ka: 'თელავი', en: 'Telavi' },
  summary: { ka: 'ჰაბი.', en: 'A hub.' },
  location: { lat: 41.9192, lon: 45.4731, precision: 'town-centre' },
  services: ['information'],
  sources: ['https://example.org'],
  lastReviewed: new Date('2026-11-25'),
};
