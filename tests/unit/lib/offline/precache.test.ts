import { describe, expect, it } from 'vitest';
import { chunkImports, directoryUrls, pageScripts, precacheFiles, scriptClosure } from '../../../../src/lib/offline/precache';

const files: Record<string, string> = {
  'ka/index.html': '<link rel="stylesheet" href="/_astro/global.A.css"><script type="module" src="/_astro/search.S1.js"></script>',
  'en/index.html': '<script type="module" src="/_astro/search.S1.js"></script>',
  'ka/places/index.html': '<script type="module" src="/_astro/PlacesMap.P1.js"></script><link rel="modulepreload" href="/_astro/ui.U1.js">',
  '_astro/search.S1.js': 'console.log(1)',
  '_astro/PlacesMap.P1.js': 'import{u}from"./ui.U1.js";const m=()=>import("./leaflet.L1.js")',
  '_astro/ui.U1.js': 'export const u=1',
  '_astro/leaflet.L1.js': 'import"./ui.U1.js";export default {}',
  '_astro/check.C1.js': 'never referenced by a stored page',
};
const read = (file: string) => files[file];

describe('pageScripts', () => {
  it('finds module scripts and preloads, not stylesheets', () => {
    expect(pageScripts(files['ka/places/index.html'] ?? '')).toEqual(['_astro/PlacesMap.P1.js', '_astro/ui.U1.js']);
    expect(pageScripts(files['ka/index.html'] ?? '')).toEqual(['_astro/search.S1.js']);
  });
});

describe('chunkImports', () => {
  it('finds static and dynamic imports of sibling chunks', () => {
    expect(chunkImports(files['_astro/PlacesMap.P1.js'] ?? '')).toEqual(['_astro/leaflet.L1.js', '_astro/ui.U1.js']);
  });
});

describe('scriptClosure', () => {
  it('follows imports, including lazily loaded ones, once each', () => {
    expect(scriptClosure(['_astro/PlacesMap.P1.js'], read)).toEqual(['_astro/PlacesMap.P1.js', '_astro/leaflet.L1.js', '_astro/ui.U1.js']);
  });

  it('skips files that do not exist', () => {
    expect(scriptClosure(['_astro/gone.js'], read)).toEqual([]);
  });
});

describe('precacheFiles', () => {
  it('stores the home and places pages that exist and every script they run, but not other pages’ scripts', () => {
    expect(precacheFiles(read)).toEqual([
      '_astro/PlacesMap.P1.js',
      '_astro/leaflet.L1.js',
      '_astro/search.S1.js',
      '_astro/ui.U1.js',
      'en/index.html',
      'ka/index.html',
      'ka/places/index.html',
    ]);
  });
});

describe('directoryUrls', () => {
  const entries = [
    { url: 'ka/index.html', revision: 'r1' },
    { url: 'ka/places/index.html', revision: 'r2' },
    { url: '_astro/ui.U1.js', revision: null },
  ];
  const digest = (text: string) => text;

  it('stores pages under the address a visitor opens, and leaves other files alone', () => {
    expect(directoryUrls(entries, () => '{}', digest).map((e) => e.url)).toEqual(['ka/', 'ka/places/', '_astro/ui.U1.js']);
    expect(directoryUrls(entries, () => '{}', digest)[2]).toBe(entries[2]);
  });

  it('gives a page a new revision when its headers change, so the stored copy is fetched again', () => {
    const before = directoryUrls(entries, (path) => (path === '/ka/places/' ? 'geolocation=(self)' : 'x'), digest);
    const after = directoryUrls(entries, (path) => (path === '/ka/places/' ? 'geolocation=()' : 'x'), digest);
    expect(before[0]?.revision).toBe(after[0]?.revision);
    expect(before[1]?.revision).not.toBe(after[1]?.revision);
  });
});
