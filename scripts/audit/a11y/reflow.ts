/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide (1280 px at 400 % zoom) the page must not scroll
 * sideways. Reports the page's width and the innermost elements that stick out past the edge.
 */
import type { Page } from 'playwright-core';
import type { AuditGlobals } from './describe.ts';

/** The narrowest viewport 1.4.10 asks for. */
export const REFLOW_WIDTH = 320;

/** Problems: empty when the page fits 320 px. */
export async function reflowProblems(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return undefined;
    // Hidden parts (a closed menu) have boxes but are not drawn: they are not what sticks out.
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 0.5 && el.checkVisibility();
    const culprits = [...document.body.querySelectorAll('*')].filter(
      (el) => sticksOut(el) && ![...el.children].some(sticksOut) && getComputedStyle(el).position !== 'fixed',
    );
    return {
      scrollWidth: root.scrollWidth,
      width,
      culprits: culprits.slice(0, 4).map((el) => `${(globalThis as AuditGlobals).auditDescribe(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`),
    };
  });
  if (!found) return [];
  return [`scrolls sideways at ${found.width} px: ${found.scrollWidth} px wide; sticking out: ${found.culprits.join('; ') || 'nothing found'}`];
}
