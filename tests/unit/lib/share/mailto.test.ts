import { describe, expect, it } from 'vitest';
import { emailSetting, mailtoHref } from '~/lib/share/mailto';

/** The parts of a mailto: link, decoded, as a mail app reads them. */
function parse(href: string) {
  const url = new URL(href);
  const params = new URLSearchParams(url.search.replaceAll('+', '%2B'));
  return { to: decodeURIComponent(url.pathname), subject: params.get('subject'), body: params.get('body') };
}

describe('mailtoHref', () => {
  it('fills in subject and body, joining the body lines with CRLF', () => {
    const href = mailtoHref({ to: 'info@example.org', subject: 'Hi there', body: ['a', '', 'b & c'] });
    expect(href).toBe('mailto:info@example.org?subject=Hi%20there&body=a%0D%0A%0D%0Ab%20%26%20c');
  });

  it('encodes spaces as %20, never +, and keeps + in the text', () => {
    const href = mailtoHref({ to: 'a@example.org', subject: '1 + 1', body: ['x'] });
    expect(href).toContain('subject=1%20%2B%201');
    expect(href).not.toMatch(/[ +]/);
  });

  it('carries Georgian text, addresses with queries and fragments, and = and ? through unchanged', () => {
    const url = 'https://example.org/ka/places/iom-tbilisi/?from=ozurgeti#finder';
    const href = mailtoHref({ to: 'a@example.org', subject: 'შესწორება: თბილისი', body: [`გვერდი: ${url}`, 'a=b?c'] });
    expect(parse(href)).toEqual({ to: 'a@example.org', subject: 'შესწორება: თბილისი', body: `გვერდი: ${url}\r\na=b?c` });
    expect(href).not.toContain('#');
  });

  it('turns line breaks inside a line into CRLF too', () => {
    expect(parse(mailtoHref({ to: 'a@example.org', subject: 's', body: ['one\ntwo', 'three\r\nfour'] })).body).toBe(
      'one\r\ntwo\r\nthree\r\nfour',
    );
  });

  it('keeps the @ of the address and encodes anything unusual in it', () => {
    expect(mailtoHref({ to: 'first+tag@example.org', subject: '', body: [] })).toBe('mailto:first%2Btag@example.org?subject=&body=');
  });
});

describe('emailSetting', () => {
  it('is empty when unset or blank: the link is then off', () => {
    expect(emailSetting(undefined, 'FEEDBACK_EMAIL')).toBe('');
    expect(emailSetting('  ', 'FEEDBACK_EMAIL')).toBe('');
  });

  it('trims a plain address', () => {
    expect(emailSetting(' editors@example.org\n', 'FEEDBACK_EMAIL')).toBe('editors@example.org');
  });

  it.each(['editors', 'editors@example', 'a@b.org, c@d.org', 'a@b.org?subject=x', 'a b@c.org', '<a@b.org>'])(
    'fails the build on %j, naming the setting',
    (value) => {
      expect(() => emailSetting(value, 'FEEDBACK_EMAIL')).toThrow(/FEEDBACK_EMAIL must be one e-mail address/);
    },
  );
});
