import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/format/date';
import { localeCodes } from '../../src/i18n/locales';
import { ruleNames } from '../../src/lib/programs/answer-values';
import { addMonths } from '../../src/lib/programs/match';
import { georgianDate } from '../../src/lib/time/georgia';
import { axeViolations } from './support/axe';
import { collectErrors, isolatedContext, launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let noJs: BrowserContext;

/** The program files, for their titles and rule explanations. */
const programs = Object.fromEntries(
  readdirSync('content/programs')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [
      f.replace(/\.yaml$/, ''),
      parse(readFileSync(`content/programs/${f}`, 'utf8')) as {
        title: { ka: string; en: string };
        rules: Record<string, { explain: { ka: string; en: string } }>;
      },
    ]),
);

/** Month and year of the day `months` months before today in Georgia. */
function monthsAgo(months: number): { month: string; year: string } {
  const date = addMonths(georgianDate(new Date()), -months);
  return { year: date.slice(0, 4), month: String(Number(date.slice(5, 7))) };
}

interface Persona {
  returned?: { month: string; year: string };
  stay?: string;
  route?: string;
  region?: string;
  town?: string;
  needs: string[];
}

/** Fills the form the way a visitor does, and submits it; with JavaScript, waits for the result. */
async function answer(page: Page, persona: Persona, { javaScript = true } = {}): Promise<void> {
  if (persona.returned) {
    await page.selectOption('select[name=month]', persona.returned.month);
    await page.selectOption('select[name=year]', persona.returned.year);
  }
  if (persona.stay) await page.check(`input[name=stay][value="${persona.stay}"]`);
  if (persona.route) await page.check(`input[name=route][value="${persona.route}"]`);
  if (persona.region) await page.selectOption('select[name=region]', persona.region);
  if (persona.town) await page.fill('input[name=town]', persona.town);
  for (const need of persona.needs) await page.check(`input[name=need][value="${need}"]`);
  await page.click('form[data-check-form] button[type=submit]');
  if (javaScript) await page.waitForSelector('[data-result]:not([hidden])');
  else await page.waitForURL(/#check-fallback$/);
}

/** Ids of the programs in the result, in order. */
const resultIds = (page: Page) =>
  page.locator('[data-result-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['program']));

/** Ids of the programs listed as not fitting, each with the reasons given, in order. */
const missReasons = (page: Page) =>
  page.locator('[data-miss-list] > li').evaluateAll((items) =>
    items.map((li) => ({
      id: (li as HTMLElement).dataset['miss'],
      // textContent: the list is folded away, and innerText of a hidden element is empty.
      reasons: [...li.querySelectorAll('[data-field=why-not] li')].map((r) => r.textContent?.trim() ?? ''),
    })),
  );

/** The personas of the checks above, and one who came back 20 months ago. */
const personas: Array<{ who: string; persona: Persona }> = [
  { who: 'back 3 months, Kakheti, business', persona: { returned: monthsAgo(3), stay: 'irregular-over-1-year', route: 'own-way', region: 'kakheti', needs: ['business'] } },
  { who: 'back 2 years, training', persona: { returned: monthsAgo(24), stay: 'irregular-over-1-year', route: 'own-way', needs: ['training'] } },
  { who: 'health care only', persona: { needs: ['health'] } },
  { who: 'documents only, typed town', persona: { town: 'Telavi', needs: ['documents-legal'] } },
  { who: 'back 20 months after an irregular stay, business', persona: { returned: monthsAgo(20), stay: 'irregular-over-1-year', route: 'own-way', needs: ['business'] } },
];
const languages = localeCodes;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await isolatedContext(browser));
  ({ context: noJs } = await isolatedContext(browser, { javaScriptEnabled: false }));
});
afterAll(async () => {
  await browser?.close();
});

