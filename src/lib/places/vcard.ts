import type { Locale } from '../../i18n/locales';
import type { Place } from '../content/schemas';
import type { LatLon } from '../geo/distance';

/**
 * A contact card ("Add to contacts") for a place, in the vCard format phones
 * import. We write vCard 3.0 (RFC 2426): Android's and iOS's contact apps
 * import it reliably, while 4.0 is still patchy on older Android phones. Its
 * text escaping and line folding are the same as RFC 6350's, which we follow
 * (folding at 75 octets, never inside a UTF-8 character). Lines end in CRLF.
 */

/** The fields of a card. Leave out what the content does not give. */
export interface VCard {
  /** Formatted name (FN), e.g. the place's name. */
  name: string;
  /** Organisation (ORG). */
  organization?: string;
  /** Postal address (ADR): only parts a source gives; never made up from coordinates. */
  address?: { street?: string; locality?: string; region?: string; country?: string };
  /** Phone numbers as printed; spaces are dropped in the card. */
  phones?: readonly string[];
  email?: string;
  /** Web addresses (URL), e.g. the place's website and its page on this site. */
  urls?: readonly string[];
  /** Position (GEO). */
  geo?: LatLon;
  /** Free text (NOTE), e.g. "approximate location". */
  note?: string;
}

/**
 * Escapes a text value: backslash, comma, semicolon and line breaks
 * (RFC 6350 §3.4, RFC 2426 §4).
 *
 * @example escapeText('12 Abuladze St, Tbilisi; 2nd floor') // '12 Abuladze St\\, Tbilisi\\; 2nd floor'
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets: continuation
 * lines start with one space (which counts). A multi-octet UTF-8 character
 * (every Georgian letter is 3 octets) is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Six decimals at most, without trailing zeros. */
const coordinate = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * The card as text: BEGIN…END, CRLF line ends, folded lines, escaped values.
 *
 * @example writeVCard({ name: 'Telavi hub' }) // 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Telavi hub\r\nN:Telavi hub;;;;\r\nEND:VCARD\r\n'
 */
export function writeVCard(card: VCard): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(card.name)}`, `N:${escapeText(card.name)};;;;`];
  if (card.organization) lines.push(`ORG:${escapeText(card.organization)}`);
  if (card.address) {
    const { street = '', locality = '', region = '', country = '' } = card.address;
    lines.push(`ADR;TYPE=WORK:;;${[street, locality, region, '', country].map(escapeText).join(';')}`);
  }
  for (const phone of card.phones ?? []) lines.push(`TEL;TYPE=WORK,VOICE:${phone.replace(/[^\d+]/g, '')}`);
  if (card.email) lines.push(`EMAIL;TYPE=INTERNET:${card.email}`);
  for (const url of card.urls ?? []) lines.push(`URL:${url}`);
  if (card.geo) lines.push(`GEO:${coordinate(card.geo.lat)};${coordinate(card.geo.lon)}`);
  if (card.note) lines.push(`NOTE:${escapeText(card.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The card of a place in one language: only fields its content gives. Without
 * a street address the card names just the town, so it never looks like one.
 *
 * @param options.pageUrl the place's page on this site, always added as a URL
 * @param options.country the country's name in the card's language
 * @param options.notes sentences for NOTE, e.g. "Approximate location (town centre)"
 * @param options.phones numbers to use when the place has none of its own (from its contact path)
 */
export function placeVCard(
  place: Place,
  locale: Locale,
  options: { pageUrl: string; country: string; notes: readonly string[]; phones?: readonly string[] },
): VCard {
  const phones = place.phones?.map((p) => p.number) ?? options.phones;
  const name = place.name[locale];
  return {
    name,
    organization: name,
    address: place.address
      ? { street: place.address[locale], country: options.country }
      : { locality: place.town[locale], country: options.country },
    ...(phones && { phones }),
    ...(place.email && { email: place.email }),
    urls: [place.website, options.pageUrl].filter((u): u is string => Boolean(u)),
    geo: { lat: place.location.lat, lon: place.location.lon },
    ...(options.notes.length > 0 && { note: options.notes.join('\n') }),
  };
}
