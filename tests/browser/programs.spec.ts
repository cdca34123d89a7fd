import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/i18n/locales';
import en from '../../src/i18n/ui-en';
import ka from '../../src/i18n/ui-ka';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let noJs: BrowserContext;

/** The programs as the content files describe them: the counts must match these. */
const programs = readdirSync('content/programs')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = parse(readFileSync(`content/programs/${f}`, 'utf8')) as {
      title: { ka: string; en: string };
      provider: { ka: string; en: string };
      tagline: { ka: string; en: string };
      categories: string[];
      regions: 'all' | string[];
      termsYear?: number;
      ask?: { places?: string[] };
    };
    return { id: f.replace(/\.yaml$/, ''), ...data };
  });
const regionIds = (parse(readFileSync('content/regions.yaml', 'utf8')) as Array<{ id: string }>).map((r) => r.id);
const serves = (p: (typeof programs)[number], region: string) => p.regions === 'all' || p.regions.includes(region);
const categoriesInUse = [...new Set(programs.flatMap((p) => p.categories))];

/** Ids of the programs the visitor can see, each once. */
const visiblePrograms = async (page: Page) =>
  [...new Set(await page.locator('#program-list [data-program]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['program'] ?? '')))].sort();

/** The number shown next to an option, e.g. "(4)" → 4. */
const countIn = (text: string) => Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser));
  ({ context: noJs } = await isolatedContext(browser, { javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

describe('programs page filters', () => {
  it('counts every category and region option as the content files say, and the total', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/en/programs/`);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(true);
    for (const category of categoriesInUse) {
      const label = await page.locator(`[data-count-for="category:${category}"]`).innerText();
      expect(countIn(label), category).toBe(programs.filter((p) => p.categories.includes(category)).length);
    }
    for (const region of regionIds) {
      const option = await page.locator(`select[name=region] option[value="${region}"]`).innerText();
      expect(countIn(option), region).toBe(programs.filter((p) => serves(p, region)).length);
    }
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing ${programs.length} of ${programs.length} programs.`);
    expect(await page.getAttribute('[data-filter-status]', 'aria-live')).toBe('polite');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by category and region, updates the counts and keeps the choice in the address', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/programs/`);
    await page.check('input[name=category][value=business]');
    const business = programs.filter((p) => p.categories.includes('business'));
    expect(await visiblePrograms(page)).toEqual(business.map((p) => p.id).sort());
    expect(await page.locator('[data-filter-status]').innerText()).toBe(`Showing ${business.length} of ${programs.length} programs.`);
    expect(new URL(page.url()).search).toBe('?category=business');
    // One card per program: no program appears twice.
    expect(await page.locator('#program-list [data-program]:visible').count()).toBe(business.length);

    await page.selectOption('select[name=region]', 'kakheti');
    const both = business.filter((p) => serves(p, 'kakheti'));
    expect(await visiblePrograms(page)).toEqual(both.map((p) => p.id).sort());
    expect(new URL(page.url()).search).toBe('?category=business&region=kakheti');
    expect(await axeViolations(page)).toEqual([]);
    // Category counts now count within Kakheti.
    const health = await page.locator('[data-count-for="category:health"]').innerText();
    expect(countIn(health)).toBe(programs.filter((p) => p.categories.includes('health') && serves(p, 'kakheti')).length);

    await page.click('form[data-filters] button[type=reset]');
    await page.waitForFunction(() => location.search === '');
    expect(await visiblePrograms(page)).toEqual(programs.map((p) => p.id).sort());
    await page.close();
  });

  it('opening a filtered address applies it, in either language, and the language switch keeps it', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ka/programs/?category=health&category=training&region=imereti`);
    expect(await page.isChecked('input[name=category][value=health]')).toBe(true);
    expect(await page.isChecked('input[name=category][value=training]')).toBe(true);
    expect(await page.inputValue('select[name=region]')).toBe('imereti');
    const expected = programs.filter((p) => (p.categories.includes('health') || p.categories.includes('training')) && serves(p, 'imereti'));
    expect(await visiblePrograms(page)).toEqual(expected.map((p) => p.id).sort());
    await Promise.all([page.waitForURL(/\/en\/programs\//), page.click('[data-language-switch]')]);
    expect(new URL(page.url()).search).toBe('?category=training&category=health&region=imereti');
    expect(await visiblePrograms(page)).toEqual(expected.map((p) => p.id).sort());
    await page.close();
  });

  it('without JavaScript, lists every program once with its categories and shows no filter controls', async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/en/programs/?category=business`);
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    expect(await visiblePrograms(page)).toEqual(programs.map((p) => p.id).sort());
    expect(await page.locator('#program-list [data-program]:visible').count()).toBe(programs.length);
    for (const program of programs) {
      const chips = await page.locator(`[data-program="${program.id}"] ul[aria-label="${en['programs.filters.category']}"] li`).allInnerTexts();
      expect(chips, program.id).toEqual(program.categories.map((c) => en[`category.${c}` as keyof typeof en]));
    }
    expect(await page.locator('a[href="/en/check/"]').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the program list on a 360 × 640 phone', () => {
  const phone = { width: 360, height: 640 };

  it.each(localeCodes)('/%s/programs/ shows one compact card per program, all within 3 screens, each linking to its page', async (lang) => {
    const strings = lang === 'ka' ? ka : en;
    const { context: small } = await isolatedContext(browser, { viewport: phone });
    const page = await small.newPage();
    await page.goto(`${baseUrl}/${lang}/programs/`);
    const list = page.locator('#program-list');
    const height = (await list.boundingBox())?.height ?? Infinity;
    expect(height, `list height ${height} px`).toBeLessThanOrEqual(3 * phone.height);
    const cards = list.locator(':scope > li');
    expect(await cards.count()).toBe(programs.length);
    for (const program of programs) {
      const card = list.locator(`:scope > li[data-program="${program.id}"]`);
      const links = card.locator('a');
      expect(await links.count(), program.id).toBe(1);
      expect(await links.getAttribute('href')).toBe(`/${lang}/programs/${program.id}/`);
      expect(await links.innerText()).toBe(program.title[lang]);
      expect(await card.locator('p').first().innerText()).toBe(program.provider[lang]);
      expect(await card.locator('p').nth(1).innerText()).toBe(program.tagline[lang]);
      const chips = await card.locator(`ul[aria-label="${strings['programs.filters.category']}"] li`).allInnerTexts();
      expect(chips).toEqual(program.categories.map((c) => strings[`category.${c}` as keyof typeof strings]));
    }
    // A card leads to its program's page.
    const first = programs[0]!;
    await Promise.all([page.waitForURL(`**/${lang}/programs/${first.id}/`), list.locator(`a[href="/${lang}/programs/${first.id}/"]`).click()]);
    expect(await page.locator('h1').innerText()).toBe(first.title[lang]);
    await small.close();
  });
});

describe('program page', () => {
  /** The old promise, in either language: no source says every listed place advises on every program. */
  const anyPlacePromise = /any place listed|ნებისმიერ ადგილს/i;

  it.each(programs.flatMap((p) => localeCodes.map((lang) => [p.id, lang] as const)))(
    '%s (%s) says where to ask, with a way to reach them, and lists only the places its file names',
    async (id, lang) => {
      const page = await noJs.newPage();
      await page.goto(`${baseUrl}/${lang}/programs/${id}/`);
      const section = page.locator('section[data-where-to-ask]');
      expect(await section.locator('h2').innerText()).toBe(lang === 'ka' ? 'სად ვიკითხო ამ პროგრამის შესახებ' : 'Where to ask about it');
      expect((await section.locator('p').first().innerText()).length).toBeGreaterThan(20);
      const ways = await section.locator('a[href^="https://"], a[href^="http://"], a[href^="tel:"], a[href^="mailto:"]').count();
      expect(ways, 'a web, tel: or mailto: link').toBeGreaterThan(0);
      expect(await page.locator('main').innerText()).not.toMatch(anyPlacePromise);
      expect(await page.locator('[data-nearest-place-link]').count()).toBe(0);
      const listed = await section.locator('[data-place]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['place']));
      const named = programs.find((p) => p.id === id)?.ask?.places ?? [];
      expect([...listed].sort()).toEqual([...named].sort());
      await page.close();
    },
  );

  it('the state programme names the Agency’s hotline as a tel: link and its office, and lists related programs', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/programs/state-reintegration-programme/`);
    const section = page.locator('section[data-where-to-ask]');
    expect(await section.locator('a[href="tel:1505"]').count()).toBe(1);
    expect(await section.locator('[data-place="livelihood-agency"] a').getAttribute('href')).toBe('/en/places/livelihood-agency/');
    const related = await page.locator('section:has(#related) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related).toContain('/en/programs/vocational-education/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the healthcare programme’s Georgian title says it is an unofficial translation, on its page and in the list', async () => {
    const title = programs.find((p) => p.id === 'universal-healthcare')?.title.ka ?? '';
    expect(title).toContain('არაოფიციალური');
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/ka/programs/universal-healthcare/`);
    expect(await page.locator('h1').innerText()).toBe(title);
    expect(await page.locator('[data-terms-year]').innerText()).toContain('ჩვენი თარგმანია');
    await page.goto(`${baseUrl}/ka/programs/`);
    expect(await page.locator('#program-list a[href="/ka/programs/universal-healthcare/"]').first().innerText()).toContain('არაოფიციალური');
    await page.close();
  });

  it.each(programs.filter((p) => p.termsYear !== undefined).map((p) => [p.id, p.termsYear] as const))(
    '%s says which year its terms describe (%i)',
    async (id, year) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/ka/programs/${id}/`);
      expect(await page.locator('[data-terms-year]').innerText()).toContain(String(year));
      await page.close();
    },
  );
});