describe('the check gives the programs that fit each persona, with reasons', () => {
  it('back 3 months after an irregular stay of over a year, lives in Kakheti, wants a business: the state programme and Enterprise Georgia, and a place in Kakheti', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/en/check/`);
    await answer(page, { returned: monthsAgo(3), stay: 'irregular-over-1-year', route: 'own-way', region: 'kakheti', needs: ['business'] });

    const ids = await resultIds(page);
    expect(ids).toContain('state-reintegration-programme');
    expect(ids).toContain('enterprise-georgia-micro-small-business');
    expect(ids).not.toContain('iom-assisted-voluntary-return');
    expect(ids[0]).toBe('state-reintegration-programme');

    const state = page.locator('[data-program="state-reintegration-programme"]');
    const reasons = await state.locator('[data-field=reasons] li').allInnerTexts();
    const rules = programs['state-reintegration-programme']!.rules;
    expect(reasons).toEqual([rules['returnedWithinMonths']!.explain.en, rules['stayAbroad']!.explain.en, rules['needs']!.explain.en]);
    expect(await state.locator('[data-field=to-check]').isVisible()).toBe(false);
    expect(await state.locator('[data-field=steps] li').count()).toBeGreaterThan(0);

    const places = await page.locator('[data-place-list] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['place']));
    expect(places.length).toBeGreaterThan(0);
    const firstRegion = parse(readFileSync(`content/places/${places[0]}.yaml`, 'utf8')).region;
    expect(firstRegion).toBe('kakheti');

    // The answers live in the fragment, which never reaches a server.
    const url = new URL(page.url());
    expect(url.search).toBe('');
    const answers = new URLSearchParams(url.hash.slice(1));
    expect(answers.get('region')).toBe('kakheti');
    expect(answers.getAll('need')).toEqual(['business']);
    // The result, as the script builds it, meets WCAG 2.2 AA too.
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('back 2 years, wants training: vocational education but NOT the state programme', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/check/`);
    await answer(page, { returned: monthsAgo(24), stay: 'irregular-over-1-year', route: 'own-way', needs: ['training'] });
    const ids = await resultIds(page);
    expect(ids).toContain('vocational-education');
    expect(ids).toContain('state-employment-support-agency');
    expect(ids).not.toContain('state-reintegration-programme');
    await page.close();
  });

  it('needs health care: universal healthcare, with its reason in Georgian on the Georgian page', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ka/check/`);
    await answer(page, { needs: ['health'] });
    const ids = await resultIds(page);
    expect(ids).toContain('universal-healthcare');
    const reason = await page.locator('[data-program="universal-healthcare"] [data-field=reasons] li').innerText();
    expect(reason).toBe(programs['universal-healthcare']!.rules['needs']!.explain.ka);
    // Questions left out become things to check, e.g. the state programme's 12 months.
    const toCheck = await page.locator('[data-program="state-reintegration-programme"] [data-field=unanswered] li').allInnerTexts();
    expect(toCheck).toContain(programs['state-reintegration-programme']!.rules['returnedWithinMonths']!.explain.ka);
    await page.close();
  });

  it('needs only help with documents: no program, a clear note, and the nearest place to a typed town', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/check/`);
    await answer(page, { town: 'Telavi', needs: ['documents-legal'] });
    expect(await resultIds(page)).toEqual([]);
    expect(await page.locator('[data-result-documents]').isVisible()).toBe(true);
    const first = page.locator('[data-place-list] li').first();
    expect(await first.getAttribute('data-place')).toMatch(/telavi/);
    expect(await first.innerText()).toMatch(/km/);
    await page.close();
  });
});

