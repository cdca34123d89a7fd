/**
 * Names elements in problem reports (`input#search-q`, `a.text-sm "Directions"`), inside the page:
 * the checks' page functions run in the browser, where they cannot import, so this one is
 * installed on the page once and called from them as `globalThis.auditDescribe`.
 */
import type { Page } from 'playwright-core';

/** A short, findable name for an element: its tag, id or first classes, and the start of its text or label. */
export function describeElement(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const id = element.id ? `#${element.id}` : '';
  const classes = id ? '' : [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
  const label = element.getAttribute('aria-label') ?? (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const text = label ? ` "${label.length > 40 ? `${label.slice(0, 37)}…` : label}"` : '';
  return `${tag}${id}${classes}${text}`;
}

/** The page-side `describeElement`, as the checks' page functions call it. */
export type AuditGlobals = typeof globalThis & { auditDescribe: (element: Element) => string };

/**
 * Readies a loaded page for the checks: draws what waits to be scrolled to (the map), installs `describeElement` as `globalThis.auditDescribe`
 * (through DevTools: the CSP does not apply), and lays out the parts the browser skips while they
 * are off screen (`content-visibility: auto`), which otherwise keep the layout of the width the page
 * loaded at when the checks change it (a visitor scrolling there sees them laid out anew).
 */
export async function preparePage(page: Page): Promise<void> {
  await page.evaluate(`globalThis.auditDescribe = ${describeElement.toString()}`);
  // Parts drawn when they come near the screen (the map) are drawn first, so they are checked too.
  for (const map of await page.$$('places-map')) {
    await map.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.hasAttribute('data-ready'), map, { timeout: 15_000 }).catch(() => undefined);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}
