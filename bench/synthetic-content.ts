/**
 * Synthetic content for the scale benchmark (`npm run bench`, bench/scale.ts):
 * places, programs and news in both languages that pass the real content
 * schemas (src/lib/content/schemas.ts) and the cross-file checks, with
 * Georgian text in Georgian script built from word lists, so the build, the
 * pages and Pagefind's index do realistic work. Nothing here ships in the site.
 *
 * Everything is deterministic for a given seed, so two runs measure the same site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type RegionOutline, checkPointInRegion } from '../src/lib/geo/point-in-region.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { georgiaBounds, placeStatuses, placeTypes, programCategories, services } from '../src/lib/content/vocabulary.ts';

/** A town to put places in: names in both languages, position and region id (from content/regions.yaml). */
export interface SyntheticTown {
  ka: string;
  en: string;
  lat: number;
  lon: number;
  region: string;
}

/** A region as content/regions.yaml names it. */
export interface SyntheticRegion {
  id: string;
  ka: string;
  en: string;
}

/** One content file to write: its path under `content/` and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** How much to generate. */
export interface SyntheticCounts {
  places: number;
  programs: number;
  news: number;
}

type Pair = readonly [ka: string, en: string];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same seed gives the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Georgian case forms of a town name, enough for the templates: genitive (-ის) and
 * locative (-ში). Names ending in -ი or -ა drop it before -ის; -ი drops before -ში.
 *
 * @example georgianCases('ქუთაისი') // { genitive: 'ქუთაისის', locative: 'ქუთაისში' }
 */
export function georgianCases(name: string): { genitive: string; locative: string } {
  const stem = /[აი]$/u.test(name) ? name.slice(0, -1) : name;
  return { genitive: `${stem}ის`, locative: `${name.endsWith('ი') ? stem : name}ში` };
}

const serviceWords: readonly Pair[] = [
  ['კონსულტაციას', 'advice'],
  ['ინფორმაციას დასაქმების შესახებ', 'information about jobs'],
  ['პროფესიულ გადამზადებას', 'vocational retraining'],
  ['ფსიქოსოციალურ მხარდაჭერას', 'psychosocial support'],
  ['იურიდიულ დახმარებას', 'legal help'],
  ['ბიზნესგეგმის მომზადებაში დახმარებას', 'help with writing a business plan'],
  ['სამედიცინო მომსახურებაზე გადამისამართებას', 'referral to medical services'],
  ['ენის კურსებს', 'language courses'],
  ['დოკუმენტების აღდგენაში დახმარებას', 'help to replace lost documents'],
  ['მცირე გრანტებს', 'small grants'],
  ['სასოფლო-სამეურნეო ტექნიკის იჯარას', 'rental of farm machinery'],
  ['დროებით საცხოვრებელს', 'temporary housing'],
  ['კომპიუტერულ კურსებს', 'computer courses'],
  ['ბავშვების სკოლაში ჩარიცხვაში დახმარებას', "help to enrol children in school"],
];

const groupWords: readonly Pair[] = [
  ['დაბრუნებულ მიგრანტებს', 'returning migrants'],
  ['ახალგაზრდებს', 'young people'],
  ['ქალებს', 'women'],
  ['მცირე ფერმერებს', 'small farmers'],
  ['დამწყებ მეწარმეებს', 'new entrepreneurs'],
  ['ოჯახებს', 'families'],
  ['შშმ პირებს', 'people with disabilities'],
  ['უმუშევრებს', 'unemployed people'],
];

const partnerWords: readonly Pair[] = [
  ['მუნიციპალიტეტი', 'the municipality'],
  ['IOM საქართველო', 'IOM Georgia'],
  ['დასაქმების სააგენტო', 'the employment agency'],
  ['ადგილობრივი არასამთავრობო ორგანიზაცია', 'a local non-governmental organisation'],
  ['პროფესიული კოლეჯი', 'a vocational college'],
  ['სოფლის განვითარების სააგენტო', 'the rural development agency'],
];

const monthWords: readonly Pair[] = [
  ['იანვარში', 'in January'],
  ['მარტში', 'in March'],
  ['მაისში', 'in May'],
  ['ივლისში', 'in July'],
  ['სექტემბერში', 'in September'],
  ['ნოემბერში', 'in November'],
];

