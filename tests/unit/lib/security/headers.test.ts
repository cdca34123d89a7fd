import { describe, expect, it } from 'vitest';
import {
  commonHeaders,
  contentSecurityPolicy,
  frameAncestorsPolicy,
  headerRules,
  headersForPath,
  metaPolicyHashes,
  pageHeaders,
  pagePattern,
  parseHeadersFile,
  permissionsPolicy,
  renderHeadersFile,
  serializePolicy,
} from '../../../../src/lib/security/headers';

const directive = (name: string, options = {}) => contentSecurityPolicy(options).find(([n]) => n === name)?.[1];

describe('contentSecurityPolicy', () => {
  it('allows only the site itself by default, with no eval and no inline code', () => {
    const policy = serializePolicy(contentSecurityPolicy());
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/https?:/);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('lets Pagefind compile WebAssembly, which is not eval', () => {
    expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('keeps images, fonts and connections on the site unless a tile host is configured', () => {
    expect(directive('img-src')).toEqual(["'self'"]);
    expect(directive('font-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    const withTiles = { tileOrigin: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' };
    // data: for the blank image Leaflet puts in a tile it drops.
    expect(directive('img-src', withTiles)).toEqual(["'self'", 'https://*.tiles.example.org', 'data:']);
    expect(directive('connect-src', withTiles)).toEqual(["'self'"]);
  });

  it('refuses a tile URL that is not http(s)', () => {
    expect(() => contentSecurityPolicy({ tileOrigin: 'javascript:alert(1)' })).toThrow(/https/);
  });

  it('adds inline-code hashes quoted, sorted and once each', () => {
    expect(directive('script-src', { scriptHashes: ['sha256-b', 'sha256-a', 'sha256-b'] })).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-a'",
      "'sha256-b'",
    ]);
    expect(directive('style-src', { styleHashes: ['sha256-c'] })).toEqual(["'self'", "'sha256-c'"]);
  });

  it('never carries frame-ancestors, which a <meta> policy may not contain', () => {
    expect(serializePolicy(contentSecurityPolicy())).not.toContain('frame-ancestors');
  });
});

describe('frameAncestorsPolicy', () => {
  it('lets any site frame the embed pages and nobody frame the others', () => {
    expect(frameAncestorsPolicy('/ka/embed/map/')).toBeUndefined();
    expect(frameAncestorsPolicy('/en/embed/places/telavi/')).toBeUndefined();
    expect(frameAncestorsPolicy('/ka/places/')).toBe("frame-ancestors 'none'");
    expect(frameAncestorsPolicy('/ka/news/embed-our-map/')).toBe("frame-ancestors 'none'");
  });
});

describe('permissionsPolicy', () => {
  it('allows location only on the places page, in both languages', () => {
    expect(permissionsPolicy('/ka/places/')).toBe('geolocation=(self), camera=(), microphone=()');
    expect(permissionsPolicy('/en/places/')).toContain('geolocation=(self)');
    for (const path of ['/ka/', '/ka/places/telavi-service-hub/', '/en/programs/', '/404.html', '/']) {
      expect(permissionsPolicy(path)).toBe('geolocation=(), camera=(), microphone=()');
    }
  });
});

describe('pagePattern', () => {
  it.each([
    ['/ka/', '/:lang/'],
    ['/en/places/', '/:lang/places/'],
    ['/ka/places/telavi-service-hub/', '/:lang/places/:slug/'],
    ['/ka/news/2025/spring/', '/:lang/news/:slug/:slug2/'],
    ['/', '/'],
    ['/404.html', '/404.html'],
  ])('%s → %s', (path, pattern) => {
    expect(pagePattern(path)).toBe(pattern);
  });
});

describe('headerRules', () => {
  const pages = ['/', '/ka/', '/en/', '/ka/places/', '/en/places/', '/ka/places/a/', '/ka/places/b/', '/ka/embed/map/'];
  const rules = headerRules(pages);
  const rule = (pattern: string) => rules.find((r) => r.pattern === pattern)?.headers;

  it('puts the headers every file shares on /* and each kind of page once', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/data/*', '/', '/:lang/', '/:lang/embed/:slug/', '/:lang/places/', '/:lang/places/:slug/']);
    expect(rule('/*')).toEqual(commonHeaders());
    expect(rule('/*')?.['Referrer-Policy']).toBe('no-referrer');
    expect(rule('/*')?.['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends HSTS and an opener policy with every file', () => {
    expect(rule('/*')?.['Strict-Transport-Security']).toMatch(/^max-age=\d{8}$/);
    expect(rule('/*')?.['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('lets any site fetch the open data, and nothing else', () => {
    expect(rule('/data/*')).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(rules.filter((r) => 'Access-Control-Allow-Origin' in r.headers)).toHaveLength(1);
  });

  it('lets browsers keep the hashed assets a year, and nothing else', () => {
    expect(rule('/_astro/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(rules.filter((r) => 'Cache-Control' in r.headers).map((r) => r.pattern)).toEqual(['/_astro/*']);
  });

  it('forbids framing everywhere but the embed pages', () => {
    expect(rule('/:lang/places/:slug/')?.['Content-Security-Policy']).toBe("frame-ancestors 'none'");
    expect(rule('/:lang/embed/:slug/')?.['Content-Security-Policy']).toBeUndefined();
  });

  it('grants location to the places page only', () => {
    expect(rule('/:lang/places/')?.['Permissions-Policy']).toContain('geolocation=(self)');
    expect(rule('/:lang/places/:slug/')?.['Permissions-Policy']).toContain('geolocation=()');
  });

  it('stays short however many pages there are', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `/${i % 2 ? 'ka' : 'en'}/programs/p-${i}/`);
    expect(headerRules(many)).toHaveLength(4);
  });
});

describe('renderHeadersFile', () => {
  it('writes one block per rule with indented headers', () => {
    const text = renderHeadersFile(headerRules(['/ka/places/']));
    expect(text).toContain("/:lang/places/\n  Content-Security-Policy: frame-ancestors 'none'\n  Permissions-Policy: geolocation=(self), camera=(), microphone=()");
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; /m);
  });
});

describe('metaPolicyHashes', () => {
  const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/=' 'sha384-x'; style-src 'self' 'sha256-s1';"></head>`;

  it('reads the hashes of one directive, not its keywords', () => {
    expect(metaPolicyHashes(html, 'script-src')).toEqual(['sha256-AbC+/=', 'sha384-x']);
    expect(metaPolicyHashes(html, 'style-src')).toEqual(['sha256-s1']);
  });

  it('finds nothing in a page without a policy', () => {
    expect(metaPolicyHashes('<head></head>', 'script-src')).toEqual([]);
  });
});

describe('parseHeadersFile', () => {
  const file = [
    '# a comment',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Content-Security-Policy: default-src \'self\'; img-src \'self\' https://tile.example',
    '',
    '/:lang/places/:slug/',
    '  Permissions-Policy: geolocation=()',
    '/data/hubs.(csv)+?',
    '  X-Literal: yes',
  ].join('\n');
  const rules = parseHeadersFile(file);

  it('reads a rule per unindented line and its indented headers, skipping comments and blank lines', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/:lang/places/:slug/', '/data/hubs.(csv)+?']);
    expect(rules[0]?.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      // Only the first colon separates name and value.
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' https://tile.example"],
    ]);
  });

  it('ignores header lines before the first rule', () => {
    expect(parseHeadersFile('  X-Orphan: 1\n/a/\n  X-A: 2\n')).toEqual([{ pattern: '/a/', test: /^\/a\/$/, headers: [['X-A', '2']] }]);
  });

  it('matches a splat against the rest of the path and a placeholder against one segment', () => {
    const [all, place] = rules;
    for (const path of ['/', '/ka/', '/ka/places/x/', '/data/hubs.csv']) expect(all?.test.test(path), path).toBe(true);
    expect(place?.test.test('/ka/places/telavi/')).toBe(true);
    expect(place?.test.test('/ka/places/')).toBe(false);
    expect(place?.test.test('/ka/places/a/b/')).toBe(false);
    expect(place?.test.test('/ka/places/telavi')).toBe(false);
    expect(place?.test.test('/x/ka/places/telavi/')).toBe(false);
  });

  it('takes the other characters of a pattern literally', () => {
    const literal = rules[2];
    expect(literal?.test.test('/data/hubs.(csv)+?')).toBe(true);
    expect(literal?.test.test('/data/hubsXcsv')).toBe(false);
    expect(literal?.test.test('/data/hubs.csvcsv')).toBe(false);
  });
});

describe('headersForPath', () => {
  it('sends the headers of every matching rule, joining a repeated header with ", "', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n  B: x\n/ka/*\n  A: 2\n/en/*\n  A: 3\n');
    expect(headersForPath(rules, '/ka/about/')).toEqual({ A: '1, 2', B: 'x' });
    expect(headersForPath(rules, '/')).toEqual({ A: '1', B: 'x' });
  });

  it('round trip: what a host reading the built _headers sends is the common headers plus the page headers', () => {
    const pages = ['/ka/', '/en/', '/ka/places/', '/ka/places/telavi/', '/en/embed/map/', '/404.html'];
    const options = { tileOrigin: 'https://tile.example/{z}/{x}/{y}.png', scriptHashes: ['sha256-a'] };
    const rules = parseHeadersFile(renderHeadersFile(headerRules(pages, options)));
    const common = commonHeaders(options);
    for (const path of pages) {
      const page = pageHeaders(path);
      const csp = [common['Content-Security-Policy'], page['Content-Security-Policy']].filter(Boolean).join(', ');
      expect(headersForPath(rules, path), path).toEqual({ ...common, ...page, 'Content-Security-Policy': csp });
    }
    expect(headersForPath(rules, '/en/embed/map/')['Content-Security-Policy']).not.toContain('frame-ancestors');
    expect(headersForPath(rules, '/ka/places/')['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=()');
  });
});
