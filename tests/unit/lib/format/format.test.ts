import { describe, expect, it } from 'vitest';
import { displayUrl, telHref } from '../../../../src/lib/format/contact';
import { asOfPhrase, formatDate, isoDate } from '../../../../src/lib/format/date';

describe('formatDate', () => {
  it('writes dates as Intl does for ka-GE and en-GB', () => {
    expect(formatDate(new Date('2026-11-25T12:00:00Z'), 'ka')).toBe('25 ნოემბერი, 2026');
    expect(formatDate(new Date('2026-11-25T12:00:00Z'), 'en')).toBe('25 November 2026');
  });

  it('uses the Georgian calendar day: 22:00 UTC is already the next day in Tbilisi', () => {
    expect(formatDate(new Date('2026-11-25T22:00:00Z'), 'en')).toBe('26 November 2026');
  });

  it('gives ISO dates for <time datetime>', () => {
    expect(isoDate(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  });
});

describe('asOfPhrase', () => {
  it('puts the Georgian month in the genitive, and leaves an undated source to the caller', () => {
    expect(asOfPhrase({ year: 2024, month: 1 }, 'ka')).toBe('2024 წლის იანვრის მდგომარეობით');
    expect(asOfPhrase({ year: 2024 }, 'ka')).toBe('2024 წლის მდგომარეობით');
    expect(asOfPhrase({ year: 2024, month: 12 }, 'en')).toBe('as of December 2024');
    expect(asOfPhrase('unknown', 'en')).toBeUndefined();
  });
});

describe('telHref', () => {
  it.each([
    ['+995 32 2 25 22 16', 'tel:+995322252216'],
    ['1505', 'tel:1505'],
    ['15 05', 'tel:1505'],
  ])('%s → %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});

describe('displayUrl', () => {
  it('drops the scheme and trailing slash', () => {
    expect(displayUrl('https://georgia.iom.int/')).toBe('georgia.iom.int');
    expect(displayUrl('http://ssa.gov.ge')).toBe('ssa.gov.ge');
    expect(displayUrl('https://idp.gov.ge/reintegration/')).toBe('idp.gov.ge/reintegration');
  });
});