const topicWords: readonly Pair[] = [
  ['მეფუტკრეობის', 'beekeeping'],
  ['მევენახეობის', 'winegrowing'],
  ['სამკერვალო საქმის', 'tailoring'],
  ['ელექტრობის', 'electrical work'],
  ['სტუმარმასპინძლობის', 'hospitality'],
  ['სანტექნიკის', 'plumbing'],
  ['ბუღალტერიის', 'bookkeeping'],
  ['კულინარიის', 'cooking'],
  ['ხის დამუშავების', 'woodwork'],
  ['ავტომექანიკის', 'car mechanics'],
  ['სათბურის მეურნეობის', 'greenhouse farming'],
  ['ციფრული მარკეტინგის', 'digital marketing'],
];

const kindWords: Record<(typeof placeTypes)[number], Pair> = {
  'service-hub': ['სერვის ჰაბი', 'service hub'],
  'iom-office': ['IOM-ის საკონტაქტო პუნქტი', 'IOM contact point'],
  'state-agency': ['სახელმწიფო სერვისის ოფისი', 'state service office'],
};

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** `count` different items of `list` (fewer when the list is shorter). */
function pickSome<T>(next: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
  return chosen;
}

/** One sentence in both languages about a town, from one of several templates. */
function sentence(next: () => number, town: Pair): Pair {
  const cases = georgianCases(town[0]);
  const service = pick(next, serviceWords);
  const group = pick(next, groupWords);
  const partner = pick(next, partnerWords);
  const month = pick(next, monthWords);
  const topic = pick(next, topicWords);
  const count = 5 + Math.floor(next() * 95);
  const templates: Pair[] = [
    [`${cases.locative} ${group[0]} ${service[0]} სთავაზობენ.`, `In ${town[1]}, ${group[1]} are offered ${service[1]}.`],
    [`${partner[0]} ${month[0]} ${topic[0]} ახალ კურსს იწყებს.`, `${capitalise(partner[1])} starts a new ${topic[1]} course ${month[1]}.`],
    [`გასულ წელს ${count} ადამიანმა მიიღო ${service[0]}.`, `Last year ${count} people received ${service[1]}.`],
    [`${cases.genitive} მკვიდრებს შეუძლიათ ${topic[0]} სწავლა უფასოდ.`, `People living in ${town[1]} can learn ${topic[1]} for free.`],
    [`კონსულტანტი ${group[0]} ეხმარება, სწორი პროგრამა იპოვონ.`, `A counsellor helps ${group[1]} find the right program.`],
    [`${partner[0]} და ${cases.genitive} მერია ერთად მუშაობენ.`, `${capitalise(partner[1])} and ${town[1]} city hall work together.`],
    [`განაცხადის მიღება ${month[0]} დაიწყება.`, `Applications open ${month[1]}.`],
    [`${topic[0]} სწავლება ${count} დღე გრძელდება.`, `The ${topic[1]} training lasts ${count} days.`],
  ];
  return pick(next, templates);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A paragraph of `count` sentences, the same sentences in both languages. */
function paragraph(next: () => number, town: Pair, count: number): Pair {
  const sentences = Array.from({ length: count }, () => sentence(next, town));
  return [sentences.map((s) => s[0]).join(' '), sentences.map((s) => s[1]).join(' ')];
}

const both = (pair: Pair) => ({ ka: pair[0], en: pair[1] });
const list = (pairs: Pair[]) => ({ ka: pairs.map((p) => p[0]), en: pairs.map((p) => p[1]) });
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
const padded = (i: number) => String(i + 1).padStart(4, '0');

/** Slug of the i-th synthetic place, program or news item (URL-safe, like the real file names). */
export const syntheticSlug = (kind: 'place' | 'program' | 'news', i: number) => `synthetic-${kind}-${padded(i)}`;

/**
 * The i-th synthetic place: a hub, office or agency near a real town (a few km
 * of jitter, kept inside Georgia's bounding box), with services, a summary and
 * sometimes opening hours; no invented phone or e-mail.
 */
export function syntheticPlace(i: number, town: SyntheticTown, next: () => number) {
  const type = placeTypes[i % placeTypes.length] ?? 'service-hub';
  const townPair: Pair = [town.ka, town.en];
  const kind = kindWords[type];
  const b = georgiaBounds;
  return {
    name: { ka: `${georgianCases(town.ka).genitive} ${kind[0]} №${i + 1}`, en: `${town.en} ${kind[1]} no. ${i + 1}` },
    type,
    status: placeStatuses[i % 5 === 0 ? 1 : 0] ?? 'open',
    // Every fourth status is old enough to be stale, as many real ones are.
    confirmed: i % 4 === 0 ? '2024' : '2026-11',
    region: town.region,
    town: both(townPair),
    summary: both(paragraph(next, townPair, 2)),
    location: {
      lat: round6(clamp(town.lat + (next() - 0.5) * 0.08, b.minLat + 0.01, b.maxLat - 0.01)),
      lon: round6(clamp(town.lon + (next() - 0.5) * 0.08, b.minLon + 0.01, b.maxLon - 0.01)),
      precision: i % 3 === 0 ? 'town-centre' : 'building',
    },
    services: pickSome(next, services, 1 + Math.floor(next() * 4)),
    ...(i % 2 === 0 && { hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: i % 4 === 0 ? '18:00' : '17:00' }] }),
    // No invented numbers: every synthetic place is reached through the real IOM Georgia body.
    contactVia: ['iom-georgia'],
    sources: [`https://example.org/synthetic/places/${i + 1}`],
    lastReviewed: '2026-11-25',
  };
}

