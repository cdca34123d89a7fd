import { describe, expect, it } from 'vitest';
import { headerRules } from '../../../../src/lib/security/headers';
import { nginxRegex, renderNginxBrotliSnippet, renderNginxSnippet } from '../../../../src/lib/security/nginx';

const text = renderNginxSnippet(headerRules(['/', '/404.html', '/ka/', '/ka/places/', '/ka/embed/map/']));
/** The body of the location block that starts with `match`. */
const block = (match: string) => text.split(/^location /m).find((b) => b.startsWith(`${match} {`)) ?? '';

describe('renderNginxSnippet', () => {
  it('quotes page regexes, which nginx otherwise cuts at their braces', () => {
    expect(text).toContain('location ~ "^/[a-z]{2}/places/(index\\.html)?$" {');
    expect(text).not.toMatch(/^location ~ [^"]/m);
  });

  it('repeats the common headers in every block that sends headers', () => {
    const blocks = text.split(/^location /m).slice(1).filter((b) => b.includes('add_header'));
    expect(blocks).toHaveLength(8);
    for (const b of blocks) {
      expect(b).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(b).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
      expect(b).toContain('add_header Cross-Origin-Opener-Policy "same-origin" always;');
    }
  });

  it('sends a page the site-wide policy and its frame-ancestors policy as two headers, both enforced', () => {
    const page = block('~ "^/[a-z]{2}/places/(index\\.html)?$"');
    expect(page).toMatch(/add_header Content-Security-Policy "default-src 'self';[^\n]*" always;/);
    expect(page).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
  });

  it('lets embed pages be framed and no other page or file', () => {
    expect(block('~ "^/[a-z]{2}/embed/[^/]+/(index\\.html)?$"')).not.toContain('frame-ancestors');
    expect(block('~ "^/[a-z]{2}/places/(index\\.html)?$"')).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
    expect(block('/')).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
  });

  it('caches hashed assets a year and asks again for everything else', () => {
    expect(block('^~ /_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
    for (const match of ['/', '^~ /data/', '~ "^/[a-z]{2}/(index\\.html)?$"']) expect(block(match), match).toContain('add_header Cache-Control "no-cache";');
  });

  it('lets any site fetch the open data', () => {
    expect(block('^~ /data/')).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(block('/')).not.toContain('Access-Control-Allow-Origin');
  });

  it('sends the 404 page with status 404, relative redirects, and hides the host files', () => {
    expect(text).toMatch(/^error_page 404 \/404\.html;$/m);
    expect(text).toMatch(/^absolute_redirect off;$/m);
    expect(block('~ "^/(_headers|nginx-security\\.conf|nginx-brotli\\.conf)$"')).toContain('return 404;');
  });

  it('types vCards, GeoJSON, CSV and the web manifest, with their charset', () => {
    expect(text).toMatch(/^ {4}text\/vcard vcf;$/m);
    expect(text).toMatch(/^ {4}application\/geo\+json geojson;$/m);
    expect(text).toMatch(/^ {4}text\/csv csv;$/m);
    expect(text).toMatch(/^ {4}application\/manifest\+json webmanifest;$/m);
    const charset = /^charset_types (.*);$/m.exec(text)?.[1]?.split(' ') ?? [];
    expect(charset).toEqual(expect.arrayContaining(['text/vcard', 'application/geo+json', 'text/csv', 'application/json']));
  });

  it('leaves brotli to its own file, so an nginx without the module loads this one', () => {
    const directives = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(directives.join('\n')).not.toMatch(/brotli_static/);
    expect(renderNginxBrotliSnippet().split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['brotli_static on;']);
  });
});

describe('nginxRegex', () => {
  it('matches a directory URL and its index.html, and a file exactly', () => {
    const page = new RegExp(nginxRegex('/:lang/places/:slug/'));
    expect(['/ka/places/x/', '/en/places/x/index.html'].every((p) => page.test(p))).toBe(true);
    expect(['/ka/places/', '/ka/places/x.vcf', '/ka/places/x/y/'].some((p) => page.test(p))).toBe(false);
    expect(new RegExp(nginxRegex('/404.html')).test('/404xhtml')).toBe(false);
  });
});
