import { describe, expect, it } from 'vitest';
import {
  georgianCases,
  loadGeography,
  mdxFile,
  seededRandom,
  syntheticContent,
  syntheticSlug,
} from '../../../bench/synthetic-content';
import { placeSchema, newsSchema, programSchema } from '../../../src/lib/content/schemas';

const geography = loadGeography('.');
const counts = { places: 40, programs: 30, news: 12 };
const files = syntheticContent(counts, geography.towns, geography.regions);
const inFolder = (prefix: string) => files.filter((f) => f.path.startsWith(prefix));

/** Front matter values as YAML reads the JSON-quoted lines mdxFile writes. */
function frontmatter(text: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1)) as string]));
}

describe('loadGeography', () => {
  it('reads all twelve regions of content/regions.yaml and places every gazetteer town in one of them', () => {
    expect(geography.regions.map((r) => r.id)).toContain('kakheti');
    expect(geography.regions).toHaveLength(12);
    expect(geography.regions.find((r) => r.id === 'racha-lechkhumi-kvemo-svaneti')?.ka).toBe('რაჭა-ლეჩხუმი და ქვემო სვანეთი');
    expect(geography.towns.length).toBeGreaterThan(100);
    const ids = new Set(geography.regions.map((r) => r.id));
    expect(geography.towns.every((t) => ids.has(t.region))).toBe(true);
  });
});

describe('syntheticContent', () => {
  it('writes the requested number of files: one per place and program, one per news item and language', () => {
    expect(inFolder('places/')).toHaveLength(40);
    expect(inFolder('programs/')).toHaveLength(30);
    expect(inFolder('news/ka/')).toHaveLength(12);
    expect(inFolder('news/en/')).toHaveLength(12);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('produces places the real place schema accepts, in known regions, inside Georgia', () => {
    const regionIds = new Set(geography.regions.map((r) => r.id));
    for (const file of inFolder('places/')) {
      const result = placeSchema.safeParse(JSON.parse(file.text));
      expect(result.error, file.path).toBeUndefined();
      expect(regionIds.has(result.data?.region ?? '')).toBe(true);
    }
  });

  it('produces programs the real program schema accepts, with a rules block and related programs that exist', () => {
    const slugs = new Set(inFolder('programs/').map((f) => f.path.replace(/^programs\/|\.yaml$/g, '')));
    for (const file of inFolder('programs/')) {
      const result = programSchema.safeParse(JSON.parse(file.text));
      expect(result.error, file.path).toBeUndefined();
      expect(result.data?.rules.needs.anyOf.length).toBeGreaterThan(0);
      for (const id of result.data?.related ?? []) expect(slugs.has(id)).toBe(true);
    }
    const withRegionRule = inFolder('programs/').filter((f) => JSON.parse(f.text).rules.region);
    expect(withRegionRule.length).toBeGreaterThan(0);
  });

  it('produces news in both languages whose front matter the real news schema accepts and whose body links to a place', () => {
    for (const file of inFolder('news/')) {
      const result = newsSchema.safeParse(frontmatter(file.text));
      expect(result.error, file.path).toBeUndefined();
      const lang = file.path.split('/')[1];
      expect(file.text).toMatch(new RegExp(`\\]\\(/${lang}/places/synthetic-place-\\d{4}/\\)`));
      // MDX would read braces and angle brackets as code and tags.
      expect(file.text).not.toMatch(/[{}<>]/);
    }
    const ka = inFolder('news/ka/')[0]?.text ?? '';
    expect(ka).toMatch(/[\u10A0-\u10FF]{3,}/u);
  });

  it('writes varied text, not one sentence repeated', () => {
    const words = new Set(files.flatMap((f) => f.text.split(/[\s.,":]+/u)));
    expect(words.size).toBeGreaterThan(300);
    const summaries = inFolder('places/').map((f) => JSON.parse(f.text).summary.ka);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('is deterministic: the same seed gives the same site, another seed a different one', () => {
    expect(syntheticContent(counts, geography.towns, geography.regions)).toEqual(files);
    expect(syntheticContent(counts, geography.towns, geography.regions, 7)).not.toEqual(files);
  });
});

describe('helpers', () => {
  it('georgianCases forms the genitive and locative of town names', () => {
    expect(georgianCases('ქუთაისი')).toEqual({ genitive: 'ქუთაისის', locative: 'ქუთაისში' });
    expect(georgianCases('ახმეტა')).toEqual({ genitive: 'ახმეტის', locative: 'ახმეტაში' });
  });

  it('syntheticSlug gives URL slugs that sort in creation order', () => {
    expect(syntheticSlug('place', 0)).toBe('synthetic-place-0001');
    expect(syntheticSlug('news', 499)).toBe('synthetic-news-0500');
  });

  it('mdxFile quotes front matter values so colons and quotes survive', () => {
    expect(mdxFile({ title: 'IOM: "new"' }, 'Body')).toBe('---\ntitle: "IOM: \\"new\\""\n---\n\nBody\n');
  });

  it('seededRandom stays in [0, 1) and repeats for a seed', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
  });
});