/**
 * The i-th synthetic program, with its required `rules:` block: a `needs` rule
 * matching its categories, and for some a region or return-date rule.
 * `related` names other synthetic programs, so the reference check passes.
 */
export function syntheticProgram(i: number, total: number, town: SyntheticTown, regions: readonly SyntheticRegion[], next: () => number) {
  const townPair: Pair = [town.ka, town.en];
  const topic = pick(next, topicWords);
  const categories = pickSome(next, programCategories, 1 + Math.floor(next() * 2));
  const regional = i % 3 === 0 ? pickSome(next, regions, 1 + Math.floor(next() * 2)) : undefined;
  const provider = pick(next, partnerWords);
  const steps: Pair[] = [
    ['შეავსეთ განაცხადის ფორმა.', 'Fill in the application form.'],
    [`მიიტანეთ ის ${georgianCases(town.ka).genitive} ოფისში.`, `Take it to the office in ${town.en}.`],
    ['დაელოდეთ პასუხს ორი კვირის განმავლობაში.', 'Wait for an answer within two weeks.'],
  ];
  return {
    title: { ka: `${topic[0]} პროგრამა №${i + 1}`, en: `${capitalise(topic[1])} program no. ${i + 1}` },
    provider: both(provider),
    categories,
    regions: regional ? regional.map((r) => r.id) : 'all',
    summary: both(paragraph(next, townPair, 3)),
    tagline: both([`${topic[0]}: მხარდაჭერა და სწავლება.`, `Support and training in ${topic[1]}.`]),
    eligibility: list(Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(next, townPair))),
    benefits: list(Array.from({ length: 2 + Math.floor(next() * 2) }, () => sentence(next, townPair))),
    howToApply: list(steps),
    related: [syntheticSlug('program', (i + 1) % total)],
    rules: {
      ...(i % 4 === 0
        ? { returnedWithinMonths: { months: 12, explain: both(['პროგრამა ბოლო 12 თვეში დაბრუნებულთათვისაა.', 'For people who came back in the last 12 months.']) } }
        : {}),
      ...(regional
        ? {
            region: {
              anyOf: regional.map((r) => r.id),
              explain: both([`პროგრამა მოქმედებს: ${regional.map((r) => r.ka).join(', ')}.`, `The program runs in ${regional.map((r) => r.en).join(', ')}.`]),
            },
          }
        : {}),
      needs: { anyOf: categories, explain: both([`${topic[0]} სწავლება და მხარდაჭერა.`, `Training and support in ${topic[1]}.`]) },
    },
    sources: [`https://example.org/synthetic/programs/${i + 1}`],
    lastReviewed: '2026-11-25',
  };
}

