import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { georgianCharacters, isTextSource } from '../../src/lib/fonts/georgian-subset';
import { launchBrowser } from './support/browser';
import { distDir } from './support/site';

const baseUrl = inject('baseUrl');
const weights = ['400', '700'] as const;
let browser: Browser;
let page: Page;

/** Built files whose text can reach the screen (pages, scripts, data), relative to dist. */
const textFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && isTextSource(e.name))
  .map((e) => join(e.parentPath, e.name));
const pages = textFiles.filter((f) => f.endsWith('.html'));

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/ka/about/`);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The characters of `text` that Chromium does not draw from the built font file at one weight:
 * each is set alone in an element whose only font is that file (no local() source), and
 * Chromium reports which fonts drew it (CSS.getPlatformFontsForNode).
 */
async function charactersFallingBack(weight: string, text: string): Promise<string[]> {
  const family = `subset-probe-${weight}`;
  await page.evaluate(
    async ({ family, url, weight, chars }) => {
      const face = new FontFace(family, `url(${url})`, { weight });
      document.fonts.add(await face.load());
      const box = document.createElement('div');
      box.id = family;
      for (const ch of chars) {
        const span = document.createElement('span');
        span.textContent = ch;
        span.style.fontFamily = `'${family}'`;
        span.style.fontWeight = weight;
        box.append(span);
      }
      document.body.replaceChildren(box);
    },
    { family, url: '/fonts/noto-sans-georgian.woff2', weight, chars: [...text] },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `#${family} > span` });
  const missing: string[] = [];
  for (const [i, nodeId] of nodeIds.entries()) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0 || fonts.some((f) => !f.isCustomFont)) missing.push([...text][i] ?? '?');
  }
  await cdp.detach();
  return missing;
}

describe('the Georgian webfont, cut to the glyphs the site uses', () => {
  const used = georgianCharacters(textFiles.map((f) => readFileSync(f, 'utf8')));

  it('is what the pages use: their Georgian text is in the font files', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect([...used].length).toBeGreaterThan(30);
  });

  it.each(weights)('weight %s draws every Georgian character of every built page and script itself', async (weight) => {
    expect(await charactersFallingBack(weight, used)).toEqual([]);
  });

  it('the check sees a fallback: an Asomtavruli letter the site never shows is not in the cut font', async () => {
    expect(used).not.toContain('Ⴁ');
    expect(await charactersFallingBack('400', 'აႡ')).toEqual(['Ⴁ']);
  });

  it('is at most a third of the Georgian font in public/fonts', () => {
    const built = readFileSync(`${distDir}/fonts/noto-sans-georgian.woff2`).length;
    const full = readFileSync('public/fonts/noto-sans-georgian.woff2').length;
    expect(built).toBeLessThan(full / 3);
  });

  it('is what the service worker precaches: its revision is the hash of the cut file', () => {
    const sw = readFileSync(`${distDir}/sw.js`, 'utf8');
    const file = 'fonts/noto-sans-georgian.woff2';
    const md5 = createHash('md5').update(readFileSync(`${distDir}/${file}`)).digest('hex');
    expect(sw).toContain(`{url:"${file}",revision:"${md5}"}`);
  });

  it('keeps the font licence next to the font', () => {
    expect(readFileSync(`${distDir}/fonts/OFL.txt`, 'utf8')).toMatch(/SIL OPEN FONT LICENSE/i);
  });
});
