import { describe, expect, it } from 'vitest';
import { fallbackContact, hasOwnContacts } from '~/lib/places/fallback-contact';
import { telaviHub } from './support/hub';

const place = telaviHub;

describe('hasOwnContacts', () => {
  it('is false without address, phone, e-mail or website and true with any of them', () => {
    expect(hasOwnContacts(place)).toBe(false);
    expect(hasOwnContacts({ ...place, phones: [] })).toBe(false);
    expect(hasOwnContacts({ ...place, phones: [{ number: '1505' }] })).toBe(true);
    expect(hasOwnContacts({ ...place, website: 'https://telavi.gov.ge' })).toBe(true);
  });
});

describe('fallbackContact', () => {
  it('names the place’s contactInstead, or IOM Georgia with its website', () => {
    const cityHall = { name: { ka: 'მერია', en: 'City Hall' } };
    expect(fallbackContact({ ...place, contactInstead: cityHall })).toBe(cityHall);
    expect(fallbackContact(place)).toEqual({
      name: { ka: 'მიგრაციის საერთაშორისო ორგანიზაცია (IOM) საქართველოში', en: 'IOM Georgia' },
      url: 'https://georgia.iom.int',
    });
  });
});
