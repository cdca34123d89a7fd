import { describe, expect, it } from 'vitest';
import { shareText, smsHref } from '~/lib/share/sms';

describe('shareText', () => {
  it('puts the address on its own line after the title', () => {
    expect(shareText(' IOM Tbilisi ', 'https://example.org/en/places/iom-tbilisi/')).toBe(
      'IOM Tbilisi\nhttps://example.org/en/places/iom-tbilisi/',
    );
  });
});

describe('smsHref', () => {
  it('uses the sms:?&body= form that Android and iOS both read, with no recipient', () => {
    expect(smsHref('Hi & bye')).toBe('sms:?&body=Hi%20%26%20bye');
  });

  it('percent-encodes the whole body, so the address and line breaks arrive intact', () => {
    const body = shareText('თბილისის ოფისი', 'https://example.org/ka/places/iom-tbilisi/?a=1&b=2');
    const href = smsHref(body);
    expect(href).not.toMatch(/[\s+#]/);
    expect(href.split('&body=')).toHaveLength(2);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(body);
  });
});