/** The i-th synthetic news item: front matter and an MDX body per language. */
export function syntheticNews(i: number, town: SyntheticTown, placeSlug: string | undefined, next: () => number) {
  const townPair: Pair = [town.ka, town.en];
  const topic = pick(next, topicWords);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  // Past years only: the content check refuses a publication day in the future.
  const published = `${2023 + (i % 3)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title: Pair = [`${georgianCases(town.ka).locative} ${topic[0]} ახალი კურსი იწყება`, `A new ${topic[1]} course starts in ${town.en}`];
  const description = paragraph(next, townPair, 1);
  const paragraphs = Array.from({ length: 3 + Math.floor(next() * 3) }, () => paragraph(next, townPair, 3 + Math.floor(next() * 3)));
  const body = (lang: 0 | 1) =>
    [
      paragraphs[0]?.[lang],
      lang === 0 ? '## რა იგეგმება' : '## What is planned',
      ...paragraphs.slice(1).map((p) => p[lang]),
      lang === 0
        ? `იპოვეთ [ახლომდებარე ადგილი](/ka/places/${placeSlug ? `${placeSlug}/` : ''}).`
        : `Find the [place near you](/en/places/${placeSlug ? `${placeSlug}/` : ''}).`,
    ].join('\n\n');
  return {
    ka: { frontmatter: { title: title[0], description: description[0].slice(0, 190), published }, body: body(0) },
    en: { frontmatter: { title: title[1], description: description[1].slice(0, 190), published }, body: body(1) },
  };
}

/**
 * An MDX file: front matter as YAML with JSON-quoted values (valid YAML), then the body.
 *
 * @example mdxFile({ title: 'x' }, 'Body') // '---\ntitle: "x"\n---\n\nBody\n'
 */
export function mdxFile(frontmatter: Record<string, string>, body: string): string {
  const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/**
 * Every synthetic content file, spread over the given towns round-robin:
 * `places/<slug>.yaml` and `programs/<slug>.yaml` (JSON, which is valid YAML), and
 * `news/<lang>/<slug>.mdx`. Paths are relative to `content/`.
 */
export function syntheticContent(counts: SyntheticCounts, towns: readonly SyntheticTown[], regions: readonly SyntheticRegion[], seed = 42): ContentFile[] {
  if (towns.length === 0) throw new Error('syntheticContent needs at least one town');
  const next = seededRandom(seed);
  const town = (i: number) => towns[i % towns.length] as SyntheticTown;
  const files: ContentFile[] = [];
  for (let i = 0; i < counts.places; i++) {
    files.push({ path: `places/${syntheticSlug('place', i)}.yaml`, text: JSON.stringify(syntheticPlace(i, town(i), next), null, 1) });
  }
  for (let i = 0; i < counts.programs; i++) {
    const program = syntheticProgram(i, counts.programs, town(i * 7), regions, next);
    files.push({ path: `programs/${syntheticSlug('program', i)}.yaml`, text: JSON.stringify(program, null, 1) });
  }
  for (let i = 0; i < counts.news; i++) {
    const placeSlug = counts.places > 0 ? syntheticSlug('place', i % counts.places) : undefined;
    const news = syntheticNews(i, town(i * 3), placeSlug, next);
    for (const lang of localeCodes) {
      files.push({ path: `news/${lang}/${syntheticSlug('news', i)}.mdx`, text: mdxFile(news[lang].frontmatter, news[lang].body) });
    }
  }
  return files;
}

/**
 * The real regions (content/regions.yaml) and towns (src/data/gazetteer.json, whose
 * regions are ISO codes) of a project folder, to spread synthetic content over.
 * The regions file is read line by line in its fixed `- id / iso / name: { ka, en }` shape.
 */
export function loadGeography(projectDir: string): { regions: SyntheticRegion[]; towns: SyntheticTown[] } {
  const yaml = readFileSync(join(projectDir, 'content/regions.yaml'), 'utf8');
  const pattern = /^- id: ([a-z-]+)\n {2}iso: (GE-[A-Z]{2})\n {2}name: \{ ka: ([^,]+), en: ([^}]+?) \}$/gmu;
  const parsed = [...yaml.matchAll(pattern)].map((m) => ({ id: m[1] ?? '', iso: m[2] ?? '', ka: m[3] ?? '', en: m[4] ?? '' }));
  const declared = yaml.match(/^- id: /gm)?.length ?? 0;
  if (parsed.length !== declared) throw new Error(`content/regions.yaml: read ${parsed.length} of ${declared} regions; its layout changed`);
  const byIso = new Map(parsed.map((r) => [r.iso, r.id]));
  const gazetteer = JSON.parse(readFileSync(join(projectDir, 'src/data/gazetteer.json'), 'utf8')) as Array<Omit<SyntheticTown, 'region'> & { region: string }>;
  // Only towns whose whole jitter box (a place lies up to 0.04° from its town) is
  // in the town's region by the basemap outlines, which the content check uses.
  const topology = JSON.parse(readFileSync(join(projectDir, 'public/data/basemap.topo.json'), 'utf8')) as Topology;
  const outlines: RegionOutline[] = feature(topology, topology.objects['regions'] as GeometryCollection<{ code: string }>).features.map((f) => ({
    code: f.properties.code,
    geometry: f.geometry as Polygon | MultiPolygon,
  }));
  const corners = [-0.04, 0.04].flatMap((dLat) => [-0.04, 0.04].map((dLon) => ({ dLat, dLon })));
  const towns = gazetteer.flatMap((t) => {
    const region = byIso.get(t.region);
    const fits = corners.every(({ dLat, dLon }) => checkPointInRegion({ lat: t.lat + dLat, lon: t.lon + dLon }, t.region, outlines).ok);
    return region && fits ? [{ ka: t.ka, en: t.en, lat: t.lat, lon: t.lon, region }] : [];
  });
  return { regions: parsed.map(({ id, ka, en }) => ({ id, ka, en })), towns };
}