describe('the answers live in the address', () => {
  it('opening a shared address shows the same result and fills in the form', async () => {
    const { month, year } = monthsAgo(3);
    const answers = `month=${month}&year=${year}&stay=irregular-over-1-year&route=own-way&region=kakheti&need=business`;
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/check/#${answers}`);
    await page.waitForSelector('[data-result]:not([hidden])');
    expect(await resultIds(page)).toContain('state-reintegration-programme');
    expect(await page.inputValue('select[name=region]')).toBe('kakheti');
    expect(await page.isChecked('input[name=need][value=business]')).toBe(true);
    expect(await page.isChecked('input[name=stay][value=irregular-over-1-year]')).toBe(true);
    // Submitting the same answers writes the same address.
    await page.click('form[data-check-form] button[type=submit]');
    expect(new URL(page.url()).hash).toBe(`#${answers}`);
    // The language switch keeps the answers.
    expect(await page.getAttribute('[data-language-switch]', 'href')).toBe(`/ka/check/#${answers}`);
    await page.close();
  });

  it('an older address with the answers in the query still works, and moves them to the fragment', async () => {
    const { month, year } = monthsAgo(3);
    const answers = `month=${month}&year=${year}&stay=irregular-over-1-year&route=own-way&region=kakheti&need=business`;
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/check/?${answers}`);
    await page.waitForSelector('[data-result]:not([hidden])');
    expect(await resultIds(page)).toContain('state-reintegration-programme');
    const url = new URL(page.url());
    expect([url.search, url.hash]).toEqual(['', `#${answers}`]);
    expect(await page.getAttribute('[data-language-switch]', 'href')).toBe(`/ka/check/#${answers}`);
    await page.close();
  });

  it('each place to ask says how current it is and gives a number to call, with whose number it is', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/check/`);
    await answer(page, { returned: monthsAgo(3), stay: 'irregular-over-1-year', route: 'own-way', region: 'kakheti', town: 'Akhmeta', needs: ['business'] });
    const items = page.locator('[data-place-list] li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      expect(await item.locator('[data-field=note]').innerText()).toMatch(/^(as of [A-Z][a-z]+ \d{4}|last confirmed \d{4}: call before you go|the source gives no date: call before you go)$/);
      expect(await item.locator('[data-field=contacts] a').getAttribute('href')).toMatch(/^tel:\+?\d+$|^https?:\/\//);
    }
    const akhmeta = page.locator('[data-place-list] li[data-place="akhmeta-service-hub"]');
    expect(await akhmeta.locator('[data-field=note]').innerText()).toBe('last confirmed 2023: call before you go');
    expect(await akhmeta.locator('[data-field=contacts]').innerText()).toBe('+995\u00a0599\u00a009\u00a096\u00a035 (Akhmeta Municipality) — last confirmed 2023: the number may have changed');
    await page.close();
  });

  it('without answers, shows the questions only', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ka/check/`);
    expect(await page.locator('form[data-check-form]').isVisible()).toBe(true);
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    expect(await page.locator('[data-check-fallback]').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the referral sheet', () => {
  it('prints the answers, programs with reasons and how to apply, the nearest place and the date on one A4 page, without the site chrome', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ka/check/`);
    await answer(page, { returned: monthsAgo(3), stay: 'irregular-over-1-year', route: 'own-way', region: 'kakheti', needs: ['business'] });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

    for (const hidden of ['header nav', 'footer', 'form[data-check-form]', '[data-print]', 'h1']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const sheet = page.locator('[data-result]');
    const text = await sheet.innerText();
    expect(text).toContain('მიმართვის ფურცელი');
    expect(text).toContain(programs['state-reintegration-programme']!.title.ka);
    expect(text).toContain(programs['state-reintegration-programme']!.rules['stayAbroad']!.explain.ka);
    // Today's date in Georgian words, whatever locale data this browser has: the site writes its own month names.
    expect(await page.locator('[data-printed]').innerText()).toContain(formatDate(new Date(), 'ka'));
    expect(await page.locator('[data-printed]').innerText()).toMatch(/\d{1,2} (იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი), \d{4}/);
    expect(await page.locator('[data-answers] dd[data-answer=where]').innerText()).toContain('კახეთი');
    expect(await page.locator('[data-place-list] li').first().isVisible()).toBe(true);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.close();
  });
});

describe('when JavaScript is unavailable', () => {
  it('shows the questions, a note and links to the programs for each need and to the places; no control is dead', async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/en/check/`);
    expect(await page.locator('form[data-check-form]').isVisible()).toBe(true);
    expect(await page.locator('[data-check-fallback]').isVisible()).toBe(true);
    const links = await page.locator('[data-check-fallback] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toContain('/en/programs/?category=business');
    expect(links).toContain('/en/places/');
    // A category link leads to the program list; without JavaScript it lists every program, each with its categories.
    const programsPage = await noJs.newPage();
    await programsPage.goto(`${baseUrl}/en/programs/?category=business`);
    expect(await programsPage.locator('#program-list [data-program]:visible').count()).toBeGreaterThan(0);
    expect(await programsPage.locator('#program-list [data-program] li', { hasText: 'Business and grants' }).count()).toBeGreaterThan(0);
    await programsPage.close();
    // The result and the print button only exist with JavaScript.
    expect(await page.locator('[data-result]').isVisible()).toBe(false);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    // The only button submits the GET form, which leads to the fallback links with the answers in the address.
    expect(await page.locator('main button:visible').count()).toBe(1);
    await page.check('input[name=need][value=health]');
    await page.click('form[data-check-form] button[type=submit]');
    await page.waitForURL(/need=health/);
    expect(new URL(page.url()).hash).toBe('#check-fallback');
    expect(await page.locator('[data-check-fallback]').isVisible()).toBe(true);
    await page.close();
  });
});

