/**
 * Language of parts (WCAG 3.1.2): text in the other language is wrapped in an element with
 * its `lang`, so a screen reader switches voice (a Georgian word read by an English voice is
 * noise). Reads every text node and every read-out attribute (`aria-label`, `alt`, `title`,
 * `placeholder`) of the page as scripts left it; language-runs.ts judges them.
 */
import type { Page } from 'playwright-core';
import type { AuditGlobals } from './describe.ts';
import { type TextPart, languageProblems } from './language-runs.ts';

/** Problems: empty when every part in the other language says so. */
export async function languageOfPartsProblems(page: Page): Promise<string[]> {
  const parts: TextPart[] = await page.evaluate(() => {
    const describe = (globalThis as AuditGlobals).auditDescribe;
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
    const marked = (el: Element) => (el.closest('[lang]') ?? document.documentElement) !== document.documentElement;
    const found: TextPart[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || parent.closest('script, style, template') || !text.trim()) continue;
      found.push({ text, lang: langOf(parent), where: describe(parent), marked: marked(parent) });
    }
    for (const el of document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) found.push({ text: value, lang: langOf(el), where: `${describe(el)} ${name}`, marked: marked(el) });
      }
    }
    found.push({ text: document.title, lang: document.documentElement.lang, where: 'title' });
    return found;
  });
  return languageProblems(parts);
}
