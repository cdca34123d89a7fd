import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, placeVCard, writeVCard } from '~/lib/places/vcard';
import { telaviPlace } from './support/place';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undoes folding the way a contacts app does: CRLF followed by one space disappears. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b')).toBe('a\\\\b');
    expect(escapeText('12 Abuladze St, Tbilisi; 2nd floor')).toBe('12 Abuladze St\\, Tbilisi\\; 2nd floor');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('escapes the backslash first, so an escaped comma is not double-escaped', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one', () => {
    const exact = 'N'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine('N'.repeat(200));
    const physical = folded.split('\r\n');
    expect(physical.map(octets)).toEqual([75, 75, 52]) // 75 + 74 + 51 characters, plus one leading space on each continuation;
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe('N'.repeat(200));
  });

  it('never splits a Georgian letter (3 octets in UTF-8) across lines', () => {
    const line = `FN:${'თელავის მუნიციპალური სერვის ჰაბი '.repeat(4)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const l of physical) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('writeVCard', () => {
  it('writes only the required lines for a bare card, with CRLF line ends', () => {
    expect(writeVCard({ name: 'Telavi hub' })).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Telavi hub\r\nN:Telavi hub;;;;\r\nEND:VCARD\r\n');
  });

  it('writes every given field, escaped, with the address in its structured slots', () => {
    const card = writeVCard({
      name: 'IOM Tbilisi, central office',
      organization: 'IOM',
      address: { street: '12 Tengiz Abuladze St, Tbilisi', country: 'Georgia' },
      phones: ['+995 32 2 25 22 16'],
      email: 'iomtbilisi@iom.int',
      urls: ['https://georgia.iom.int', 'https://example.org/en/places/iom-tbilisi/'],
      geo: { lat: 41.7225, lon: 44.7925 },
      note: 'Approximate location (town centre).\nCheck before you go.',
    });
    const lines = unfold(card).split('\r\n');
    expect(lines).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:IOM Tbilisi\\, central office',
      'N:IOM Tbilisi\\, central office;;;;',
      'ORG:IOM',
      'ADR;TYPE=WORK:;;12 Tengiz Abuladze St\\, Tbilisi;;;;Georgia',
      'TEL;TYPE=WORK,VOICE:+995322252216',
      'EMAIL;TYPE=INTERNET:iomtbilisi@iom.int',
      'URL:https://georgia.iom.int',
      'URL:https://example.org/en/places/iom-tbilisi/',
      'GEO:41.7225;44.7925',
      'NOTE:Approximate location (town centre).\\nCheck before you go.',
      'END:VCARD',
      '',
    ]);
  });

  it('keeps every physical line within 75 octets for long Georgian text', () => {
    const card = writeVCard({ name: 'თელავის მუნიციპალური სერვის ჰაბი', note: 'მდებარეობა მიახლოებითია (ქალაქის ცენტრი). '.repeat(3) });
    for (const line of card.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(card)).toContain(`NOTE:${'მდებარეობა მიახლოებითია (ქალაქის ცენტრი). '.repeat(3)}`);
  });
});

describe('placeVCard', () => {
  const telavi = telaviPlace;
  const pageUrl = 'https://portal.example.ge/en/places/telavi-service-hub/';

  it('names only the town when there is no street address, and adds no phone or e-mail the content lacks', () => {
    const card = placeVCard(telavi, 'en', { pageUrl, country: 'Georgia', notes: ['Approximate location (town centre).'] });
    expect(card).toEqual({
      name: 'Telavi hub',
      organization: 'Telavi hub',
      address: { locality: 'Telavi', country: 'Georgia' },
      urls: [pageUrl],
      geo: { lat: 41.9192, lon: 45.4731 },
      note: 'Approximate location (town centre).',
    });
  });

  it('uses the street address, phones, e-mail and website in the chosen language', () => {
    const card = placeVCard(
      {
        ...telavi,
        address: { ka: 'ერეკლე II-ის ქ. 16', en: '16 Erekle II St', confirmed: { year: 2016 } },
        phones: [{ number: '+995 350 27 08 72', confirmed: { year: 2016 } }],
        email: 'info@example.ge',
        website: 'https://telavi.gov.ge',
      },
      'ka',
      { pageUrl, country: 'საქართველო', notes: [] },
    );
    expect(card.address).toEqual({ street: 'ერეკლე II-ის ქ. 16', country: 'საქართველო' });
    expect(card.phones).toEqual(['+995 350 27 08 72']);
    expect(card.email).toBe('info@example.ge');
    expect(card.urls).toEqual(['https://telavi.gov.ge', pageUrl]);
    expect(card).not.toHaveProperty('note');
  });

  it('carries the contact path’s number when the place has none of its own, never in place of its own', () => {
    const options = { pageUrl, country: 'Georgia', notes: ['Call IOM Georgia.'], phones: ['+995 32 2 25 22 16'] };
    expect(placeVCard(telavi, 'en', options).phones).toEqual(['+995 32 2 25 22 16']);
    const own = { ...telavi, phones: [{ number: '1505', confirmed: { year: 2026, month: 11 } }] };
    expect(placeVCard(own, 'en', options).phones).toEqual(['1505']);
  });
});