describe('every "no" is explained', () => {
  const everyProgram = Object.keys(programs).sort();

  it.each(languages.flatMap((lang) => personas.map(({ who, persona }) => ({ lang, who, persona }))))(
    'with JavaScript, $lang, $who: each program is listed as a fit, or after the fits with its reasons',
    async ({ lang, persona }) => {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl}/${lang}/check/`);
      await answer(page, persona);
      const fits = await resultIds(page);
      const misses = await missReasons(page);
      expect([...fits, ...misses.map((m) => m.id)].sort()).toEqual(everyProgram);
      for (const miss of misses) {
        expect(miss.reasons.length, miss.id).toBeGreaterThan(0);
        for (const reason of miss.reasons) expect(reason, miss.id).toMatch(lang === 'ka' ? /[\u10D0-\u10FF]{3}/u : /^[A-Z].*\.$/);
      }
      // The programs that do not fit come after the ones that do, folded away.
      const details = page.locator('details[data-result-misses]');
      expect(await details.isVisible()).toBe(misses.length > 0);
      if (misses.length > 0) {
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        expect(await page.locator('[data-result-list] ~ details[data-result-misses]').count()).toBe(1);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    { lang: 'en', reason: 'You came back 20 months ago; this program is for people in their first 12 months after return.' },
    { lang: 'ka', reason: 'თქვენ 20 თვის წინ დაბრუნდით; პროგრამაზე განაცხადის შეტანა დაბრუნებიდან 12 თვის განმავლობაში შეიძლება.' },
  ])('back 20 months ($lang): the state programme is not for them, and the page says why, in plain words', async ({ lang, reason }) => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/check/`);
    await answer(page, personas[4]!.persona);
    expect(await resultIds(page)).not.toContain('state-reintegration-programme');
    const state = page.locator('[data-miss="state-reintegration-programme"]');
    expect(await state.isVisible()).toBe(false);
    await page.click('details[data-result-misses] > summary');
    expect(await state.isVisible()).toBe(true);
    expect(await state.locator('[data-field=why-not] li').allInnerTexts()).toEqual([reason]);
    expect(await state.locator('a').getAttribute('href')).toBe(`/${lang}/programs/state-reintegration-programme/`);
    // Opened, the list of programs that do not fit meets WCAG 2.2 AA too.
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(languages.flatMap((lang) => personas.map(({ who, persona }) => ({ lang, who, persona }))))(
    'without JavaScript, $lang, $who: the answer lists every program with the conditions that decide it',
    async ({ lang, persona }) => {
      const page = await noJs.newPage();
      await page.goto(`${baseUrl}/${lang}/check/`);
      await answer(page, persona, { javaScript: false });
      expect(await page.locator('[data-check-fallback]').isVisible()).toBe(true);
      const listed = await page.locator('[data-fallback-program]').evaluateAll((items) =>
        items.map((li) => ({
          id: li.getAttribute('data-fallback-program'),
          title: li.querySelector('a')?.textContent?.trim(),
          conditions: [...li.querySelectorAll('li')].map((c) => c.textContent?.trim()),
        })),
      );
      expect(listed.map((p) => p.id).sort()).toEqual(everyProgram);
      for (const program of listed) {
        const file = programs[program.id ?? '']!;
        expect(program.title).toBe(file.title[lang]);
        expect(program.conditions).toEqual(ruleNames.filter((r) => file.rules[r]).map((r) => file.rules[r]!.explain[lang]));
      }
      await page.close();
    },
  );

  it.each(languages)('when the script does not load (%s), the answer without it meets WCAG 2.2 AA', async (lang) => {
    // axe needs JavaScript in the page, so here the site's own scripts are refused instead of JavaScript being off.
    const page = await context.newPage();
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(`${baseUrl}/${lang}/check/?need=business#check-fallback`);
    expect(await page.locator('[data-check-fallback]').isVisible()).toBe(true);
    expect(await page.locator('[data-fallback-program]').count()).toBe(Object.keys(programs).length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the options read the same in both languages', () => {
  it('each question offers the same answers on the Georgian and the English page', async () => {
    const options = async (lang: string) => {
      const page = await noJs.newPage();
      await page.goto(`${baseUrl}/${lang}/check/`);
      const values = await page
        .locator('form[data-check-form] :is(input, option)')
        .evaluateAll((controls) => controls.map((c) => `${c.getAttribute('name') ?? c.parentElement?.getAttribute('name')}=${(c as HTMLInputElement).value}`));
      await page.close();
      return values;
    };
    // Regions are sorted by their name in each language; everything else keeps one order.
    const byRegionName = (values: string[]) => [...values.filter((v) => !v.startsWith('region=')), ...values.filter((v) => v.startsWith('region=')).sort()];
    expect(byRegionName(await options('ka'))).toEqual(byRegionName(await options('en')));
  });
});
