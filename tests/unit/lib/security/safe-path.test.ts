import { describe, expect, it } from 'vitest';
import { canonicalRequest, servedPath, trailingSlashRedirect } from '../../../../src/lib/security/safe-path';

const pathOf = (target: string) => canonicalRequest(target)?.path;

describe('canonicalRequest', () => {
  it('splits an ordinary target into its path and query, dropping a fragment', () => {
    expect(canonicalRequest('/ka/about/')).toEqual({ path: '/ka/about/', search: '' });
    expect(canonicalRequest('/ka/places/?from=ozurgeti#finder')).toEqual({ path: '/ka/places/', search: '?from=ozurgeti' });
    expect(canonicalRequest('/data/hubs.csv')).toEqual({ path: '/data/hubs.csv', search: '' });
  });

  it('decodes percent-encoded names, Georgian included', () => {
    expect(pathOf('/ka/%E1%83%97%E1%83%94%E1%83%9A%E1%83%90%E1%83%95%E1%83%98/')).toBe('/ka/თელავი/');
    expect(pathOf('/en/pl%61ces/')).toBe('/en/places/');
  });

  it('gives every spelling of a page the same path (which decides its headers)', () => {
    for (const target of ['/en/places/', '/en//places/', '/en/./places/', '/en/pl%61ces/', '/ka/../en/places/', '/en/places/.']) {
      expect(pathOf(target), target).toBe('/en/places/');
    }
  });

  it.each([
    '/../etc/passwd',
    '/../../../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fetc%2fpasswd',
    '/..%2F..%2Fetc/passwd',
    '/ka/..%2f..%2f..%2fetc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/ka/../../site-other/x',
  ])('rejects a path that climbs above the root, rather than clamping it: %s', (target) => {
    expect(canonicalRequest(target)).toBeUndefined();
  });

  it('keeps doubled slashes and dot segments on this site', () => {
    expect(pathOf('/.//evil.example/')).toBe('/evil.example/');
    expect(pathOf('//evil.example/x')).toBe('/evil.example/x');
    expect(pathOf('/%2f%2fevil.example/')).toBe('/evil.example/');
    // A backslash is a character of a name here, not a separator.
    expect(pathOf('/..%5c..%5cetc/passwd')).toBe('/..\\..\\etc/passwd');
  });

  it('rejects targets that cannot be decoded, hold a NUL byte or are no path', () => {
    for (const target of ['/%E0%A4%A', '/%', '/index.html%00.png', '*', 'http://evil.example/', '']) {
      expect(canonicalRequest(target), target).toBeUndefined();
    }
  });
});

describe('servedPath', () => {
  it('names a folder by its directory URL, whatever file serves it', () => {
    expect(servedPath('ka/about/index.html')).toBe('/ka/about/');
    expect(servedPath('index.html')).toBe('/');
    expect(servedPath('404.html')).toBe('/404.html');
    expect(servedPath('data/hubs.csv')).toBe('/data/hubs.csv');
  });
});

describe('trailingSlashRedirect', () => {
  it('adds the slash to a folder path, percent-encoded', () => {
    expect(trailingSlashRedirect('/ka/places')).toBe('/ka/places/');
    expect(trailingSlashRedirect('/ka/ა')).toBe('/ka/%E1%83%90/');
  });

  it('never points at another host (no protocol-relative //host, no /\\host)', () => {
    expect(trailingSlashRedirect('//evil.example')).toBe('/evil.example/');
    expect(trailingSlashRedirect('///evil.example/x')).toBe('/evil.example/x/');
    expect(trailingSlashRedirect('/\\evil.example')).toBe('/evil.example/');
    expect(trailingSlashRedirect('/x/\\evil.example')).toBe('/x/%5Cevil.example/');
  });
});
