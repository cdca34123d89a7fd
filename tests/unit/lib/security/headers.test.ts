import { describe, expect, it } from 'vitest';
import {
  commonHeaders,
  contentSecurityPolicy,
  frameAncestorsPolicy,
  headerRules,
  metaPolicyHashes,
  pagePattern,
  permissionsPolicy,
  renderHeadersFile,
  renderNginxSnippet,
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
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/', '/:lang/', '/:lang/embed/:slug/', '/:lang/places/', '/:lang/places/:slug/']);
    expect(rule('/*')).toEqual(commonHeaders());
    expect(rule('/*')?.['Referrer-Policy']).toBe('no-referrer');
    expect(rule('/*')?.['X-Content-Type-Options']).toBe('nosniff');
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
    expect(headerRules(many)).toHaveLength(2);
  });
});

describe('renderHeadersFile', () => {
  it('writes one block per rule with indented headers', () => {
    const text = renderHeadersFile(headerRules(['/ka/places/']));
    expect(text).toContain("/:lang/places/\n  Content-Security-Policy: frame-ancestors 'none'\n  Permissions-Policy: geolocation=(self), camera=(), microphone=()");
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; /m);
  });
});

describe('renderNginxSnippet', () => {
  const text = renderNginxSnippet(headerRules(['/ka/', '/ka/places/', '/ka/embed/map/']));

  it('matches the directory URL and its index.html, repeating the common headers in every block', () => {
    expect(text).toContain('location ~ ^/[a-z]{2}/places/(index\\.html)?$ {');
    const blocks = text.split(/^location /m).slice(1);
    expect(blocks).toHaveLength(4);
    for (const block of blocks) expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('tells how to serve the brotli siblings of the search index, as comments an nginx without ngx_brotli still loads', () => {
    expect(text).toContain('#   brotli_static on;');
    expect(text).toContain('#   gzip_vary on;');
    const directives = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/brotli/);
  });

  it('lets embed pages be framed and no other file', () => {
    const embed = text.split(/^location /m).find((b) => b.includes('/embed/'));
    expect(embed).not.toContain('frame-ancestors');
    const fallback = text.split(/^location /m).find((b) => b.startsWith('/ {'));
    expect(fallback).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
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
