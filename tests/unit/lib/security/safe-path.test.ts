import { describe, expect, it } from 'vitest';
import { resolveInsideRoot, trailingSlashRedirect } from '../../../../src/lib/security/safe-path';

const root = '/srv/site';
const inside = (path: string | undefined) => path === root || !!path?.startsWith(`${root}/`);

describe('resolveInsideRoot', () => {
  it('maps ordinary paths to files below root', () => {
    expect(resolveInsideRoot(root, '/')).toBe('/srv/site/');
    expect(resolveInsideRoot(root, '/ka/about/')).toBe('/srv/site/ka/about/');
    expect(resolveInsideRoot(root, '/data/hubs.csv')).toBe('/srv/site/data/hubs.csv');
  });

  it('decodes percent-encoded names, Georgian included', () => {
    expect(resolveInsideRoot(root, '/ka/%E1%83%97%E1%83%94%E1%83%9A%E1%83%90%E1%83%95%E1%83%98/')).toBe('/srv/site/ka/თელავი/');
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
    '/..%5c..%5cetc/passwd',
    '/ka/../../site-other/x',
  ])('never leaves root: %s', (path) => {
    const file = resolveInsideRoot(root, path);
    expect(file === undefined || inside(file), String(file)).toBe(true);
  });

  it('rejects what would climb out, rather than clamping it', () => {
    expect(resolveInsideRoot(root, '/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveInsideRoot(root, '/%2e%2e/etc/passwd')).toBeUndefined();
    // A sibling folder whose name starts like root is outside it too.
    expect(resolveInsideRoot(root, '/..%2fsite-other/x')).toBeUndefined();
  });

  it('keeps doubled slashes and dot segments inside root', () => {
    expect(resolveInsideRoot(root, '/.//evil.example/')).toBe('/srv/site/evil.example/');
    expect(resolveInsideRoot(root, '//evil.example/x')).toBe('/srv/site/evil.example/x');
    expect(resolveInsideRoot(root, '/%2f%2fevil.example/')).toBe('/srv/site/evil.example/');
    expect(resolveInsideRoot(root, '/ka/./../en/')).toBe('/srv/site/en/');
  });

  it('rejects paths that cannot be decoded or hold a NUL byte', () => {
    expect(resolveInsideRoot(root, '/%E0%A4%A')).toBeUndefined();
    expect(resolveInsideRoot(root, '/%')).toBeUndefined();
    expect(resolveInsideRoot(root, '/index.html%00.png')).toBeUndefined();
  });
});

describe('trailingSlashRedirect', () => {
  it('adds the slash to a folder path', () => {
    expect(trailingSlashRedirect('/ka/places')).toBe('/ka/places/');
    expect(trailingSlashRedirect('/ka/%E1%83%90')).toBe('/ka/%E1%83%90/');
  });

  it('never points at another host (no protocol-relative //host)', () => {
    expect(trailingSlashRedirect('//evil.example')).toBe('/evil.example/');
    expect(trailingSlashRedirect('///evil.example/x')).toBe('/evil.example/x/');
  });
});
