import { describe, expect, it } from 'vitest';
import { localSiteUrl, missingSiteUrl, productionReason, siteUrlSetting } from '~/lib/site/site-url';

describe('siteUrlSetting', () => {
  it('gives the origin without a trailing slash, and the local preview address when unset or blank', () => {
    expect(siteUrlSetting('https://returnees.example.ge/')).toBe('https://returnees.example.ge');
    expect(siteUrlSetting(' http://127.0.0.1:8080 ')).toBe('http://127.0.0.1:8080');
    expect(siteUrlSetting(undefined)).toBe(localSiteUrl);
    expect(siteUrlSetting('  ')).toBe(localSiteUrl);
  });

  it.each(['returnees.example.ge', 'ftp://example.ge', 'https://example.ge/portal/', 'https://example.ge/?a=1', 'https://example.ge/#x'])(
    'stops the build on %s, naming the setting',
    (value) => {
      expect(() => siteUrlSetting(value)).toThrow(/^SITE_URL must be the http\(s\) address the site is served from/);
    },
  );
});

describe('productionReason', () => {
  it('counts CI set to anything but 0 or false, and NODE_ENV=production', () => {
    expect(productionReason({ CI: 'true' })).toBe('CI=true');
    expect(productionReason({ CI: '1' })).toBe('CI=1');
    expect(productionReason({ NODE_ENV: 'production' })).toBe('NODE_ENV=production');
    expect(productionReason({ CI: 'false', NODE_ENV: 'development' })).toBeUndefined();
    expect(productionReason({ CI: '0' })).toBeUndefined();
    expect(productionReason({ CI: '' })).toBeUndefined();
    expect(productionReason({})).toBeUndefined();
  });
});

describe('missingSiteUrl', () => {
  it('stops a production build without SITE_URL with the reason and what to set', () => {
    const message = missingSiteUrl({ CI: 'true', SITE_URL: ' ' }) ?? '';
    expect(message).toMatch(/^SITE_URL is not set, and this is a production build \(CI=true\)\./);
    expect(message).toContain('SITE_URL=https://returnees.example.ge npm run build');
    expect(missingSiteUrl({ NODE_ENV: 'production' })).toContain('(NODE_ENV=production)');
  });

  it('lets a production build with SITE_URL and a local build without it go on', () => {
    expect(missingSiteUrl({ CI: 'true', SITE_URL: 'https://returnees.example.ge' })).toBeUndefined();
    expect(missingSiteUrl({})).toBeUndefined();
    expect(missingSiteUrl({ NODE_ENV: 'development' })).toBeUndefined();
  });
});
